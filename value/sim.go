package value

import (
	"math"
	"math/rand/v2"

	"github.com/bespokehq/bespoke/tax"
)

// book is what one job-year of one scenario adds up to: the income the tax engine needs, in
// cents, and the pre-tax cash that changed hands (pay and sale proceeds in, exercise costs out).
type book struct {
	deferred int64           // pay deferred, for the report
	wages    int64           // wages with payroll tax: pay, RSU income, NSO spreads
	ordinary int64           // ordinary income without payroll tax: ISO disqualifying dispositions
	iso      int64           // ISO bargain elements of exercises whose shares are kept past the year
	amt      tax.Disposition // AMT adjustment on shares sold whose bargain element was in an earlier year
	ltcg     int64
	stcg     int64
	qsbs     qsbsBook
	cash     int64
}

// sim values one job in one scenario. A worker keeps one per job and reuses its buffers.
type sim struct {
	m      *model
	j      *job
	p      path
	rng    rand.Rand
	pcg    rand.PCG
	books  []book
	vested [][2]int64 // per issue, unexercised vested options: ISO part, NSO part
	early  []int      // per issue, tranches exercised early (a prefix in vesting order)
	next   []int      // per issue, the next tranche not yet vested into the pool
	rest   [][2]int64 // per issue, the part of the last early-exercised tranche left as options

	dep, empEnd int     // day the candidate leaves; last day of pay and vesting
	cash        int64   // cents left for exercising
	pv          float64 // present value of the pre-tax cash
	nonCash     float64 // present value of the terms without cash
	demand      float64 // cash exercising everything at departure would take, with its tax
	qsbsUsed    int64
	tax         []int64    // tax of each job-year
	credits     [][2]int64 // minimum-tax credits carried into each job-year
	ws          workspace  // the tax engine's working space

	carry       *sim    // in an offer's world, the current job's vested options (job.carried)
	epochDemand float64 // cash exercising all of them on the epoch would take, with its tax
	epochSpent  float64 // cash the rule spent on them, with the tax it expected
	// asIfLeaving runs the current job's world under ExerciseAsIfLeaving (the epoch figures
	// above are then the current job's own); false runs it under Hold.
	asIfLeaving bool
}

func newSim(m *model, j *job) *sim {
	s := &sim{m: m, j: j, books: make([]book, len(j.yearEnd)), tax: make([]int64, len(j.yearEnd))}
	s.credits = make([][2]int64, len(j.yearEnd))
	s.vested = make([][2]int64, len(j.issues))
	s.early = make([]int, len(j.issues))
	s.next = make([]int, len(j.issues))
	s.rest = make([][2]int64, len(j.issues))
	s.ws.last = make([]filed, len(j.yearEnd))
	s.rng = *rand.New(&s.pcg)
	if j.carried != nil {
		s.carry = newSim(m, j.carried)
	}
	return s
}

// run values the job in scenario i with tenure t years: the candidate leaves t years after the
// job's start. key seeds the company's own random stream, curKey the current company's (for
// the current job's vested options in an offer's world).
func (s *sim) run(t float64, key, curKey uint64, i int) {
	s.reset(t)
	s.pcg.Seed(key, uint64(i))
	s.p.draw(s.m, &s.j.co, &s.rng, s.j.start)
	s.pay()
	if s.carry != nil {
		s.leaveCurrent(curKey, i)
	}
	s.equity()
	s.settle()
}

// reset readies the sim for a scenario in which the candidate leaves t years after the start.
func (s *sim) reset(t float64) {
	s.resetAt(min(s.j.start+int(math.Round(t*daysPerYear)), s.m.maxDay))
}

// resetAt readies the sim for a scenario in which the candidate leaves on day dep.
func (s *sim) resetAt(dep int) {
	clear(s.books)
	clear(s.vested)
	clear(s.early)
	clear(s.next)
	clear(s.rest)
	clear(s.tax)
	s.dep = dep
	s.empEnd = min(s.dep, s.j.horizonEnd)
	s.cash, s.pv, s.nonCash, s.demand, s.qsbsUsed = s.m.cash, 0, 0, 0, 0
	s.epochDemand, s.epochSpent = 0, 0
}

