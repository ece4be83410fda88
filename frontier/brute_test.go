package frontier_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/bespokehq/bespoke/frontier"
)

// bruteOutcome is one package and its exact utilities, computed by enumeration.
type bruteOutcome struct {
	pkg frontier.Package
	u   [2]*big.Rat
}

// enumerate lists every package of the domain in lexicographic order of value indices, with
// utilities summed directly in big.Rat (no integer scaling) and capped.
func enumerate(pr *frontier.Problem) []bruteOutcome {
	var out []bruteOutcome
	pkg := make(frontier.Package, len(pr.Domain.Issues))
	var rec func(i int)
	rec = func(i int) {
		if i == len(pkg) {
			o := bruteOutcome{pkg: slices.Clone(pkg)}
			for k, p := range pr.Parties {
				u := new(big.Rat)
				for is, v := range pkg {
					u.Add(u, new(big.Rat).Mul(p.Weights[is], p.Scores[is][v]))
				}
				if p.Cap != nil && u.Cmp(p.Cap) > 0 {
					u.Set(p.Cap)
				}
				o.u[k] = u
			}
			out = append(out, o)
			return
		}
		for v := range pr.Domain.Issues[i].Values {
			pkg[i] = v
			rec(i + 1)
		}
	}
	rec(0)
	return out
}

func dominates(x, y [2]*big.Rat) bool {
	ca, cb := x[0].Cmp(y[0]), x[1].Cmp(y[1])
	return ca >= 0 && cb >= 0 && (ca > 0 || cb > 0)
}

func samePair(x, y [2]*big.Rat) bool { return x[0].Cmp(y[0]) == 0 && x[1].Cmp(y[1]) == 0 }

func reservation(p frontier.Party) *big.Rat {
	if p.Reservation == nil {
		return new(big.Rat)
	}
	return p.Reservation
}

func isAcceptable(pr *frontier.Problem, u [2]*big.Rat) bool {
	return u[0].Cmp(reservation(pr.Parties[0])) >= 0 && u[1].Cmp(reservation(pr.Parties[1])) >= 0
}

// nondominated returns the undominated outcomes of os, one per distinct pair (the first in os's
// order), sorted by A's utility ascending. It compares every pair with every other.
func nondominated(os []bruteOutcome) []bruteOutcome {
	var distinct []bruteOutcome
	for _, o := range os {
		if !slices.ContainsFunc(distinct, func(d bruteOutcome) bool { return samePair(d.u, o.u) }) {
			distinct = append(distinct, o)
		}
	}
	var out []bruteOutcome
	for _, o := range distinct {
		if !slices.ContainsFunc(distinct, func(d bruteOutcome) bool { return dominates(d.u, o.u) }) {
			out = append(out, o)
		}
	}
	slices.SortFunc(out, func(x, y bruteOutcome) int { return x.u[0].Cmp(y.u[0]) })
	return out
}

// bruteFrontier is the frontier by definition: enumerate, keep the acceptable packages, keep
// the undominated ones. With caps, the package kept for a pair whose cap binds is the smallest
// among those on the uncapped frontier (Analyze's documented rule); the pairs themselves are
// checked against the capped enumeration.
func bruteFrontier(t *testing.T, pr *frontier.Problem) []bruteOutcome {
	all := enumerate(pr)
	var acc []bruteOutcome
	for _, o := range all {
		if isAcceptable(pr, o.u) {
			acc = append(acc, o)
		}
	}
	want := nondominated(acc)
	if pr.Parties[0].Cap == nil && pr.Parties[1].Cap == nil {
		return want
	}
	uncapped := *pr
	uncapped.Parties[0].Cap, uncapped.Parties[1].Cap = nil, nil
	raw := nondominated(enumerate(&uncapped))
	for i := range want {
		found := false
		for _, r := range raw {
			u := [2]*big.Rat{pr.Utility(0, r.pkg), pr.Utility(1, r.pkg)}
			if samePair(u, want[i].u) && (!found || slices.Compare(r.pkg, want[i].pkg) < 0) {
				want[i].pkg, found = r.pkg, true
			}
		}
	}
	return want
}

