package genius

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/frontier"
)

var (
	one = big.NewRat(1, 1)
	// weightSumMin and weightSumMax are the bounds within which GeNIUS considers an objective's
	// weights normalised (AdditiveUtilitySpace.checkTreeNormalizationRecursive).
	weightSumMin = big.NewRat(98, 100)
	weightSumMax = big.NewRat(102, 100)
	// evalMaxFloor is EvaluatorDiscrete.normalize's threshold: below it every evaluation is 0.
	evalMaxFloor = big.NewRat(1, 100000)
)

// domain is a parsed domain file: the issues, and each issue's GeNIUS index → its position.
type domain struct {
	domain   frontier.Domain
	position map[int]int
}

func invalid(format string, args ...any) error {
	return bespoke.Errorf(bespoke.EINVALID, format, args...)
}

func parseDomain(data []byte) (*domain, error) {
	us, err := parseUtilitySpace(data)
	if err != nil {
		return nil, err
	}
	obj, err := rootObjective(us)
	if err != nil {
		return nil, err
	}
	if len(obj.Issues) == 0 {
		return nil, invalid("the objective has no <issue>")
	}
	d := &domain{position: map[int]int{}}
	names := map[string]bool{}
	for _, xi := range obj.Issues {
		is, idx, err := domainIssue(xi)
		if err != nil {
			return nil, err
		}
		if _, dup := d.position[idx]; dup {
			return nil, invalid("two issues have index %d", idx)
		}
		if names[is.Name] {
			return nil, invalid("two issues are named %q", is.Name)
		}
		d.position[idx], names[is.Name] = len(d.domain.Issues), true
		d.domain.Issues = append(d.domain.Issues, is)
	}
	return d, nil
}

// rootObjective returns the single top-level objective, which must hold the issues directly.
func rootObjective(us *xmlUtilitySpace) (*xmlObjective, error) {
	switch len(us.Objectives) {
	case 0:
		return nil, invalid("<utility_space> has no <objective>")
	case 1:
	default:
		return nil, invalid("<utility_space> has %d <objective> elements, want one", len(us.Objectives))
	}
	obj := &us.Objectives[0]
	if len(obj.Objectives) > 0 {
		return nil, bespoke.Errorf(bespoke.EUNSUPPORTED, "objective %q nests objectives; only flat domains of issues are read", obj.Name)
	}
	return obj, nil
}

// domainIssue reads one <issue> of the domain file.
func domainIssue(xi xmlIssue) (frontier.Issue, int, error) {
	idx, err := index(xi.Index, "an <issue>")
	if err != nil {
		return frontier.Issue{}, 0, err
	}
	if xi.Name == nil || *xi.Name == "" {
		return frontier.Issue{}, 0, invalid("issue %d has no name", idx)
	}
	is := frontier.Issue{Name: *xi.Name}
	if t := xi.Type; t != "" && t != "discrete" {
		return frontier.Issue{}, 0, bespoke.Errorf(bespoke.EUNSUPPORTED, "issue %q is of type %q; only discrete issues are read", is.Name, t)
	}
	if len(xi.Items) == 0 {
		return frontier.Issue{}, 0, invalid("issue %q has no <item>", is.Name)
	}
	seen := map[string]bool{}
	for j, it := range xi.Items {
		if it.Value == nil {
			return frontier.Issue{}, 0, invalid("item %d of issue %q has no value attribute", j+1, is.Name)
		}
		if seen[*it.Value] {
			return frontier.Issue{}, 0, invalid("issue %q lists value %q twice", is.Name, *it.Value)
		}
		seen[*it.Value] = true
		is.Values = append(is.Values, *it.Value)
	}
	return is, idx, nil
}

// index parses an index attribute, a positive integer in GeNIUS files.
func index(s *string, what string) (int, error) {
	if s == nil {
		return 0, invalid("%s has no index attribute", what)
	}
	n, err := strconv.Atoi(strings.TrimSpace(*s))
	if err != nil || n < 0 {
		return 0, invalid("%s has index %q, not a whole number", what, *s)
	}
	return n, nil
}

// number parses a numeric attribute exactly.
func number(s *string, what string) (*big.Rat, error) {
	if s == nil {
		return nil, invalid("%s has no value", what)
	}
	r, err := frontier.ParseNumber(strings.TrimSpace(*s))
	if err != nil {
		return nil, invalid("%s: %s", what, bespoke.ErrorMessage(err))
	}
	return r, nil
}

// party reads a profile against the domain.
func (d *domain) party(us *xmlUtilitySpace) (frontier.Party, error) {
	obj, err := rootObjective(us)
	if err != nil {
		return frontier.Party{}, err
	}
	n := len(d.domain.Issues)
	p := frontier.Party{Weights: make([]*big.Rat, n), Scores: make([][]*big.Rat, n), Cap: new(big.Rat).Set(one)}
	if err := d.evaluations(obj, p.Scores); err != nil {
		return frontier.Party{}, err
	}
	if err := d.weights(obj, p.Weights); err != nil {
		return frontier.Party{}, err
	}
	if p.Reservation, err = single(us.Reservation, "<reservation>"); err != nil {
		return frontier.Party{}, err
	}
	if _, err = single(us.Discount, "<discount_factor>"); err != nil {
		return frontier.Party{}, err
	}
	return p, nil
}

