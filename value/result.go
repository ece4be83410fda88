package value

import (
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"

	"github.com/bespokehq/bespoke"
)

// Result is a valuation's report: a distribution per job (the current job first), the
// assumptions and seed it was drawn from, and notes on what the figures rest on.
type Result struct {
	Seed        uint64              `json:"seed"`
	Scenarios   int                 `json:"scenarios"`
	PreTax      bool                `json:"pre_tax"`
	Jobs        []JobResult         `json:"jobs"`
	Assumptions bespoke.Assumptions `json:"assumptions"`
	Notes       []string            `json:"notes"`
}

// JobResult is one job's valuation. Values are present values in dollars at the discount
// rate, as of the day the candidate would leave the current job.
type JobResult struct {
	ID string `json:"id"`
	// Value is the distribution of the job's after-tax present value over the horizon,
	// proceeds arriving later included, terms without cash included.
	Value Distribution `json:"value"`
	// NonCash is the mean present value of the terms without cash within Value.
	NonCash float64 `json:"non_cash"`
	// Terms is the yearly value of each term without cash.
	Terms TermValues `json:"terms"`
	// CumulativeByYear is the after-tax cash received by the end of each job-year.
	CumulativeByYear []Band `json:"cumulative_by_year"`
	// MaxDepartureCash is the most cash, over the scenarios, that exercising every vested
	// option of a private company on leaving would take, strike and estimated tax: on leaving
	// the job, or, in an offer's world, on leaving the current job on the epoch, whichever
	// demands more.
	MaxDepartureCash float64 `json:"max_departure_cash"`
}

// Distribution summarises a value over the scenarios.
type Distribution struct {
	Mean   float64 `json:"mean"`
	Median float64 `json:"median"`
	P10    float64 `json:"p10"`
	P25    float64 `json:"p25"`
	P75    float64 `json:"p75"`
	P90    float64 `json:"p90"`
	// ProbBelowCurrent is the share of scenarios in which the job is worth less than the
	// current job in the same scenario; absent for the current job or without one.
	ProbBelowCurrent *float64 `json:"prob_below_current,omitempty"`
	// CertaintyEquivalent is the sure amount the candidate would value as much as the
	// uncertain one, under constant relative risk aversion with their wealth.
	CertaintyEquivalent float64 `json:"certainty_equivalent"`
}

// Band is a year's median and 10th–90th percentile band.
type Band struct {
	Year   int     `json:"year"`
	P10    float64 `json:"p10"`
	Median float64 `json:"median"`
	P90    float64 `json:"p90"`
}

// TermValues is what each term without cash is worth to the candidate in a year of work.
type TermValues struct {
	TimeOff float64 `json:"time_off"` // days off taken with pay, at the after-tax daily rate (first year)
	Remote  float64 `json:"remote"`   // the commute saved
	Custom  float64 `json:"custom"`   // custom terms, as stated
}

// Result summarises the valuation.
func (v *Valuation) Result() *Result {
	m := v.m
	r := &Result{Seed: m.seed, Scenarios: m.n, PreTax: m.preTax, Assumptions: v.ws.Assumptions}
	cur := -1
	if len(m.jobs) > 0 && m.jobs[0].current {
		cur = 0
	}
	r.Jobs = make([]JobResult, len(m.jobs))
	floored := make([]int, len(m.jobs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(runtime.GOMAXPROCS(0), 1))
	for jj, j := range m.jobs {
		o := &v.out[jj]
		jr := &r.Jobs[jj]
		*jr = JobResult{ID: j.id, NonCash: mean(o.nonCash), Terms: termValues(m, j), MaxDepartureCash: slices.Max(o.demand),
			CumulativeByYear: make([]Band, m.horizon)}
		if cur >= 0 && jj != cur {
			p := probBelow(o.value, v.out[cur].value)
			jr.Value.ProbBelowCurrent = &p
		}
		// the sorts behind the percentiles are independent: run them side by side
		for k := -1; k < m.horizon; k++ {
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer func() { <-sem; wg.Done() }()
				if k < 0 {
					p := jr.Value.ProbBelowCurrent
					jr.Value = summarise(o.value)
					jr.Value.ProbBelowCurrent = p
					jr.Value.CertaintyEquivalent, floored[jj] = certaintyEquivalent(o.value, m.wealth, m.gamma)
					return
				}
				jr.CumulativeByYear[k] = band(o.cum, m.horizon, k)
			}()
		}
	}
	wg.Wait()
	n := 0
	for _, f := range floored {
		n += f
	}
	r.Notes = v.notes(n)
	return r
}

