package value

import (
	"math"
	"slices"
	"time"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/vest"
)

// daysPerYear converts days to years throughout the model.
const daysPerYear = 365.25

// model is a workspace compiled for valuation: every date turned into days since the epoch
// (the day the candidate would leave the current job), vesting resolved into tranches, the
// tax law resolved per job-year, and the tables of the exercise rule precomputed. It is read
// only while scenarios run.
type model struct {
	epoch     bespoke.Date
	epochDays int // the epoch in days since 1970-01-01
	n         int
	seed      uint64
	horizon   int
	rho       float64 // discount rate, continuously compounded
	drift     float64 // expected return of public shares
	inflate   float64
	tenure    [2]float64 // years after each job's start
	cash      int64      // cents the candidate can spend on exercising
	wealth    float64
	gamma     float64
	commute   float64
	other     bespoke.OtherIncome
	taxes     taxer
	preTax    bool
	jobs      []*job
	maxDay    int
	df        []float64 // discount factor of each day
	grid      []int     // the monthly grid: grid[m] is epoch + m months, in days
	gridOf    []int32   // the last grid month on or before each day
	outcomes  []outcome
	dilution  float64
	fixed     bool // the deterministic scenario: prices never move
	// vestedOut leaves the current job's options vested by the epoch out of every job, as if
	// they were the candidate's whatever the job: the baseline their effect is measured from.
	vestedOut bool
}

// mode says which model of a workspace to compile.
type mode struct {
	preTax    bool // taxes off
	fixed     bool // the deterministic scenario: prices never move, private companies stay private
	vestedOut bool // leave the current job's options vested by the epoch out (model.vestedOut)
}

// day converts a date to days since the epoch.
func (m *model) day(d bespoke.Date) int { return m.epoch.DaysUntil(d) }

// years converts days to years.
func years(d int) float64 { return float64(d) / daysPerYear }

// compile builds the model of ws. The workspace must have passed validation; compile still
// refuses what the engine cannot value, with an EINVALID or EUNSUPPORTED error.
func compile(ws *bespoke.Workspace, t taxer, preTax bool) (*model, error) {
	return compileWith(ws, t, mode{preTax: preTax})
}

// compileWith compiles ws in the given mode.
func compileWith(ws *bespoke.Workspace, t taxer, how mode) (*model, error) {
	a := ws.Assumptions
	preTax, fixed := how.preTax, how.fixed
	m := &model{
		epoch: ws.LeaveDate(), n: a.Scenarios, seed: a.Seed, horizon: a.HorizonYears,
		rho: a.DiscountRate, drift: a.Public.Drift, inflate: a.Inflation,
		tenure: [2]float64{a.TenureYears.Min, a.TenureYears.Max},
		cash:   ws.Candidate.CashAvailable.Cents(), wealth: ws.Candidate.Wealth.Float(),
		gamma: ws.Candidate.RiskAversion, other: ws.Candidate.OtherIncome, commute: ws.Candidate.CommuteValue.Float(),
		taxes: t, preTax: preTax, dilution: a.Private.DilutionPerYear, fixed: fixed, vestedOut: how.vestedOut,
	}
	if err := m.check(ws); err != nil {
		return nil, err
	}
	m.epochDays = bespoke.MustDate(1970, time.January, 1).DaysUntil(m.epoch)
	if !fixed {
		m.outcomes = compileOutcomes(a.Private.Outcomes, a.HorizonYears)
	}
	m.layDays(ws)
	if ws.Current != nil {
		j, err := m.compileJob(ws, "current", ws.Current, m.epoch, true)
		if err != nil {
			return nil, err
		}
		m.jobs = append(m.jobs, j)
	}
	for i := range ws.Offers {
		o := &ws.Offers[i]
		j, err := m.compileJob(ws, o.ID, &o.Job, o.StartDate, false)
		if err != nil {
			return nil, err
		}
		j.offer = o
		m.jobs = append(m.jobs, j)
	}
	m.carryVested()
	return m, nil
}

// check refuses workspaces the engine cannot value.
func (m *model) check(ws *bespoke.Workspace) error {
	switch {
	case len(ws.Offers) == 0:
		return bespoke.Errorf(bespoke.EINVALID, "the workspace has no offers to value")
	case m.n < 1:
		return bespoke.Errorf(bespoke.EINVALID, "assumptions.scenarios is %d; it must be at least 1", m.n)
	case m.horizon < 1:
		return bespoke.Errorf(bespoke.EINVALID, "assumptions.horizon_years is %d; it must be at least 1", m.horizon)
	case m.tenure[0] < 0 || m.tenure[1] < m.tenure[0]:
		return bespoke.Errorf(bespoke.EINVALID, "assumptions.tenure_years runs from %g to %g; min must be at most max", m.tenure[0], m.tenure[1])
	case m.tenure[1] > 50:
		return bespoke.Errorf(bespoke.EINVALID, "assumptions.tenure_years.max is %g; at most 50", m.tenure[1])
	}
	for _, o := range ws.Offers {
		if o.StartDate.Before(m.epoch) {
			return bespoke.Errorf(bespoke.EINTERNAL, "offer %s starts before the earliest start", o.ID)
		}
	}
	return nil
}

