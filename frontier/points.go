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

// scaledRef is a Reference on the parties' integer scales.
type scaledRef struct {
	d, o, ideal [2]*big.Int // ideal[k] is nil when unknown (empty frontier, Standard)
}

// reference returns the convention's reference points on the integer scales; points is the
// acceptable frontier sorted by A's utility descending.
func (c Convention) reference(points []wholePoint, sc [2]*scaled) scaledRef {
	var ref scaledRef
	for k := range sc {
		switch c {
		case GeNIUS:
			ref.d[k], ref.o[k], ref.ideal[k] = sc[k].reservation, new(big.Int), sc[k].unit
		case NegMAS:
			ref.d[k] = sc[k].reservation
			if sc[k].worst.Cmp(ref.d[k]) > 0 {
				ref.d[k] = sc[k].worst
			}
			ref.o[k], ref.ideal[k] = ref.d[k], sc[k].best
		default:
			ref.d[k], ref.o[k] = sc[k].reservation, sc[k].reservation
		}
	}
	if c == Standard && len(points) > 0 {
		ref.ideal = [2]*big.Int{points[0].u[0], points[len(points)-1].u[1]}
	}
	return ref
}

// rats returns the reference as exact fractions.
func (r scaledRef) rats(sc [2]*scaled) Reference {
	var out Reference
	for k := range sc {
		out.Disagreement[k], out.KSOrigin[k] = sc[k].rat(r.d[k]), sc[k].rat(r.o[k])
		if r.ideal[k] != nil {
			out.KSIdeal[k] = sc[k].rat(r.ideal[k])
		}
	}
	return out
}

// fairPoints sets the Nash, Kalai–Smorodinsky, egalitarian and welfare points. Each criterion
// is an integer score on the parties' scales, equal to the criterion of Convention's
// documentation times a positive constant, so the argmax is the same and exact:
//
//	Nash         (a − dA)(b − dB)
//	egalitarian  min((a − dA)·LB, (b − dB)·LA)
//	welfare      a·LB + b·LA
//	KS           −|(a − oA)(IB − oB) − (b − oB)(IA − oA)|
//
// where a and b are the utilities on the scales, LA and LB the scales' units. A party whose
// ideal equals its origin has gain 1 at every point, so its term becomes its span.
func (an *Analysis) fairPoints(scaledU [][2]*big.Int, ref scaledRef, sc [2]*scaled) {
	if len(an.Frontier) == 0 {
		return
	}
	var x, y big.Int
	la, lb := sc[0].unit, sc[1].unit
	an.Nash = an.argmax(scaledU, func(u [2]*big.Int, dst *big.Int) {
		dst.Mul(x.Sub(u[0], ref.d[0]), y.Sub(u[1], ref.d[1]))
	})
	an.Egalitarian = an.argmax(scaledU, func(u [2]*big.Int, dst *big.Int) {
		x.Mul(x.Sub(u[0], ref.d[0]), lb)
		y.Mul(y.Sub(u[1], ref.d[1]), la)
		dst.Set(&x)
		if y.Cmp(&x) < 0 {
			dst.Set(&y)
		}
	})
	an.MaxWelfare = an.argmax(scaledU, func(u [2]*big.Int, dst *big.Int) {
		dst.Add(x.Mul(u[0], lb), y.Mul(u[1], la))
	})
	spanA, spanB := new(big.Int).Sub(ref.ideal[0], ref.o[0]), new(big.Int).Sub(ref.ideal[1], ref.o[1])
	an.KalaiSmorodinsky = an.argmax(scaledU, func(u [2]*big.Int, dst *big.Int) {
		ksGap(dst, &x, &y, u, ref.o, spanA, spanB)
	})
}

// ksGap sets dst to −|gA − gB| times the positive constant spanA·spanB (or the one positive
// span, or 1), using x and y as scratch.
func ksGap(dst, x, y *big.Int, u, o [2]*big.Int, spanA, spanB *big.Int) {
	switch {
	case spanA.Sign() <= 0 && spanB.Sign() <= 0:
		dst.SetInt64(0)
		return
	case spanA.Sign() <= 0: // gA = 1: |1 − gB| ∝ spanB − (b − oB)
		x.Set(spanB)
		y.Sub(u[1], o[1])
	case spanB.Sign() <= 0:
		x.Sub(u[0], o[0])
		y.Set(spanA)
	default:
		x.Mul(x.Sub(u[0], o[0]), spanB)
		y.Mul(y.Sub(u[1], o[1]), spanA)
	}
	dst.Sub(x, y)
	dst.Neg(dst.Abs(dst))
}

// argmax returns the frontier point with the greatest score, the first one on a tie.
func (an *Analysis) argmax(scaledU [][2]*big.Int, score func(u [2]*big.Int, dst *big.Int)) *Point {
	best := -1
	cur, top := new(big.Int), new(big.Int)
	for i, u := range scaledU {
		score(u, cur)
		if best < 0 || cur.Cmp(top) > 0 {
			best = i
			cur, top = top, cur
		}
	}
	return &an.Frontier[best]
}
