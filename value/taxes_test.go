package value

import (
	"testing"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/tax"
)

// TestJobTaxIsIncremental checks the seam to the tax engine on a salary alone in Washington
// (no state income tax to deduct): each year's tax is the tax on the salary and the other
// income less the tax on the other income alone, under the law of tax_year + k − 1.
func TestJobTaxIsIncremental(t *testing.T) {
	ws := optionWorkspace(85, 85, 0.4, 0.05, 10, 90)
	ws.Offers[0].Equity = nil
	ws.Offers[0].Cash.Base = bespoke.Dollars(250_000)
	ws.Candidate.OtherIncome.Interest = bespoke.Dollars(5_000)
	ws.Candidate.TaxYear = 2025
	ws.Assumptions.TenureYears.Min, ws.Assumptions.TenureYears.Max = 5, 6
	jobs, err := Deterministic(ws, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tables, err := tax.LoadTables()
	if err != nil {
		t.Fatal(err)
	}
	for k, y := range jobs[0].Years {
		p, err := tables.For(2025+k, bespoke.Single, "WA", "", 0.025)
		if err != nil {
			t.Fatal(err)
		}
		var with, without tax.Result
		r := tax.Return{Year: p.Year, Status: bespoke.Single, State: "WA", Wages: 250_000_00, Interest: 5_000_00}
		tax.Compute(&r, p, &with)
		r.Wages = 0
		tax.Compute(&r, p, &without)
		if want := with.TotalTax() - without.TotalTax(); int64(y.Tax) != want || y.TaxYear != 2025+k {
			t.Errorf("year %d (tax year %d): tax %v, want %v", k+1, y.TaxYear, y.Tax, bespoke.Money(want))
		}
		if y.AfterTax != bespoke.Dollars(250_000)-y.Tax {
			t.Errorf("year %d: after tax %v", k+1, y.AfterTax)
		}
	}
}
