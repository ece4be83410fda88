package plan

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// bruteForce returns the efficient score pairs, cheapest first, by enumerating every package.
func bruteForce(issues [][]point) []point {
	all := []point{{}}
	for _, opts := range issues {
		var next []point
		for _, p := range all {
			for _, o := range opts {
				next = append(next, point{p.candidate + o.candidate, p.cost + o.cost})
			}
		}
		all = next
	}
	var eff []point
	for _, p := range all {
		dominated := slices.ContainsFunc(all, func(q point) bool {
			return q.candidate >= p.candidate && q.cost <= p.cost && (q.candidate > p.candidate || q.cost < p.cost)
		})
		if !dominated && !slices.Contains(eff, p) {
			eff = append(eff, p)
		}
	}
	slices.SortFunc(eff, func(a, b point) int { return int(a.cost - b.cost) })
	return eff
}

func score(issues [][]point, choice []int) point {
	var p point
	for k, j := range choice {
		p.candidate += issues[k][j].candidate
		p.cost += issues[k][j].cost
	}
	return p
}

// TestEfficientMatchesBruteForce compares the packages with full enumeration on random
// domains, with small integer scores (negative ones too) so that ties are frequent.
func TestEfficientMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 1))
	for trial := range 200 {
		issues := make([][]point, 1+rng.IntN(5))
		for k := range issues {
			issues[k] = []point{{}}
			for range 1 + rng.IntN(3) {
				issues[k] = append(issues[k], point{rng.Int64N(10) - 2, rng.Int64N(10) - 2})
			}
		}
		choices, err := efficient(issues)
		if err != nil {
			t.Fatal(err)
		}
		var got []point
		for _, c := range choices {
			got = append(got, score(issues, c))
		}
		if want := bruteForce(issues); !slices.Equal(got, want) {
			t.Fatalf("trial %d: frontier %v, want %v (issues %v)", trial, got, want, issues)
		}
	}
}

func TestEfficientWithoutIssues(t *testing.T) {
	got, err := efficient(nil)
	if err != nil || len(got) != 1 || len(got[0]) != 0 {
		t.Errorf("no issues: %v, %v; want the one empty package", got, err)
	}
}
