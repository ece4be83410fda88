package value

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/bespokehq/bespoke"
)

// A candidate who leaves for an offer must decide on the current job's options vested by the
// epoch within the current job's window; one who stays could make the very same decisions and
// keep as options what the leaver lets lapse. So the current job's world takes the better of
// two policies, each fixed on the epoch and deciding on each day with what is known that day
// (neither looks ahead): holding the options until leaving or an exit, or exercising what the
// rule would exercise on leaving. Which is better is measured as the engine measures whatever
// it ranks, by the mean present value over the same scenarios: the exercise rule is risk
// neutral, and the cost of leaving and the value of an ask are means of paired differences.

// StayPolicy is what a candidate who stays in the current job does with its options vested by
// the epoch.
type StayPolicy string

const (
	// Hold keeps them as options until the candidate leaves the current job, or the company
	// exits, when the exercise rule decides on them with the rest of their grants.
	Hold StayPolicy = "hold"
	// ExerciseAsIfLeaving exercises what the exercise rule would exercise on leaving on the
	// epoch (the same rule, tables and cash, at the current job's tax rates, taxed in its
	// returns): on the epoch, and at the end of the current job's window if the company has not
	// exited by then and the candidate still works there; the shares are held to the exit. What
	// a leaver would let lapse stays options, as under Hold.
	ExerciseAsIfLeaving StayPolicy = "exercise_as_if_leaving"
)

// stayChoice is the policy the current job's world takes and what it was chosen against.
type stayChoice struct {
	policy StayPolicy
	// other is the current job's value in each scenario under the policy not taken; nil where
	// the two coincide.
	other []float64
	// epochCash is the most cash, over the scenarios, exercising all of them on the epoch would
	// take in the current job's world, strike and the rule's estimate of the tax.
	epochCash float64
}

// choosesPolicy reports whether the two policies can differ: the current job has options
// vested by the epoch at a private company that has an exit to wait for. Where its shares can
// be sold, the rule's decision on the epoch is the same whether the candidate leaves that day
// or stays (exercise and sell if the price is at or above the boundary for the option's term),
// so the two policies are one.
func (m *model) choosesPolicy() bool {
	if len(m.jobs) == 0 || !m.jobs[0].current {
		return false
	}
	j := m.jobs[0]
	return j.co.regime == regPrivate && j.vestedOptions() > 0
}

// exerciseVested applies ExerciseAsIfLeaving in the current job's world: the private exercise
// rule decides on each issue's options vested by the epoch as it does for a candidate who
// leaves that day, cheapest strike first, with the candidate's whole cash: on the epoch, on
// the last day a leaver's ISOs keep their treatment when the window runs past it (see
// grace.go), and at the end of the window when the company has not exited by then (the rule's
// final decision, which a leaver follows by letting the rest lapse). Nothing is decided when the
// company exits on the epoch (the liquid rule takes its options then, under either policy),
// and the window's end is left to the candidate's own departure when that comes first.
func (s *sim) exerciseVested() {
	j := s.j
	if s.p.exit <= 0 {
		return
	}
	cash := s.cash
	for _, ii := range j.byStrike {
		if tr := j.issueTr[ii]; len(tr) == 0 || j.tranches[tr[0]].day != 0 || !j.issues[ii].kind.IsOption() {
			continue
		}
		s.vestThrough(ii, 0)
		s.decide(ii, 0, false, true)
		end := min(j.window, j.issues[ii].expiry, s.m.maxDay)
		if isoGraceDays < end && isoGraceDays < s.dep {
			s.decideGrace(ii, isoGraceDays) // a leaver's ISOs become NSOs after it
		}
		if end < s.p.exit && end < s.dep {
			s.decide(ii, end, true, false)
		}
	}
	s.epochDemand, s.demand = s.demand, 0
	s.epochSpent = float64(cash-s.cash) / 100
}

// choose sets the current job's policy: ExerciseAsIfLeaving when its mean value over the
// scenarios is above Hold's (v.out[0] holds Hold's outcome until then), Hold otherwise, ties
// included. exercise is the current job's outcome under ExerciseAsIfLeaving, nil when the
// policies coincide.
func (v *Valuation) choose(exercise *jobOut) {
	v.stay = stayChoice{policy: Hold}
	if exercise == nil {
		return
	}
	v.stay.epochCash = slices.Max(exercise.epochDemand)
	if mean(exercise.value) > mean(v.out[0].value) {
		v.out[0], *exercise = *exercise, v.out[0]
		v.stay.policy = ExerciseAsIfLeaving
	}
	v.stay.other = exercise.value
}

// stayNote says, for the report, which policy the current job's value takes and by how much.
func (v *Valuation) stayNote() string {
	n := v.m.jobs[0].vestedOptions()
	d := math.Round(mean(v.out[0].value) - mean(v.stay.other))
	gain := bespoke.MoneyFromFloat(d).Format()
	if d == 0 {
		return fmt.Sprintf("staying in the current job, the candidate holds its %s options vested by the leave date until leaving it or an exit "+
			"(deciding on them as the exercise rule does for one who leaves that day is worth as much)", groupShares(n))
	}
	if v.stay.policy == ExerciseAsIfLeaving {
		return fmt.Sprintf("staying in the current job, the candidate decides on its %s options vested by the leave date as the exercise rule "+
			"does for one who leaves that day, and keeps the rest as options (mean value %s above holding them all)", groupShares(n), gain)
	}
	return fmt.Sprintf("staying in the current job, the candidate holds its %s options vested by the leave date until leaving it or an exit "+
		"(mean value %s above deciding on them as the exercise rule does for one who leaves that day)", groupShares(n), gain)
}

// groupShares formats a number of shares with thousands separators.
func groupShares(n int64) string {
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
