package value

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
)

// twins is a candidate whose current job, at a private company, holds 20,000 ISOs at $1.00, all
// vested by the epoch (409A $3.00, preferred $9.50), and whose one offer is the same job
// elsewhere: the same pay, terms and state, starting on the epoch, with no equity. Only the
// decision on the current options tells the two worlds apart.
func twins(cash int64) *bespoke.Workspace {
	ws := exampleWorkspace()
	ws.Candidate.CashAvailable = bespoke.Dollars(cash)
	granted := date(2021, 1, 4)
	ws.Current.Equity = []bespoke.Grant{{ID: "now-iso", Type: bespoke.ISO, Shares: 20000, Strike: px(1), GrantDate: granted,
		ExpiryYears: 10, Vesting: bespoke.Vesting{Start: granted, Months: 48, CliffMonths: 12, EveryMonths: 1}}}
	twin := bespoke.Offer{ID: "twin", StartDate: date(2027, 1, 4), Job: *ws.Current}
	twin.Company = bespoke.Company{Name: "Elsewhere", Stage: bespoke.Public, SharePrice: px(50), Volatility: 0.3}
	twin.Equity = nil
	ws.Offers = []bespoke.Offer{twin}
	ws.Asks = nil
	ws.Assumptions.Scenarios = 4000
	return ws
}

// policyValues returns the current job's value in each scenario under each policy.
func policyValues(v *Valuation) (hold, exercise []float64) {
	if v.stay.other == nil {
		return v.out[0].value, v.out[0].value
	}
	if v.stay.policy == Hold {
		return v.out[0].value, v.stay.other
	}
	return v.stay.other, v.out[0].value
}

// holdOnly values ws as before the stayer had a choice: the current job's world under Hold.
func holdOnly(t *testing.T, ws *bespoke.Workspace, opt Options) []jobOut {
	t.Helper()
	tx, err := taxesFor(ws, opt)
	if err != nil {
		t.Fatal(err)
	}
	m, err := compile(ws, tx, opt.PreTax)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]jobOut, len(m.jobs))
	for jj, j := range m.jobs {
		out[jj] = newJobOut(m, j)
	}
	v := &Valuation{ws: ws, m: m, opt: opt}
	if err := v.run(context.Background(), m, -1, out, nil); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCostOfLeavingTwins checks the bound on the cost of leaving where it is exact. The twin
// jobs pay the same in the same state, so a stayer who exercises as if leaving books, scenario
// by scenario, what the leaver books: with cash for all of the options (the rule exercises
// them all on the epoch, after tax; at the window's end, before tax) the two worlds are the
// same to rounding, and the cost of leaving is the better policy's mean less that one's, so
// never negative: zero when exercising is the better, what holding gains over it otherwise.
func TestCostOfLeavingTwins(t *testing.T) {
	for _, preTax := range []bool{false, true} {
		ws := twins(1_000_000)
		v := mustValue(t, ws, Options{PreTax: preTax})
		_, exercise := policyValues(v)
		for i, x := range exercise {
			if y := v.out[1].value[i]; math.Abs(x-y) > 1e-6 {
				t.Fatalf("pre-tax %v, scenario %d: staying and exercising as if leaving %.6f, leaving %.6f", preTax, i, x, y)
			}
		}
		r := mustVested(t, v)
		cost := r.Offers[0].Cost
		want := 0.0
		if r.Policy == Hold {
			want = r.Hold.Mean - r.Exercise.Mean
		}
		t.Logf("pre-tax %v: %s, hold %.0f, exercise %.0f, cost %.2f ± %.2f", preTax, r.Policy, r.Hold.Mean, r.Exercise.Mean, cost.Mean, cost.StdErr)
		if math.Abs(cost.Mean-want) > 1e-6 || cost.Mean < -1e-6 || r.Spent != 0 && math.Abs(r.Spent-r.Offers[0].Spent) > 1e-6 {
			t.Errorf("pre-tax %v: policy %s, cost %+v, want %.2f; cash spent staying %.2f, leaving %.2f",
				preTax, r.Policy, cost, want, r.Spent, r.Offers[0].Spent)
		}
		if wantPolicy := map[bool]StayPolicy{false: ExerciseAsIfLeaving, true: Hold}[preTax]; r.Policy != wantPolicy {
			t.Errorf("pre-tax %v: policy %s, want %s", preTax, r.Policy, wantPolicy)
		}
	}
}

// TestCostOfLeavingNotNegative checks the bound where it holds in expectation: with cash for
// only part of the options, the leaver exercises what the cash pays for and lets the rest
// lapse when the window closes, while a stayer who does the same keeps the rest as options.
// Between twin jobs the cost of leaving is then positive beyond four standard errors.
func TestCostOfLeavingNotNegative(t *testing.T) {
	for _, cash := range []int64{0, 5_000, 14_000} {
		ws := twins(cash)
		r := mustVested(t, mustValue(t, ws, Options{}))
		lo := r.Offers[0]
		t.Logf("cash $%d: %s, hold %.0f, exercise %.0f, cost %.0f ± %.0f, spent %.0f", cash, r.Policy, r.Hold.Mean, r.Exercise.Mean,
			lo.Cost.Mean, lo.Cost.StdErr, lo.Spent)
		if lo.Cost.Mean < 4*lo.Cost.StdErr || lo.Spent > float64(cash) {
			t.Errorf("cash $%d: cost of leaving %+v, spent %.2f", cash, lo.Cost, lo.Spent)
		}
	}
}

