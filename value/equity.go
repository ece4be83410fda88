package value

import (
	"github.com/bespokehq/bespoke"
)

// isoGraceDays is how long after leaving an ISO can be exercised and stay an ISO (IRC
// 422(a)(2): three months; plans write 90 days).
const isoGraceDays = 90

// equity books the job's equity: RSUs as they vest or settle, options by the exercise rule,
// issues taken cheapest strike first so that cash goes to them first. In the current job's
// world under ExerciseAsIfLeaving, its decisions on the options vested by the epoch come first.
func (s *sim) equity() {
	j := s.j
	if s.asIfLeaving {
		s.exerciseVested()
	}
	if j.co.regime == regPrivate {
		s.earlyExercise()
	}
	for _, t := range j.tranches {
		if t.day > s.empEnd {
			break
		}
		if j.issues[t.issue].kind == bespoke.RSU {
			s.rsu(t.day, t.shares)
		}
	}
	for _, ii := range j.byStrike {
		if j.issues[ii].kind.IsOption() {
			s.options(ii)
		}
	}
}

// rsu books shares vesting on day d: income at the price on the day they settle, sold at once
// where they can be (a public company, or one staying private at its preferred price), else
// settled at an acquisition or IPO and sold at the acquisition or when the IPO lock-up ends;
// worthless if the company fails first.
func (s *sim) rsu(d int, n int64) {
	p := &s.p
	if p.co.regime == regPrivate {
		if p.fate == fateFailure {
			return
		}
		d = max(d, p.exit)
	}
	sellDay, px, _ := s.saleOf(d)
	fmv := px
	if sellDay != d || p.co.regime == regStays {
		fmv = p.fmvAt(d)
	}
	income := fmv.Value(n).Cents()
	s.year(d).wages += income
	proceeds := px.Value(n).Cents()
	s.year(sellDay).stcg += proceeds - income
	s.addCash(sellDay, proceeds)
}

// saleOf returns the first day on or after avail that shares can be sold, and their price;
// false when they never can (the company fails first).
func (s *sim) saleOf(avail int) (int, bespoke.Price, bool) {
	p := &s.p
	d := avail
	if p.co.regime == regPrivate {
		switch p.fate {
		case fateFailure:
			return 0, 0, false
		case fateAcquisition:
			d = max(avail, p.exit)
		case fateIPO:
			d = max(avail, p.lock)
		}
	}
	d = min(d, s.m.maxDay)
	px, _ := p.saleable(d)
	return d, px, true
}

// deadline returns the last day an option of issue ii can be exercised by someone who leaves
// on s.dep: the end of the exercise window, capped by the option's term.
func (s *sim) deadline(ii int) int {
	return min(s.dep+s.j.window, s.j.issues[ii].expiry, s.m.maxDay)
}

// vestThrough adds to issue ii's pool the tranches vesting on or before day d while the
// candidate works there, skipping those exercised early.
func (s *sim) vestThrough(ii, d int) {
	tr := s.j.issueTr[ii]
	for s.next[ii] < len(tr) {
		t := &s.j.tranches[tr[s.next[ii]]]
		if t.day > min(d, s.empEnd) {
			return
		}
		switch {
		case s.next[ii] >= s.early[ii]:
			s.vested[ii][0] += t.iso
			s.vested[ii][1] += t.shares - t.iso
		case s.next[ii] == s.early[ii]-1:
			s.vested[ii][0] += s.rest[ii][0]
			s.vested[ii][1] += s.rest[ii][1]
		}
		s.next[ii]++
	}
}

// options books one option issue. A company whose shares can be sold is handled by the liquid
// rule throughout. A private company's options wait for the departure, where the private rule
// decides; what is left waits for the exit if the window reaches it, else is decided at the
// window's end; after an acquisition or IPO the liquid rule takes over.
func (s *sim) options(ii int) {
	p := &s.p
	if p.co.regime != regPrivate {
		s.liquid(ii, s.j.start)
		return
	}
	end := s.deadline(ii)
	if end < p.exit {
		if s.dep < end {
			s.vestThrough(ii, s.dep)
			s.decidePrivate(ii, s.dep, false)
			s.decideGrace(ii, s.dep+isoGraceDays)
		}
		s.vestThrough(ii, end)
		s.decidePrivate(ii, end, true)
		return
	}
	if s.dep < p.exit {
		s.vestThrough(ii, s.dep)
		s.decidePrivate(ii, s.dep, false)
		s.decideGrace(ii, s.dep+isoGraceDays)
	} else {
		s.vestThrough(ii, p.exit-1)
	}
	if p.fate != fateFailure {
		s.liquid(ii, p.exit)
	}
}

