package plan

import (
	"cmp"
	"math"
	"slices"

	"github.com/bespokehq/bespoke"
)

// Point is one option of an issue, scored for both parties in whole cents: what the candidate
// gains and what the company gives up (a cost, so lower is better for the company).
type Point struct {
	Candidate int64
	Cost      int64
}

// Frontier finds efficient packages. Each issue is a list of options, and a package picks one
// option of every issue; its scores are the sums of its options'. Efficient returns the
// packages no other package beats on both scores (at least as much for the candidate at no
// more cost, and better on one), one package per distinct pair of scores, as the index of the
// option picked in each issue.
type Frontier interface {
	Efficient(issues [][]Point) [][]int
}

// Exact is the built-in Frontier. It adds one issue at a time and keeps only the
// non-dominated partial packages: a partial package beaten on the first issues stays beaten
// whatever the rest adds, since the same choices add the same amounts to both. Scores are
// integers, so ties and dominance are decided exactly.
type Exact struct{}

type partial struct {
	p      Point
	choice []int
}

// Efficient implements Frontier. The packages come cheapest first.
func (Exact) Efficient(issues [][]Point) [][]int {
	front := []partial{{}}
	for _, opts := range issues {
		var next []partial
		for _, f := range front {
			for j, o := range opts {
				next = append(next, partial{
					p:      Point{f.p.Candidate + o.Candidate, f.p.Cost + o.Cost},
					choice: append(append([]int(nil), f.choice...), j),
				})
			}
		}
		front = nondominated(next)
	}
	out := make([][]int, len(front))
	for i, f := range front {
		out[i] = f.choice
	}
	return out
}

// nondominated keeps the packages no other beats, one per pair of scores, cheapest first: sort
// by cost, then by the candidate's value descending, and keep each package that gives the
// candidate strictly more than every cheaper one.
func nondominated(ps []partial) []partial {
	slices.SortStableFunc(ps, func(a, b partial) int {
		if c := cmp.Compare(a.p.Cost, b.p.Cost); c != 0 {
			return c
		}
		return cmp.Compare(b.p.Candidate, a.p.Candidate)
	})
	var out []partial
	best := int64(math.MinInt64)
	for _, p := range ps {
		if p.p.Candidate > best {
			out = append(out, p)
			best = p.p.Candidate
		}
	}
	return out
}

// Package is an efficient package of asks for one offer.
type Package struct {
	// Asks are the ranks of the asks in the package (see Ask.Rank).
	Asks             []int         `json:"asks"`
	Kinds            []string      `json:"kinds"`
	ValueToCandidate float64       `json:"value_to_candidate"`
	CostToCompany    bespoke.Money `json:"cost_to_company"`
	// Recommended is true for the package of exactly the recommended asks.
	Recommended bool `json:"recommended"`
}

// packages returns the efficient packages of the applicable asks that have both a value and a
// cost. Each kind is one issue whose options are none or one of its asks.
func packages(asks []Ask, f Frontier) []Package {
	var kinds []string
	byKind := map[string][]int{}
	for i, a := range asks {
		if !a.Applicable || a.ValueToCandidate.Mean == nil || a.CostToCompany.Amount == nil {
			continue
		}
		if _, ok := byKind[a.Kind]; !ok {
			kinds = append(kinds, a.Kind)
		}
		byKind[a.Kind] = append(byKind[a.Kind], i)
	}
	issues := make([][]Point, len(kinds))
	for k, kind := range kinds {
		issues[k] = []Point{{}}
		for _, i := range byKind[kind] {
			a := asks[i]
			issues[k] = append(issues[k], Point{
				Candidate: bespoke.MoneyFromFloat(*a.ValueToCandidate.Mean).Cents(),
				Cost:      a.CostToCompany.Amount.Cents(),
			})
		}
	}
	var out []Package
	for _, choice := range f.Efficient(issues) {
		out = append(out, toPackage(asks, kinds, byKind, choice))
	}
	return out
}

func toPackage(asks []Ask, kinds []string, byKind map[string][]int, choice []int) Package {
	p := Package{Asks: []int{}, Kinds: []string{}, Recommended: true}
	in := map[int]bool{}
	for k, j := range choice {
		if j == 0 {
			continue
		}
		i := byKind[kinds[k]][j-1]
		in[i] = true
		p.Asks = append(p.Asks, asks[i].Rank)
		p.Kinds = append(p.Kinds, asks[i].Kind)
		p.ValueToCandidate += *asks[i].ValueToCandidate.Mean
		p.CostToCompany += *asks[i].CostToCompany.Amount
	}
	for i, a := range asks {
		if a.Recommended != in[i] {
			p.Recommended = false
		}
	}
	return p
}
