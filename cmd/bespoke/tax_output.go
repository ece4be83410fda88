package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/table"
	"github.com/bespokehq/bespoke/tax"
)

// taxOutput is the JSON the tax command writes. Amounts are dollars with two decimals.
type taxOutput struct {
	Federal        federalJSON    `json:"federal"`
	FICA           ficaJSON       `json:"fica"`
	State          stateJSON      `json:"state"`
	TotalIncomeTax bespoke.Money  `json:"total_income_tax"`
	PayrollTax     bespoke.Money  `json:"payroll_tax"`
	TotalTax       bespoke.Money  `json:"total_tax"`
	Projected      bool           `json:"projected"`
	Note           string         `json:"note,omitempty"`
	Estimated      []estimateJSON `json:"estimated,omitempty"`
	Lines          []lineJSON     `json:"lines,omitempty"`
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
	AMTCreditCarryforward bespoke.Money `json:"amt_credit_carryforward"`
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
	CityTax                 bespoke.Money `json:"city_tax"`
	Surtax                  bespoke.Money `json:"surtax"`
	AMTCreditUsed           bespoke.Money `json:"amt_credit_used"`
	AMTCreditGenerated      bespoke.Money `json:"amt_credit_generated"`
	AMTCreditCarryforward   bespoke.Money `json:"amt_credit_carryforward"`
	Total                   bespoke.Money `json:"total"`
	PayrollTax              bespoke.Money `json:"payroll_tax"`
}

type estimateJSON struct {
	Jurisdiction string `json:"jurisdiction"`
	Year         int    `json:"year"`
	Parameter    string `json:"parameter"`
	Reason       string `json:"reason"`
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
			AMTCreditUsed: m(f.AMTCreditUsed), AMTCreditCarryforward: m(f.AMTCreditCarryforward), NIIT: m(f.NIIT),
			AdditionalMedicareTax: m(f.AdditionalMedicareTax), Total: m(f.Total)},
		FICA: ficaJSON{SocialSecurity: m(r.FICA.SocialSecurity), Medicare: m(r.FICA.Medicare),
			AdditionalMedicare: m(r.FICA.AdditionalMedicare), Total: m(r.FICA.Total)},
		State: stateJSON{Code: s.Code, TaxableIncome: m(s.TaxableIncome), RegularTax: m(s.RegularTax), AMT: m(s.AMT),
			MentalHealthServicesTax: m(s.MentalHealthServicesTax), CityTax: m(s.CityTax), Surtax: m(s.Surtax),
			AMTCreditUsed: m(s.AMTCreditUsed), AMTCreditGenerated: m(s.AMTCreditGenerated),
			AMTCreditCarryforward: m(s.AMTCreditCarryforward), Total: m(s.Total),
			PayrollTax: m(s.PayrollTax)},
		TotalIncomeTax: m(r.TotalIncomeTax),
		PayrollTax:     m(r.PayrollTax()),
		TotalTax:       m(r.TotalTax()),
		Projected:      p.Projected,
		Note:           p.Note,
	}
	for _, e := range p.Estimated {
		out.Estimated = append(out.Estimated, estimateJSON(e))
	}
	if explain {
		for _, l := range allLines(p, r) {
			out.Lines = append(out.Lines, lineJSON{Form: l.Form, Line: l.Line, Label: l.Label, Amount: m(l.Amount)})
		}
	}
	return out
}

// allLines lists the federal lines, then the state's, each with its form and line.
func allLines(p *tax.Params, r *tax.Result) []tax.Line {
	var lines []tax.Line
	for l := range r.Lines.All() {
		lines = append(lines, l)
	}
	for _, l := range r.State.Explain() {
		form, line, ok := strings.Cut(l.Ref, " line ")
		if !ok {
			form, line, _ = strings.Cut(l.Ref, " box ")
		}
		lines = append(lines, tax.Line{Form: p.StateCode + " " + form, Line: line, Label: l.Label, Amount: l.Amount})
	}
	return lines
}

// taxRow is one line of the summary: the form, its line, what it is, and the amount.
type taxRow struct {
	form, line, label string
	v                 int64
}

