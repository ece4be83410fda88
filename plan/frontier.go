package plan

import (
	"fmt"
	"math/big"
	"slices"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/frontier"
)

// point is one option of an issue, scored for both parties in whole cents: what the candidate
// gains and what it costs the company.
type point struct {
	candidate int64
	cost      int64
}

// efficient returns the efficient packages of the issues, cheapest first, as the index of the
// option picked in each issue: those no other package beats on both counts (at least as much
// for the candidate at no more cost, better on one), one per distinct pair. The frontier
// engine computes it exactly, one issue at a time; the company's utility is the cost negated,
// and both reservations are the worst sums, so that every package is acceptable.
func efficient(issues [][]point) ([][]int, error) {
	if len(issues) == 0 {
		return [][]int{{}}, nil
	}
	pr := &frontier.Problem{Parties: [2]frontier.Party{{Name: "candidate"}, {Name: "company"}}}
	worst := [2]int64{}
	for k, opts := range issues {
		is := frontier.Issue{Name: fmt.Sprintf("issue %d", k)}
		var sa, sb []*big.Rat
		minA, minB := opts[0].candidate, -opts[0].cost
		for j, o := range opts {
			is.Values = append(is.Values, fmt.Sprintf("option %d", j))
			sa = append(sa, new(big.Rat).SetInt64(o.candidate))
			sb = append(sb, new(big.Rat).SetInt64(-o.cost))
			minA, minB = min(minA, o.candidate), min(minB, -o.cost)
		}
		worst[0] += minA
		worst[1] += minB
		pr.Domain.Issues = append(pr.Domain.Issues, is)
		for p, s := range [2][]*big.Rat{sa, sb} {
			pr.Parties[p].Weights = append(pr.Parties[p].Weights, big.NewRat(1, 1))
			pr.Parties[p].Scores = append(pr.Parties[p].Scores, s)
		}
	}
	for p := range pr.Parties {
		pr.Parties[p].Reservation = new(big.Rat).SetInt64(worst[p])
	}
	an, err := frontier.Analyze(pr, frontier.Options{})
	if err != nil {
		return nil, err
	}
	out := make([][]int, len(an.Frontier))
	for i, pt := range an.Frontier {
		out[i] = slices.Clone([]int(pt.Package))
	}
	return out, nil
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
func packages(asks []Ask) ([]Package, error) {
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
	issues := make([][]point, len(kinds))
	for k, kind := range kinds {
		issues[k] = []point{{}}
		for _, i := range byKind[kind] {
			a := asks[i]
			issues[k] = append(issues[k], point{
				candidate: bespoke.MoneyFromFloat(*a.ValueToCandidate.Mean).Cents(),
				cost:      a.CostToCompany.Amount.Cents(),
			})
		}
	}
	choices, err := efficient(issues)
	if err != nil {
		return nil, err
	}
	out := make([]Package, 0, len(choices))
	for _, choice := range choices {
		out = append(out, toPackage(asks, kinds, byKind, choice))
	}
	return out, nil
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
	p.ValueToCandidate = cents(p.ValueToCandidate)
	return p
}