// liquid runs the exercise rule for issue ii from day from while its shares can be sold: on
// every vesting day, on leaving, on each grid month when waiting may be worth less than
// exercising, and on the last day of the window, where options in the money are exercised.
func (s *sim) liquid(ii, from int) {
	end := s.deadline(ii)
	for d := from; ; {
		s.vestThrough(ii, d)
		if s.vested[ii] != [2]int64{} {
			s.checkLiquid(ii, d, end)
		}
		if d == s.graceDay(ii) {
			s.checkGrace(ii, d, end)
		}
		if d >= end {
			return
		}
		d = s.nextCheck(ii, d, end)
	}
}

// nextCheck returns the next day after d the liquid rule looks at issue ii.
func (s *sim) nextCheck(ii, d, end int) int {
	next := end
	if tr := s.j.issueTr[ii]; s.next[ii] < len(tr) {
		if v := s.j.tranches[tr[s.next[ii]]].day; v <= s.empEnd {
			next = min(next, v)
		}
	}
	if s.dep > d {
		next = min(next, s.dep)
	}
	if g := s.graceDay(ii); g > d {
		next = min(next, g)
	}
	if s.vested[ii] != [2]int64{} && s.waitingMayLose() {
		next = min(next, s.m.grid[s.m.gridOf[d]+1])
	}
	return max(next, d+1)
}

// waitingMayLose reports whether, in the company's current regime, exercising before the
// deadline can ever beat waiting; when it cannot, only vesting days, the departure and the
// deadline need a look.
func (s *sim) waitingMayLose() bool {
	return s.p.vol > 0 && s.isGBM() && !s.j.neverEarly
}

// isGBM reports whether the share price follows geometric Brownian motion now: a public
// company, or a private one after its IPO.
func (s *sim) isGBM() bool {
	return s.p.co.regime == regPublic || s.p.fate == fateIPO
}

// checkLiquid applies the liquid rule to issue ii on day d: exercise everything vested, and
// sell at once, when the share price is above the strike and at or above the exercise
// boundary for the time left (always, on the deadline).
func (s *sim) checkLiquid(ii, d, end int) {
	px, ok := s.p.saleable(d)
	k := s.j.issues[ii].strike
	if !ok || px <= k {
		return
	}
	if d < end && s.isGBM() {
		left := s.j.issues[ii].expiry - d
		if d > s.dep {
			left = end - d
		}
		if px.Float() < k.Float()*s.j.boundaryAt(left) {
			return
		}
	}
	s.exerciseSell(ii, d, px)
}

// exerciseSell exercises issue ii's pool on day d and sells the shares at px the same day: the
// spread over the strike at the fair market value is wages (NSO) or ordinary income from a
// disqualifying disposition (ISO), anything above it a short-term gain. At an acquisition the
// options are cashed out instead: cancelled for their spread, which is wages, an ISO's too
// (no share is transferred or disposed of, so the payroll-tax exclusion of IRC §3121(a)(22)
// does not apply).
func (s *sim) exerciseSell(ii, d int, px bespoke.Price) {
	fmv := s.p.fmvAt(d)
	for part := range s.vested[ii] {
		s.exerciseSellPart(ii, part, d, px, fmv)
	}
}

// exerciseSellPart is exerciseSell on one part of issue ii's pool (0 the ISOs, 1 the NSOs),
// at fair market value fmv.
func (s *sim) exerciseSellPart(ii, part, d int, px, fmv bespoke.Price) {
	n := s.vested[ii][part]
	if n == 0 {
		return
	}
	is := &s.j.issues[ii]
	cashOut := s.p.co.regime == regPrivate && s.p.fate == fateAcquisition
	gain := (px - is.strike).Value(n).Cents()
	income := min(max(fmv-is.strike, 0).Value(n).Cents(), gain)
	b := s.year(d)
	if part == 0 && d <= s.dep+isoGraceDays && !cashOut {
		b.ordinary += income
	} else {
		b.wages += income
	}
	b.stcg += gain - income
	s.addCash(d, gain)
	s.vested[ii][part] = 0
}
