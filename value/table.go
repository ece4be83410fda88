package value

import (
	"math"

	"github.com/bespokehq/bespoke"
)

// tableStep is the spacing, in days, of the rule's precomputed tables.
const tableStep = 30

// Gauss–Legendre nodes and weights on [−1, 1], eight points: the tables integrate over the
// uniform timing of an exit with them.
var (
	glNode   = [8]float64{-0.9602898564975363, -0.7966664774136267, -0.5255324099163290, -0.1834346424956498, 0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363}
	glWeight = [8]float64{0.1012285362903763, 0.2223810344533745, 0.3137066458778873, 0.3626837833783620, 0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763}
)

// privateTable is what the exercise rule knows about a private company's future on each day
// (every tableStep days after the job's start), given that no exit has happened yet: computed
// from the assumptions once per job, never by simulating inside a scenario.
type privateTable struct {
	ltcg    float64   // marginal rate on long-term gains
	fmv     []float64 // E[409A value]: what the rule expects an exercise to be taxed on
	share   []float64 // E[discounted sale price of a share held to the exit]
	success []float64 // E[discount factor to the sale], over exits that pay
	waitV   [][]float64
	// graceV is, per ISO issue when the window runs past the ISO's 90 days, waitV for the
	// window left after them: the value of keeping the options as NSOs (see grace.go).
	graceV [][]float64
	early  []float64 // per issue, the value at its grant of an option kept to the exit instead
}

// hold returns the expected after-tax present value, on day t of the job, of one share held to
// the exit and sold, with regular-tax basis basis: the price less tax on the gain at the
// long-term rate (losses are not deducted from other income, so a failure loses the basis).
func (pt *privateTable) hold(t int, basis float64) float64 {
	g := pt.index(t)
	return pt.share[g]*(1-pt.ltcg) + pt.ltcg*basis*pt.success[g]
}

// fmvAt returns the 409A value the rule expects on day t of the job, given no exit yet.
func (pt *privateTable) fmvAt(t int) bespoke.Price { return snap(pt.fmv[pt.index(t)]) }

// wait returns the expected after-tax present value, on day t, of holding one option of issue
// ii after leaving instead of exercising it.
func (pt *privateTable) wait(ii, t int) float64 { return pt.waitV[ii][pt.index(t)] }

func (pt *privateTable) index(t int) int {
	return min(max((t+tableStep/2)/tableStep, 0), len(pt.share)-1)
}

// exitModel is the law of a private company's exit as the tables integrate it.
type exitModel struct {
	m    *model
	p0   float64 // preferred price today
	rho  float64
	ipoG float64 // drift of the log price over the lock-up
	ipoV float64 // variance of the log price over the lock-up
	lock float64 // lock-up, in years
}

// node is one point of the exit's distribution: its weight, the time of the sale (years after
// the decision), the mean price and the variance of its log.
type node struct{ w, when, mean, v float64 }

// nodes calls f for each quadrature point of the exits after t (years after the start) and
// before upTo, with weights conditional on no exit by t; failures are left out (they pay
// nothing) but count in the conditioning. It returns the probability of no exit by upTo.
func (e *exitModel) nodes(t, upTo float64, f func(node)) (stay float64) {
	var total float64
	for _, o := range e.m.outcomes {
		total += o.p * e.survive(o, t)
	}
	if total <= 0 {
		return 0
	}
	for _, o := range e.m.outcomes {
		lo := max(o.lo, t)
		w := o.p * e.survive(o, t) / total
		if w == 0 {
			continue
		}
		stay += w * e.survive(o, upTo) / e.survive(o, t)
		hi := min(o.hi, upTo)
		if o.kind == "failure" || hi < lo {
			continue
		}
		e.integrate(o, t, lo, hi, w, f)
	}
	return stay
}

// integrate spreads outcome o's weight w over its timing between lo and hi.
func (e *exitModel) integrate(o outcome, t, lo, hi, w float64, f func(node)) {
	span := o.hi - max(o.lo, t)
	if span <= 0 {
		f(e.at(o, t, lo, w))
		return
	}
	part := w * (hi - lo) / span
	for i, x := range glNode {
		s := lo + (hi-lo)*(x+1)/2
		f(e.at(o, t, s, part*glWeight[i]/2))
	}
}

