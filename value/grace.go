package value

import "github.com/bespokehq/bespoke"

// An ISO exercised more than three months after leaving is an NSO (IRC 422(a)(2)). When the
// exercise window runs longer, the last of those days is a decision of its own for the ISOs:
// exercise now and keep the ISO's treatment, or keep the options as NSOs for the rest of the
// window. Without it a longer window could be worth less than a 90-day one, whose deadline
// falls on that day: the rule would let the day pass and decide at the end of the window, as
// NSOs (the spread taxed as wages, payroll taxes included, and before a private company's
// exit as ordinary income at once rather than as a long-term gain at the exit).
//
// While the shares can be sold, exercising the ISOs and selling the shares that day is a
// disqualifying disposition, outside payroll taxes; waiting makes the spread wages. The rule
// exercises when the price is at or above a boundary found as the liquid rule's is, waiting
// being worth (1 − the wage rate)/(1 − the rate outside payroll taxes) of its payoff. Before
// a private company's exit, the private rule decides on the ISOs as it does on leaving, the
// value of waiting being that of options kept as NSOs for the window left.

// graceDay returns the last day after leaving on which issue ii's ISOs keep their treatment,
// when the window runs past it and the issue has ISOs to decide on; −1 otherwise.
func (s *sim) graceDay(ii int) int {
	g := s.dep + isoGraceDays
	if s.vested[ii][0] == 0 || g >= s.deadline(ii) {
		return -1
	}
	return g
}

// checkGrace applies the liquid rule to the ISOs of issue ii on day d, the last day they keep
// their treatment, the window ending on day end: exercise and sell them when the price is at
// or above the boundary for the time left.
func (s *sim) checkGrace(ii, d, end int) {
	px, ok := s.p.saleable(d)
	k := s.j.issues[ii].strike
	if !ok || px <= k || s.j.graceBoundary == nil || s.vested[ii][0] == 0 {
		return
	}
	if s.isGBM() && px.Float() < k.Float()*monthOf(s.j.graceBoundary, end-d) {
		return
	}
	s.exerciseSellPart(ii, 0, d, px, s.p.fmvAt(d))
}

// decideGrace applies the private rule to the ISOs of issue ii on day d, the last day they
// keep their treatment, when that comes before the window ends and before the exit: exercise
// as many as the cash pays for when holding the shares to the exit is worth more than the
// strike and the tax now, and more than keeping the options as NSOs.
func (s *sim) decideGrace(ii, d int) {
	if s.vested[ii][0] == 0 || d >= min(s.deadline(ii), s.p.exit) || s.j.table.graceV == nil {
		return
	}
	wait := s.j.table.graceV[ii][s.j.table.index(d-s.j.start)]
	s.decidePart(ii, 0, d, wait, false, false)
}

// compileGrace sets job j's boundary for its ISOs on the last day they keep their treatment:
// none when the window is no longer than that, the job has no ISOs, or the two taxes are the
// same (before tax).
func (m *model) compileGrace(j *job) {
	j.graceBoundary = nil
	keep := (1 - j.rates.ordinary) / (1 - j.rates.nonFICA)
	if j.window <= isoGraceDays || !hasISOs(j) || keep >= 1 {
		return
	}
	vol, growth := j.co.vol, m.drift-j.co.div
	if m.fixed {
		vol, growth = 0, 0
	}
	j.graceBoundary, _ = m.buildBoundary(vol, growth, keep)
}

// graceTable returns the private rule's value of keeping each ISO issue's options as NSOs for
// the window left after the ISOs' 90 days, every tableStep days; nil when the window is no
// longer than that or the job has no ISOs.
func (m *model) graceTable(j *job, e *exitModel, pt *privateTable, n int) [][]float64 {
	if j.window <= isoGraceDays || !hasISOs(j) {
		return nil
	}
	out := make([][]float64, len(j.issues))
	for ii := range j.issues {
		if j.issues[ii].kind != bespoke.ISO {
			continue
		}
		out[ii] = make([]float64, n)
		for g := range n {
			out[ii][g] = m.waitValue(j, e, pt, ii, g*tableStep, j.window-isoGraceDays)
		}
	}
	return out
}

// hasISOs reports whether job j has an ISO issue.
func hasISOs(j *job) bool {
	for _, is := range j.issues {
		if is.kind == bespoke.ISO {
			return true
		}
	}
	return false
}
