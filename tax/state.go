package tax

import "github.com/bespokehq/bespoke"

// StateInput is what a state return needs from one tax year of a household: federal AGI (which
// the federal computation produces) and the income items the states treat differently. All
// amounts are in cents.
type StateInput struct {
	Year   int
	Status bespoke.FilingStatus
	City   string // "NYC" where New York City resident tax applies, "" otherwise

	AGI int64 // federal adjusted gross income

	Wages, SpouseWages int64
	ISOBargain         int64 // bargain element of incentive stock options exercised and held
	LTCG, STCG         int64 // net long-term and short-term capital gain
	QualifiedDividends int64 // part of OrdinaryDividends
	OrdinaryDividends  int64
	Interest           int64
	MortgageInterest   int64 // deductible home mortgage interest (acquisition debt)

	PriorStateAMTCredit int64 // state minimum tax credit carried into the year
}

// StateParams is one state's law for one tax year, compiled from its parameter file into flat
// arrays. The zero value (empty Code) means no state tax.
type StateParams struct {
	Code      string // two-letter postal code, "" for none
	Year      int    // tax year the parameters apply to
	Projected bool   // some amounts are indexed or estimated rather than published

	kind stKind
	ca   caParams
	ny   nyParams
	ma   maParams
	wa   waParams
	nh   nhParams
}

// stKind says which computation a state uses.
type stKind uint8

const (
	stKindNone stKind = iota // no tax on wages or investment income
	stKindCA
	stKindNY
	stKindMA
	stKindWA
	stKindNH
)

// StateLine is one explained line of a state computation: the form line it stands for, what it
// is, and its amount in cents.
type StateLine struct {
	Ref    string // form and line, e.g. "540 line 19"
	Label  string
	Amount int64
}

// stMaxLines bounds the explanation of one state computation.
const stMaxLines = 24

// StateResult is a state's tax for one year, in cents.
//
// RegularTax is the income tax after exemption credits and after the minimum tax credit used,
// and excludes California's Mental Health Services Tax and AMT, New York City tax and the
// Massachusetts surtax, which are reported on their own lines. Total is RegularTax + AMT +
// MentalHealthServicesTax + CityTax + Surtax. For Washington, RegularTax is the capital-gains
// excise tax; for New Hampshire 2024, the interest and dividends tax.
type StateResult struct {
	Code          string
	TaxableIncome int64 // the state's taxable income (New York: also the New York City base)
	RegularTax    int64

	AMT                     int64 // California alternative minimum tax (Schedule P line 26)
	TentativeMinimumTax     int64 // California TMT (Schedule P line 24)
	MentalHealthServicesTax int64 // California, 1% over $1,000,000 (Form 540 line 62)
	CityTax                 int64 // New York City resident tax
	Surtax                  int64 // Massachusetts 4% surtax

	AMTCreditUsed         int64 // minimum tax credit applied against regular tax
	AMTCreditGenerated    int64 // credit created this year by deferral items (FTB 3510)
	AMTCreditCarryforward int64 // prior credit − used + generated, carried to next year

	Total int64

	Lines  [stMaxLines]StateLine
	NLines int
}

// Explain returns the computation's lines, in form order.
func (r *StateResult) Explain() []StateLine { return r.Lines[:r.NLines] }

// line records an explanation line; lines past the array's size are dropped.
func (r *StateResult) line(ref, label string, amount int64) {
	if r.NLines < len(r.Lines) {
		r.Lines[r.NLines] = StateLine{Ref: ref, Label: label, Amount: amount}
		r.NLines++
	}
}

// computeState computes the state tax of one household-year into out. It allocates nothing and
// never fails: the parameters were validated on load, and the caller validates the filing
// status.
func computeState(in *StateInput, p *StateParams, out *StateResult) {
	*out = StateResult{Code: p.Code}
	switch p.kind {
	case stKindCA:
		caCompute(in, &p.ca, out)
	case stKindNY:
		nyCompute(in, &p.ny, out)
	case stKindMA:
		maCompute(in, &p.ma, out)
	case stKindWA:
		waCompute(in, &p.wa, out)
	case stKindNH:
		nhCompute(in, &p.nh, out)
	}
	out.Total = out.RegularTax + out.AMT + out.MentalHealthServicesTax + out.CityTax + out.Surtax
	out.AMTCreditCarryforward = max(0, in.PriorStateAMTCredit) - out.AMTCreditUsed + out.AMTCreditGenerated
}