// bruteFair computes a fair point by scanning the frontier with an independent formula.
func bruteArgmax(front []bruteOutcome, score func(u [2]*big.Rat) *big.Rat) *bruteOutcome {
	var best *bruteOutcome
	var bs *big.Rat
	for i := range front {
		s := score(front[i].u)
		if best == nil || s.Cmp(bs) > 0 {
			best, bs = &front[i], s
		}
	}
	return best
}

type bruteRef struct {
	d, o, ideal [2]*big.Rat
}

func bruteReference(pr *frontier.Problem, conv frontier.Convention, all, front []bruteOutcome) bruteRef {
	r := [2]*big.Rat{reservation(pr.Parties[0]), reservation(pr.Parties[1])}
	switch conv {
	case frontier.GeNIUS:
		return bruteRef{d: r, o: [2]*big.Rat{new(big.Rat), new(big.Rat)}, ideal: [2]*big.Rat{big.NewRat(1, 1), big.NewRat(1, 1)}}
	case frontier.NegMAS:
		var ref bruteRef
		for k := range 2 {
			lo, hi := all[0].u[k], all[0].u[k]
			for _, o := range all {
				if o.u[k].Cmp(lo) < 0 {
					lo = o.u[k]
				}
				if o.u[k].Cmp(hi) > 0 {
					hi = o.u[k]
				}
			}
			ref.d[k], ref.ideal[k] = r[k], hi
			if lo.Cmp(r[k]) > 0 {
				ref.d[k] = lo
			}
		}
		ref.o = ref.d
		return ref
	default:
		ref := bruteRef{d: r, o: r}
		for k := range 2 {
			for _, o := range front {
				if ref.ideal[k] == nil || o.u[k].Cmp(ref.ideal[k]) > 0 {
					ref.ideal[k] = o.u[k]
				}
			}
		}
		return ref
	}
}

func bruteFairPoints(ref bruteRef, front []bruteOutcome) map[string]*bruteOutcome {
	sub := func(x, y *big.Rat) *big.Rat { return new(big.Rat).Sub(x, y) }
	ks := func(u [2]*big.Rat, k int) *big.Rat {
		span := sub(ref.ideal[k], ref.o[k])
		if span.Sign() <= 0 {
			return big.NewRat(1, 1)
		}
		return new(big.Rat).Quo(sub(u[k], ref.o[k]), span)
	}
	return map[string]*bruteOutcome{
		"nash": bruteArgmax(front, func(u [2]*big.Rat) *big.Rat {
			return new(big.Rat).Mul(sub(u[0], ref.d[0]), sub(u[1], ref.d[1]))
		}),
		"egalitarian": bruteArgmax(front, func(u [2]*big.Rat) *big.Rat {
			a, b := sub(u[0], ref.d[0]), sub(u[1], ref.d[1])
			if a.Cmp(b) < 0 {
				return a
			}
			return b
		}),
		"max_welfare": bruteArgmax(front, func(u [2]*big.Rat) *big.Rat { return new(big.Rat).Add(u[0], u[1]) }),
		"kalai_smorodinsky": bruteArgmax(front, func(u [2]*big.Rat) *big.Rat {
			g := sub(ks(u, 0), ks(u, 1))
			return g.Neg(g.Abs(g))
		}),
	}
}

