package value

import (
	"testing"

	"github.com/bespokehq/bespoke"
)

// fixedExample is the example workspace made deterministic: prices that cannot move (no
// volatility, no drift, no private outcomes) and a departure after the horizon.
func fixedExample() *bespoke.Workspace {
	ws := exampleWorkspace()
	ws.Assumptions.Public.Drift = 0
	ws.Assumptions.Private.Outcomes = nil
	ws.Assumptions.TenureYears.Min, ws.Assumptions.TenureYears.Max = 4.5, 6
	ws.Assumptions.Scenarios = 300
	for i := range ws.Offers {
		ws.Offers[i].Company.Volatility = 0
	}
	ws.Current.Company.Volatility = 0
	// options at the public company too: at a fixed price the rule exercises them as they vest
	ws.Offers[0].Equity = append(ws.Offers[0].Equity, bespoke.Grant{ID: "acme-nso", Type: bespoke.NSO, Shares: 8000,
		Strike: px(70), ExpiryYears: 10, Vesting: bespoke.Vesting{Months: 48, CliffMonths: 12, EveryMonths: 3}})
	return ws
}

// TestDeterministicWorkspaceGivesCompareFigures checks that in a workspace whose prices cannot
// move and whose candidate stays past the horizon, every Monte Carlo scenario's after-tax cash,
// year by year, is exactly the deterministic figure compare shows.
func TestDeterministicWorkspaceGivesCompareFigures(t *testing.T) {
	for _, preTax := range []bool{false, true} {
		ws := fixedExample()
		jobs, err := Deterministic(ws, Options{PreTax: preTax})
		if err != nil {
			t.Fatal(err)
		}
		v := mustValue(t, ws, Options{PreTax: preTax})
		h := v.m.horizon
		for jj, jy := range jobs {
			var cum int64
			for k, y := range jy.Years {
				cum += int64(y.AfterTax)
				want := float64(cum) / 100
				for i := range v.m.n {
					if got := v.out[jj].cum[i*h+k]; got != want {
						t.Fatalf("pre-tax %v, %s year %d, scenario %d: cumulative after-tax %.2f, compare %.2f",
							preTax, jy.ID, k+1, i, got, want)
					}
				}
			}
		}
	}
}

// TestDeterministicFigures checks the deterministic scenario's arithmetic where it can be done
// by hand: with taxes off, each year's cash is the pay less the pay deferred plus equity at the
// stated price; the first year of acme has its sign-on.
func TestDeterministicFigures(t *testing.T) {
	jobs, err := Deterministic(fixedExample(), Options{PreTax: true})
	if err != nil {
		t.Fatal(err)
	}
	acme := jobs[1]
	// acme: base 320,000 with half deferred, bonus 48,000 (none of it deferred as
	// max_pct_of_bonus is 0), sign-on 60,000; RSUs: 14,117 shares, a quarter at the one-year
	// cliff (3,529 × $85 = $299,965), nothing of the first refresher yet; options: 2,000 at the
	// cliff, exercised at once at $85 − $70. Leaving the current job on the start date, the
	// 57,500 current options vested by then (46 of 48 months of 60,000 at a one-year cliff)
	// are exercised and sold at once at $9.50 − $1.20: $477,250.
	y1 := acme.Years[0]
	vested := bespoke.Dollars(57500 * 830 / 100)
	want := bespoke.Dollars(160000+48000+60000+2000*15).Cents() + bespoke.PriceFromFloat(85).Value(3529).Cents() + vested.Cents()
	if int64(y1.PreTax) != want || y1.Deferred != bespoke.Dollars(160000) || y1.Tax != 0 {
		t.Errorf("acme year 1 = %+v, want pre-tax %v, deferred 160000", y1, bespoke.Money(want))
	}
	// every job's world has them, the current job's too, in year 1 and no other
	for _, jy := range jobs {
		if len(jy.Vested) != len(jy.Years) {
			t.Fatalf("%s: the vested options' effects cover %d years, want %d", jy.ID, len(jy.Vested), len(jy.Years))
		}
		for k, e := range jy.Vested {
			if want := map[bool]bespoke.Money{true: vested}[k == 0]; e.PreTax != want || e.AfterTax != want || e.Tax != 0 {
				t.Errorf("%s year %d: the vested options add %+v, want %v before and after tax", jy.ID, k+1, e, want)
			}
		}
	}
}
