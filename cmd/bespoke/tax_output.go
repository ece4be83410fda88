package main

import (
	"fmt"
	"strconv"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/table"
	"github.com/bespokehq/bespoke/tax"
)

// taxOutput is the JSON the tax command writes. Amounts are dollars with two decimals.
type taxOutput struct {
	Federal        federalJSON   `json:"federal"`
	FICA           ficaJSON      `json:"fica"`
	State          stateJSON     `json:"state"`
	TotalIncomeTax bespoke.Money `json:"total_income_tax"`
	Projected      bool          `json:"projected"`
	Note           string        `json:"note,omitempty"`
	Lines          []lineJSON    `json:"lines,omitempty"`
}

type federalJSON struct {
	AGI                   bespoke.Money `json:"agi"`
	Deduction             bespoke.Money `json:"deduction"`
	Itemized              bool          `json:"itemized"`
	TaxableIncome         bespoke.Money `json:"taxable_income"`
	RegularTax            bespoke.Money `json:"regular_tax"`
	AMTI                  bespoke.Money `json:"amti"`
	AMTExemption          bespoke.Money `json:"amt_exemption"`
	TentativeMinimumTax   bespoke.Money `json:"tentative_minimum_tax"`
	AMT                   bespoke.Money `json:"amt"`
	AMTCreditGenerated    bespoke.Money `json:"amt_credit_generated"`
	AMTCreditUsed         bespoke.Money `json:"amt_credit_used"`
	NIIT                  bespoke.Money `json:"niit"`
	AdditionalMedicareTax bespoke.Money `json:"additional_medicare_tax"`
	Total                 bespoke.Money `json:"total"`
}

type ficaJSON struct {
	SocialSecurity     bespoke.Money `json:"social_security"`
	Medicare           bespoke.Money `json:"medicare"`
	AdditionalMedicare bespoke.Money `json:"additional_medicare"`
	Total              bespoke.Money `json:"total"`
}

type stateJSON struct {
	Code                    string        `json:"code"`
	TaxableIncome           bespoke.Money `json:"taxable_income"`
	RegularTax              bespoke.Money `json:"regular_tax"`
	AMT                     bespoke.Money `json:"amt"`
	MentalHealthServicesTax bespoke.Money `json:"mental_health_services_tax"`
	Total                   bespoke.Money `json:"total"`
}

type lineJSON struct {
	Form   string        `json:"form"`
	Line   string        `json:"line"`
	Label  string        `json:"label"`
	Amount bespoke.Money `json:"amount"`
}

func taxJSON(p *tax.Params, r *tax.Result, explain bool) taxOutput {
	f, s := &r.Federal, &r.State
	m := func(c int64) bespoke.Money { return bespoke.Money(c) }
	out := taxOutput{
		Federal: federalJSON{AGI: m(f.AGI), Deduction: m(f.Deduction), Itemized: f.Itemized, TaxableIncome: m(f.TaxableIncome),
			RegularTax: m(f.RegularTax), AMTI: m(f.AMTI), AMTExemption: m(f.AMTExemption),
			TentativeMinimumTax: m(f.TentativeMinimumTax), AMT: m(f.AMT), AMTCreditGenerated: m(f.AMTCreditGenerated),
			AMTCreditUsed: m(f.AMTCreditUsed), NIIT: m(f.NIIT), AdditionalMedicareTax: m(f.AdditionalMedicareTax), Total: m(f.Total)},
		FICA: ficaJSON{SocialSecurity: m(r.FICA.SocialSecurity), Medicare: m(r.FICA.Medicare),
			AdditionalMedicare: m(r.FICA.AdditionalMedicare), Total: m(r.FICA.Total)},
		State: stateJSON{Code: s.Code, TaxableIncome: m(s.TaxableIncome), RegularTax: m(s.RegularTax), AMT: m(s.AMT),
			MentalHealthServicesTax: m(s.MentalHealthServicesTax), Total: m(s.Total)},
		TotalIncomeTax: m(r.TotalIncomeTax),
		Projected:      p.Projected,
		Note:           p.Note,
	}
	if explain {
		for l := range r.Lines.All() {
			out.Lines = append(out.Lines, lineJSON{Form: l.Form, Line: l.Line, Label: l.Label, Amount: m(l.Amount)})
		}
	}
	return out
}

// taxTables renders the result for people: a summary, and with explain every line.
func taxTables(ret *tax.Return, p *tax.Params, r *tax.Result, explain bool) []*table.Table {
	f := &r.Federal
	where := "no state income tax"
	if p.StateCode != "" {
		where = p.StateCode
		if p.City != "" {
			where += " and " + p.City
		}
	}
	sum := &table.Table{
		Title:   fmt.Sprintf("Tax year %d, %s, %s", p.Year, p.Status, where),
		Columns: []table.Column{{Name: "Item"}, {Name: "Amount", Align: table.Right}},
	}
	deduction := "Standard deduction"
	if f.Itemized {
		deduction = "Itemized deductions"
	}
	rows := []struct {
		label string
		v     int64
	}{
		{"Adjusted gross income", f.AGI}, {deduction, f.Deduction}, {"Taxable income", f.TaxableIncome},
		{"Regular tax", f.RegularTax}, {"AMT income (AMTI)", f.AMTI}, {"AMT exemption", f.AMTExemption},
		{"Tentative minimum tax", f.TentativeMinimumTax}, {"Alternative minimum tax", f.AMT},
		{"AMT credit generated (for later years)", f.AMTCreditGenerated}, {"AMT credit used", f.AMTCreditUsed},
		{"Net investment income tax", f.NIIT}, {"Additional Medicare Tax", f.AdditionalMedicareTax},
		{"Federal total", f.Total},
		{"Social Security", r.FICA.SocialSecurity}, {"Medicare", r.FICA.Medicare}, {"FICA total (with Additional Medicare)", r.FICA.Total},
		{"State taxable income", r.State.TaxableIncome}, {"State regular tax", r.State.RegularTax}, {"State AMT", r.State.AMT},
		{"Mental Health Services Tax", r.State.MentalHealthServicesTax}, {"State total", r.State.Total},
		{"Total income tax (federal + state)", r.TotalIncomeTax},
	}
	for _, row := range rows {
		sum.AddRow(row.label, bespoke.Money(row.v).Format())
	}
	rate := tax.MarginalWageRate(ret, p, tax.MarginalStep)
	sum.Notes = append(sum.Notes, "Marginal rate on the next $1,000 of wages (federal, FICA and state): "+strconv.FormatFloat(rate*100, 'f', 1, 64)+"%")
	if p.Projected {
		sum.Notes = append(sum.Notes, "Projected: "+p.Note+".")
	}
	sum.Notes = append(sum.Notes, "Not tax advice.")
	if !explain {
		return []*table.Table{sum}
	}
	lines := &table.Table{Title: "Lines", Columns: []table.Column{{Name: "Form"}, {Name: "Line"}, {Name: "Amount", Align: table.Right}, {Name: "What"}}}
	for l := range r.Lines.All() {
		lines.AddRow(l.Form, l.Line, bespoke.Money(l.Amount).String(), l.Label)
	}
	return []*table.Table{sum, lines}
}
