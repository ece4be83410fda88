package value

import (
	"context"
	"testing"

	"github.com/bespokehq/bespoke"
)

// isoWindow changes offer id's exercise window to days.
func isoWindow(t *testing.T, v *Valuation, id string, days int) Estimate {
	t.Helper()
	e, err := v.Change(context.Background(), id, func(o *bespoke.Offer) error {
		o.Terms.ExerciseWindowDays = days
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestISOsDecidedOnTheirLastDayPublic checks, after tax, ISOs at a public company whose price
// drifts above the discount rate (so they are held to the deadline). With a window of 91
// days the rule exercises them on the 90th day after leaving if they are in the money, as a
// disqualifying disposition outside payroll taxes, as it does at a 90-day deadline, and
// otherwise waits for the last day: no scenario is worth less than with 90 days (every one
// exercised on the deadline was, when the rule let the 90th day pass and exercised a day
// later as NSOs, whose spread is wages). Longer windows are not worth less.
func TestISOsDecidedOnTheirLastDayPublic(t *testing.T) {
	ws := optionWorkspace(50, 50, 0.45, 0.07, 10, 90)
	ws.Candidate.State = "CA"
	o := &ws.Offers[0]
	o.Cash.Base = bespoke.Dollars(250_000)
	o.Equity[0].Type, o.Equity[0].Shares = bespoke.ISO, 40_000
	o.Equity[0].Vesting = bespoke.Vesting{Months: 48, CliffMonths: 12, EveryMonths: 1}
	ws.Assumptions.Scenarios = 3000
	ws.Assumptions.TenureYears.Min, ws.Assumptions.TenureYears.Max = 1, 6
	v := mustValue(t, ws, Options{})
	longer := *ws
	longer.Offers = []bespoke.Offer{*o.Clone()}
	longer.Offers[0].Terms.ExerciseWindowDays = 91
	v91 := mustValue(t, &longer, Options{})
	for i, x := range v.out[0].value {
		if y := v91.out[0].value[i]; y < x-1e-6 {
			t.Fatalf("scenario %d: %.2f with a 91-day window, %.2f with 90 days", i, y, x)
		}
	}
	for _, days := range []int{120, 365} {
		if e := isoWindow(t, v, "o", days); e.Mean < -4*e.StdErr {
			t.Errorf("a %d-day window changes the value by %.0f ± %.0f", days, e.Mean, e.StdErr)
		}
	}
}

// TestISOsDecidedOnTheirLastDayPrivate checks the same before a private company's exit, with
// ISOs and NSOs and cash for part of them: a 91-day window is not worth less than a 90-day
// one beyond four standard errors (it was, by $21,000 ± $2,200, when the rule let the 90th
// day pass and decided on the ISOs a day later as NSOs).
func TestISOsDecidedOnTheirLastDayPrivate(t *testing.T) {
	monthly := bespoke.Vesting{Months: 48, CliffMonths: 12, EveryMonths: 1}
	ws := exampleWorkspace()
	ws.Current, ws.Asks = nil, nil
	ws.Candidate.CashAvailable = bespoke.Dollars(100_000)
	r := &ws.Offers[1]
	r.Company.PreferredPrice, r.Company.FMV409A = px(8), px(2)
	r.Cash.SignOn = 0
	r.Equity = []bespoke.Grant{
		{ID: "iso", Type: bespoke.ISO, Shares: 100_000, Strike: px(2), ExpiryYears: 10, Vesting: monthly},
		{ID: "nso", Type: bespoke.NSO, Shares: 50_000, Strike: px(1), ExpiryYears: 10, Vesting: monthly},
	}
	r.Terms.WorkState = "CA"
	ws.Offers = ws.Offers[1:]
	ws.Assumptions.Scenarios = 6000
	ws.Assumptions.TenureYears.Min, ws.Assumptions.TenureYears.Max = 1, 6
	v := mustValue(t, ws, Options{})
	e := isoWindow(t, v, "rocket", 91)
	t.Logf("91 days: %+.0f ± %.0f", e.Mean, e.StdErr)
	if e.Mean < -4*e.StdErr {
		t.Errorf("a 91-day window changes the value by %.0f ± %.0f", e.Mean, e.StdErr)
	}
}
