package assess

import (
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/bespokehq/bespoke"
)

// Inputs are what the rules look at in an offer. A Headcount or AtLevel of 0 means the
// workspace does not give it.
type Inputs struct {
	Headcount      int           `json:"headcount"`
	AtLevel        int           `json:"at_level"`
	Level          bespoke.Level `json:"level"`
	Stage          bespoke.Stage `json:"stage"`
	QuasiExecutive bool          `json:"quasi_executive"`
}

// InputsOf returns the inputs of an offer.
func InputsOf(o *bespoke.Offer) Inputs {
	return Inputs{
		Headcount:      o.Company.Headcount,
		AtLevel:        o.Company.AtLevel,
		Level:          o.Role.Level,
		Stage:          o.Company.Stage,
		QuasiExecutive: o.Role.QuasiExecutive,
	}
}

// inputKind is the type of an input's values, which decides the operators it accepts.
type inputKind int

const (
	numberInput inputKind = iota
	boolInput
	levelInput // a word compared by rank
	wordInput  // a word from a fixed list, compared for equality
)

type input struct {
	name  string
	kind  inputKind
	words []string // the allowed values of a level or word input
}

var inputs = []input{
	{name: "headcount", kind: numberInput},
	{name: "at_level", kind: numberInput},
	{name: "level", kind: levelInput, words: bespoke.Level("").Values()},
	{name: "stage", kind: wordInput, words: bespoke.Stage("").Values()},
	{name: "quasi_executive", kind: boolInput},
}

func inputByName(name string) (input, bool) {
	i := slices.IndexFunc(inputs, func(in input) bool { return in.name == name })
	if i < 0 {
		return input{}, false
	}
	return inputs[i], true
}

func inputNames() string {
	names := make([]string, len(inputs))
	for i, in := range inputs {
		names[i] = in.name
	}
	return strings.Join(names, ", ")
}

// value returns the input's value in the form conditions compare (float64, bool or string)
// and whether the workspace gives it.
func (in Inputs) value(name string) (any, bool) {
	switch name {
	case "headcount":
		return float64(in.Headcount), in.Headcount > 0
	case "at_level":
		return float64(in.AtLevel), in.AtLevel > 0
	case "level":
		return string(in.Level), in.Level.Rank() >= 0
	case "stage":
		return string(in.Stage), in.Stage != ""
	case "quasi_executive":
		return in.QuasiExecutive, true
	}
	return nil, false
}

// operand reads the value of a condition and checks that it suits the input and operator.
func (p *parser) operand(id string, in input, op string, n *yaml.Node) (any, error) {
	switch {
	case op == "known":
		var b bool
		if n.Decode(&b) != nil {
			return nil, p.errorAt(n, "rule %q: known takes true or false", id)
		}
		return b, nil
	case op == "in":
		return p.list(id, in, n)
	case isOrder(op) && (in.kind == boolInput || in.kind == wordInput):
		return nil, p.errorAt(n, "rule %q: %s cannot be compared with %s; use eq, ne or in", id, in.name, op)
	}
	return p.scalar(id, in, n)
}

func (p *parser) list(id string, in input, n *yaml.Node) (any, error) {
	if n.Kind != yaml.SequenceNode || len(n.Content) == 0 {
		return nil, p.errorAt(n, "rule %q: in takes a list of values", id)
	}
	out := make([]any, len(n.Content))
	for i, c := range n.Content {
		v, err := p.scalar(id, in, c)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func (p *parser) scalar(id string, in input, n *yaml.Node) (any, error) {
	switch in.kind {
	case numberInput:
		var f float64
		if n.Kind != yaml.ScalarNode || n.Decode(&f) != nil {
			return nil, p.errorAt(n, "rule %q: %s takes a number, not %q", id, in.name, n.Value)
		}
		return f, nil
	case boolInput:
		var b bool
		if n.Kind != yaml.ScalarNode || n.Decode(&b) != nil {
			return nil, p.errorAt(n, "rule %q: %s takes true or false, not %q", id, in.name, n.Value)
		}
		return b, nil
	}
	if n.Kind != yaml.ScalarNode || !slices.Contains(in.words, n.Value) {
		return nil, p.errorAt(n, "rule %q: %s takes one of %s, not %q", id, in.name, strings.Join(in.words, ", "), n.Value)
	}
	return n.Value, nil
}

func isOrder(op string) bool { return op == "lt" || op == "le" || op == "gt" || op == "ge" }

// Holds reports whether the condition holds for the inputs. A condition on an input the
// workspace does not give never holds, except known: false.
func (c Condition) Holds(in Inputs) bool {
	v, known := in.value(c.Input)
	if c.Op == "known" {
		return known == c.Value.(bool)
	}
	if !known {
		return false
	}
	if c.Op == "in" {
		return slices.ContainsFunc(c.Value.([]any), func(w any) bool { return compare(c.Input, v, w) == 0 })
	}
	cmp := compare(c.Input, v, c.Value)
	switch c.Op {
	case "eq":
		return cmp == 0
	case "ne":
		return cmp != 0
	case "lt":
		return cmp < 0
	case "le":
		return cmp <= 0
	case "gt":
		return cmp > 0
	case "ge":
		return cmp >= 0
	}
	return false
}

// compare returns -1, 0 or +1 as v is below, equal to or above w; values that cannot be
// ordered (booleans, words) compare as 0 when equal and 1 otherwise.
func compare(name string, v, w any) int {
	switch a := v.(type) {
	case float64:
		b := w.(float64)
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	case string:
		if name == "level" {
			ra, rb := bespoke.Level(a).Rank(), bespoke.Level(w.(string)).Rank()
			return min(max(ra-rb, -1), 1)
		}
	}
	if v == w {
		return 0
	}
	return 1
}
