package catalog_test

import (
	"math"
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/catalog"
	"github.com/bespokehq/bespoke/internal/example"
)

// TestBlackScholes checks the call price against Hull's worked example (Options, Futures and
// Other Derivatives, Example 15.6: S=42, K=40, r=10%, σ=20%, T=0.5 gives 4.76) and its limits.
func TestBlackScholes(t *testing.T) {
	bs := catalog.BlackScholes{}
	if got := bs.Call(42, 40, 0.5, 0.10, 0.20, 0); math.Abs(got-4.76) > 0.005 {
		t.Errorf("Hull 15.6: %.4f, want 4.76", got)
	}
	if got := bs.Call(42, 40, 0, 0.10, 0.20, 0); got != 2 {
		t.Errorf("expired: %g, want intrinsic 2", got)
	}
	if got := bs.Call(10, 0, 3, 0.04, 0.4, 0.02); math.Abs(got-10*math.Exp(-0.06)) > 1e-12 {
		t.Errorf("zero strike: %g", got)
	}
	prev := 0.0
	for _, T := range []float64{0.25, 1, 4, 10} {
		c := bs.Call(3.10, 3.10, T, 0.04, 0.4, 0)
		if c <= prev || c >= 3.10 {
			t.Errorf("call at T=%g is %g: want it increasing and below the share price", T, c)
		}
		prev = c
	}
}

func TestEmployerPayroll(t *testing.T) {
	tests := []struct{ wages, extra, want float64 }{
		{100000, 10000, 10000 * 0.0765},            // under the wage base: 6.2% + 1.45%
		{368000, 16000, 16000 * 0.0145},            // above it: Medicare only
		{180000, 10000, 4500*0.062 + 10000*0.0145}, // straddling it
	}
	for _, tt := range tests {
		if got := catalog.EmployerPayroll(tt.wages, tt.extra); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("EmployerPayroll(%g, %g) = %g, want %g", tt.wages, tt.extra, got, tt.want)
		}
	}
}

func cost(t *testing.T, offer, term, value string) catalog.Cost {
	t.Helper()
	w := example.Workspace()
	ctx := catalog.Context{Workspace: w, Offer: w.Offer(offer), Today: example.Today,
		Ask: bespoke.Ask{Offer: offer, Term: term, Value: bespoke.Scalar(value)}}
	return catalog.Default().ForTerm(term).Cost(ctx, catalog.CostParams{})
}

func TestCostModels(t *testing.T) {
	annuity := 1 + 1/1.05 + 1/(1.05*1.05) + 1/(1.05*1.05*1.05)
	tests := []struct {
		name, offer, term, value, basis string
		want                            float64 // dollars; NaN when not estimated
	}{
		{"base raise above the wage base", "acme", "cash.base", "336000", catalog.BasisCash, 16000 * 1.0145 * annuity},
		{"sign-on", "rocket", "cash.sign_on", "55000", catalog.BasisCash, 30000 * 1.0145},
		{"relocation", "rocket", "cash.relocation", "20000", catalog.BasisCash, 20000 * 1.0145},
		{"extra days", "rocket", "pto.days", "20", catalog.BasisCash, 5 * 285000.0 / 260 * 1.0145 * annuity},
		{"bonus target", "acme", "cash.bonus_target_pct", "20", catalog.BasisCash, 16000 * 1.0145 * annuity},
		{"RSU value at a public company", "acme", "equity[acme-rsu].value", "1320000", catalog.BasisFairValue, 1411 * 85},
		{"another country", "rocket", "work_country", "PT", catalog.BasisEORFee, 0.09 * 285000 * annuity},
		{"remote", "acme", "remote", "remote", catalog.BasisNone, 0},
		{"early exercise", "rocket", "equity[rocket-backloaded].early_exercise", "true", catalog.BasisNone, 0},
		{"another state", "rocket", "work_state", "CA", catalog.BasisNotEstimated, math.NaN()},
		{"travel", "acme", "travel_class", "first", catalog.BasisNotEstimated, math.NaN()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cost(t, tt.offer, tt.term, tt.value)
			if c.Basis != tt.basis || c.Note == "" {
				t.Errorf("basis %q (note %q), want %q", c.Basis, c.Note, tt.basis)
			}
			switch {
			case math.IsNaN(tt.want) && c.Amount != nil:
				t.Errorf("amount %v, want none", *c.Amount)
			case !math.IsNaN(tt.want) && (c.Amount == nil || math.Abs(c.Amount.Float()-tt.want) > 0.01):
				t.Errorf("amount %v, want %.2f", c.Amount, tt.want)
			}
		})
	}
}

// TestWindowCost checks the cost of a 10-year window at Rocket by hand: 240,000 options at a
// $3.10 strike on $3.10 shares, expected departure 3.75 years (tenure 1.5 to 6), so the
// expected life goes from 3.75 + 90/365.25 years to the 10-year term.
func TestWindowCost(t *testing.T) {
	bs := catalog.BlackScholes{}
	short := 3.75 + 90/365.25
	want := 240000 * (bs.Call(3.10, 3.10, 10, 0.04, 0.4, 0) - bs.Call(3.10, 3.10, short, 0.04, 0.4, 0))
	c := cost(t, "rocket", "exercise_window_days", "3650")
	if c.Basis != catalog.BasisFairValue || c.Amount == nil || math.Abs(c.Amount.Float()-want) > 0.01 {
		t.Fatalf("cost %+v, want %.2f", c, want)
	}
	if !strings.Contains(c.Note, "3.75 to 10.00 years") && !strings.Contains(c.Note, "4.00 to 10.00 years") {
		t.Errorf("note %q does not give the expected lives", c.Note)
	}
	// A longer window never costs less.
	five := cost(t, "rocket", "exercise_window_days", "1826")
	if five.Amount.Float() <= 0 || five.Amount.Float() >= c.Amount.Float() {
		t.Errorf("5-year window costs %v, 10-year %v", five.Amount, c.Amount)
	}
}
