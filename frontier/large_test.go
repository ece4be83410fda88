package frontier_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/bespokehq/bespoke/frontier"
)

// decimalDomain draws a domain of n issues with m values each. Each party's weights are
// multiples of 0.001 summing to 1 and its scores multiples of 0.01 in [0, 1], as a person (or a
// GeNIUS profile) would write them.
func decimalDomain(n, m int, seed uint64) *frontier.Problem {
	rng := rand.New(rand.NewPCG(seed, 1))
	pr := &frontier.Problem{}
	for i := range n {
		is := frontier.Issue{Name: fmt.Sprintf("issue%d", i+1)}
		for v := range m {
			is.Values = append(is.Values, fmt.Sprintf("v%d", v+1))
		}
		pr.Domain.Issues = append(pr.Domain.Issues, is)
	}
	for k := range pr.Parties {
		p := &pr.Parties[k]
		p.Name = []string{"A", "B"}[k]
		p.Weights = decimalWeights(rng, n)
		for range n {
			scores := make([]*big.Rat, m)
			for v := range scores {
				scores[v] = big.NewRat(int64(rng.IntN(101)), 100)
			}
			p.Scores = append(p.Scores, scores)
		}
	}
	return pr
}

// opposedDomain is decimalDomain where B scores each value 1 minus A's score: every issue is a
// trade-off, as in most negotiations, and the frontier is an order of magnitude larger.
func opposedDomain(n, m int, seed uint64) *frontier.Problem {
	pr := decimalDomain(n, m, seed)
	for i, scores := range pr.Parties[0].Scores {
		for v, s := range scores {
			pr.Parties[1].Scores[i][v] = new(big.Rat).Sub(big.NewRat(1, 1), s)
		}
	}
	return pr
}

// decimalWeights returns n multiples of 0.001 that sum to 1.
func decimalWeights(rng *rand.Rand, n int) []*big.Rat {
	raw := make([]int64, n)
	var sum int64
	for i := range raw {
		raw[i] = 1 + rng.Int64N(100)
		sum += raw[i]
	}
	w := make([]*big.Rat, n)
	left := int64(1000)
	for i := range w {
		share := raw[i] * 1000 / sum
		if i == n-1 {
			share = left
		}
		left -= share
		w[i] = big.NewRat(share, 1000)
	}
	return w
}

// TestLargeDomainProperties checks a domain of 10^12 packages, too many to enumerate, by the
// properties an exact frontier must have: strictly monotone utilities along it, every package's
// utilities recomputed from the problem, the ends at each party's best utility (the sum of its
// best terms, known in closed form), and the fair points on the frontier.
func TestLargeDomainProperties(t *testing.T) {
	for name, pr := range map[string]*frontier.Problem{"independent": decimalDomain(12, 10, 42), "opposed": opposedDomain(12, 10, 42)} {
		t.Run(name, func(t *testing.T) { checkLargeDomain(t, pr) })
	}
}

func checkLargeDomain(t *testing.T, pr *frontier.Problem) {
	an, err := frontier.Analyze(pr, frontier.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(an.Frontier) < 2 {
		t.Fatalf("frontier has %d points", len(an.Frontier))
	}
	for i, p := range an.Frontier {
		for k := range 2 {
			if u := pr.Utility(k, p.Package); u.Cmp(p.Utilities[k]) != 0 {
				t.Fatalf("point %d: utility %d is %v, package gives %v", i, k, p.Utilities[k], u)
			}
		}
		if i > 0 {
			prev := an.Frontier[i-1]
			if prev.Utilities[0].Cmp(p.Utilities[0]) >= 0 || prev.Utilities[1].Cmp(p.Utilities[1]) <= 0 {
				t.Fatalf("points %d and %d are not strictly monotone: %v %v", i-1, i, prev.Utilities, p.Utilities)
			}
		}
	}
	last, first := an.Frontier[len(an.Frontier)-1], an.Frontier[0]
	if best := bestUtility(pr.Parties[0]); last.Utilities[0].Cmp(best) != 0 {
		t.Errorf("A's best on the frontier is %v, want %v", last.Utilities[0], best)
	}
	if best := bestUtility(pr.Parties[1]); first.Utilities[1].Cmp(best) != 0 {
		t.Errorf("B's best on the frontier is %v, want %v", first.Utilities[1], best)
	}
	for name, p := range map[string]*frontier.Point{"nash": an.Nash, "ks": an.KalaiSmorodinsky, "egalitarian": an.Egalitarian, "welfare": an.MaxWelfare} {
		if p == nil {
			t.Errorf("%s point missing", name)
		}
	}
	if got := pr.Domain.Size().String(); got != "1000000000000" {
		t.Errorf("size %s", got)
	}
}

func bestUtility(p frontier.Party) *big.Rat {
	u := new(big.Rat)
	for i, w := range p.Weights {
		mx := p.Scores[i][0]
		for _, s := range p.Scores[i] {
			if s.Cmp(mx) > 0 {
				mx = s
			}
		}
		u.Add(u, new(big.Rat).Mul(w, mx))
	}
	return u
}

// BenchmarkAnalyze measures Analyze on random decimal domains of growing size, with independent
// and with opposed parties; see BENCHMARKS.md for the figures and the command.
func BenchmarkAnalyze(b *testing.B) {
	for _, size := range []struct{ n, m int }{{6, 5}, {10, 10}, {12, 10}, {16, 8}, {20, 10}} {
		pr := decimalDomain(size.n, size.m, 42)
		b.Run(fmt.Sprintf("independent/%dx%d", size.n, size.m), func(b *testing.B) { benchAnalyze(b, pr) })
		opp := opposedDomain(size.n, size.m, 42)
		b.Run(fmt.Sprintf("opposed/%dx%d", size.n, size.m), func(b *testing.B) { benchAnalyze(b, opp) })
	}
}

func benchAnalyze(b *testing.B, pr *frontier.Problem) {
	b.ReportAllocs()
	var points int
	for b.Loop() {
		an, err := frontier.Analyze(pr, frontier.Options{})
		if err != nil {
			b.Fatal(err)
		}
		points = len(an.Frontier)
	}
	b.ReportMetric(float64(points), "points")
}
