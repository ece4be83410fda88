package tax

import (
	"testing"

	"github.com/bespokehq/bespoke"
)

// TestLargestReturnDoesNotOverflow fills every amount of a return with the largest value
// Validate accepts ($100 billion; the AMT adjustments at both ends) and checks, for every
// modelled state and every filing status, that no figure overflowed: none is negative, and the
// total tax is below the income the return holds (the AMT's too).
func TestLargestReturnDoesNotOverflow(t *testing.T) {
	for _, s := range stPropStates {
		for _, status := range stPropStatuses {
			p, err := testTables.For(s.year, status, s.code, s.city, 0.025)
			if err != nil {
				t.Fatal(err)
			}
			for _, sign := range []int64{1, -1} {
				r := largestReturn(s.year, status, sign)
				r.State, r.City = s.code, s.city
				if err := r.Validate(p); err != nil {
					t.Fatal(err)
				}
				var out Result
				Compute(&r, p, &out)
				checkNoOverflow(t, &r, &out)
			}
		}
	}
}

// largestReturn is a return with every amount at maxAmount and the AMT adjustments at sign ×
// maxAmount.
func largestReturn(year int, status bespoke.FilingStatus, sign int64) Return {
	m := int64(maxAmount)
	r := Return{Year: year, Status: status, Wages: m, NonFICACompensation: m, ISOBargain: m, LTCG: m, STCG: m,
		Rate28Gain: m, QSBSExcluded: m, QSBSExcludedRegularOnly: m, QualifiedDividends: m, OrdinaryDividends: m,
		Interest: m, StateIncomeTaxPaid: m, MortgageInterest: m, PriorAMTCredit: m, PriorStateAMTCredit: m,
		AMTDisposition: Disposition{Ordinary: sign * m, LTCG: sign * m, STCG: sign * m}}
	if status == bespoke.MarriedJoint {
		r.SpouseWages = m
	}
	return r
}

func checkNoOverflow(t *testing.T, r *Return, out *Result) {
	t.Helper()
	f, s := &out.Federal, &out.State
	income := r.Wages + r.SpouseWages + r.NonFICACompensation + r.ISOBargain + r.LTCG + r.STCG + r.QSBSExcluded +
		r.OrdinaryDividends + r.Interest + max(0, r.AMTDisposition.Ordinary+r.AMTDisposition.LTCG+r.AMTDisposition.STCG)
	for _, v := range []int64{f.AGI, f.TaxableIncome, f.RegularTax, f.AMTI, f.TentativeMinimumTax, f.AMT, f.NIIT,
		f.Total, out.FICA.Total, s.TaxableIncome, s.RegularTax, s.AMT, s.TentativeMinimumTax, s.CityTax, s.Surtax,
		s.MentalHealthServicesTax, s.Total, s.PayrollTax} {
		if v < 0 {
			t.Fatalf("%s %d %s: a negative figure, an overflow:\n%+v\n%+v", r.State, r.Year, r.Status, *f, *s)
		}
	}
	if tt := out.TotalTax(); tt <= 0 || tt >= income {
		t.Fatalf("%s %d %s: total tax %s of %s of income", r.State, r.Year, r.Status, bespoke.Money(tt), bespoke.Money(income))
	}
}
