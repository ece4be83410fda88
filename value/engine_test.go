package value

import (
	"context"
	"math"
	"reflect"
	"runtime"
	"testing"

	"github.com/bespokehq/bespoke"
)

// optionWorkspace is one public offer of n vested options and nothing else: no pay, no time
// off, no current job.
func optionWorkspace(spot, strike, vol, drift float64, expiry, window int) *bespoke.Workspace {
	start := date(2027, 1, 4)
	ws := &bespoke.Workspace{
		Version:   1,
		Candidate: bespoke.Candidate{FilingStatus: bespoke.Single, State: "WA", TaxYear: 2027, Wealth: bespoke.Dollars(1_000_000)},
		Offers: []bespoke.Offer{{
			ID: "o", StartDate: start,
			Job: bespoke.Job{
				Company: bespoke.Company{Name: "Pub", Stage: bespoke.Public, SharePrice: px(spot), Volatility: vol},
				Equity: []bespoke.Grant{{ID: "g", Type: bespoke.NSO, Shares: 1000, Strike: px(strike), GrantDate: start,
					ExpiryYears: expiry, Vesting: bespoke.Vesting{Months: 0}}},
				Terms: bespoke.Terms{ExerciseWindowDays: window, PTO: bespoke.PTO{Policy: bespoke.PTOMetered}},
			},
		}},
		Assumptions: bespoke.Assumptions{HorizonYears: 4, Scenarios: 40000, Seed: 11, DiscountRate: 0.05,
			Inflation: 0.025, Public: bespoke.PublicModel{Drift: drift}},
	}
	ws.Assumptions.TenureYears.Min, ws.Assumptions.TenureYears.Max = 1, 2
	return ws
}

