package plan

import (
	"math"

	"github.com/bespokehq/bespoke"
)

// Text writes the valuation for a table: the mean, with the interval's half-width when the
// engine gave one, and the source when it is not the engine.
func (v Valuation) Text() string {
	if v.Mean == nil {
		return "—"
	}
	s := dollars(*v.Mean)
	switch {
	case v.Low != nil && v.High != nil:
		s += " ± " + dollars(math.Max(*v.Mean-*v.Low, *v.High-*v.Mean))
	case v.Source != ValueEngine:
		s += " (" + v.Source + ")"
	}
	return s
}

func dollars(f float64) string { return bespoke.MoneyFromFloat(math.Round(f)).Format() }
