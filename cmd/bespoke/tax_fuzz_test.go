package main

import (
	"testing"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/tax"
)

// FuzzTaxInput feeds bespoke tax's input path arbitrary JSON and projection settings: decoding,
// resolving the law and computing. Bad input must come back as an invalid or unsupported input
// error with a message (exit 1), never a panic or an internal error, and a return it accepts
// must compute to figures that are never negative.
func FuzzTaxInput(f *testing.F) {
	tables, err := tax.LoadTables()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		`{"tax_year": 2025, "filing_status": "married_joint", "state": "CA", "wages": 500000, "spouse_wages": 200000,
		  "iso_bargain": 400000, "ltcg": 100000, "qualified_dividends": 5000, "ordinary_dividends": 8000,
		  "state_income_tax_paid": 60000, "mortgage_interest": 20000, "prior_amt_credit": 10000}`,
		`{"tax_year": 2026, "state": "NY", "city": "NYC", "wages": 300000, "amt_disposition_ltcg": -50000}`,
		`{"tax_year": 2031, "wages": 100000}`,
		`{"tax_year": 2025, "wages": -1}`,
		`{"tax_year": 2025} {}`,
	} {
		f.Add([]byte(s), 0.025, false)
		f.Add([]byte(s), 0.9, true)
	}
	f.Fuzz(func(t *testing.T, data []byte, inflation float64, project bool) {
		in, err := decodeTaxInput(data)
		if err == nil {
			var r *tax.Return
			var p *tax.Params
			r, p, err = resolveReturn(tables, in, &taxOptions{inflation: inflation, project: project})
			if err == nil {
				var res tax.Result
				tax.Compute(r, p, &res)
				f, s := &res.Federal, &res.State
				if min(f.RegularTax, f.AMT, f.TentativeMinimumTax, f.NIIT, f.Total, res.FICA.Total, s.RegularTax, s.AMT, s.Total) < 0 {
					t.Fatalf("negative figure for %s: %+v %+v", data, *f, s.Total)
				}
				return
			}
		}
		if c := bespoke.ErrorCode(err); (c != bespoke.EINVALID && c != bespoke.EUNSUPPORTED) || bespoke.ErrorMessage(err) == "" {
			t.Fatalf("input %q (inflation %v, project %v): error %v with code %q, want an invalid-input message", data, inflation, project, err, c)
		}
	})
}