// taxTables renders the result for people, as the forms show it: a summary by form and line,
// and with explain every line the computation used.
func taxTables(ret *tax.Return, p *tax.Params, r *tax.Result, explain bool) []*table.Table {
	where := "no state income tax"
	if p.StateCode != "" {
		where = p.StateCode
		if p.City != "" {
			where += " and " + p.City
		}
	}
	sum := &table.Table{
		Title:   fmt.Sprintf("Tax year %d, %s, %s", p.Year, p.Status, where),
		Columns: []table.Column{{Name: "Form"}, {Name: "Line"}, {Name: "Item"}, {Name: "Amount", Align: table.Right}},
	}
	rows := append(federalRows(r), stateRows(p, r)...)
	rows = append(rows,
		taxRow{"Total", "", "Income tax (federal + state)", r.TotalIncomeTax},
		taxRow{"Total", "", "Payroll tax (Social Security, Medicare, state)", r.PayrollTax()},
		taxRow{"Total", "", "Total tax", r.TotalTax()})
	for _, row := range rows {
		sum.AddRow(row.form, row.line, row.label, bespoke.Money(row.v).Format())
	}
	sum.Notes = summaryNotes(ret, p)
	if !explain {
		return []*table.Table{sum}
	}
	lines := &table.Table{Title: "Lines", Columns: []table.Column{{Name: "Form"}, {Name: "Line"}, {Name: "Amount", Align: table.Right}, {Name: "What"}}}
	for _, l := range allLines(p, r) {
		lines.AddRow(l.Form, l.Line, bespoke.Money(l.Amount).String(), l.Label)
	}
	return []*table.Table{sum, lines}
}

func federalRows(r *tax.Result) []taxRow {
	f := &r.Federal
	deduction := "Standard deduction"
	if f.Itemized {
		deduction = "Itemized deductions (Schedule A)"
	}
	return []taxRow{
		{"1040", "11", "Adjusted gross income", f.AGI}, {"1040", "12", deduction, f.Deduction},
		{"1040", "15", "Taxable income", f.TaxableIncome}, {"1040", "16", "Tax", f.RegularTax},
		{"6251", "4", "Alternative minimum taxable income", f.AMTI}, {"6251", "5", "Exemption", f.AMTExemption},
		{"6251", "9", "Tentative minimum tax", f.TentativeMinimumTax}, {"6251", "11", "Alternative minimum tax", f.AMT},
		{"8801", "25", "Minimum tax credit used", f.AMTCreditUsed},
		{"8801", "", "Minimum tax credit generated (for later years)", f.AMTCreditGenerated},
		{"8960", "17", "Net investment income tax", f.NIIT}, {"8959", "18", "Additional Medicare Tax", f.AdditionalMedicareTax},
		{"1040", "24", "Total federal tax", f.Total},
		{"W-2", "4", "Social Security tax", r.FICA.SocialSecurity}, {"W-2", "6", "Medicare tax", r.FICA.Medicare},
	}
}

// stateRows shows the state's result under its own form's names.
func stateRows(p *tax.Params, r *tax.Result) []taxRow {
	s := &r.State
	switch {
	case p.State.Code == "" || len(s.Explain()) == 0: // no state, or one without an income tax
		return nil
	}
	switch p.State.Code {
	case "CA":
		return []taxRow{
			{"CA 540", "19", "Taxable income", s.TaxableIncome}, {"CA 540", "48", "Tax after exemption credits", s.RegularTax},
			{"CA Sch P", "26", "Alternative minimum tax", s.AMT}, {"CA 540", "62", "Mental Health Services Tax", s.MentalHealthServicesTax},
			{"CA 540", "64", "Total state tax", s.Total}, {"CA W-2", "14", "SDI withheld", s.PayrollTax},
		}
	case "NY":
		return []taxRow{
			{"IT-201", "38", "Taxable income", s.TaxableIncome}, {"IT-201", "39", "New York State tax", s.RegularTax},
			{"IT-201", "47a", "New York City resident tax", s.CityTax}, {"IT-201", "", "Total state and city tax", s.Total},
		}
	case "MA":
		return []taxRow{
			{"MA Form 1", "", "Taxable income (Parts A, B and C)", s.TaxableIncome}, {"MA Form 1", "28", "Tax at 5% and 8.5%", s.RegularTax},
			{"MA Form 1", "28b", "4% surtax", s.Surtax}, {"MA Form 1", "", "Total state tax", s.Total},
		}
	}
	form := p.State.Code + " " + s.Explain()[0].Ref
	rows := []taxRow{{form, "", "Taxable income", s.TaxableIncome}, {form, "", "Tax after credits", s.RegularTax}}
	for _, r := range []taxRow{
		{form, "", "Alternative minimum tax", s.AMT}, {form, "", "Surtax", s.Surtax}, {form, "", "Local income tax", s.CityTax},
	} {
		if r.v != 0 {
			rows = append(rows, r)
		}
	}
	return append(rows, taxRow{form, "", "Total state tax", s.Total})
}

func summaryNotes(ret *tax.Return, p *tax.Params) []string {
	rate := tax.MarginalWageRate(ret, p, tax.MarginalStep)
	notes := []string{"Marginal rate on the next $1,000 of wages (income and payroll taxes): " + strconv.FormatFloat(rate*100, 'f', 1, 64) + "%"}
	if p.Projected {
		notes = append(notes, "Projected: "+p.Note+".")
	}
	for _, e := range p.Estimated {
		notes = append(notes, fmt.Sprintf("Estimated: %s %d %s, %s.", e.Jurisdiction, e.Year, e.Parameter, e.Reason))
	}
	return append(notes, "Not tax advice.")
}
