package value

import (
	"context"
	"math"
	"slices"

	"github.com/bespokehq/bespoke"
)

// Estimate is the value of a change to the candidate: the mean over the scenarios of the
// change in the job's value in each scenario (the same scenarios, so the noise they share
// cancels), with its standard error and 95% confidence interval.
type Estimate struct {
	Mean   float64 `json:"mean"`
	CILow  float64 `json:"ci_low"`
	CIHigh float64 `json:"ci_high"`
	StdErr float64 `json:"std_err"`
	N      int     `json:"scenarios"`
}

// z95 is the two-sided 95% quantile of the standard normal distribution.
const z95 = 1.959963984540054

// estimate returns the mean of the paired differences b − a and its confidence interval.
func estimate(a, b []float64) Estimate { return estimateOf(differences(a, b)) }

// differences returns b − a, element by element.
func differences(a, b []float64) []float64 {
	d := make([]float64, len(a))
	for i := range a {
		d[i] = b[i] - a[i]
	}
	return d
}

// estimateOf returns the mean of ds and its confidence interval.
func estimateOf(ds []float64) Estimate {
	n := len(ds)
	var sum float64
	for _, d := range ds {
		sum += d
	}
	mean := sum / float64(n)
	var ss float64
	for _, d := range ds {
		d -= mean
		ss += d * d
	}
	se := 0.0
	if n > 1 {
		se = math.Sqrt(ss / float64(n-1) / float64(n))
	}
	return Estimate{Mean: mean, CILow: mean - z95*se, CIHigh: mean + z95*se, StdErr: se, N: n}
}

// termSetter is implemented by bespoke.Offer where the domain can change a term by its path.
type termSetter interface {
	SetTerm(path string, v bespoke.Scalar) error
}

// Ask values an ask: the change in its offer's value when the offer's term is set to the value
// asked, over the same scenarios.
func (v *Valuation) Ask(ctx context.Context, a bespoke.Ask) (Estimate, error) {
	return v.Change(ctx, a.Offer, func(o *bespoke.Offer) error {
		ts, ok := any(o).(termSetter)
		if !ok {
			return bespoke.Errorf(bespoke.EUNSUPPORTED, "this build cannot change an offer's terms by path")
		}
		return ts.SetTerm(a.Term, a.Value)
	})
}

// Change values changing offer id with change, which receives a copy of the offer to modify:
// the offer is valued again over the same scenarios (same random streams) and the estimate is
// of the per-scenario differences. Errors: ENOTFOUND for an unknown offer, whatever change
// returns, EUNSUPPORTED for a change of the start date, and the errors of New for a changed
// offer the engine cannot value.
//
// A start date is not priced: the leave date every job is valued from is the earliest start,
// and a grant's vesting start and grant date default to the start date when the workspace is
// loaded, so a new date would move them, or not, without the change saying which.
func (v *Valuation) Change(ctx context.Context, id string, change func(*bespoke.Offer) error) (Estimate, error) {
	jj := slices.IndexFunc(v.m.jobs, func(j *job) bool { return j.offer != nil && j.id == id })
	if jj < 0 {
		return Estimate{}, bespoke.Errorf(bespoke.ENOTFOUND, "no offer %q in the workspace", id)
	}
	ws := *v.ws
	ws.Offers = slices.Clone(v.ws.Offers)
	o := &ws.Offers[jj-v.firstOffer()]
	*o = cloneOffer(o)
	start := o.StartDate
	if err := change(o); err != nil {
		return Estimate{}, err
	}
	if o.StartDate != start {
		return Estimate{}, bespoke.Errorf(bespoke.EUNSUPPORTED, "the valuation does not price a change of offer %s's start date "+
			"(the leave date and the grants' vesting are laid out from the start dates): value the workspace with the new date instead", id)
	}
	t, err := taxesFor(&ws, v.opt)
	if err != nil {
		return Estimate{}, err
	}
	m, err := compileWith(&ws, t, mode{preTax: v.opt.PreTax, vestedOut: v.m.vestedOut})
	if err != nil {
		return Estimate{}, err
	}
	out := make([]jobOut, len(m.jobs))
	out[jj] = newJobOut(m, m.jobs[jj])
	if err := v.run(ctx, m, jj, out, nil); err != nil {
		return Estimate{}, err
	}
	return estimate(v.out[jj].value, out[jj].value), nil
}

// firstOffer is the index of the first offer among the model's jobs.
func (v *Valuation) firstOffer() int {
	if len(v.m.jobs) > 0 && v.m.jobs[0].current {
		return 1
	}
	return 0
}

// cloneOffer copies an offer deeply enough that changing the copy's grants, vesting or custom
// terms leaves the original alone.
func cloneOffer(o *bespoke.Offer) bespoke.Offer {
	c := *o
	c.Equity = slices.Clone(o.Equity)
	for i := range c.Equity {
		c.Equity[i].Vesting.YearlyPct = slices.Clone(o.Equity[i].Vesting.YearlyPct)
	}
	c.Terms.Custom = slices.Clone(o.Terms.Custom)
	return c
}
