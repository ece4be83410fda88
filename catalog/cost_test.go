package catalog_test

import (
	"math"
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/catalog"
	"github.com/bespokehq/bespoke/internal/example"
	"github.com/bespokehq/bespoke/value"
)

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

// TestWindowCost checks that the cost of a longer window is the valuation engine's
// WindowCost, positive, and larger for a longer window.
func TestWindowCost(t *testing.T) {
	w := example.Workspace()
	want, err := value.WindowCost(w, "rocket", 3650)
	if err != nil {
		t.Fatal(err)
	}
	c := cost(t, "rocket", "exercise_window_days", "3650")
	if c.Basis != catalog.BasisFairValue || c.Amount == nil || math.Abs(c.Amount.Float()-want) > 0.005 || want <= 0 {
		t.Fatalf("cost %+v, want %.2f", c, want)
	}
	if !strings.Contains(c.Note, "240000 options") || !strings.Contains(c.Note, "to 10.00 years") {
		t.Errorf("note %q does not give the options and their expected terms", c.Note)
	}
	five := cost(t, "rocket", "exercise_window_days", "1826")
	if five.Amount.Float() <= 0 || five.Amount.Float() >= c.Amount.Float() {
		t.Errorf("5-year window costs %v, 10-year %v", five.Amount, c.Amount)
	}
	if odd := cost(t, "rocket", "exercise_window_days", "10.5"); odd.Amount != nil {
		t.Errorf("a fractional window was costed: %+v", odd)
	}
}

// TestFairValue checks an option's fair value against Black–Scholes at the expected term, and
// an RSU's against the share price.
func TestFairValue(t *testing.T) {
	w := example.Workspace()
	rocket := w.Offer("rocket")
	term := value.ExpectedTerm(1.5, 6, 90, 10)
	want := value.BlackScholes(value.BSInput{Spot: 3.10, Strike: 3.10, Years: term, Vol: 0.4, Rate: 0.04}).Call
	if got := catalog.FairValue(w, rocket, &rocket.Equity[0], 90); math.Abs(got-want) > 1e-12 || got <= 0 || got >= 3.10 {
		t.Errorf("option fair value %g, want %g", got, want)
	}
	acme := w.Offer("acme")
	if got := catalog.FairValue(w, acme, &acme.Equity[0], 90); got != 85 {
		t.Errorf("RSU fair value %g, want 85", got)
	}
}
