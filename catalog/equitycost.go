package catalog

import (
	"fmt"
	"math"
	"strings"

	"github.com/bespokehq/bespoke"
)

// expectedDeparture returns when the candidate is expected to leave, in years after the
// start: the middle of the workspace's tenure range.
func expectedDeparture(w *bespoke.Workspace) float64 {
	if w == nil {
		return expectedTenureYears
	}
	t := w.Assumptions.TenureYears
	if t.Min == 0 && t.Max == 0 {
		return expectedTenureYears
	}
	return (t.Min + t.Max) / 2
}

// ExpectedLife returns an option's expected life for its fair value: the expected departure
// plus the exercise window, capped at the option's term. A longer window lets a leaver hold
// the option longer, which is why the company's expense grows with it.
func ExpectedLife(w *bespoke.Workspace, g *bespoke.Grant, windowDays int) float64 {
	term := float64(g.ExpiryYears)
	if term <= 0 {
		term = 10
	}
	return math.Min(expectedDeparture(w)+float64(windowDays)/365.25, term)
}

// FairValue returns the fair value of one share of a grant, as the company expenses it: the
// share's value for RSUs (the share price, or the 409A value of a private company's common
// stock) and the option price for options, at the expected life for the given window.
func FairValue(w *bespoke.Workspace, o *bespoke.Offer, g *bespoke.Grant, windowDays int, pr OptionPricer) float64 {
	spot := o.Company.ExercisePrice().Float()
	if !g.Type.IsOption() {
		return spot
	}
	vol := o.Company.Volatility
	if vol == 0 {
		vol = 0.4
	}
	rate := 0.04
	if w != nil && w.Assumptions.RiskFreeRate > 0 {
		rate = w.Assumptions.RiskFreeRate
	}
	return pr.Call(spot, g.Strike.Float(), ExpectedLife(w, g, windowDays), rate, vol, o.Company.DividendYield)
}

// Shares returns the number of shares of a grant, converting a dollar value at the grant's
// price, else the company's.
func Shares(o *bespoke.Offer, g *bespoke.Grant) int64 {
	if g.Shares > 0 || g.Value == 0 {
		return g.Shares
	}
	return conversionPrice(o, g).SharesFor(g.Value)
}

func conversionPrice(o *bespoke.Offer, g *bespoke.Grant) bespoke.Price {
	if g.Price > 0 {
		return g.Price
	}
	return o.Company.Price()
}

func equityGrant(c Context, p CostParams) Cost {
	g := Grant(c.Offer, c.Ask.Term)
	d, ok := delta(c)
	if g == nil || !ok {
		return notEstimated("the grant or the asked amount is unknown")
	}
	extra := d
	if strings.HasSuffix(c.Ask.Term, ".value") {
		extra = float64(conversionPrice(c.Offer, g).SharesFor(bespoke.MoneyFromFloat(d)))
	}
	fv := FairValue(c.Workspace, c.Offer, g, c.Offer.Terms.ExerciseWindowDays, p.Pricer)
	return amount(BasisFairValue, extra*fv,
		fmt.Sprintf("%.0f more shares at a grant-date fair value of %s each", extra, price(fv)))
}

func equityRefresh(c Context, p CostParams) Cost {
	g := Grant(c.Offer, c.Ask.Term)
	if g == nil || !strings.EqualFold(string(c.Ask.Value), string(bespoke.RefreshYearly)) {
		return notEstimated("only a yearly refresh of a known grant is costed")
	}
	one := float64(Shares(c.Offer, g)) * FairValue(c.Workspace, c.Offer, g, c.Offer.Terms.ExerciseWindowDays, p.Pricer)
	r, total := c.Workspace.Assumptions.DiscountRate, 0.0
	for k := 1; k < Horizon(c.Workspace); k++ {
		total += one * math.Pow(1+r, -float64(k))
	}
	return amount(BasisFairValue, total,
		fmt.Sprintf("a grant like %s (%s) on each anniversary within %d years", g.ID, money(one), Horizon(c.Workspace)))
}

// optionLife is the cost of a longer exercise window: for every option grant, the fair value
// at the longer expected life less the fair value at the shorter, which the company expenses
// under ASC 718.
func optionLife(c Context, p CostParams) Cost {
	asked, ok := Number(c.Ask.Value)
	if !ok {
		return notEstimated("the asked window is not a number of days")
	}
	cur := c.Offer.Terms.ExerciseWindowDays
	total, n := 0.0, int64(0)
	var lives string
	for i := range c.Offer.Equity {
		g := &c.Offer.Equity[i]
		if !g.Type.IsOption() {
			continue
		}
		shares := Shares(c.Offer, g)
		total += float64(shares) * (FairValue(c.Workspace, c.Offer, g, int(asked), p.Pricer) - FairValue(c.Workspace, c.Offer, g, cur, p.Pricer))
		n += shares
		lives = fmt.Sprintf("%.2f to %.2f years", ExpectedLife(c.Workspace, g, cur), ExpectedLife(c.Workspace, g, int(asked)))
	}
	return amount(BasisFairValue, total,
		fmt.Sprintf("Black-Scholes value of %d options with an expected life of %s, less their value now (ASC 718 expense)", n, lives))
}

func price(f float64) string { return "$" + fmt.Sprintf("%.2f", f) }