// layDays sets the last day any flow can fall on and the tables indexed by day: discount
// factors and the monthly grid the share prices are drawn on.
func (m *model) layDays(ws *bespoke.Workspace) {
	last := m.epoch
	for _, o := range ws.Offers {
		if o.StartDate.After(last) {
			last = o.StartDate
		}
	}
	span := int(math.Ceil(max(float64(m.horizon), m.tenure[1]))) + lateYears(ws)
	m.maxDay = m.day(last.AddYears(span + 1))
	m.df = make([]float64, m.maxDay+1)
	for d := range m.df {
		m.df[d] = math.Exp(-m.rho * years(d))
	}
	m.gridOf = make([]int32, m.maxDay+1)
	for g := 0; ; g++ {
		d := m.day(m.epoch.AddMonths(g))
		m.grid = append(m.grid, d)
		if d > m.maxDay {
			break
		}
	}
	g := 0
	for d := range m.gridOf {
		for m.grid[g+1] <= d {
			g++
		}
		m.gridOf[d] = int32(g)
	}
}

// lateYears is how long after the horizon and the last departure proceeds can still arrive:
// the longest option term, exercise window, exit date and deferred-pay schedule.
func lateYears(ws *bespoke.Workspace) int {
	late := 1.0
	jobs := []*bespoke.Job{}
	if ws.Current != nil {
		jobs = append(jobs, ws.Current)
	}
	for i := range ws.Offers {
		jobs = append(jobs, &ws.Offers[i].Job)
	}
	for _, j := range jobs {
		late = max(late, float64(j.Terms.ExerciseWindowDays)/daysPerYear+1)
		late = max(late, float64(j.Terms.DeferredComp.PayoutInstallments+1))
		for _, g := range j.Equity {
			late = max(late, float64(g.ExpiryYears))
		}
	}
	for _, o := range ws.Assumptions.Private.Outcomes {
		late = max(late, o.Years.Max+1)
	}
	return int(math.Ceil(late)) + 1
}

// compileJob compiles one job. start is the first day of the job's years: the offer's start
// date, or the epoch for the current job.
func (m *model) compileJob(ws *bespoke.Workspace, id string, bj *bespoke.Job, start bespoke.Date, current bool) (*job, error) {
	j := &job{id: id, current: current, start: m.day(start), src: bj}
	j.state = bj.Terms.WorkState
	if j.state == "" {
		j.state = ws.Candidate.State
	}
	if err := m.layYears(ws, j, start); err != nil {
		return nil, err
	}
	j.co = compileCompany(bj.Company, m)
	m.compileCash(j, bj)
	if err := m.compileEquity(j, bj, start); err != nil {
		return nil, err
	}
	m.compileTerms(ws, j, bj)
	m.compileTaxCache(j)
	if current {
		j.rates = m.blockRates(j, j.rates, j.vestedBlock())
	}
	m.compileRule(j)
	return j, nil
}

// compileRule precomputes what the exercise rule consults: the boundary of a share price
// following geometric Brownian motion (a public company, or a private one after its IPO) and
// a private company's table.
func (m *model) compileRule(j *job) {
	vol, growth := j.co.vol, m.drift-j.co.div
	if m.fixed {
		vol, growth = 0, 0
	}
	j.boundary, j.neverEarly = m.buildBoundary(vol, growth, 1)
	m.compileGrace(j)
	if j.co.regime == regPrivate {
		j.table = m.buildTable(j)
	}
}

// layYears sets the job-years: year k runs from the day after the (k−1)-th anniversary of the
// start to the k-th anniversary, and is taxed under the law of tax_year + k − 1.
func (m *model) layYears(ws *bespoke.Workspace, j *job, start bespoke.Date) error {
	base := ws.Candidate.TaxYear
	if base == 0 {
		base = m.epoch.Year
	}
	for k := 1; ; k++ {
		end := m.day(start.AddYears(k))
		j.yearEnd = append(j.yearEnd, min(end, m.maxDay))
		j.taxYear = append(j.taxYear, base+k-1)
		p, err := m.taxes.params(base+k-1, j.state)
		if err != nil {
			return err
		}
		j.taxP = append(j.taxP, p)
		if end >= m.maxDay {
			break
		}
	}
	j.horizonEnd = j.yearEnd[m.horizon-1]
	j.yearOf = make([]int8, m.maxDay+1)
	k := 0
	for d := range j.yearOf {
		for k < len(j.yearEnd)-1 && d > j.yearEnd[k] {
			k++
		}
		j.yearOf[d] = int8(k)
	}
	return nil
}

