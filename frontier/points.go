package frontier

import (
	"math/big"
	"slices"

	"github.com/bespokehq/bespoke"
)

// Convention says from which disagreement point the fair points measure gains and, for
// Kalai–Smorodinsky, towards which ideal point. Every convention searches the frontier of the
// packages acceptable to both parties, compares exactly, and breaks ties by taking the point with
// the lowest utility for A (the first in Frontier's order, which is also the order GeNIUS scans
// its frontier in).
//
// In all of them the Nash point maximises (uA − dA)(uB − dB), the egalitarian point maximises
// min(uA − dA, uB − dB), the welfare maximum maximises uA + uB, and the Kalai–Smorodinsky point
// minimises |gA − gB|, the gap between the parties' normalised gains gK = (uK − oK)/(IK − oK)
// (taken as 1 for a party whose ideal equals its origin: it can gain nothing, and the point is
// then the other party's best).
type Convention string

// The conventions.
const (
	// Standard measures every gain from the reservation values (d = o = reservation) and takes
	// as ideal each party's best utility among the packages acceptable to both, as Kalai and
	// Smorodinsky (1975) define it on the individually rational set.
	Standard Convention = "standard"
	// GeNIUS follows genius.core.analysis.BidSpace: the Nash point measures gains from the
	// reservation values (0 when absent); the Kalai–Smorodinsky point minimises |uA − uB| on
	// the raw utilities (o = 0, I = 1, which assumes profiles normalised to [0, 1]). GeNIUS
	// scans its whole frontier; here only acceptable packages are candidates. GeNIUS has no
	// egalitarian point; it is measured from the reservation values.
	GeNIUS Convention = "genius"
	// NegMAS follows negmas.preferences.ops (nash_points, ks_points, kalai_points for the
	// egalitarian point): gains are measured from max(reservation, worst utility of any package)
	// and the ideal is each party's best utility over all packages, acceptable or not.
	NegMAS Convention = "negmas"
)

// Conventions lists the conventions, the default first.
var Conventions = []Convention{Standard, GeNIUS, NegMAS}

func (c Convention) resolve() (Convention, error) {
	if c == "" {
		return Standard, nil
	}
	if !slices.Contains(Conventions, c) {
		return "", bespoke.Errorf(bespoke.EINVALID, "unknown convention %q (want standard, genius or negmas)", string(c))
	}
	return c, nil
}

// Describe says in one sentence how the convention measures the fair points.
func (c Convention) Describe() string {
	switch c {
	case GeNIUS:
		return "Nash gains measured from the reservation values; Kalai-Smorodinsky minimises |uA - uB| on raw utilities (GeNIUS BidSpace)"
	case NegMAS:
		return "gains measured from max(reservation, worst utility); Kalai-Smorodinsky ideal = best utility over all packages (NegMAS ops)"
	default:
		return "gains measured from the reservation values; Kalai-Smorodinsky ideal = each party's best acceptable utility"
	}
}

// Reference holds the points a convention measures gains from and towards.
type Reference struct {
	// Disagreement is the point the Nash product and the egalitarian gains are measured from.
	Disagreement [2]*big.Rat
	// KSOrigin and KSIdeal define the Kalai–Smorodinsky normalised gains
	// (u − KSOrigin)/(KSIdeal − KSOrigin). KSIdeal is nil when the frontier is empty under the
	// Standard convention, whose ideal comes from it.
	KSOrigin, KSIdeal [2]*big.Rat
}

func (c Convention) reference(an *Analysis, sc [2]*scaled) Reference {
	var ref Reference
	switch c {
	case GeNIUS:
		ref.Disagreement = an.Reservation
		ref.KSOrigin = [2]*big.Rat{new(big.Rat), new(big.Rat)}
		ref.KSIdeal = [2]*big.Rat{big.NewRat(1, 1), big.NewRat(1, 1)}
	case NegMAS:
		for k := range sc {
			d := sc[k].reservation
			if sc[k].worst.Cmp(d) > 0 {
				d = sc[k].worst
			}
			ref.Disagreement[k] = sc[k].rat(d)
			ref.KSIdeal[k] = sc[k].rat(sc[k].best)
		}
		ref.KSOrigin = ref.Disagreement
	default:
		ref.Disagreement, ref.KSOrigin = an.Reservation, an.Reservation
		if n := len(an.Frontier); n > 0 {
			ref.KSIdeal = [2]*big.Rat{an.Frontier[n-1].Utilities[0], an.Frontier[0].Utilities[1]}
		}
	}
	return ref
}

// fairPoints sets the Nash, Kalai–Smorodinsky, egalitarian and welfare points.
func (an *Analysis) fairPoints() {
	if len(an.Frontier) == 0 {
		return
	}
	d := an.Reference.Disagreement
	gain := func(p *Point, k int) *big.Rat { return new(big.Rat).Sub(p.Utilities[k], d[k]) }
	an.Nash = an.argmax(func(p *Point) *big.Rat { return new(big.Rat).Mul(gain(p, 0), gain(p, 1)) })
	an.Egalitarian = an.argmax(func(p *Point) *big.Rat { return minRat(gain(p, 0), gain(p, 1)) })
	an.MaxWelfare = an.argmax(func(p *Point) *big.Rat { return new(big.Rat).Add(p.Utilities[0], p.Utilities[1]) })
	an.KalaiSmorodinsky = an.argmax(func(p *Point) *big.Rat {
		gap := new(big.Rat).Sub(an.ksGain(p, 0), an.ksGain(p, 1))
		return gap.Neg(gap.Abs(gap))
	})
}

// ksGain returns party k's normalised Kalai–Smorodinsky gain at p.
func (an *Analysis) ksGain(p *Point, k int) *big.Rat {
	o, ideal := an.Reference.KSOrigin[k], an.Reference.KSIdeal[k]
	span := new(big.Rat).Sub(ideal, o)
	if span.Sign() <= 0 {
		return big.NewRat(1, 1)
	}
	g := new(big.Rat).Sub(p.Utilities[k], o)
	return g.Quo(g, span)
}

// argmax returns the frontier point with the greatest score, the first one on a tie.
func (an *Analysis) argmax(score func(*Point) *big.Rat) *Point {
	var best *Point
	var bestScore *big.Rat
	for i := range an.Frontier {
		p := &an.Frontier[i]
		if s := score(p); best == nil || s.Cmp(bestScore) > 0 {
			best, bestScore = p, s
		}
	}
	return best
}

func minRat(x, y *big.Rat) *big.Rat {
	if x.Cmp(y) <= 0 {
		return x
	}
	return y
}
