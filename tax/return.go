package tax

import (
	"fmt"

	"github.com/bespokehq/bespoke"
)

// Return is one tax year's facts, in int64 cents. Every amount is zero or positive except the
// AMT adjustments of AMTDisposition, which are signed.
//
// Wages are Form W-2 box 1 wages that are also Social Security and Medicare wages (RSU income
// and the spread on non-qualified options belong here). NonFICACompensation is compensation
// that is in box 1 but is not Social Security or Medicare wages: the ordinary income of a
// disqualifying disposition of shares bought with an incentive stock option or under an
// employee stock purchase plan (IRC §421(b), §423(c)), which IRC §3121(a)(22) and §3306(b)(19)
// keep out of FICA and FUTA wages and California keeps out of SDI wages. It is income for the
// regular tax, the AMT, the NIIT's modified AGI (not net investment income) and the states'
// income taxes, but not Form 8959's Medicare wages.
//
// ISOBargain is the spread on incentive stock options exercised and kept past the year's end
// (Form 6251 line 2i); it is not income for the regular tax. AMTDisposition is Form 6251 line
// 2k: on shares sold in the year whose AMT basis differs from their regular basis (ISO shares
// whose bargain element went into an earlier year's AMTI), the AMT's income minus the regular
// tax's, by the kind of income it changes.
//
// LTCG and STCG are net long- and short-term gains after any exclusion. Rate28Gain is the part
// of LTCG that is 28% rate gain (Schedule D line 18): here the section 1202 gain of IRC
// §1(h)(7), the part of a QSBS gain that the 50% or 75% exclusion leaves taxed. QSBSExcluded is
// the gain excluded under IRC §1202 (not in LTCG), which a state that does not follow §1202
// adds back; QSBSExcludedRegularOnly is the part of it the AMT does not exclude, because the
// shares' AMT basis is higher and their AMT gain smaller (AMTDisposition already holds that
// difference federally; a state that taxes the whole gain takes it back out of its own
// adjustment). The exclusion is no AMT preference for stock acquired after 27 September 2010
// (IRC §57(a)(7) as amended by P.L. 119-21 §70431); older stock's 7% preference is not modelled.
//
// OrdinaryDividends includes QualifiedDividends. StateIncomeTaxPaid is the state and local
// income tax paid in the year (Schedule A line 5a); MortgageInterest is deductible
// home-mortgage interest (Schedule A line 8a), which is also deductible for the AMT.
// PriorAMTCredit is the minimum tax credit carried into the year (Form 8801 line 21),
// PriorStateAMTCredit its state counterpart.
type Return struct {
	Year   int
	Status bespoke.FilingStatus
	State  string
	City   string

	Wages, SpouseWages  int64
	NonFICACompensation int64
	ISOBargain          int64
	AMTDisposition      Disposition
	LTCG, STCG          int64
	Rate28Gain          int64

	QSBSExcluded, QSBSExcludedRegularOnly int64

	QualifiedDividends, OrdinaryDividends int64
	Interest                              int64

	StateIncomeTaxPaid, MortgageInterest int64

	PriorAMTCredit, PriorStateAMTCredit int64
}

// Disposition is an AMT adjustment for property sold in the year (Form 6251 line 2k, Schedule
// P (540) line 9): the AMT's income from the sale minus the regular tax's, in cents, split by
// how the regular return reports the income it changes. For ISO shares whose bargain element
// went into an earlier year's AMTI, the AMT basis is that much higher: Ordinary is minus the
// disqualifying-disposition income the regular tax counts, and LTCG or STCG (by the holding
// period) the rest of minus the bargain element. The AMT nets its own gains as Schedule D does;
// a net capital loss is not deducted, as for the regular tax.
type Disposition struct {
	Ordinary, LTCG, STCG int64
}

// Validate reports the first problem that makes r unfit for Compute with p: an amount that is
// negative (other than an AMT adjustment) or beyond $100 billion either way, qualified dividends
// above ordinary dividends, 28% rate gain above the long-term gain that holds it, an AMT-only
// QSBS difference above the exclusion, spouse wages on a return that is not joint, or a year,
// status, state or city that differs from p's. The error is an EINVALID *bespoke.Error naming
// the field.
func (r *Return) Validate(p *Params) error {
	for _, f := range r.amounts() {
		switch {
		case f.v < 0:
			return bespoke.Errorf(bespoke.EINVALID, "%s is negative (%s); amounts must be zero or more", f.name, bespoke.Money(f.v))
		case f.v > maxAmount:
			return bespoke.Errorf(bespoke.EINVALID, "%s is too large (%s); the engine accepts up to $100 billion", f.name, bespoke.Money(f.v))
		}
	}
	for _, f := range r.signed() {
		if f.v > maxAmount || f.v < -maxAmount {
			return bespoke.Errorf(bespoke.EINVALID, "%s is too large (%s); the engine accepts up to $100 billion either way", f.name, bespoke.Money(f.v))
		}
	}
	if err := r.consistent(); err != nil {
		return err
	}
	return r.matches(p)
}

// consistent checks the amounts that are parts of others.
func (r *Return) consistent() error {
	switch {
	case r.QualifiedDividends > r.OrdinaryDividends:
		return bespoke.Errorf(bespoke.EINVALID, "qualified_dividends (%s) exceed ordinary_dividends (%s), which include them",
			bespoke.Money(r.QualifiedDividends), bespoke.Money(r.OrdinaryDividends))
	case r.Rate28Gain > r.LTCG:
		return bespoke.Errorf(bespoke.EINVALID, "rate_28_gain (%s) exceeds ltcg (%s), which includes it",
			bespoke.Money(r.Rate28Gain), bespoke.Money(r.LTCG))
	case r.QSBSExcludedRegularOnly > r.QSBSExcluded:
		return bespoke.Errorf(bespoke.EINVALID, "qsbs_excluded_regular_only (%s) exceeds qsbs_excluded (%s), of which it is a part",
			bespoke.Money(r.QSBSExcludedRegularOnly), bespoke.Money(r.QSBSExcluded))
	case r.SpouseWages != 0 && r.Status != bespoke.MarriedJoint:
		return bespoke.Errorf(bespoke.EINVALID, "spouse_wages belong on a married_joint return, not %s", r.Status)
	}
	return nil
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

// amounts lists r's non-negative amounts under their input names.
func (r *Return) amounts() []namedAmount {
	return []namedAmount{
		{"wages", r.Wages}, {"spouse_wages", r.SpouseWages}, {"non_fica_compensation", r.NonFICACompensation},
		{"iso_bargain", r.ISOBargain}, {"ltcg", r.LTCG}, {"stcg", r.STCG}, {"rate_28_gain", r.Rate28Gain},
		{"qsbs_excluded", r.QSBSExcluded}, {"qsbs_excluded_regular_only", r.QSBSExcludedRegularOnly},
		{"qualified_dividends", r.QualifiedDividends}, {"ordinary_dividends", r.OrdinaryDividends}, {"interest", r.Interest},
		{"state_income_tax_paid", r.StateIncomeTaxPaid}, {"mortgage_interest", r.MortgageInterest},
		{"prior_amt_credit", r.PriorAMTCredit}, {"prior_state_amt_credit", r.PriorStateAMTCredit},
	}
}

// signed lists r's signed amounts under their input names.
func (r *Return) signed() []namedAmount {
	a := &r.AMTDisposition
	return []namedAmount{
		{"amt_disposition_ordinary", a.Ordinary}, {"amt_disposition_ltcg", a.LTCG}, {"amt_disposition_stcg", a.STCG},
	}
}