// compileEquity resolves the job's grants into issues and tranches vesting within the horizon,
// splits options at the $100,000 ISO limit, and lays out the option lots.
func (m *model) compileEquity(j *job, bj *bespoke.Job, start bespoke.Date) error {
	through := start.AddYears(m.horizon)
	var issues []vest.Issue
	if j.current {
		issues = vest.Current(bj, m.epoch, through)
	} else {
		o := &bespoke.Offer{Job: *bj, StartDate: start}
		issues = vest.Offer(o, through)
	}
	isoSplit := splitISOLimit(issues)
	for i := range issues {
		is := &issues[i]
		g := is.Grant
		if g.Type.IsOption() && g.Strike <= 0 {
			return bespoke.Errorf(bespoke.EINVALID, "grant %s is an option without a strike", g.ID)
		}
		if is.Shares > maxShares {
			return bespoke.Errorf(bespoke.EINVALID, "grant %s is for %d shares; the valuation takes at most %d", g.ID, is.Shares, int64(maxShares))
		}
		ji := issue{
			id: g.ID, kind: g.Type, strike: g.Strike, grant: m.day(is.GrantDate),
			expiry: m.day(is.GrantDate.AddYears(max(g.ExpiryYears, 1))), early: g.EarlyExercise && g.Type.IsOption(),
		}
		m.addTranches(j, &ji, is, isoSplit[i])
		if ji.shares > 0 {
			j.issues = append(j.issues, ji)
		}
	}
	slices.SortStableFunc(j.tranches, func(a, b tranche) int { return a.day - b.day })
	j.index()
	return nil
}

// index sets the orders the rules walk the job's equity in: issues cheapest strike first, and
// each issue's tranches in vesting order.
func (j *job) index() {
	j.byStrike = make([]int, len(j.issues))
	for i := range j.byStrike {
		j.byStrike[i] = i
	}
	slices.SortStableFunc(j.byStrike, func(a, b int) int { return int(j.issues[a].strike - j.issues[b].strike) })
	j.issueTr = make([][]int, len(j.issues))
	for ti, t := range j.tranches {
		j.issueTr[t.issue] = append(j.issueTr[t.issue], ti)
	}
}

// addTranches lays out the tranches of issue is (compiled as ji) that job j values: those vesting
// within the horizon, an offer's by its start on the start date; the current job's after the
// epoch and, as one tranche on the epoch, its options vested by then (see keepsVested).
func (m *model) addTranches(j *job, ji *issue, is *vest.Issue, iso []int64) {
	for t, tr := range is.Tranches {
		d := max(m.day(tr.Date), j.start)
		if d > j.horizonEnd || j.current && d <= 0 && !m.keepsVested(ji) {
			continue
		}
		ji.shares += tr.Shares
		if n := len(j.tranches) - 1; j.current && d == 0 && n >= 0 && j.tranches[n].issue == len(j.issues) {
			// vested by the epoch: one pool from the start
			j.tranches[n].shares += tr.Shares
			j.tranches[n].iso += iso[t]
			continue
		}
		j.tranches = append(j.tranches, tranche{day: d, issue: len(j.issues), shares: tr.Shares, iso: iso[t]})
	}
}

// keepsVested reports whether the current job's shares of issue is vested by the epoch are
// valued in the jobs' worlds: options that have not expired, unless the model leaves them out.
// Shares and RSUs vested by then are the candidate's whatever the job, and stay out.
func (m *model) keepsVested(is *issue) bool {
	return !m.vestedOut && is.kind.IsOption() && is.expiry > 0
}

// maxShares is the largest grant the valuation takes: a billion shares.
const maxShares = 1_000_000_000

// isoLimit is the IRC 422(d) limit: ISOs first exercisable in one calendar year count as ISOs
// only up to $100,000 of grant-date value; the excess is treated as NSOs.
var isoLimit = bespoke.Dollars(100_000)

// splitISOLimit returns, per issue and tranche, how many of the tranche's shares keep ISO
// status. Options are taken in grant order; a grant's value is its strike (an ISO's strike is
// at least the fair market value on the grant date). An option that may be exercised early is
// exercisable in full on its grant date.
func splitISOLimit(issues []vest.Issue) [][]int64 {
	out := make([][]int64, len(issues))
	order := make([]int, len(issues))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return issues[a].GrantDate.Compare(issues[b].GrantDate) })
	used := map[int]bespoke.Money{}
	for _, i := range order {
		is := &issues[i]
		out[i] = make([]int64, len(is.Tranches))
		if is.Grant.Type != bespoke.ISO {
			continue
		}
		for t, tr := range is.Tranches {
			year := tr.Date.Year
			if is.Grant.EarlyExercise {
				year = is.GrantDate.Year
			}
			room := isoLimit - used[year]
			n := min(tr.Shares, is.Grant.Strike.SharesFor(max(room, 0)))
			out[i][t] = n
			used[year] += is.Grant.Strike.Value(n)
		}
	}
	return out
}
