package value

import (
	"context"
	"slices"
)

// The current job's options vested by the epoch are valued in every job's world. In the
// current job's, they are part of its grants (one tranche on the epoch) and the candidate
// either keeps them until leaving it, or an exit, or decides on them as a leaver would (see
// stay.go), whichever is worth more. In an offer's, the candidate leaves the current job on the
// epoch, so the exercise rule decides on them then, within the current job's window, with the
// candidate's cash and the world's tax: a second sim, on the current company's own path (the
// same in every world of a scenario), books into the offer's years before the offer's equity.

// carryVested compiles, for each offer, the current job's options vested by the epoch.
func (m *model) carryVested() {
	if len(m.jobs) == 0 || !m.jobs[0].current {
		return
	}
	cur := m.jobs[0]
	for _, j := range m.jobs[1:] {
		j.carried = m.compileCarried(cur, j)
	}
}

// compileCarried returns the current job's options vested by the epoch as seen from offer o's
// world: the current company, its grants, window and rule, with the offer's years and marginal
// rates (the exercise is taxed on top of the offer's pay); nil when there are none.
func (m *model) compileCarried(cur, o *job) *job {
	c := &job{
		id: cur.id, current: true, src: cur.src, state: o.state, start: cur.start, co: cur.co, window: cur.window,
		yearEnd: o.yearEnd, yearOf: o.yearOf, taxYear: o.taxYear, taxP: o.taxP, horizonEnd: o.horizonEnd,
		rates: o.rates, boundary: cur.boundary, neverEarly: cur.neverEarly,
	}
	for ii, is := range cur.issues {
		tr := cur.issueTr[ii]
		if len(tr) == 0 || cur.tranches[tr[0]].day != 0 || !is.kind.IsOption() {
			continue
		}
		t := cur.tranches[tr[0]]
		t.issue = len(c.issues)
		is.shares, is.early = t.shares, false
		c.issues = append(c.issues, is)
		c.tranches = append(c.tranches, t)
	}
	if len(c.issues) == 0 {
		return nil
	}
	c.rates = m.blockRates(o, o.rates, c.vestedBlock())
	c.index()
	m.compileGrace(c)
	if c.co.regime == regPrivate {
		c.table = m.buildTable(c)
	}
	return c
}

// vestedOptions is how many of the current job's options are vested by the epoch and valued.
func (j *job) vestedOptions() int64 {
	var n int64
	for _, t := range j.tranches {
		if t.day == 0 && j.issues[t.issue].kind.IsOption() {
			n += t.shares
		}
	}
	return n
}

// vestedBlock is the spread, at today's fair market value, of the current job's options vested
// by the epoch, in cents: the income exercising them all on the epoch would make taxable.
func (j *job) vestedBlock() int64 {
	var b int64
	for _, t := range j.tranches {
		if is := &j.issues[t.issue]; t.day == 0 && is.kind.IsOption() {
			b += max(j.co.fmv-is.strike, 0).Value(t.shares).Cents()
		}
	}
	return b
}

// blockRates returns r with the rates on an exercise's spread (ordinary income, ISO bargain
// element) measured over block cents on top of a year of job w's pay, rather than over the
// next $10,000: exercising the current job's vested options on leaving is one large exercise
// whose size is known, and its AMT can be far from the marginal rate's estimate.
func (m *model) blockRates(w *job, r rates, block int64) rates {
	if block <= 1_000_000 {
		return r
	}
	b := m.ratesOver(w, 0, &w.salary[0].in, block)
	r.ordinary, r.nonFICA, r.amt = b.ordinary, b.nonFICA, b.amt
	return r
}

// leaveCurrent runs, in an offer's world, the decision leaving the current job on the epoch
// forces on its vested options: the exercise rule with the candidate's whole cash (leaving comes
// first), on the current company's path drawn from its own stream (key, i). What it books joins
// the world's years; what it spends is gone for the offer's own decisions.
func (s *sim) leaveCurrent(key uint64, i int) {
	c := s.carry
	c.resetAt(0)
	c.cash = s.cash
	c.pcg.Seed(key, uint64(i))
	c.p.draw(c.m, &c.j.co, &c.rng, c.j.start)
	c.equity()
	s.epochSpent = float64(s.cash-c.cash) / 100
	s.epochDemand = c.demand
	s.cash = c.cash
	s.pv += c.pv
	for k := range s.books {
		s.books[k].add(&c.books[k])
	}
}

// add adds o's amounts to b.
func (b *book) add(o *book) {
	b.deferred += o.deferred
	b.wages += o.wages
	b.ordinary += o.ordinary
	b.iso += o.iso
	b.amt.Ordinary += o.amt.Ordinary
	b.amt.LTCG += o.amt.LTCG
	b.amt.STCG += o.amt.STCG
	b.ltcg += o.ltcg
	b.stcg += o.stcg
	b.qsbs.add(o.qsbs)
	b.cash += o.cash
}

