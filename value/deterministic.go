package value

import (
	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/tax"
)

// JobYears is one job's years in the deterministic scenario.
type JobYears struct {
	ID    string
	Years []Year
	// Vested is what the current job's options vested by the leave date add to each year of
	// this job's world (included in Years): kept in the current job's, put to the exercise rule
	// on the leave date in an offer's. Nil when there are none.
	Vested []Effect
	// WithoutVested is Years with those options left out (Years less Vested, year by year): the
	// job's own pay and equity. Nil when there are none, as Years then holds the same.
	WithoutVested []Year
	// StateNotModelled is the job's state when the tax engine does not model its income tax,
	// which the figures then leave out; "" otherwise.
	StateNotModelled string
	// PayrollTaxes names the payroll taxes charged in the valuation: FICA, then each state's
	// (California SDI). Empty before tax.
	PayrollTaxes []string
}

// Effect is what something adds to a job-year: cash before tax, tax, and cash after tax (the
// year with it less the year without it).
type Effect struct {
	PreTax   bespoke.Money
	Tax      bespoke.Money
	AfterTax bespoke.Money
}

// Year is what one job-year brings after tax in the deterministic scenario. PreTax is the cash
// received before tax: pay (less any pay deferred), and equity at the stated price, RSUs sold
// and options exercised and sold as they vest. Tax is what the year's income adds to the tax
// on the candidate's other income. AfterTax is PreTax − Tax.
type Year struct {
	Year     int
	TaxYear  int
	PreTax   bespoke.Money
	Deferred bespoke.Money // pay deferred under a deferred-compensation plan, paid after leaving
	Tax      bespoke.Money
	AfterTax bespoke.Money
	// MarginalRate is the share of the next $1,000 of salary that would go to tax.
	MarginalRate float64
	// Projected says the year's tax law is projected from the latest published tables.
	Projected bool
}

// Deterministic values every job of ws (the current job first) year by year over the horizon
// in the scenario compare shows: the stated prices never move (a public company's share price,
// a private company's preferred price, at which its shares are taken as saleable), and the
// candidate stays past the horizon in each job, leaving the current one on the leave date in
// an offer's world. It goes through the same code as every Monte Carlo scenario, so a
// workspace whose prices cannot move (zero volatility and a drift equal to the dividend yield,
// no private outcomes) and whose tenure starts after the horizon is valued with exactly these
// figures in every scenario.
func Deterministic(ws *bespoke.Workspace, opt Options) ([]JobYears, error) {
	t, err := taxesFor(ws, opt)
	if err != nil {
		return nil, err
	}
	m, err := compileWith(ws, t, mode{preTax: opt.PreTax, fixed: true})
	if err != nil {
		return nil, err
	}
	var without *model // the current job's vested options left out, to measure what they add
	if m.jobs[0].current && m.jobs[0].vestedOptions() > 0 {
		if without, err = compileWith(ws, t, mode{preTax: opt.PreTax, fixed: true, vestedOut: true}); err != nil {
			return nil, err
		}
	}
	var out []JobYears
	for jj, j := range m.jobs {
		jy := JobYears{ID: j.id, Years: m.years(m.stay(j))}
		if without != nil {
			jy.WithoutVested = without.years(without.stay(without.jobs[jj]))
			jy.Vested = effects(jy.Years, jy.WithoutVested)
		}
		if !opt.PreTax && !tax.StateModelled(j.state) {
			jy.StateNotModelled = j.state
		}
		out = append(out, jy)
	}
	if et, ok := t.(*engineTaxes); ok {
		for i := range out {
			out[i].PayrollTaxes = et.payrollTaxes()
		}
	}
	return out, nil
}

// stay runs job j's deterministic scenario: the candidate stays past the last day modelled.
func (m *model) stay(j *job) *sim {
	s := newSim(m, j)
	s.run(float64(m.maxDay)/daysPerYear, 0, 0, 0)
	return s
}

// effects returns, year by year, what the years with something have more than those without.
func effects(with, without []Year) []Effect {
	e := make([]Effect, len(with))
	for k := range e {
		e[k] = Effect{PreTax: with[k].PreTax - without[k].PreTax, Tax: with[k].Tax - without[k].Tax,
			AfterTax: with[k].AfterTax - without[k].AfterTax}
	}
	return e
}

func (m *model) years(s *sim) []Year {
	j := s.j
	ys := make([]Year, m.horizon)
	for k := range ys {
		b := &s.books[k]
		ys[k] = Year{
			Year: k + 1, TaxYear: j.taxYear[k], PreTax: bespoke.Money(b.cash), Deferred: bespoke.Money(b.deferred),
			Tax: bespoke.Money(s.tax[k]), AfterTax: bespoke.Money(b.cash - s.tax[k]),
			MarginalRate: m.marginalWage(s, k), Projected: m.taxes.projected(j.taxP[k]),
		}
	}
	return ys
}

// marginalWage is the tax on the next $1,000 of salary in job-year k of the scenario s ran.
func (m *model) marginalWage(s *sim, k int) float64 {
	const step = 100_000 // cents
	var in taxIn
	var out taxOut
	m.fill(&in, s.j, k, &s.books[k], s.outsideWages(k))
	in.PriorAMTCredit, in.PriorStateAMTCredit = s.credits[k][0], s.credits[k][1]
	m.taxes.compute(s.j.taxP[k], &in, &out, &s.ws.res)
	base := out.Total
	in.Wages += step
	m.taxes.compute(s.j.taxP[k], &in, &out, &s.ws.res)
	return float64(out.Total-base) / step
}
