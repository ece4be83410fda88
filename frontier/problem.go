package frontier

import (
	"math/big"

	"github.com/bespokehq/bespoke"
)

// Domain is the set of packages two parties negotiate over: one value chosen for every issue.
type Domain struct {
	Issues []Issue
}

// Issue is one term under negotiation and the values it can take. Names are kept exactly as
// written in the input; they identify the issue and its values in every output.
type Issue struct {
	Name   string
	Values []string
}

// Size returns the number of packages in the domain: the product of the issues' value counts.
func (d Domain) Size() *big.Int {
	n := big.NewInt(1)
	for _, is := range d.Issues {
		n.Mul(n, big.NewInt(int64(len(is.Values))))
	}
	return n
}

// Party is one side's preferences: a linear additive utility and a reservation value.
//
// The utility of a package is the sum over issues of Weights[i] × Scores[i][v], where v is the
// value the package takes on issue i. Any rational numbers are allowed, negative ones included
// (a cost is a negative score), and they are used exactly. Reservation is the utility of walking
// away (nil means 0): a package is acceptable to the party when its utility is at least that, and
// the reservation value is the party's disagreement point in the fair points.
//
// Cap, when set, bounds the utility from above: the utility is min(sum, Cap). GeNIUS profiles
// are capped at 1 (AdditiveUtilitySpace.getUtility); profiles whose weights sum to at most 1
// never reach the cap.
type Party struct {
	Name        string
	Weights     []*big.Rat
	Scores      [][]*big.Rat
	Reservation *big.Rat
	Cap         *big.Rat
}

// Problem is a two-party negotiation: the domain and the parties' preferences over it. Party 0 is
// called A and party 1 B in the documentation; utilities are always listed in that order.
type Problem struct {
	Domain  Domain
	Parties [2]Party
}

// Package is one outcome: for each issue, in domain order, the index of the value chosen.
type Package []int

// Values returns the package's values by name, in domain order.
func (p Package) Values(d Domain) []string {
	out := make([]string, len(p))
	for i, v := range p {
		out[i] = d.Issues[i].Values[v]
	}
	return out
}

// Utility returns the exact utility of package pkg to party (0 for A, 1 for B), cap included.
// It panics when pkg does not belong to the domain, which is a programming error.
func (pr *Problem) Utility(party int, pkg Package) *big.Rat {
	p := pr.Parties[party]
	u := new(big.Rat)
	t := new(big.Rat)
	for i, v := range pkg {
		u.Add(u, t.Mul(p.Weights[i], p.Scores[i][v]))
	}
	if p.Cap != nil && u.Cmp(p.Cap) > 0 {
		u.Set(p.Cap)
	}
	return u
}

// Validate reports the first structural problem: no issues, an issue without values, duplicate
// names, or a party whose weights and scores do not match the domain. Errors are EINVALID.
func (pr *Problem) Validate() error {
	if err := pr.Domain.validate(); err != nil {
		return err
	}
	for k := range pr.Parties {
		if err := pr.Parties[k].validate(pr.Domain, k); err != nil {
			return err
		}
	}
	return nil
}

func (d Domain) validate() error {
	if len(d.Issues) == 0 {
		return bespoke.Errorf(bespoke.EINVALID, "the domain has no issues")
	}
	seen := map[string]bool{}
	for _, is := range d.Issues {
		if seen[is.Name] {
			return bespoke.Errorf(bespoke.EINVALID, "issue %q is listed twice", is.Name)
		}
		seen[is.Name] = true
		if len(is.Values) == 0 {
			return bespoke.Errorf(bespoke.EINVALID, "issue %q has no values", is.Name)
		}
		vals := map[string]bool{}
		for _, v := range is.Values {
			if vals[v] {
				return bespoke.Errorf(bespoke.EINVALID, "issue %q lists value %q twice", is.Name, v)
			}
			vals[v] = true
		}
	}
	return nil
}

func (p Party) validate(d Domain, k int) error {
	name := partyName(p, k)
	if len(p.Weights) != len(d.Issues) || len(p.Scores) != len(d.Issues) {
		return bespoke.Errorf(bespoke.EINVALID, "party %s has %d weights and %d score lists for %d issues",
			name, len(p.Weights), len(p.Scores), len(d.Issues))
	}
	for i, is := range d.Issues {
		if p.Weights[i] == nil {
			return bespoke.Errorf(bespoke.EINVALID, "party %s has no weight for issue %q", name, is.Name)
		}
		if len(p.Scores[i]) != len(is.Values) {
			return bespoke.Errorf(bespoke.EINVALID, "party %s has %d scores for the %d values of issue %q",
				name, len(p.Scores[i]), len(is.Values), is.Name)
		}
		for v, s := range p.Scores[i] {
			if s == nil {
				return bespoke.Errorf(bespoke.EINVALID, "party %s has no score for value %q of issue %q",
					name, is.Values[v], is.Name)
			}
		}
	}
	return nil
}

// partyName returns the party's name, or "A"/"B" when it has none.
func partyName(p Party, k int) string {
	if p.Name != "" {
		return p.Name
	}
	return string(rune('A' + k))
}
