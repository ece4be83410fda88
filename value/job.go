package value

import (
	"slices"

	"github.com/bespokehq/bespoke"
)

// job is one job compiled: the current one or an offer.
type job struct {
	id         string
	current    bool
	src        *bespoke.Job
	offer      *bespoke.Offer // nil for the current job
	state      string         // state whose tax applies: the work state, else the candidate's
	start      int            // first day of job-year 1
	yearEnd    []int          // last day of each job-year
	horizonEnd int
	yearOf     []int8 // job-year index (0-based) of each day
	taxYear    []int
	taxP       []int
	co         company

	base, bonus, signOn, relocation int64 // cents
	clawbackEnd                     int   // leaving before this day repays the sign-on; -1 for never
	deferBase, deferBonus           float64
	installments                    int

	window   int // days after leaving to exercise
	issues   []issue
	tranches []tranche
	byStrike []int   // issues, cheapest strike first
	issueTr  [][]int // per issue, its tranches' indices in vesting order

	daysOff      float64   // days off a year the candidate takes with pay
	fixedNonCash float64   // yearly value of remote work and custom terms
	nonCash      []float64 // value of each job-year's terms without cash: time off after tax, plus the above
	ptoPayout    float64   // days of pay owed at departure per year worked, capped by ptoCap
	ptoCap       float64
	daily        int64 // a day's base pay in cents

	rates      rates
	boundary   []float64 // exercise boundary S*/K of the share price, by months to the deadline
	neverEarly bool      // the boundary is infinite: exercising before the deadline never pays
	// graceBoundary is the boundary for an ISO on the last day it keeps its treatment after
	// leaving, when the window runs longer (see grace.go); nil when there is no such day.
	graceBoundary []float64
	table         *privateTable
	salary        []taxCache    // tax of each year with nothing but pay
	outside       []outsideYear // tax on the income outside the job alone, by job-year
	saltPaid      []int64       // state income tax taken as paid in each year, for the itemized deduction

	// carried is, in an offer's world, the current job's options vested by the epoch, which
	// leaving the current job on the epoch puts to the exercise rule; nil when there are none.
	carried *job
}

// issue is one grant as issued (a refresher is an issue of its own), within the horizon.
type issue struct {
	id     string
	kind   bespoke.GrantType
	strike bespoke.Price
	grant  int // day granted
	expiry int // day the option term ends
	early  bool
	shares int64 // shares vesting within the horizon
}

// tranche is shares of one issue vesting on one day; iso says how many keep ISO status.
type tranche struct {
	day    int
	issue  int
	shares int64
	iso    int64
}

// compileCash sets the job's yearly pay, one-time payments and deferral.
func (m *model) compileCash(j *job, bj *bespoke.Job) {
	c := bj.Cash
	j.base, j.bonus = c.Base.Cents(), c.Bonus().Cents()
	j.daily = (j.base + 130) / 260
	if !j.current {
		j.signOn, j.relocation = c.SignOn.Cents(), c.Relocation.Cents()
	}
	j.clawbackEnd = -1
	d := bj.Terms.DeferredComp
	if d.Available {
		pct := d.ElectPct
		if pct == 0 {
			pct = d.MaxPctOfBase
		}
		j.deferBase, j.deferBonus = min(pct, d.MaxPctOfBase)/100, d.MaxPctOfBonus/100
		j.installments = max(d.PayoutInstallments, 1)
	}
}

// payoutStates are the states whose law makes accrued, unused vacation wages owed at the end
// of employment: California (Labor Code §227.3), Colorado (C.R.S. 8-4-101(14)(a)(III), Nieto v.
// Clark's Market, 2021 CO 48) and Massachusetts (M.G.L. c. 149 §148).
var payoutStates = []string{"CA", "CO", "MA"}

// compileTerms values the terms without cash: paid time off, remote work and custom terms.
func (m *model) compileTerms(ws *bespoke.Workspace, j *job, bj *bespoke.Job) {
	t := bj.Terms
	j.window = t.ExerciseWindowDays
	if j.signOn > 0 && bj.Cash.SignOnClawbackMonths > 0 {
		start := m.epoch.AddDays(j.start)
		j.clawbackEnd = m.day(start.AddMonths(bj.Cash.SignOnClawbackMonths))
	}
	taken := ws.Candidate.PTODaysTaken
	var off float64
	switch {
	case t.PTO.Policy == bespoke.PTOUnlimited:
		off = taken
	case slices.Contains(payoutStates, j.state):
		off = min(t.PTO.Days, taken)
		j.ptoPayout, j.ptoCap = t.PTO.Days-off, t.PTO.Days
	default:
		off = t.PTO.Days
	}
	j.daysOff = off
	j.nonCash = make([]float64, m.horizon)
	j.fixedNonCash = remoteShare(t.Remote) * ws.Candidate.CommuteValue.Float()
	for _, c := range t.Custom {
		j.fixedNonCash += c.YearlyValue.Float()
	}
}

// remoteShare is the part of the commute a work arrangement saves: all of it when remote, half
// when hybrid (taken as half the days at home), none on site.
func remoteShare(r bespoke.Remote) float64 {
	switch r {
	case bespoke.RemoteWork:
		return 1
	case bespoke.Hybrid:
		return 0.5
	}
	return 0
}

// yearStartOffset returns the first day of job-year k, counted from the job's start.
func yearStartOffset(j *job, k int) int {
	if k == 0 {
		return 0
	}
	return j.yearEnd[k-1] + 1 - j.start
}