// year returns the book of the job-year day d falls in.
func (s *sim) year(d int) *book { return &s.books[s.j.yearOf[min(max(d, 0), s.m.maxDay)]] }

// addCash books pre-tax cash on day d.
func (s *sim) addCash(d int, c int64) {
	d = min(max(d, 0), s.m.maxDay)
	s.year(d).cash += c
	s.pv += float64(c) / 100 * s.m.df[d]
}

// wage books pay on day d: wages and cash.
func (s *sim) wage(d int, c int64) {
	s.year(d).wages += c
	s.addCash(d, c)
}

// meanDF is the average discount factor over days a to b inclusive, for pay spread evenly.
func (m *model) meanDF(a, b int) float64 {
	if m.rho == 0 {
		return 1
	}
	ta, tb := years(a), years(b+1)
	return (math.Exp(-m.rho*ta) - math.Exp(-m.rho*tb)) / (m.rho * (tb - ta))
}

// pay books the job's pay: base over the days worked in each year of the horizon, the bonus
// at the end of each year worked in full, the sign-on and relocation at the start, and on
// leaving the sign-on clawback, the vacation payout and the deferred pay. The terms without
// cash accrue with the days worked.
func (s *sim) pay() {
	j := s.j
	from := j.start
	var deferred float64 // deferred pay grown to the departure
	for k := 0; k < s.m.horizon && from <= s.empEnd; k++ {
		end := j.yearEnd[k]
		to := min(end, s.empEnd)
		earned := j.base
		if to < end {
			earned = mulFrac(j.base, to-from+1, end-from+1)
		}
		def := roundCents(float64(earned) * j.deferBase)
		b := s.year(to)
		b.deferred += def
		b.wages += earned - def
		b.cash += earned - def
		mdf := s.m.meanDF(from, to)
		s.pv += float64(earned-def) / 100 * mdf
		s.nonCash += j.nonCash[k] * float64(to-from+1) / float64(end-from+1) * mdf
		deferred += float64(def) * math.Exp(s.m.rho*years(s.dep-(from+to)/2))
		if to == end {
			bdef := int64(0)
			if k > 0 {
				bdef = roundCents(float64(j.bonus) * j.deferBonus)
			}
			s.wage(to, j.bonus-bdef)
			s.year(to).deferred += bdef
			deferred += float64(bdef) * math.Exp(s.m.rho*years(s.dep-to))
		}
		from = to + 1
	}
	s.wage(j.start, j.signOn+j.relocation)
	s.leave(deferred)
}

// leave books what leaving costs or brings: the sign-on repaid inside the clawback period, the
// accrued vacation paid out in payout states, and the deferred pay in yearly installments
// from a year after leaving (lost from a private company that has failed by then).
func (s *sim) leave(deferred float64) {
	j := s.j
	if s.dep < j.clawbackEnd {
		s.wage(s.dep, -j.signOn)
	}
	if j.ptoPayout > 0 && s.dep <= s.m.maxDay {
		worked := years(s.empEnd - j.start + 1)
		days := min(j.ptoPayout*worked, j.ptoCap)
		s.wage(s.dep, roundCents(days*float64(j.daily)))
	}
	if deferred <= 0 {
		return
	}
	n := j.installments
	for i := 1; i <= n; i++ {
		d := min(s.dep+int(math.Round(float64(i)*daysPerYear)), s.m.maxDay)
		if s.p.dead(d) {
			return
		}
		s.wage(d, roundCents(deferred*math.Exp(s.m.rho*float64(i))/float64(n)))
	}
}

func roundCents(x float64) int64 { return int64(math.Round(x)) }

// mulFrac returns a × num / den rounded to the nearest cent, exactly.
func mulFrac(a int64, num, den int) int64 {
	return (a*int64(num)*2 + int64(den)) / (int64(den) * 2)
}
