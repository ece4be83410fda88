package value

import (
	"math"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/vest"
)

// WindowCost is what giving an offer's options a longer exercise window costs the company: the
// increase in their fair value, which ASC 718 expenses (at the grant, or at once for vested
// options when an existing grant is modified). Each option is valued with Black–Scholes–Merton
// at the 409A value (or share price), the company's volatility and dividend yield and the
// risk-free rate, over its expected term: the expected time from grant to the departure (uniform
// over the tenure assumption) plus the window, capped by the option's term. Refreshers are left
// out. The result is in dollars; errors are ENOTFOUND for an unknown offer.
func WindowCost(ws *bespoke.Workspace, id string, windowDays int) (float64, error) {
	o := ws.Offer(id)
	if o == nil {
		return 0, bespoke.Errorf(bespoke.ENOTFOUND, "no offer %q in the workspace", id)
	}
	a := ws.Assumptions
	var cost float64
	for i := range o.Equity {
		g := &o.Equity[i]
		if !g.Type.IsOption() || g.Refresh == bespoke.RefreshYearly {
			continue
		}
		in := BSInput{Spot: o.Company.ExercisePrice().Float(), Strike: g.Strike.Float(), Vol: o.Company.Volatility,
			Rate: a.RiskFreeRate, Dividend: o.Company.DividendYield}
		n := float64(vest.Shares(g, o.Company))
		before, after := in, in
		before.Years = ExpectedTerm(a.TenureYears.Min, a.TenureYears.Max, o.Terms.ExerciseWindowDays, g.ExpiryYears)
		after.Years = ExpectedTerm(a.TenureYears.Min, a.TenureYears.Max, windowDays, g.ExpiryYears)
		cost += n * (BlackScholes(after).Call - BlackScholes(before).Call)
	}
	return cost, nil
}

// ExpectedTerm is the expected life in years of an option whose holder leaves uniformly between
// lo and hi years after the grant and exercises at the end of a window of windowDays, capped by
// the option's term of expiryYears: E[min(T + w, expiry)], in closed form.
func ExpectedTerm(lo, hi float64, windowDays, expiryYears int) float64 {
	w, e := float64(windowDays)/daysPerYear, float64(max(expiryYears, 1))
	a, b := lo+w, hi+w
	if b-a < 1e-12 {
		return math.Min(a, e)
	}
	switch {
	case e <= a:
		return e
	case e >= b:
		return (a + b) / 2
	}
	// the part below e averages (a + e)/2; the part above is capped at e
	return ((e-a)*(a+e)/2 + (b-e)*e) / (b - a)
}
