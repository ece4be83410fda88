package plan_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/bespokehq/bespoke/plan"
)

// bruteForce returns the efficient score pairs by enumerating every package.
func bruteForce(issues [][]plan.Point) []plan.Point {
	all := []plan.Point{{}}
	for _, opts := range issues {
		var next []plan.Point
		for _, p := range all {
			for _, o := range opts {
				next = append(next, plan.Point{Candidate: p.Candidate + o.Candidate, Cost: p.Cost + o.Cost})
			}
		}
		all = next
	}
	var eff []plan.Point
	for _, p := range all {
		dominated := slices.ContainsFunc(all, func(q plan.Point) bool {
			return q.Candidate >= p.Candidate && q.Cost <= p.Cost && (q.Candidate > p.Candidate || q.Cost < p.Cost)
		})
		if !dominated && !slices.Contains(eff, p) {
			eff = append(eff, p)
		}
	}
	slices.SortFunc(eff, func(a, b plan.Point) int { return int(a.Cost - b.Cost) })
	return eff
}

func score(issues [][]plan.Point, choice []int) plan.Point {
	var p plan.Point
	for k, j := range choice {
		p.Candidate += issues[k][j].Candidate
		p.Cost += issues[k][j].Cost
	}
	return p
}

// TestExactMatchesBruteForce compares the frontier with full enumeration on random domains,
// with small integer scores so that ties are frequent.
func TestExactMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 1))
	for trial := range 200 {
		issues := make([][]plan.Point, 1+rng.IntN(5))
		for k := range issues {
			issues[k] = []plan.Point{{}}
			for range 1 + rng.IntN(3) {
				issues[k] = append(issues[k], plan.Point{Candidate: rng.Int64N(10) - 2, Cost: rng.Int64N(10) - 2})
			}
		}
		var got []plan.Point
		for _, c := range (plan.Exact{}).Efficient(issues) {
			got = append(got, score(issues, c))
		}
		if want := bruteForce(issues); !slices.Equal(got, want) {
			t.Fatalf("trial %d: frontier %v, want %v (issues %v)", trial, got, want, issues)
		}
	}
}

func TestExactEmpty(t *testing.T) {
	got := (plan.Exact{}).Efficient(nil)
	if len(got) != 1 || len(got[0]) != 0 {
		t.Errorf("no issues: %v, want the one empty package", got)
	}
}
