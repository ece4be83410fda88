package tax

import (
	"fmt"

	"github.com/bespokehq/bespoke"
)

// Return is one tax year's facts, in int64 cents. Every amount is zero or positive.
//
// Wages are Form W-2 box 1 wages, which are also the Social Security and Medicare wages (RSU
// income and the spread on non-qualified options belong here). ISOBargain is the spread on
// incentive stock options exercised and kept past the year's end (Form 6251 line 2i); it is not
// income for the regular tax. OrdinaryDividends includes QualifiedDividends. LTCG and STCG are
// net long- and short-term gains. StateIncomeTaxPaid is the state and local income tax paid in
// the year (Schedule A line 5a); MortgageInterest is deductible home-mortgage interest
// (Schedule A line 8a), which is also deductible for the AMT. PriorAMTCredit is the minimum tax
// credit carried into the year (Form 8801 line 21), PriorStateAMTCredit its state counterpart.
type Return struct {
	Year   int
	Status bespoke.FilingStatus
	State  string
	City   string

	Wages, SpouseWages int64
	ISOBargain         int64
	LTCG, STCG         int64

	QualifiedDividends, OrdinaryDividends int64
	Interest                              int64

	StateIncomeTaxPaid, MortgageInterest int64

	PriorAMTCredit, PriorStateAMTCredit int64
}

// Validate reports the first problem that makes r unfit for Compute with p: an amount that is
// negative or beyond $100 billion, qualified dividends above ordinary dividends, spouse wages
// on a return that is not joint, or a year, status, state or city that differs from p's. The
// error is an EINVALID *bespoke.Error naming the field.
func (r *Return) Validate(p *Params) error {
	for _, f := range r.amounts() {
		switch {
		case f.v < 0:
			return bespoke.Errorf(bespoke.EINVALID, "%s is negative (%s); amounts must be zero or more", f.name, bespoke.Money(f.v))
		case f.v > maxAmount:
			return bespoke.Errorf(bespoke.EINVALID, "%s is too large (%s); the engine accepts up to $100 billion", f.name, bespoke.Money(f.v))
		}
	}
	if r.QualifiedDividends > r.OrdinaryDividends {
		return bespoke.Errorf(bespoke.EINVALID, "qualified_dividends (%s) exceed ordinary_dividends (%s), which include them",
			bespoke.Money(r.QualifiedDividends), bespoke.Money(r.OrdinaryDividends))
	}
	if r.SpouseWages != 0 && r.Status != bespoke.MarriedJoint {
		return bespoke.Errorf(bespoke.EINVALID, "spouse_wages belong on a married_joint return, not %s", r.Status)
	}
	return r.matches(p)
}

func (r *Return) matches(p *Params) error {
	switch {
	case p == nil:
		return fmt.Errorf("tax: nil Params")
	case r.Year != p.Year:
		return bespoke.Errorf(bespoke.EINVALID, "the return is for %d but the tax tables are for %d", r.Year, p.Year)
	case r.Status != p.Status:
		return bespoke.Errorf(bespoke.EINVALID, "the return's filing status is %s but the tax tables are for %s", r.Status, p.Status)
	case r.State != p.StateCode || r.City != p.City:
		return bespoke.Errorf(bespoke.EINVALID, "the return is for state %q city %q but the tax tables are for %q %q", r.State, r.City, p.StateCode, p.City)
	}
	return nil
}

type namedAmount struct {
	name string
	v    int64
}

// amounts lists r's amounts under their input names.
func (r *Return) amounts() []namedAmount {
	return []namedAmount{
		{"wages", r.Wages}, {"spouse_wages", r.SpouseWages}, {"iso_bargain", r.ISOBargain},
		{"ltcg", r.LTCG}, {"stcg", r.STCG}, {"qualified_dividends", r.QualifiedDividends},
		{"ordinary_dividends", r.OrdinaryDividends}, {"interest", r.Interest},
		{"state_income_tax_paid", r.StateIncomeTaxPaid}, {"mortgage_interest", r.MortgageInterest},
		{"prior_amt_credit", r.PriorAMTCredit}, {"prior_state_amt_credit", r.PriorStateAMTCredit},
	}
}
