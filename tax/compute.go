package tax

import "github.com/bespokehq/bespoke"

// Params is the law for one tax year, filing status, state and city, resolved by Tables.For
// once per workspace and then shared, read-only, by any number of goroutines.
type Params struct {
	Year      int
	Status    bespoke.FilingStatus
	StateCode string // two letters, or "" for no state income tax
	City      string // "NYC" or ""

	// Projected is set when Year has no published tables (federal or state) and the law of the
	// latest published year was indexed by an assumed inflation rate; Note then says how.
	Projected bool
	Note      string

	// Estimated lists the values of published tables that are derived (by the statute's own
	// indexing) or secondary rather than read from the publication, each with its reason. It does
	// not make the year projected.
	Estimated []Estimate

	Federal FederalParams
	State   StateParams
}

// Compute computes r's federal income tax, FICA and state income tax under p into out,
// overwriting everything in it. It allocates nothing and does not check r: call r.Validate(p)
// first on input that has not been checked (amounts must be non-negative and bounded, and r's
// year, status, state and city are taken from p).
func Compute(r *Return, p *Params, out *Result) {
	out.Lines.reset()
	computeFederal(r, &p.Federal, out)
	in := StateInput{
		Year: p.Year, Status: p.Status, City: p.City,
		AGI: out.Federal.AGI, Wages: r.Wages, SpouseWages: r.SpouseWages, NonFICACompensation: r.NonFICACompensation,
		ISOBargain: r.ISOBargain, AMTDisposition: r.AMTDisposition, LTCG: r.LTCG, STCG: r.STCG,
		QSBSExcluded: r.QSBSExcluded, QSBSExcludedRegularOnly: r.QSBSExcludedRegularOnly,
		QualifiedDividends: r.QualifiedDividends, OrdinaryDividends: r.OrdinaryDividends,
		Interest: r.Interest, MortgageInterest: r.MortgageInterest, PriorStateAMTCredit: r.PriorStateAMTCredit,
		Federal: federalFigures(r, &out.Federal, &p.Federal),
	}
	computeState(&in, &p.State, &out.State)
	out.TotalIncomeTax = out.Federal.Total + out.State.Total
}

// MarginalStep is the raise MarginalWageRate uses by default: $1,000, large enough that the
// cent rounding of each line does not show in the rate and small enough to stay, in nearly all
// returns, within one bracket.
const MarginalStep = 1_000_00

// MarginalWageRate returns the share of the next step cents of wages that goes to tax: the
// difference in TotalTax (federal and state income tax, Social Security and Medicare) between r
// and r with step more wages (FICA wages, so the payroll taxes are in the rate; compensation
// outside FICA would pay the income taxes alone), divided by step. The minimum tax credit generated, which is worth
// something only in later years, is not counted. step must be positive.
func MarginalWageRate(r *Return, p *Params, step int64) float64 {
	var base, next Result
	Compute(r, p, &base)
	raised := *r
	raised.Wages += step
	Compute(&raised, p, &next)
	return float64(next.TotalTax()-base.TotalTax()) / float64(step)
}

// federalFigures copies the federal lines a state return uses. The state and local tax
// deduction is Schedule A line 5e, as deductions computes it.
func federalFigures(r *Return, f *FederalResult, p *FederalParams) FederalFigures {
	return FederalFigures{
		TaxableIncome: f.TaxableIncome, Deduction: f.Deduction, Itemized: f.Itemized,
		StandardDeduction: p.StandardDeduction, SALT: min(r.StateIncomeTaxPaid, saltLimit(p, f.AGI)),
		IncomeTax: f.RegularTax + f.AMT - f.AMTCreditUsed,
		AMTI:      f.AMTI, AMTExemption: f.AMTExemption, AMTCreditUsed: f.AMTCreditUsed,
	}
}
