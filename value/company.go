package value

import (
	"math"

	"github.com/bespokehq/bespoke"
)

// regime is how a company's shares can be valued and sold.
type regime uint8

const (
	// regPublic: shares trade; the price follows geometric Brownian motion.
	regPublic regime = iota
	// regStays: a private company with no outcomes in the assumptions stays private at its
	// preferred price, and its shares are taken as saleable at that price (a tender or
	// secondary sale), which is how compare values them.
	regStays
	// regPrivate: a private company whose fate is drawn from the assumptions' outcomes.
	regPrivate
)

// company is an employer compiled.
type company struct {
	regime regime
	price  bespoke.Price // share price (public) or preferred price (private)
	fmv    bespoke.Price // fair market value of a common share for tax: the 409A value
	vol    float64
	div    float64
	qsbs   bool
}

func compileCompany(c bespoke.Company, m *model) company {
	co := company{price: c.Price(), fmv: c.ExercisePrice(), vol: c.Volatility, div: c.DividendYield, qsbs: c.QSBS}
	switch {
	case c.Stage == bespoke.Public:
		co.regime = regPublic
	case len(m.outcomes) == 0:
		co.regime = regStays
	default:
		co.regime = regPrivate
	}
	return co
}

// outcome is one possible fate of a private company, compiled: cumulative probability, when
// (years after the job's start, uniform) and the exit value per share as a lognormal multiple
// of the preferred price.
type outcome struct {
	kind   bespoke.OutcomeKind
	p, cum float64
	lo, hi float64
	mu     float64 // log of the median multiple
	sigma  float64
}

// compileOutcomes normalises the outcomes' probabilities. An outcome without years (a failure,
// typically) takes the span of the others' years, or the horizon when none has any.
func compileOutcomes(os []bespoke.Outcome, horizon int) []outcome {
	var total, lo, hi float64
	lo = math.Inf(1)
	for _, o := range os {
		total += o.Probability
		if o.Years.Max > 0 {
			lo, hi = min(lo, o.Years.Min), max(hi, o.Years.Max)
		}
	}
	if hi == 0 {
		lo, hi = 0, float64(horizon)
	}
	var out []outcome
	var cum float64
	for _, o := range os {
		if total <= 0 || o.Probability <= 0 {
			continue
		}
		c := outcome{kind: o.Kind, p: o.Probability / total, lo: o.Years.Min, hi: o.Years.Max, sigma: o.ValueMultiple.Sigma}
		if c.hi == 0 {
			c.lo, c.hi = lo, hi
		}
		c.mu = math.Log(max(o.ValueMultiple.Median, 1e-12))
		cum += c.p
		c.cum = cum
		out = append(out, c)
	}
	if len(out) > 0 {
		out[len(out)-1].cum = 1
	}
	return out
}
