package value

import "github.com/bespokehq/bespoke/tax"

// taxIn is one year's return as the valuation builds it, in cents. It mirrors the tax engine's
// Return field for field (see tax.Return for what each means), so that handing it over is a
// copy with the amounts kept within what the engine takes.
type taxIn struct {
	Year                    int
	Wages                   int64 // FICA wages: pay, RSU income, NSO spreads
	NonFICACompensation     int64 // an ISO's disqualifying disposition
	SpouseWages             int64
	ISOBargain              int64           // bargain element of ISOs exercised and kept past the year
	AMTDisposition          tax.Disposition // the reversal of an earlier bargain element on shares sold
	LTCG, STCG              int64
	Rate28Gain              int64 // section 1202 gain the 50%/75% tiers leave, part of LTCG
	QSBSExcluded            int64 // long-term gain excluded under IRC 1202, already left out of LTCG
	QSBSExcludedRegularOnly int64 // the part of QSBSExcluded the AMT does not exclude
	QualifiedDividends      int64
	OrdinaryDividends       int64
	Interest                int64
	StateIncomeTaxPaid      int64
	MortgageInterest        int64
	PriorAMTCredit          int64
	PriorStateAMTCredit     int64
}

// qsbsBook is what a year's QSBS sales add to its return: the gain excluded under IRC 1202
// (left out of the long-term gain), the section 1202 gain the 50%/75% tiers leave (in it,
// taxed at up to 28%), and the part of the exclusion the AMT does not get because the shares'
// AMT basis is higher.
type qsbsBook struct {
	excluded, rate28, regularOnly int64
}

func (q *qsbsBook) add(o qsbsBook) {
	q.excluded += o.excluded
	q.rate28 += o.rate28
	q.regularOnly += o.regularOnly
}

// taxOut is what the valuation needs back: the year's total tax and the minimum-tax credits
// carried to the next year.
type taxOut struct {
	Total          int64
	State          int64
	AMTCredit      int64
	StateAMTCredit int64
}

// taxer is the tax engine as the valuation sees it: parameters resolved once per year and
// jurisdiction when the model is built, then a pure computation per return.
type taxer interface {
	// params returns a handle on the law of year for the candidate in state, or an error when
	// the year cannot be taxed.
	params(year int, state string) (int, error)
	// compute fills out with the tax on in under the law p, using work as working space.
	compute(p int, in *taxIn, out *taxOut, work *tax.Result)
	// note says where the law of each year comes from, for the report.
	note() string
	// projected reports whether the law p is projected from the latest published tables.
	projected(p int) bool
}

// noTaxes is the tax engine of a pre-tax valuation: every tax is zero.
type noTaxes struct{}

func (noTaxes) params(int, string) (int, error)                     { return 0, nil }
func (noTaxes) compute(_ int, _ *taxIn, out *taxOut, _ *tax.Result) { *out = taxOut{} }
func (noTaxes) projected(int) bool                                  { return false }
func (noTaxes) note() string                                        { return "taxes are off: every figure is before tax" }