// VestedOptions is what the current job's options vested by the epoch are worth in each job's
// world, and what leaving them costs. In an offer's world, leaving on the epoch puts them to the
// exercise rule then, within the current job's window. In the current job's world the
// candidate takes the better policy (Hold or ExerciseAsIfLeaving: staying, they may decide as
// leaving forces them to), so each cost is what the forced window takes away from a stayer free
// to do the same. Each figure is a paired estimate over the same scenarios against the
// workspace valued with these options left out of every job.
type VestedOptions struct {
	// Options is how many options of the current job are vested by the epoch and unexpired.
	Options int64 `json:"options"`
	// Policy is what a candidate who stays does with them: ExerciseAsIfLeaving when its mean
	// value is above Hold's, else Hold. The current job's value, Kept and each Cost take it.
	Policy StayPolicy `json:"current_policy"`
	// Kept is what they add to the current job's value, under Policy.
	Kept Estimate `json:"kept"`
	// Hold and Exercise are what they add to the current job's value under each policy; Kept is
	// one of them. They are the same where the policies coincide (shares that can be sold, or
	// no current options at a private company).
	Hold     Estimate `json:"hold"`
	Exercise Estimate `json:"exercise_as_if_leaving"`
	// EpochCash is the most cash, over the scenarios, that exercising all of them on the epoch
	// would take in the current job's world, strike and estimated tax; 0 where the policies
	// coincide. Spent is the mean cash Policy spends on them there on the epoch.
	EpochCash float64 `json:"epoch_cash"`
	Spent     float64 `json:"spent"`
	// Offers is what leaving them does in each offer's world, in the workspace's order.
	Offers []LeavingOptions `json:"offers"`
}

// LeavingOptions is what the decision forced on the current job's vested options is worth in
// one offer's world.
type LeavingOptions struct {
	Offer string `json:"offer"`
	// Value is what they add to the offer's value: exercised on the epoch and sold later,
	// exercised later in the window, or lapsed; less what the cash they take costs the offer's
	// own decisions.
	Value Estimate `json:"value"`
	// Cost is Kept less Value, scenario by scenario: how much the forced decision lowers the
	// offer's value against the current job's. With the same pay and state in both jobs and
	// no other use for the cash, it is what the stayer's policy gains over deciding as a leaver
	// (zero or more) plus what the options a leaver lets lapse are worth to a stayer who keeps
	// them (zero when none lapse, else positive in expectation), so not negative (see
	// docs/valuation.md); otherwise it moves by the difference in the tax the two jobs' returns
	// levy on the options, and in what the cash they take would buy of each job's own equity.
	Cost Estimate `json:"cost"`
	// EpochCash is the most cash, over the scenarios, that exercising all of them on the epoch
	// would take, strike and estimated tax; 0 where the shares can be sold at once.
	EpochCash float64 `json:"epoch_cash"`
	// Spent is the mean cash the rule spends on exercising them, strike and estimated tax.
	Spent float64 `json:"spent"`
}

// VestedOptions values the current job's options vested by the epoch in every job's world: it
// runs the scenarios once more with them left out and pairs the results. Without a current job,
// or without such options, it returns a report of zero options. Errors are those of New, and
// ctx's when it is cancelled.
func (v *Valuation) VestedOptions(ctx context.Context) (*VestedOptions, error) {
	m := v.m
	r := &VestedOptions{Policy: v.stay.policy, Offers: []LeavingOptions{}}
	if !m.jobs[0].current {
		return r, nil
	}
	if r.Options = m.jobs[0].vestedOptions(); r.Options == 0 {
		return r, nil
	}
	t, err := taxesFor(v.ws, v.opt)
	if err != nil {
		return nil, err
	}
	m0, err := compileWith(v.ws, t, mode{preTax: v.opt.PreTax, vestedOut: true})
	if err != nil {
		return nil, err
	}
	out0 := make([]jobOut, len(m0.jobs))
	for jj, j := range m0.jobs {
		out0[jj] = newJobOut(m0, j)
	}
	if err := v.run(ctx, m0, -1, out0, nil); err != nil {
		return nil, err
	}
	kept := differences(out0[0].value, v.out[0].value)
	r.Kept = estimateOf(kept)
	v.keptByPolicy(r, out0[0].value)
	for jj := 1; jj < len(m.jobs); jj++ {
		in := differences(out0[jj].value, v.out[jj].value)
		lo := LeavingOptions{Offer: m.jobs[jj].id, Value: estimateOf(in)}
		for i := range in {
			in[i] = kept[i] - in[i]
		}
		lo.Cost = estimateOf(in)
		if o := &v.out[jj]; o.epochDemand != nil {
			lo.EpochCash, lo.Spent = slices.Max(o.epochDemand), mean(o.epochSpent)
		}
		r.Offers = append(r.Offers, lo)
	}
	return r, nil
}

// keptByPolicy sets what the options add to the current job's value under each policy, and the
// cash exercising them on the epoch takes there, against its value without them, without.
func (v *Valuation) keptByPolicy(r *VestedOptions, without []float64) {
	r.Hold, r.Exercise = r.Kept, r.Kept
	if v.stay.other == nil {
		return
	}
	other := estimate(without, v.stay.other)
	if r.Policy == Hold {
		r.Exercise = other
	} else {
		r.Hold = other
	}
	r.EpochCash, r.Spent = v.stay.epochCash, mean(v.out[0].epochSpent)
}