// TestStayerHoldsWhenExercisingLoses checks the cases where holding is the better policy: the
// current job's world is then exactly what it was before the stayer had a choice, scenario by
// scenario. Before tax, exercising brings no long-term gain to pay for the cash it risks; with
// a strike of $4.00 above today's $3.00 409A value (at $3.00 holding already wins, by less),
// the option's protection against a failure is worth more than the rule's exercise; and
// without cash the rule cannot exercise, so the policies are the same.
func TestStayerHoldsWhenExercisingLoses(t *testing.T) {
	strike := exampleWorkspace()
	strike.Current.Equity[0].Strike = px(4)
	noCash := exampleWorkspace()
	noCash.Candidate.CashAvailable = 0
	for _, tt := range []struct {
		name   string
		ws     *bespoke.Workspace
		preTax bool
		same   bool // the policies coincide
	}{{"example before tax", exampleWorkspace(), true, false}, {"strike $4", strike, false, false}, {"no cash", noCash, false, true}} {
		tt.ws.Assumptions.Scenarios = 3000
		v := mustValue(t, tt.ws, Options{PreTax: tt.preTax})
		r := mustVested(t, v)
		hold, exercise := policyValues(v)
		gain := estimate(exercise, hold)
		t.Logf("%s: hold %.0f, exercise %.0f, holding gains %.0f ± %.0f", tt.name, r.Hold.Mean, r.Exercise.Mean, gain.Mean, gain.StdErr)
		if r.Policy != Hold || r.Kept != r.Hold || r.Spent != 0 || (r.Hold == r.Exercise) != tt.same || !tt.same && gain.Mean < 4*gain.StdErr {
			t.Errorf("%s: %+v; want Hold, coinciding with exercising as if leaving: %v", tt.name, r, tt.same)
		}
		want := map[bool]string{false: "holds its 57,500 options vested by the leave date until leaving it or an exit (mean value $",
			true: "(deciding on them as the exercise rule does for one who leaves that day is worth as much)"}[tt.same]
		if notes := v.Result().Notes; !strings.Contains(notes[len(notes)-1], want) {
			t.Errorf("%s: notes %q, want one with %q", tt.name, notes, want)
		}
		before := holdOnly(t, tt.ws, Options{PreTax: tt.preTax})
		for i, x := range v.out[0].value {
			if y := before[0].value[i]; x != y {
				t.Fatalf("%s, scenario %d: the current job is worth %v, %v before the choice", tt.name, i, x, y)
			}
		}
	}
}

// TestStayerExercisesInTheExample checks the example after tax, where exercising as if leaving
// is the better policy: the forced exercise on the epoch starts the long-term holding period
// at today's 409A value, and a stayer may do the same. The current job's value takes it, the
// gain over holding is beyond four standard errors of the paired difference, the stayer spends
// on the epoch what exercising all 57,500 options costs at the current job's rates, and the
// offers' worlds are what they were.
func TestStayerExercisesInTheExample(t *testing.T) {
	ws := exampleWorkspace()
	ws.Assumptions.Scenarios = 3000
	v := mustValue(t, ws, Options{})
	r := mustVested(t, v)
	hold, exercise := policyValues(v)
	gain := estimate(hold, exercise)
	t.Logf("hold %.0f, exercise %.0f, gain %.0f ± %.0f, spent %.0f", r.Hold.Mean, r.Exercise.Mean, gain.Mean, gain.StdErr, r.Spent)
	if r.Policy != ExerciseAsIfLeaving || r.Kept != r.Exercise || gain.Mean < 4*gain.StdErr {
		t.Fatalf("policy %s, kept %+v, exercising gains %+v over holding", r.Policy, r.Kept, gain)
	}
	if notes := v.Result().Notes; !strings.Contains(notes[len(notes)-1], "decides on its 57,500 options vested by the leave date as the exercise rule does") {
		t.Errorf("notes %q: none says the stayer exercises as if leaving", notes)
	}
	if math.Abs(r.Spent-r.EpochCash) > 1e-6 || r.EpochCash < 57500*1.2 {
		t.Errorf("the stayer spends %.2f on the epoch; all of them cost %.2f", r.Spent, r.EpochCash)
	}
	before := holdOnly(t, ws, Options{})
	for i := range hold {
		if hold[i] != before[0].value[i] {
			t.Fatalf("scenario %d: holding is worth %v, %v before the choice", i, hold[i], before[0].value[i])
		}
	}
	for jj := 1; jj < len(v.out); jj++ {
		for i, x := range v.out[jj].value {
			if y := before[jj].value[i]; x != y {
				t.Fatalf("%s, scenario %d: %v, %v before the choice", v.m.jobs[jj].id, i, x, y)
			}
		}
	}
}
