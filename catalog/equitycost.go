package catalog

import (
	"fmt"
	"math"
	"strings"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/value"
	"github.com/bespokehq/bespoke/vest"
)

// FairValue returns the fair value of one share of a grant, as the company expenses it: the
// share's value for RSUs (the share price, or the 409A value of a private company's common
// stock) and, for options, the Black–Scholes–Merton value over the expected term for the
// given exercise window (value.ExpectedTerm: departure uniform over the tenure assumption,
// plus the window, capped by the option's term).
func FairValue(w *bespoke.Workspace, o *bespoke.Offer, g *bespoke.Grant, windowDays int) float64 {
	spot := o.Company.ExercisePrice().Float()
	if !g.Type.IsOption() {
		return spot
	}
	a := w.Assumptions
	return value.BlackScholes(value.BSInput{
		Spot: spot, Strike: g.Strike.Float(), Vol: o.Company.Volatility, Rate: a.RiskFreeRate,
		Dividend: o.Company.DividendYield,
		Years:    value.ExpectedTerm(a.TenureYears.Min, a.TenureYears.Max, windowDays, g.ExpiryYears),
	}).Call
}

func equityGrant(c Context, _ CostParams) Cost {
	g := Grant(c.Offer, c.Ask.Term)
	d, ok := delta(c)
	if g == nil || !ok {
		return notEstimated("the grant or the asked amount is unknown")
	}
	extra := d
	if strings.HasSuffix(c.Ask.Term, ".value") {
		extra = float64(vest.ConversionPrice(g, c.Offer.Company).SharesFor(bespoke.MoneyFromFloat(d)))
	}
	fv := FairValue(c.Workspace, c.Offer, g, c.Offer.Terms.ExerciseWindowDays)
	return amount(BasisFairValue, extra*fv,
		fmt.Sprintf("%.0f more shares at a grant-date fair value of %s each", extra, price(fv)))
}

func equityRefresh(c Context, _ CostParams) Cost {
	g := Grant(c.Offer, c.Ask.Term)
	if g == nil || !strings.EqualFold(string(c.Ask.Value), string(bespoke.RefreshYearly)) {
		return notEstimated("only a yearly refresh of a known grant is costed")
	}
	one := float64(vest.Shares(g, c.Offer.Company)) * FairValue(c.Workspace, c.Offer, g, c.Offer.Terms.ExerciseWindowDays)
	r, total := c.Workspace.Assumptions.DiscountRate, 0.0
	for k := 1; k < Horizon(c.Workspace); k++ {
		total += one * math.Pow(1+r, -float64(k))
	}
	return amount(BasisFairValue, total,
		fmt.Sprintf("a grant like %s (%s) on each anniversary within %d years", g.ID, money(one), Horizon(c.Workspace)))
}

// optionLife is the cost of a longer exercise window: the increase in the options' fair value
// (value.WindowCost), which the company expenses under ASC 718.
func optionLife(c Context, _ CostParams) Cost {
	asked, ok := Number(c.Ask.Value)
	if !ok || asked != math.Trunc(asked) {
		return notEstimated("the asked window is not a whole number of days")
	}
	cost, err := value.WindowCost(c.Workspace, c.Offer.ID, int(asked))
	if err != nil {
		return notEstimated(bespoke.ErrorMessage(err))
	}
	a := c.Workspace.Assumptions
	var n int64
	var terms string
	for i := range c.Offer.Equity {
		g := &c.Offer.Equity[i]
		if g.Type.IsOption() && g.Refresh != bespoke.RefreshYearly {
			n += vest.Shares(g, c.Offer.Company)
			terms = fmt.Sprintf("%.2f to %.2f years", value.ExpectedTerm(a.TenureYears.Min, a.TenureYears.Max, c.Offer.Terms.ExerciseWindowDays, g.ExpiryYears),
				value.ExpectedTerm(a.TenureYears.Min, a.TenureYears.Max, int(asked), g.ExpiryYears))
		}
	}
	return amount(BasisFairValue, cost,
		fmt.Sprintf("Black-Scholes value of %d options over an expected term of %s, less their value now (ASC 718 expense)", n, terms))
}

func price(f float64) string { return "$" + fmt.Sprintf("%.2f", f) }