func mustValue(t testing.TB, ws *bespoke.Workspace, opt Options) *Valuation {
	t.Helper()
	v, err := New(context.Background(), ws, opt)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestBlackScholesInTheEngine checks the closed form through the whole engine: with taxes off
// and the shares drifting at the discount rate (risk neutral), a vested option held under a
// window that reaches its term is worth the Black–Scholes call, within four standard errors.
func TestBlackScholesInTheEngine(t *testing.T) {
	for _, tt := range []struct{ spot, strike, vol float64 }{{85, 85, 0.4}, {85, 120, 0.6}, {40, 20, 0.25}} {
		ws := optionWorkspace(tt.spot, tt.strike, tt.vol, 0.05, 5, 5480)
		v := mustValue(t, ws, Options{PreTax: true})
		got := estimate(make([]float64, v.m.n), v.out[0].value)
		T := years(v.m.jobs[0].issues[0].expiry)
		want := 1000 * BlackScholes(BSInput{Spot: tt.spot, Strike: tt.strike, Years: T, Vol: tt.vol, Rate: 0.05}).Call
		if d := math.Abs(got.Mean - want); d > 4*got.StdErr {
			t.Errorf("%+v: engine %.2f ± %.2f, Black–Scholes %.2f (%.1f standard errors)", tt, got.Mean, got.StdErr, want, d/got.StdErr)
		}
	}
}

// TestSameOutputWhateverTheWorkers checks that the result is the same, bit for bit, with one
// worker or several.
func TestSameOutputWhateverTheWorkers(t *testing.T) {
	ws := exampleWorkspace()
	ws.Assumptions.Scenarios = 3000
	var first *Valuation
	for _, w := range []int{1, 2, 3, runtime.GOMAXPROCS(0)} {
		v := mustValue(t, ws, Options{Workers: w})
		if first == nil {
			first = v
			continue
		}
		for jj := range v.out {
			for i, x := range v.out[jj].value {
				if x != first.out[jj].value[i] {
					t.Fatalf("workers %d: job %d scenario %d: %v, with one worker %v", w, jj, i, x, first.out[jj].value[i])
				}
			}
		}
		if v.stay.policy != first.stay.policy || !reflect.DeepEqual(v.stay.other, first.stay.other) {
			t.Fatalf("workers %d: the stayer's policy %s, with one worker %s", w, v.stay.policy, first.stay.policy)
		}
		if a, b := mustVested(t, v), mustVested(t, first); !reflect.DeepEqual(a, b) {
			t.Fatalf("workers %d: vested options %+v, with one worker %+v", w, a, b)
		}
	}
}

// TestLongerWindowNeverWorthLessPublic checks the same at a public company, after tax, with
// options vesting over four years and a drift above the discount rate.
func TestLongerWindowNeverWorthLessPublic(t *testing.T) {
	ws := optionWorkspace(85, 85, 0.5, 0.07, 10, 90)
	ws.Offers[0].Equity[0].Vesting = bespoke.Vesting{Months: 48, CliffMonths: 12, EveryMonths: 3}
	ws.Offers[0].Cash.Base = bespoke.Dollars(300_000)
	ws.Assumptions.Scenarios = 4000
	v := mustValue(t, ws, Options{})
	prev := 0.0
	for _, days := range []int{365, 1825, 3650} {
		e, err := v.Change(context.Background(), "o", func(o *bespoke.Offer) error {
			o.Terms.ExerciseWindowDays = days
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if e.Mean < -4*e.StdErr || e.Mean < prev-4*e.StdErr {
			t.Errorf("window %d days: value changes by %.0f ± %.0f (shorter window: %.0f)", days, e.Mean, e.StdErr, prev)
		}
		t.Logf("window %d days: %+.0f ± %.0f", days, e.Mean, e.StdErr)
		prev = e.Mean
	}
}

// TestLongerWindowNeverWorthLess checks, on the example, that lengthening an offer's exercise
// window does not lower its value by more than four standard errors of the paired difference.
func TestLongerWindowNeverWorthLess(t *testing.T) {
	ws := exampleWorkspace()
	ws.Assumptions.Scenarios = 4000
	v := mustValue(t, ws, Options{})
	for _, days := range []int{180, 365, 1825, 3650} {
		e, err := v.Change(context.Background(), "rocket", func(o *bespoke.Offer) error {
			o.Terms.ExerciseWindowDays = days
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if e.Mean < -4*e.StdErr {
			t.Errorf("window %d days: value changes by %.0f ± %.0f", days, e.Mean, e.StdErr)
		}
	}
}

// TestHigherStrikeNeverWorthMore checks that raising the strike of the rocket options never
// raises the offer's value (beyond four standard errors).
func TestHigherStrikeNeverWorthMore(t *testing.T) {
	ws := exampleWorkspace()
	ws.Assumptions.Scenarios = 4000
	v := mustValue(t, ws, Options{})
	for _, strike := range []float64{3.5, 6, 12} {
		e, err := v.Change(context.Background(), "rocket", func(o *bespoke.Offer) error {
			for i := range o.Equity {
				o.Equity[i].Strike = px(strike)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if e.Mean > 4*e.StdErr {
			t.Errorf("strike %v: value changes by %.0f ± %.0f", strike, e.Mean, e.StdErr)
		}
	}
}

// TestMoreCashNeverHurts checks that more cash to exercise with does not lower any job's mean
// value beyond four standard errors, from none (the current job's vested options lapse on
// leaving, the private offer's early exercise is out of reach) through cash for part of them
// to more than every decision can spend.
func TestMoreCashNeverHurts(t *testing.T) {
	ws := exampleWorkspace()
	ws.Assumptions.Scenarios = 4000
	var prev *Valuation
	for _, cash := range []int64{0, 40_000, 150_000, 300_000, 1_000_000} {
		w2 := *ws
		w2.Candidate.CashAvailable = bespoke.Dollars(cash)
		more := mustValue(t, &w2, Options{})
		if prev != nil {
			for jj := range prev.out {
				e := estimate(prev.out[jj].value, more.out[jj].value)
				if e.Mean < -4*e.StdErr {
					t.Errorf("cash $%d, job %s: value changes by %.0f ± %.0f", cash, prev.m.jobs[jj].id, e.Mean, e.StdErr)
				}
			}
		}
		prev = more
	}
}

// TestIntervalNarrowsAsRootN checks that the confidence interval of an ask's value shrinks as
// 1/√n: four times the scenarios, half the width (within 15%). The ask is a fifth more RSUs at
// the public offer, whose value is lognormal with moderate tails, so the sample's standard
// deviation settles quickly.
func TestIntervalNarrowsAsRootN(t *testing.T) {
	width := func(n int) float64 {
		ws := exampleWorkspace()
		ws.Assumptions.Scenarios = n
		v := mustValue(t, ws, Options{})
		e, err := v.Change(context.Background(), "acme", func(o *bespoke.Offer) error {
			o.Equity[0].Value = o.Equity[0].Value * 6 / 5
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return e.CIHigh - e.CILow
	}
	w1, w4 := width(4000), width(16000)
	if r := w1 / w4; math.Abs(r-2) > 0.3 {
		t.Errorf("interval width %.0f at 4,000 scenarios, %.0f at 16,000: ratio %.2f, want 2", w1, w4, r)
	}
}

func TestCertaintyEquivalent(t *testing.T) {
	xs := []float64{0, 100_000, 200_000, -50_000}
	if ce, _ := certaintyEquivalent(xs, 500_000, 0); ce != mean(xs) {
		t.Errorf("risk neutral: %v, want the mean %v", ce, mean(xs))
	}
	prev := mean(xs)
	for _, g := range []float64{0.5, 1, 2, 5} {
		ce, _ := certaintyEquivalent(xs, 500_000, g)
		if ce > prev+1e-6 {
			t.Errorf("gamma %v: CE %v above %v at lower aversion", g, ce, prev)
		}
		prev = ce
	}
	// log utility by hand: exp(mean(log(W+X))) − W
	want := math.Exp((math.Log(500_000)+math.Log(600_000)+math.Log(700_000)+math.Log(450_000))/4) - 500_000
	if ce, _ := certaintyEquivalent(xs, 500_000, 1); math.Abs(ce-want) > 1e-6 {
		t.Errorf("log utility: %v, want %v", ce, want)
	}
	if _, n := certaintyEquivalent([]float64{-2_000_000}, 500_000, 2); n != 1 {
		t.Errorf("a loss beyond wealth was not floored")
	}
}

func TestExpectedTerm(t *testing.T) {
	tests := []struct {
		lo, hi      float64
		window, exp int
		want        float64
	}{
		{2, 6, 0, 10, 4},
		{2, 6, 3653, 10, 10}, // a ten-year window reaches the term
		{2, 2, 365, 10, 2 + 365/daysPerYear},
		{4, 12, 0, 10, 7.75}, // half the time capped at 10: (4..10 averages 7 over 6/8) + 10 × 2/8
	}
	for _, tt := range tests {
		if got := ExpectedTerm(tt.lo, tt.hi, tt.window, tt.exp); math.Abs(got-tt.want) > 1e-3 {
			t.Errorf("ExpectedTerm(%v, %v, %v, %v) = %v, want %v", tt.lo, tt.hi, tt.window, tt.exp, got, tt.want)
		}
	}
}

func TestWindowCost(t *testing.T) {
	ws := exampleWorkspace()
	c90, _ := WindowCost(ws, "rocket", 90)
	c10y, err := WindowCost(ws, "rocket", 3650)
	if err != nil {
		t.Fatal(err)
	}
	if c90 != 0 || c10y <= 0 {
		t.Errorf("cost of keeping 90 days %v (want 0), of ten years %v (want positive)", c90, c10y)
	}
	if _, err := WindowCost(ws, "nope", 90); bespoke.ErrorCode(err) != bespoke.ENOTFOUND {
		t.Errorf("unknown offer: %v", err)
	}
}

// TestConcurrentChanges prices changes from several goroutines at once (run with -race) and
// checks each gives what it gives alone.
func TestConcurrentChanges(t *testing.T) {
	ws := exampleWorkspace()
	ws.Assumptions.Scenarios = 500
	v := mustValue(t, ws, Options{})
	windows := []int{180, 365, 1825, 3650}
	change := func(days int) Estimate {
		e, err := v.Change(context.Background(), "rocket", func(o *bespoke.Offer) error {
			o.Terms.ExerciseWindowDays = days
			return nil
		})
		if err != nil {
			t.Error(err)
		}
		return e
	}
	got := make([]Estimate, len(windows))
	done := make(chan int)
	for i, d := range windows {
		go func() { got[i] = change(d); done <- i }()
	}
	for range windows {
		<-done
	}
	for i, d := range windows {
		if alone := change(d); alone != got[i] {
			t.Errorf("window %d: %+v at once, %+v alone", d, got[i], alone)
		}
	}
	if ws.Offers[1].Terms.ExerciseWindowDays != 90 {
		t.Errorf("the workspace was changed")
	}
}

// TestRefusesWhatItCannotValue checks the engine's own limits give errors, not panics.
func TestRefusesWhatItCannotValue(t *testing.T) {
	ws := exampleWorkspace()
	ws.Offers[1].Equity[0].Shares = 2_000_000_000
	if _, err := New(context.Background(), ws, Options{}); bespoke.ErrorCode(err) != bespoke.EINVALID {
		t.Errorf("two billion shares: %v", err)
	}
	ws = exampleWorkspace()
	ws.Offers = nil
	if _, err := New(context.Background(), ws, Options{}); bespoke.ErrorCode(err) != bespoke.EINVALID {
		t.Errorf("no offers: %v", err)
	}
	ws = exampleWorkspace()
	ws.Candidate.TaxYear = 2019
	if _, err := New(context.Background(), ws, Options{}); bespoke.ErrorCode(err) != bespoke.EUNSUPPORTED {
		t.Errorf("a tax year without tables: %v", err)
	}
}

// TestSalaryClosedForm checks the discounting: a salary alone, before tax, by a candidate who
// stays past the horizon, is worth base × (1 − e^{−ρH})/ρ, paid evenly over H years.
func TestSalaryClosedForm(t *testing.T) {
	ws := optionWorkspace(85, 85, 0.4, 0.05, 10, 90)
	ws.Offers[0].Equity = nil
	ws.Offers[0].Cash.Base = bespoke.Dollars(100_000)
	ws.Assumptions.TenureYears.Min, ws.Assumptions.TenureYears.Max = 5, 6
	ws.Assumptions.Scenarios = 10
	v := mustValue(t, ws, Options{PreTax: true})
	want := 100_000 * (1 - math.Exp(-0.05*4)) / 0.05
	for i, x := range v.out[0].value {
		if math.Abs(x-want) > 2e-3*want {
			t.Fatalf("scenario %d: %.2f, want %.2f within 0.2%%", i, x, want)
		}
	}
}

// TestStartDateIsNotPriced checks that changing an offer's start date is refused as
// unsupported rather than priced: moved a day earlier, the public offer of the example became
// the earliest start, moving the leave date every job is valued from while its grants kept
// vesting from the old date, and the paired estimate said −$12,800 for a job whose own value
// does not change when the whole workspace is valued with the new date.
func TestStartDateIsNotPriced(t *testing.T) {
	ws := exampleWorkspace()
	ws.Assumptions.Scenarios = 200
	v := mustValue(t, ws, Options{})
	for _, d := range []bespoke.Date{date(2027, 1, 3), date(2027, 2, 4)} {
		_, err := v.Change(context.Background(), "acme", func(o *bespoke.Offer) error {
			o.StartDate = d
			return nil
		})
		if bespoke.ErrorCode(err) != bespoke.EUNSUPPORTED {
			t.Errorf("start date %s: error %v, want %s", d, err, bespoke.EUNSUPPORTED)
		}
	}
	if _, err := v.Ask(context.Background(), bespoke.Ask{Offer: "acme", Term: "start_date", Value: "2027-02-04"}); bespoke.ErrorCode(err) != bespoke.EUNSUPPORTED {
		t.Errorf("ask on start_date: error %v, want %s", err, bespoke.EUNSUPPORTED)
	}
}

// TestLowerStrikeEarlyExerciseNeverWorthLess checks the early exercise across the 409A value:
// with cash for every option, lowering the strike of the private offer's early-exercisable
// ISOs by a cent below the $3.10 409A value must not lower the offer's value. The rule used to
// exercise early only when the 409A value was not above the strike, so a cent less made it
// keep the options instead, and the offer lost most of its worth; the 83(b) election now
// brings the tax on the spread forward, which the rule weighs.
func TestLowerStrikeEarlyExerciseNeverWorthLess(t *testing.T) {
	ws := exampleWorkspace()
	ws.Current, ws.Asks = nil, nil
	ws.Candidate.CashAvailable = bespoke.Dollars(2_000_000)
	ws.Assumptions.Scenarios = 4000
	v := mustValue(t, ws, Options{})
	prev := math.Inf(1)
	for _, strike := range []float64{3, 3.09, 3.1, 3.11} {
		e, err := v.Change(context.Background(), "rocket", func(o *bespoke.Offer) error {
			o.Equity[0].Strike = px(strike)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("strike %.2f: %+.0f ± %.0f", strike, e.Mean, e.StdErr)
		if e.Mean > prev+4*e.StdErr {
			t.Errorf("strike %.2f: value changes by %.0f ± %.0f, more than at a lower strike (%.0f)", strike, e.Mean, e.StdErr, prev)
		}
		prev = e.Mean
	}
}