func termValues(m *model, j *job) TermValues {
	tv := TermValues{TimeOff: j.nonCash[0] - j.fixedNonCash}
	tv.Remote = remoteShare(j.src.Terms.Remote) * m.commute
	tv.Custom = j.fixedNonCash - tv.Remote
	return tv
}

func (v *Valuation) notes(floored int) []string {
	m := v.m
	n := []string{m.taxes.note()}
	if v.stay.other != nil {
		n = append(n, v.stayNote())
	}
	if floored > 0 {
		n = append(n, fmt.Sprintf("certainty equivalents: wealth plus value was raised to the floor of $%.0f in %d job-scenarios", ceFloor, floored))
	}
	return n
}

// ceFloor is the least wealth-plus-value the certainty equivalent lets a scenario end with:
// a scenario that would leave the candidate with nothing would otherwise make it minus
// infinity for any risk aversion of 1 or more.
const ceFloor = 1000.0

// certaintyEquivalent returns CE = u⁻¹(E[u(W + X)]) − W with u(c) = c^(1−γ)/(1−γ), or log c for
// γ = 1, W + X floored at ceFloor; and how many scenarios were floored.
func certaintyEquivalent(xs []float64, w, gamma float64) (float64, int) {
	if gamma == 0 {
		return mean(xs), 0
	}
	scale := max(w, ceFloor)
	var sum float64
	floored := 0
	for _, x := range xs {
		c := w + x
		if c < ceFloor {
			c, floored = ceFloor, floored+1
		}
		c /= scale
		if gamma == 1 {
			sum += math.Log(c)
		} else {
			sum += math.Pow(c, 1-gamma)
		}
	}
	eu := sum / float64(len(xs))
	if gamma == 1 {
		return math.Exp(eu)*scale - w, floored
	}
	return math.Pow(eu, 1/(1-gamma))*scale - w, floored
}

func mean(xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func probBelow(xs, ref []float64) float64 {
	n := 0
	for i := range xs {
		if xs[i] < ref[i] {
			n++
		}
	}
	return float64(n) / float64(len(xs))
}

// summarise returns the mean and percentiles of xs.
func summarise(xs []float64) Distribution {
	s := slices.Clone(xs)
	slices.Sort(s)
	return Distribution{
		Mean: mean(xs), Median: quantile(s, 0.5), P10: quantile(s, 0.1), P25: quantile(s, 0.25),
		P75: quantile(s, 0.75), P90: quantile(s, 0.9),
	}
}

// quantile returns the q-quantile of sorted xs, interpolating linearly between order statistics
// (Hyndman and Fan's type 7, R's default).
func quantile(sorted []float64, q float64) float64 {
	h := q * float64(len(sorted)-1)
	lo := int(math.Floor(h))
	if lo+1 >= len(sorted) {
		return sorted[len(sorted)-1]
	}
	return sorted[lo] + (h-float64(lo))*(sorted[lo+1]-sorted[lo])
}

// band returns year k's band of the cumulative cash cum (n × h, by scenario).
func band(cum []float64, h, k int) Band {
	n := len(cum) / h
	col := make([]float64, n)
	for i := range n {
		col[i] = cum[i*h+k]
	}
	slices.Sort(col)
	return Band{Year: k + 1, P10: quantile(col, 0.1), Median: quantile(col, 0.5), P90: quantile(col, 0.9)}
}