// at is the node of outcome o happening s years after the start, seen from t.
func (e *exitModel) at(o outcome, t, s, w float64) node {
	logMed := math.Log(e.p0) + o.mu + s*math.Log(1-e.m.dilution)
	v := o.sigma * o.sigma
	when := s - t
	if o.kind == "ipo" {
		logMed += e.ipoG * e.lock
		v += e.ipoV * e.lock
		when += e.lock
	}
	return node{w: w, when: when, mean: math.Exp(logMed + v/2), v: v}
}

// fmv is the expected 409A value t years after the start, given no exit by then, for a
// 409A value of fmv0 today. On a path to an exit at s years at price X it is
// fmv0^(1−t/s)·X^(t/s) (see path.fmvAt), whose mean over X's lognormal law is closed; on a path
// to a failure it stays at fmv0. Exits are weighted as in nodes and integrated over their
// timing with the same quadrature.
func (e *exitModel) fmv(t, fmv0 float64) float64 {
	var total, sum float64
	for _, o := range e.m.outcomes {
		w := o.p * e.survive(o, t)
		if w == 0 {
			continue
		}
		total += w
		lo, hi := max(o.lo, t), o.hi
		switch {
		case o.kind == "failure":
			sum += w * fmv0
		case hi <= lo:
			sum += w * e.fmvBefore(o, t, lo, fmv0)
		default:
			for i, x := range glNode {
				sum += w * glWeight[i] / 2 * e.fmvBefore(o, t, lo+(hi-lo)*(x+1)/2, fmv0)
			}
		}
	}
	if total <= 0 {
		return fmv0
	}
	return sum / total
}

// fmvBefore is the mean 409A value at t of a path to outcome o's exit at s (s ≥ t).
func (e *exitModel) fmvBefore(o outcome, t, s, fmv0 float64) float64 {
	if s <= 0 || fmv0 <= 0 {
		return fmv0
	}
	f := min(t/s, 1)
	logMed := math.Log(e.p0) + o.mu + s*math.Log(1-e.m.dilution)
	return math.Pow(fmv0, 1-f) * math.Exp(f*logMed+f*f*o.sigma*o.sigma/2)
}

// survive is the chance that outcome o has not happened by t.
func (e *exitModel) survive(o outcome, t float64) float64 {
	switch {
	case t < o.lo:
		return 1
	case t >= o.hi:
		return 0
	}
	return (o.hi - t) / (o.hi - o.lo)
}

// call is the expected payoff of max(X − k, 0) for X lognormal with mean f and log variance v.
func call(f, k, v float64) float64 {
	if k <= 0 {
		return f - k
	}
	if v <= 1e-14 {
		return max(f-k, 0)
	}
	sd := math.Sqrt(v)
	d1 := (math.Log(f/k) + v/2) / sd
	return f*normCDF(d1) - k*normCDF(d1-sd)
}

// buildTable precomputes the private rule's table for job j.
func (m *model) buildTable(j *job) *privateTable {
	e := &exitModel{m: m, p0: j.co.price.Float(), rho: m.rho, lock: lockupDays / daysPerYear,
		ipoG: m.drift - j.co.div - j.co.vol*j.co.vol/2, ipoV: j.co.vol * j.co.vol}
	n := (m.maxDay-j.start)/tableStep + 2
	pt := &privateTable{ltcg: j.rates.ltcg, fmv: make([]float64, n), share: make([]float64, n), success: make([]float64, n)}
	for g := range n {
		t := years(g * tableStep)
		pt.fmv[g] = e.fmv(t, j.co.fmv.Float())
		e.nodes(t, math.Inf(1), func(x node) {
			df := math.Exp(-m.rho * x.when)
			pt.share[g] += x.w * df * x.mean
			pt.success[g] += x.w * df
		})
	}
	pt.waitV = make([][]float64, len(j.issues))
	pt.early = make([]float64, len(j.issues))
	for ii := range j.issues {
		pt.early[ii] = m.keepValue(j, e, ii)
		pt.waitV[ii] = make([]float64, n)
		for g := range n {
			pt.waitV[ii][g] = m.waitValue(j, e, pt, ii, g*tableStep, j.window)
		}
	}
	pt.graceV = m.graceTable(j, e, pt, n)
	return pt
}

