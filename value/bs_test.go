package value_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/bespokehq/bespoke/value"
)

// TestBlackScholesHull checks the formula against worked examples in Hull, Options, Futures,
// and Other Derivatives: Example 15.6 (S=42, K=40, r=10%, σ=20%, T=0.5: c=4.76, p=0.81), the
// delta-hedging example of chapter 19 (S=49, K=50, r=5%, σ=20%, T=20 weeks: c=2.40 per share,
// delta 0.522, gamma 0.066, vega 12.1, theta −4.31 a year, rho 8.91), and the index option of
// Example 17.1 (S=930, K=900, r=8%, q=3%, σ=20%, T=2 months: c=51.83).
func TestBlackScholesHull(t *testing.T) {
	tests := []struct {
		name string
		in   value.BSInput
		want map[string]float64 // rounded as Hull prints them
		dp   map[string]int
	}{
		{"Example 15.6", value.BSInput{Spot: 42, Strike: 40, Years: 0.5, Vol: 0.2, Rate: 0.1},
			map[string]float64{"call": 4.76, "put": 0.81}, map[string]int{"call": 2, "put": 2}},
		{"chapter 19 hedge", value.BSInput{Spot: 49, Strike: 50, Years: 20.0 / 52, Vol: 0.2, Rate: 0.05},
			map[string]float64{"call": 2.40, "delta": 0.522, "gamma": 0.066, "vega": 12.1, "theta": -4.31, "rho": 8.91},
			map[string]int{"call": 2, "delta": 3, "gamma": 3, "vega": 1, "theta": 2, "rho": 2}},
		{"Example 17.1 index", value.BSInput{Spot: 930, Strike: 900, Years: 2.0 / 12, Vol: 0.2, Rate: 0.08, Dividend: 0.03},
			map[string]float64{"call": 51.83}, map[string]int{"call": 2}},
	}
	for _, tt := range tests {
		r := value.BlackScholes(tt.in)
		got := map[string]float64{"call": r.Call, "put": r.Put, "delta": r.CallDelta, "gamma": r.Gamma,
			"vega": r.Vega, "theta": r.CallTheta, "rho": r.CallRho}
		for k, w := range tt.want {
			p := math.Pow(10, float64(tt.dp[k]))
			if g := math.Round(got[k]*p) / p; g != w {
				t.Errorf("%s: %s = %.6f, rounds to %v, want %v", tt.name, k, got[k], g, w)
			}
		}
	}
}

// TestBlackScholesParity checks put–call parity with dividends, c − p = S e^{−qT} − K e^{−rT},
// and the limits with no volatility and no time.
func TestBlackScholesParity(t *testing.T) {
	for _, in := range []value.BSInput{
		{Spot: 100, Strike: 90, Years: 3, Vol: 0.5, Rate: 0.04, Dividend: 0.02},
		{Spot: 3.1, Strike: 12.5, Years: 10, Vol: 0.9, Rate: 0.045},
		{Spot: 85, Strike: 85, Years: 1e-9, Vol: 0.4, Rate: 0.05},
		{Spot: 85, Strike: 60, Years: 2, Vol: 0, Rate: 0.05, Dividend: 0.01},
	} {
		r := value.BlackScholes(in)
		fwd := in.Spot*math.Exp(-in.Dividend*in.Years) - in.Strike*math.Exp(-in.Rate*in.Years)
		if d := r.Call - r.Put - fwd; math.Abs(d) > 1e-9*in.Spot {
			t.Errorf("%+v: c − p − forward = %g", in, d)
		}
		if r.Call < max(fwd, 0)-1e-12 || r.Put < max(-fwd, 0)-1e-12 {
			t.Errorf("%+v: below the discounted intrinsic value: %+v", in, r)
		}
	}
}

// TestBlackScholesMonotone checks that a call is worth less at a higher strike and more with
// more time or volatility.
func TestBlackScholesMonotone(t *testing.T) {
	base := value.BSInput{Spot: 50, Strike: 50, Years: 2, Vol: 0.3, Rate: 0.04}
	prev := math.Inf(1)
	for k := 10.0; k <= 120; k += 5 {
		in := base
		in.Strike = k
		c := value.BlackScholes(in).Call
		if c > prev {
			t.Fatalf("call at strike %v = %v, above %v at the strike before", k, c, prev)
		}
		prev = c
	}
	longer, vol := base, base
	longer.Years, vol.Vol = 4, 0.6
	if c0 := value.BlackScholes(base).Call; value.BlackScholes(longer).Call <= c0 || value.BlackScholes(vol).Call <= c0 {
		t.Errorf("more time or volatility did not raise the call above %v", c0)
	}
}

func ExampleBlackScholes() {
	r := value.BlackScholes(value.BSInput{Spot: 42, Strike: 40, Years: 0.5, Vol: 0.2, Rate: 0.1})
	fmt.Printf("call %.2f put %.2f delta %.3f\n", r.Call, r.Put, r.CallDelta)
	// Output: call 4.76 put 0.81 delta 0.779
}
