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

	Wages, SpouseWages  int64 // FICA wages (the states' payroll taxes follow them)
	NonFICACompensation int64 // compensation in federal AGI that is not FICA wages (ISO disqualifying dispositions)
	ISOBargain          int64 // bargain element of incentive stock options exercised and held
	AMTDisposition      Disposition
	LTCG, STCG          int64 // net long-term and short-term capital gain, after the federal §1202 exclusion

	// QSBSExcluded is the gain excluded federally under IRC §1202, not in AGI: a state that does
	// not follow §1202 adds it back. QSBSExcludedRegularOnly is the part the federal AMT does not
	// exclude (shares with a higher AMT basis), already in AMTDisposition: such a state takes it
	// back out of its own disposition adjustment, since it taxes the whole gain under both taxes.
	QSBSExcluded, QSBSExcludedRegularOnly int64

	QualifiedDividends int64 // part of OrdinaryDividends
	OrdinaryDividends  int64
	Interest           int64
	MortgageInterest   int64 // deductible home mortgage interest (acquisition debt)

	PriorStateAMTCredit int64 // state minimum tax credit carried into the year

	// The federal return's figures that states start from or refer to.
	Federal FederalFigures
}

// FederalFigures are the lines of the federal return a state computation uses, in cents:
// Colorado starts from federal taxable income and adds back deductions, Oregon subtracts the
// federal tax, Colorado's minimum tax starts from federal alternative minimum taxable income.
type FederalFigures struct {
	TaxableIncome     int64 // Form 1040 line 15
	Deduction         int64 // line 12, standard or itemized
	Itemized          bool  // whether Deduction is itemized
	StandardDeduction int64 // the standard deduction of the filing status
	SALT              int64 // Schedule A line 5e: state and local income tax within the cap
	IncomeTax         int64 // line 22: regular tax + AMT − minimum tax credit used
	AMTI              int64 // Form 6251 line 4
	AMTExemption      int64 // Form 6251 line 5
	AMTCreditUsed     int64 // Form 8801 line 25
}

// StateParams is one state's law for one tax year, compiled from its parameter file into flat
// arrays. The zero value (empty Code) means no state tax.
type StateParams struct {
	Code      string // two-letter postal code, "" for none
	Year      int    // tax year the parameters apply to
	Projected bool   // the tables of a later year, indexed forward by an assumed inflation rate

	// Estimated lists the values of the tables that are not read from a publication: derived by
	// the statute's own indexing, or taken from a secondary source. A published year with such
	// values is not projected.
	Estimated []Estimate

	kind    stKind
	payroll payrollParams
	ca      caParams
	ny      nyParams
	ma      maParams
	wa      waParams
	nh      nhParams
	gen     genParams
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
	stKindGen // the generic model of state_gen.go
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
// and excludes the minimum taxes (California, Colorado, Minnesota), California's Mental Health
// Services Tax, the local taxes (New York City, Maryland's county tax) and the surtaxes
// (Massachusetts, Minnesota's net investment income tax, Maryland's capital gains surcharge),
// which are reported on their own lines. Total is RegularTax + AMT + MentalHealthServicesTax +
// CityTax + Surtax. For Washington, RegularTax is the capital-gains excise tax; for New
// Hampshire 2024, the interest and dividends tax.
type StateResult struct {
	Code          string
	TaxableIncome int64 // the state's taxable income (New York: also the New York City base)
	RegularTax    int64

	AMT                     int64 // state alternative minimum tax (California Schedule P line 26, Colorado, Minnesota)
	TentativeMinimumTax     int64 // the minimum tax before the regular tax is subtracted
	MentalHealthServicesTax int64 // California, 1% over $1,000,000 (Form 540 line 62)
	CityTax                 int64 // local income tax: New York City resident tax, Maryland county tax
	Surtax                  int64 // Massachusetts 4% surtax, Minnesota NIIT, Maryland capital gains surcharge

	AMTCreditUsed         int64 // minimum tax credit applied against regular tax
	AMTCreditGenerated    int64 // credit created this year by deferral items (FTB 3510)
	AMTCreditCarryforward int64 // prior credit − used + generated, carried to next year

	// Total is the state's income tax: RegularTax + AMT + MentalHealthServicesTax + CityTax +
	// Surtax. It does not include PayrollTax.
	Total int64

	// PayrollTax is the employee payroll tax the state withholds from wages apart from its
	// income tax: California SDI (State Disability Insurance with Paid Family Leave), each
	// earner's wages times the year's rate, with no wage limit since 2024.
	PayrollTax int64

	lines  [stMaxLines]StateLine
	nLines int
}

// Explain returns the computation's lines, in form order.
func (r *StateResult) Explain() []StateLine { return r.lines[:r.nLines] }

// line records an explanation line; lines past the array's size are dropped.
func (r *StateResult) line(ref, label string, amount int64) {
	if r.nLines < len(r.lines) {
		r.lines[r.nLines] = StateLine{Ref: ref, Label: label, Amount: amount}
		r.nLines++
	}
}

// reset clears the figures of r for a new computation. The recorded lines are dropped by
// resetting their count only: clearing the whole array on every call would cost more than the
// rest of the state computation.
func (r *StateResult) reset(code string) {
	r.Code, r.TaxableIncome, r.RegularTax = code, 0, 0
	r.AMT, r.TentativeMinimumTax, r.MentalHealthServicesTax, r.CityTax, r.Surtax = 0, 0, 0, 0, 0
	r.AMTCreditUsed, r.AMTCreditGenerated, r.AMTCreditCarryforward = 0, 0, 0
	r.Total, r.PayrollTax, r.nLines = 0, 0, 0
}

// computeState computes the state tax of one household-year into out. It allocates nothing and
// never fails: the parameters were validated on load, and the caller validates the filing
// status.
func computeState(in *StateInput, p *StateParams, out *StateResult) {
	out.reset(p.Code)
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
	case stKindGen:
		genCompute(in, &p.gen, out)
	}
	out.Total = out.RegularTax + out.AMT + out.MentalHealthServicesTax + out.CityTax + out.Surtax
	if out.PayrollTax = p.payroll.payroll(in.Wages, in.SpouseWages); out.PayrollTax != 0 {
		out.line(p.payroll.label, "SDI withheld from wages (State Disability Insurance and Paid Family Leave)", out.PayrollTax)
	}
	out.AMTCreditCarryforward = max(0, in.PriorStateAMTCredit) - out.AMTCreditUsed + out.AMTCreditGenerated
}

// Estimate names a value of a published year's tables that is not read from the publication
// itself, and says how it was obtained.
type Estimate struct {
	Jurisdiction string // "CA", "WA", ... or "US"
	Year         int    // the tax year whose tables hold the value
	Parameter    string // the value's path in its parameter file, e.g. "amt.exemption"
	Reason       string
}

// stEstimate is an entry of a parameter file's "estimated" list.
type stEstimate struct {
	Parameter string `json:"parameter"`
	Reason    string `json:"reason"`
}
