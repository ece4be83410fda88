package frontier

import (
	"cmp"
	"math/big"
	"slices"
)

// Options tune Analyze. The zero value is the Standard convention and DefaultMaxPoints.
type Options struct {
	Convention Convention
	// MaxPoints bounds the number of distinct utility pairs kept after any issue, and, at four
	// times it, the partial packages examined over all issues; Analyze fails with EUNSUPPORTED
	// past either. Zero means DefaultMaxPoints.
	MaxPoints int
}

// Point is a package on the frontier and its exact utilities to A and B.
type Point struct {
	Package   Package
	Utilities [2]*big.Rat
}

// Floats returns the utilities as float64, each the nearest to the exact value.
func (p *Point) Floats() [2]float64 {
	a, _ := p.Utilities[0].Float64()
	b, _ := p.Utilities[1].Float64()
	return [2]float64{a, b}
}

// Analysis is the result of Analyze.
type Analysis struct {
	Problem    *Problem
	Convention Convention
	// Reservation holds the parties' reservation values (0 when not given).
	Reservation [2]*big.Rat
	// Frontier is the Pareto frontier of the packages acceptable to both parties: one package
	// per distinct utility pair, sorted by A's utility ascending (so B's descending). It is empty
	// when no package is acceptable to both.
	Frontier []Point
	// Reference is the disagreement and ideal points the convention measures gains from.
	Reference Reference
	// The fair points, each on Frontier, nil when Frontier is empty. See Convention.
	Nash, KalaiSmorodinsky, Egalitarian, MaxWelfare *Point
}

// Analyze computes the exact Pareto frontier of the packages acceptable to both parties and the
// fair points on it.
//
// The frontier is built issue by issue, never by enumerating packages: with additive
// utilities, a partial package dominated on the first k issues stays dominated whatever the
// other issues take (the same values add the same amounts to both), so
//
//	frontier_k = nondominated(frontier_{k−1} ⊕ values of issue k)
//
// and the work is the sum over issues of (points kept) × (values), not the product of the value
// counts. The reservation values filter the frontier only at the end: a partial package below
// them may still complete above them. Filtering last is exact because the frontier of the
// acceptable packages is the acceptable part of the frontier of all packages: an acceptable
// package is dominated only by packages at least as good for both, which are acceptable too;
// and an acceptable package undominated overall is undominated among the acceptable ones.
// A cap (GeNIUS's utility ceiling) is a non-decreasing map of each utility, so the capped
// frontier's pairs are the undominated ones among the capped pairs of the uncapped frontier.
//
// Utilities are scaled to integers on a common denominator per party, so every comparison is
// exact and ties are ties. When several packages reach the same utility pair, the one kept is
// the lexicographically smallest in value indices, issues and values in input order. Among the
// partial packages reaching a pair, the smallest is kept, and that is enough: the smallest
// whole package reaching a frontier pair has partial packages on every layer (they are
// undominated), and any smaller partial package at the same pair would complete to a smaller
// whole package at the same pair. Where a cap binds, the package is the smallest among those on
// the uncapped frontier.
//
// Errors are EINVALID for a malformed problem and EUNSUPPORTED when the frontier outgrows
// Options.MaxPoints.
func Analyze(pr *Problem, opts Options) (*Analysis, error) {
	if err := pr.Validate(); err != nil {
		return nil, err
	}
	conv, err := opts.Convention.resolve()
	if err != nil {
		return nil, err
	}
	limit := opts.MaxPoints
	if limit <= 0 {
		limit = DefaultMaxPoints
	}
	var sc [2]*scaled
	for k := range sc {
		if sc[k], err = scaleParty(pr.Parties[k]); err != nil {
			return nil, err
		}
	}
	points, err := wholeFrontier(pr, sc, limit)
	if err != nil {
		return nil, err
	}
	points = acceptable(cappedFrontier(points, sc), sc)
	an := &Analysis{Problem: pr, Convention: conv, Frontier: make([]Point, len(points))}
	for k := range sc {
		an.Reservation[k] = sc[k].rat(sc[k].reservation)
	}
	scaledU := make([][2]*big.Int, len(points))
	for i, p := range points {
		j := len(points) - 1 - i
		an.Frontier[j] = Point{Package: p.pkg, Utilities: [2]*big.Rat{sc[0].rat(p.u[0]), sc[1].rat(p.u[1])}}
		scaledU[j] = p.u
	}
	ref := conv.reference(points, sc)
	an.Reference = ref.rats(sc)
	an.fairPoints(scaledU, ref, sc)
	return an, nil
}

// wholePoint is a point of the frontier of whole packages, on the parties' integer scales.
type wholePoint struct {
	u    [2]*big.Int
	rank int64
	pkg  Package
}

// wholeFrontier builds the frontier of whole packages, in int64 when both parties' sums fit and
// in big.Int otherwise, sorted by A's utility descending.
func wholeFrontier(pr *Problem, sc [2]*scaled, limit int) ([]wholePoint, error) {
	if sc[0].fitsInt64() && sc[1].fitsInt64() {
		return frontierOf(pr, sc, small(0), smallOf, limit)
	}
	return frontierOf(pr, sc, large{new(big.Int)}, largeOf, limit)
}

func frontierOf[T number[T]](pr *Problem, sc [2]*scaled, zero T, conv func(*big.Int) T, limit int) ([]wholePoint, error) {
	n := len(pr.Domain.Issues)
	ta, tb := make([][]T, n), make([][]T, n)
	for i := range n {
		ta[i], tb[i] = convert(sc[0].terms[i], conv), convert(sc[1].terms[i], conv)
	}
	layers, err := buildFrontier(ta, tb, zero, pr.Domain.Issues, limit)
	if err != nil {
		return nil, err
	}
	last := layers[len(layers)-1]
	out := make([]wholePoint, len(last.a))
	for j := range out {
		out[j] = wholePoint{u: [2]*big.Int{last.a[j].toBig(), last.b[j].toBig()}, rank: last.rank[j], pkg: packageOf(layers, int32(j))}
	}
	return out, nil
}

// cappedFrontier applies the parties' caps to the frontier and drops the points that become
// dominated, keeping the lexicographically smallest package among points that merge.
func cappedFrontier(points []wholePoint, sc [2]*scaled) []wholePoint {
	if sc[0].cap == nil && sc[1].cap == nil {
		return points
	}
	for i := range points {
		points[i].u = [2]*big.Int{sc[0].capped(points[i].u[0]), sc[1].capped(points[i].u[1])}
	}
	slices.SortFunc(points, func(x, y wholePoint) int {
		if c := y.u[0].Cmp(x.u[0]); c != 0 {
			return c
		}
		if c := y.u[1].Cmp(x.u[1]); c != 0 {
			return c
		}
		return cmp.Compare(x.rank, y.rank)
	})
	out := points[:0]
	for _, p := range points {
		if len(out) == 0 || p.u[1].Cmp(out[len(out)-1].u[1]) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// acceptable keeps the points at or above both reservation values.
func acceptable(points []wholePoint, sc [2]*scaled) []wholePoint {
	out := points[:0]
	for _, p := range points {
		if p.u[0].Cmp(sc[0].reservation) >= 0 && p.u[1].Cmp(sc[1].reservation) >= 0 {
			out = append(out, p)
		}
	}
	return out
}