// randomProblem draws a small domain whose scores come from a few values, so that ties between
// packages, between fair-point candidates and at the reservation values are common. Some
// problems use fractions with coprime denominators, some scores large enough to overflow int64
// sums, some negative scores, some caps.
func randomProblem(rng *rand.Rand) *frontier.Problem {
	nIssues := 1 + rng.IntN(4)
	pr := &frontier.Problem{}
	for i := range nIssues {
		is := frontier.Issue{Name: fmt.Sprintf("i%d", i)}
		for v := range 1 + rng.IntN(5) {
			is.Values = append(is.Values, fmt.Sprintf("v%d", v))
		}
		pr.Domain.Issues = append(pr.Domain.Issues, is)
	}
	huge := rng.IntN(6) == 0
	denoms := []int64{1, 3, 7, 10}
	for k := range pr.Parties {
		p := &pr.Parties[k]
		for _, is := range pr.Domain.Issues {
			p.Weights = append(p.Weights, big.NewRat(int64(rng.IntN(4)), denoms[rng.IntN(len(denoms))]))
			var scores []*big.Rat
			for range is.Values {
				s := big.NewRat(int64(rng.IntN(6)-1), denoms[rng.IntN(len(denoms))])
				if huge {
					s.Mul(s, new(big.Rat).SetInt(new(big.Int).Lsh(big.NewInt(1), 62)))
				}
				scores = append(scores, s)
			}
			p.Scores = append(p.Scores, scores)
		}
		if rng.IntN(4) > 0 {
			p.Reservation = big.NewRat(int64(rng.IntN(8)-1), 4)
			if huge {
				p.Reservation.Mul(p.Reservation, new(big.Rat).SetInt(new(big.Int).Lsh(big.NewInt(1), 62)))
			}
		}
		if rng.IntN(5) == 0 {
			p.Cap = big.NewRat(int64(rng.IntN(6)), 4)
		}
	}
	return pr
}

// TestAnalyzeMatchesBruteForce checks Analyze against enumeration on many random small domains:
// the frontier's packages and exact utilities, and every fair point under every convention.
func TestAnalyzeMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(20260101, 7))
	n := 600
	if testing.Short() {
		n = 100
	}
	for i := range n {
		pr := randomProblem(rng)
		want := bruteFrontier(t, pr)
		all := enumerate(pr)
		for _, conv := range frontier.Conventions {
			an, err := frontier.Analyze(pr, frontier.Options{Convention: conv})
			if err != nil {
				t.Fatalf("problem %d: %v", i, err)
			}
			checkFrontier(t, i, an, want)
			ref := bruteReference(pr, conv, all, want)
			checkFairPoints(t, fmt.Sprintf("problem %d %s", i, conv), an, bruteFairPoints(ref, want))
		}
	}
}

func checkFrontier(t *testing.T, i int, an *frontier.Analysis, want []bruteOutcome) {
	t.Helper()
	if len(an.Frontier) != len(want) {
		t.Fatalf("problem %d: frontier has %d points, enumeration %d\n got %v\nwant %v", i, len(an.Frontier), len(want), an.Frontier, want)
	}
	for j, p := range an.Frontier {
		if !slices.Equal(p.Package, want[j].pkg) || !samePair(p.Utilities, want[j].u) {
			t.Fatalf("problem %d point %d: got %v %v, enumeration %v %v", i, j, p.Package, p.Utilities, want[j].pkg, want[j].u)
		}
	}
}

func checkFairPoints(t *testing.T, name string, an *frontier.Analysis, want map[string]*bruteOutcome) {
	t.Helper()
	got := map[string]*frontier.Point{"nash": an.Nash, "egalitarian": an.Egalitarian, "max_welfare": an.MaxWelfare, "kalai_smorodinsky": an.KalaiSmorodinsky}
	for k, w := range want {
		g := got[k]
		switch {
		case w == nil && g == nil:
		case w == nil || g == nil:
			t.Fatalf("%s: %s is %v, enumeration %v", name, k, g, w)
		case !slices.Equal(g.Package, w.pkg) || !samePair(g.Utilities, w.u):
			t.Fatalf("%s: %s is %v %v, enumeration %v %v", name, k, g.Package, g.Utilities, w.pkg, w.u)
		}
	}
}