// single reads an optional element that may appear once, such as <reservation value="…"/>.
func single(vs []xmlValue, what string) (*big.Rat, error) {
	switch len(vs) {
	case 0:
		return nil, nil
	case 1:
		return number(vs[0].Value, what)
	default:
		return nil, invalid("the profile has %d %s elements, want at most one", len(vs), what)
	}
}

// evaluations fills scores[i] with the profile's evaluations of issue i's values, each divided
// by the issue's largest.
func (d *domain) evaluations(obj *xmlObjective, scores [][]*big.Rat) error {
	for _, xi := range obj.Issues {
		idx, err := index(xi.Index, "an <issue>")
		if err != nil {
			return err
		}
		pos, ok := d.position[idx]
		if !ok {
			return invalid("issue %d (%s) is not in the domain", idx, nameOr(xi.Name))
		}
		is := d.domain.Issues[pos]
		if xi.Name != nil && *xi.Name != is.Name {
			return invalid("issue %d is named %q, but %q in the domain", idx, *xi.Name, is.Name)
		}
		if scores[pos] != nil {
			return invalid("issue %q is evaluated twice", is.Name)
		}
		if scores[pos], err = issueScores(is, xi.Items); err != nil {
			return err
		}
	}
	for i, s := range scores {
		if s == nil {
			return invalid("issue %q has no evaluations", d.domain.Issues[i].Name)
		}
	}
	return nil
}

func nameOr(s *string) string {
	if s == nil {
		return "no name"
	}
	return strconv.Quote(*s)
}

// issueScores reads the evaluations of one issue and normalises them as EvaluatorDiscrete does.
func issueScores(is frontier.Issue, items []xmlItem) ([]*big.Rat, error) {
	evals := make([]*big.Rat, len(is.Values))
	for _, it := range items {
		if it.Value == nil {
			return nil, invalid("an item of issue %q has no value attribute", is.Name)
		}
		v := indexOf(is.Values, *it.Value)
		if v < 0 {
			return nil, invalid("issue %q has no value %q in the domain (values: %s)", is.Name, *it.Value, strings.Join(is.Values, ", "))
		}
		if evals[v] != nil {
			return nil, invalid("value %q of issue %q is evaluated twice", *it.Value, is.Name)
		}
		e, err := number(it.Evaluation, fmt.Sprintf("the evaluation of value %q of issue %q", *it.Value, is.Name))
		if err != nil {
			return nil, err
		}
		if e.Sign() < 0 {
			return nil, invalid("value %q of issue %q has evaluation %s; evaluations must be at least 0", *it.Value, is.Name, frontier.FormatRat(e))
		}
		evals[v] = e
	}
	mx := new(big.Rat)
	for v, e := range evals {
		if e == nil {
			return nil, invalid("value %q of issue %q has no evaluation", is.Values[v], is.Name)
		}
		if e.Cmp(mx) > 0 {
			mx = e
		}
	}
	for v, e := range evals {
		if mx.Cmp(evalMaxFloor) < 0 {
			evals[v] = new(big.Rat)
		} else {
			evals[v] = new(big.Rat).Quo(e, mx)
		}
	}
	return evals, nil
}

func indexOf(values []string, v string) int {
	for i, x := range values {
		if x == v {
			return i
		}
	}
	return -1
}

// weights fills weights[i] with issue i's weight and checks that they sum to about 1.
func (d *domain) weights(obj *xmlObjective, weights []*big.Rat) error {
	for _, xw := range obj.Weights {
		idx, err := index(xw.Index, "a <weight>")
		if err != nil {
			return err
		}
		pos, ok := d.position[idx]
		if !ok {
			return invalid("a <weight> has index %d, which is no issue of the domain", idx)
		}
		name := d.domain.Issues[pos].Name
		if weights[pos] != nil {
			return invalid("issue %q has two weights", name)
		}
		w, err := number(xw.Value, fmt.Sprintf("the weight of issue %q", name))
		if err != nil {
			return err
		}
		if w.Sign() < 0 {
			return invalid("issue %q has weight %s; weights must be at least 0", name, frontier.FormatRat(w))
		}
		weights[pos] = w
	}
	sum := new(big.Rat)
	for i, w := range weights {
		if w == nil {
			return invalid("issue %q has no weight", d.domain.Issues[i].Name)
		}
		sum.Add(sum, w)
	}
	if sum.Cmp(weightSumMin) < 0 || sum.Cmp(weightSumMax) > 0 {
		f, _ := sum.Float64()
		return invalid("the weights sum to %g; a GeNIUS profile's weights sum to 1 (between 0.98 and 1.02)", f)
	}
	return nil
}