// waitValue is the after-tax value, on day t of job j, of keeping one option of issue ii
// for the window days left instead of exercising: paid out at the spread (taxed as ordinary
// income) if the company is sold or lists before the deadline, else worth exercising then at
// the rule's estimate of the day, or nothing.
func (m *model) waitValue(j *job, e *exitModel, pt *privateTable, ii, t, window int) float64 {
	is := &j.issues[ii]
	end := min(t+window, is.expiry-j.start)
	if end <= t || !is.kind.IsOption() {
		return 0
	}
	k := is.strike.Float()
	var g float64
	stay := e.nodes(years(t), years(end), func(x node) {
		g += x.w * math.Exp(-m.rho*x.when) * call(x.mean, k, x.v)
	})
	spread := max(pt.fmvAt(end).Float()-k, 0)
	later := pt.hold(end, k+spread) - k - j.rates.ordinary*spread
	return (1-j.rates.ordinary)*g + stay*math.Exp(-m.rho*years(end-t))*max(later, 0)
}

// keepValue is the after-tax value, at the grant of issue ii, of an option kept until the exit
// and paid out at its spread (ordinary income): what exercising early gives up.
func (m *model) keepValue(j *job, e *exitModel, ii int) float64 {
	is := &j.issues[ii]
	if !is.kind.IsOption() {
		return 0
	}
	var g float64
	e.nodes(years(max(is.grant-j.start, 0)), math.Inf(1), func(x node) {
		g += x.w * math.Exp(-m.rho*x.when) * call(x.mean, is.strike.Float(), x.v)
	})
	return (1 - j.rates.ordinary) * g
}

// maxBoundary is the largest price-to-strike ratio the liquid rule's boundary is searched to;
// beyond it waiting is taken to be always worth more.
const maxBoundary = 1e4

// buildBoundary precomputes, for each month left before the deadline, the ratio of share price
// to strike at and above which exercising now is worth at least as much as waiting: waiting is
// valued as the discounted expected payoff at the deadline, the share growing at the expected
// return less the dividend yield (growth). It returns the boundary and whether it is infinite
// throughout (exercising early never pays).
//
// keep is what waiting keeps of its value against exercising now, after the taxes of each (1
// where they are the same): waiting is worth keep times the discounted expected payoff.
func (m *model) buildBoundary(vol, growth, keep float64) ([]float64, bool) {
	months := m.maxDay/tableStep + 2
	b := make([]float64, months)
	never := true
	for i := range b {
		b[i] = boundaryAt(years(i*tableStep), vol, growth, m.rho, keep)
		never = never && (i == 0 || math.IsInf(b[i], 1))
	}
	return b, never
}

// boundaryAt finds the boundary for tau years left by bisection, waiting being worth keep
// times its discounted expected payoff.
func boundaryAt(tau, vol, g, rho, keep float64) float64 {
	f := func(x float64) float64 { return x - 1 - keep*waitRatio(x, tau, vol, g, rho) }
	if tau <= 0 {
		return 1
	}
	if f(maxBoundary) < 0 {
		return math.Inf(1)
	}
	lo, hi := 1.0, maxBoundary
	for range 80 {
		mid := (lo + hi) / 2
		if f(mid) >= 0 {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}

// waitRatio is the value of waiting tau years with an option of strike 1 on a share at x.
func waitRatio(x, tau, vol, g, rho float64) float64 {
	fwd := x * math.Exp(g*tau)
	return math.Exp(-rho*tau) * call(fwd, 1, vol*vol*tau)
}

// boundaryAt returns the exercise boundary with days left before the deadline.
func (j *job) boundaryAt(days int) float64 { return monthOf(j.boundary, days) }

// monthOf returns the entry of boundary b for days left before the deadline.
func monthOf(b []float64, days int) float64 {
	return b[min(max((days+tableStep/2)/tableStep, 0), len(b)-1)]
}
