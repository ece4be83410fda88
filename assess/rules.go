package assess

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/bespokehq/bespoke"
)

//go:embed rules.yaml
var defaultRules []byte

// DefaultRulesYAML returns the text of the embedded rules file, for users who want a copy to
// edit.
func DefaultRulesYAML() []byte { return slices.Clone(defaultRules) }

// DefaultRules returns the embedded rules. They are parsed on every call, so the caller may
// change the result.
func DefaultRules() *Rules {
	r, err := ParseRules("rules.yaml", defaultRules)
	if err != nil {
		panic("assess: embedded rules.yaml: " + err.Error())
	}
	return r
}

// Rules is a rules file: thresholds that map a score to a regime, what each regime makes
// realistic, and the scoring rules.
type Rules struct {
	Version    int                   `yaml:"version" json:"version"`
	Thresholds Thresholds            `yaml:"thresholds" json:"thresholds"`
	Regimes    map[Regime]RegimeRule `yaml:"regimes" json:"regimes"`
	Rules      []Rule                `yaml:"rules" json:"rules"`
}

// Thresholds map a score to a regime: at or above BespokeAt is Bespoke, at or below SystemAt
// is System, anything between is Borderline.
type Thresholds struct {
	BespokeAt float64 `yaml:"bespoke_at" json:"bespoke_at"`
	SystemAt  float64 `yaml:"system_at" json:"system_at"`
	Note      string  `yaml:"note" json:"note"`
}

// RegimeRule says what a regime means for the asks: the kinds of ask such companies move
// (Levers) and how many asks outside them a plan may still recommend (Exceptions).
type RegimeRule struct {
	Text       string   `yaml:"text" json:"text"`
	Levers     []string `yaml:"levers" json:"levers"`
	Exceptions int      `yaml:"exceptions" json:"exceptions"`
	Note       string   `yaml:"note" json:"note"`
}

// Rule is one scoring rule: when all its conditions hold for an offer, its weight is added to
// the offer's score and its text becomes one of the reasons. Discourage lists the ask kinds
// the rule makes unrealistic, whatever the regime.
type Rule struct {
	ID         string      `yaml:"id" json:"id"`
	Text       string      `yaml:"text" json:"text"`
	When       []Condition `yaml:"-" json:"when"`
	Weight     float64     `yaml:"weight" json:"weight"`
	Discourage []string    `yaml:"discourage" json:"discourage,omitempty"`
	Note       string      `yaml:"note" json:"note"`
}

// Condition tests one input of an offer: Input Op Value.
type Condition struct {
	Input string `json:"input"`
	Op    string `json:"op"`
	Value any    `json:"value"`
}

// Operators a condition can use.
var operators = []string{"eq", "ne", "lt", "le", "gt", "ge", "in", "known"}

// rawRule is a rule as written; its conditions are decoded by hand so that each can be
// checked against the inputs and report its position.
type rawRule struct {
	Rule `yaml:",inline"`
	When yaml.Node `yaml:"when"`
}

type rawRules struct {
	Version    int                   `yaml:"version"`
	Thresholds Thresholds            `yaml:"thresholds"`
	Regimes    map[Regime]RegimeRule `yaml:"regimes"`
	Rules      []rawRule             `yaml:"rules"`
}

// ParseRules reads a rules file. name is used in error messages, which give the line and
// column of the problem. Errors have code EINVALID.
func ParseRules(name string, data []byte) (*Rules, error) {
	var raw rawRules
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&raw); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, bespoke.Errorf(bespoke.EINVALID, "%s: the rules file is empty", name)
		}
		return nil, yamlError(name, err)
	}
	var root yaml.Node
	_ = yaml.Unmarshal(data, &root) // it decoded above, so it parses
	p := &parser{name: name, root: &root}
	return p.rules(&raw)
}

type parser struct {
	name string
	root *yaml.Node
}

func (p *parser) rules(raw *rawRules) (*Rules, error) {
	if raw.Version != 1 {
		return nil, p.errorAt(p.key("version"), "version is %d; this program reads version 1", raw.Version)
	}
	if err := p.checkThresholds(raw.Thresholds); err != nil {
		return nil, err
	}
	if err := p.checkRegimes(raw.Regimes); err != nil {
		return nil, err
	}
	r := &Rules{Version: raw.Version, Thresholds: raw.Thresholds, Regimes: raw.Regimes}
	seen := map[string]bool{}
	for i := range raw.Rules {
		rule, err := p.rule(i, &raw.Rules[i], seen)
		if err != nil {
			return nil, err
		}
		r.Rules = append(r.Rules, rule)
	}
	if len(r.Rules) == 0 {
		return nil, p.errorAt(p.root, "no rules: list at least one under rules")
	}
	return r, nil
}

func (p *parser) checkThresholds(t Thresholds) error {
	if t.SystemAt >= t.BespokeAt {
		return p.errorAt(p.key("thresholds"), "thresholds.system_at (%g) must be below thresholds.bespoke_at (%g)", t.SystemAt, t.BespokeAt)
	}
	return nil
}

func (p *parser) checkRegimes(m map[Regime]RegimeRule) error {
	for k := range m {
		if !slices.Contains(Regimes(), k) {
			return p.errorAt(p.key("regimes"), "unknown regime %q under regimes (want %s)", k, regimeNames())
		}
	}
	for _, k := range Regimes() {
		rr, ok := m[k]
		switch {
		case !ok:
			return p.errorAt(p.key("regimes"), "regimes.%s is missing", k)
		case rr.Exceptions < 0:
			return p.errorAt(p.key("regimes"), "regimes.%s.exceptions is negative", k)
		}
	}
	return nil
}

func (p *parser) rule(i int, raw *rawRule, seen map[string]bool) (Rule, error) {
	node := p.ruleNode(i)
	rule := raw.Rule
	switch {
	case rule.ID == "":
		return rule, p.errorAt(node, "rule %d has no id", i+1)
	case seen[rule.ID]:
		return rule, p.errorAt(node, "rule id %q is used twice", rule.ID)
	case strings.TrimSpace(rule.Text) == "":
		return rule, p.errorAt(node, "rule %q has no text", rule.ID)
	case raw.When.Kind == 0:
		return rule, p.errorAt(node, "rule %q has no when: give the conditions it fires on", rule.ID)
	}
	seen[rule.ID] = true
	conds, err := p.conditions(rule.ID, &raw.When)
	rule.When = conds
	return rule, err
}

// conditions reads a when mapping: input: value, or input: {op: value, ...}.
func (p *parser) conditions(id string, n *yaml.Node) ([]Condition, error) {
	if n.Kind != yaml.MappingNode || len(n.Content) == 0 {
		return nil, p.errorAt(n, "rule %q: when must map inputs to conditions", id)
	}
	var out []Condition
	for i := 0; i < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		in, ok := inputByName(key.Value)
		if !ok {
			return nil, p.errorAt(key, "rule %q: unknown input %q (want %s)", id, key.Value, inputNames())
		}
		cs, err := p.inputConditions(id, in, val)
		if err != nil {
			return nil, err
		}
		out = append(out, cs...)
	}
	return out, nil
}

func (p *parser) inputConditions(id string, in input, val *yaml.Node) ([]Condition, error) {
	if val.Kind != yaml.MappingNode {
		v, err := p.operand(id, in, "eq", val)
		return []Condition{{Input: in.name, Op: "eq", Value: v}}, err
	}
	var out []Condition
	for i := 0; i < len(val.Content); i += 2 {
		opNode := val.Content[i]
		op := opNode.Value
		if !slices.Contains(operators, op) {
			return nil, p.errorAt(opNode, "rule %q: unknown operator %q (want %s)", id, op, strings.Join(operators, ", "))
		}
		v, err := p.operand(id, in, op, val.Content[i+1])
		if err != nil {
			return nil, err
		}
		out = append(out, Condition{Input: in.name, Op: op, Value: v})
	}
	return out, nil
}

// errorAt returns an EINVALID error that names the file, line and column of n.
func (p *parser) errorAt(n *yaml.Node, format string, args ...any) error {
	line, col := 1, 1
	if n != nil && n.Line > 0 {
		line, col = n.Line, n.Column
	}
	return bespoke.Errorf(bespoke.EINVALID, "%s:%d:%d: %s", p.name, line, col, fmt.Sprintf(format, args...))
}

// key returns the value node of a top-level key, or the document when it is absent.
func (p *parser) key(name string) *yaml.Node {
	m := p.mapping()
	if m == nil {
		return p.root
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == name {
			return m.Content[i+1]
		}
	}
	return m
}

func (p *parser) mapping() *yaml.Node {
	if len(p.root.Content) == 0 || p.root.Content[0].Kind != yaml.MappingNode {
		return nil
	}
	return p.root.Content[0]
}

// ruleNode returns the node of the i-th rule.
func (p *parser) ruleNode(i int) *yaml.Node {
	seq := p.key("rules")
	if seq.Kind == yaml.SequenceNode && i < len(seq.Content) {
		return seq.Content[i]
	}
	return seq
}

// inType matches the Go type the YAML library names in its errors, which means nothing to
// the user.
var inType = regexp.MustCompile(` in type [\w.]+$`)

// yamlError turns the YAML library's error into an EINVALID error that starts with the file
// name and line, like the errors found after decoding.
func yamlError(name string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		msgs := make([]string, len(te.Errors))
		for i, e := range te.Errors {
			e = inType.ReplaceAllString(e, "")
			msgs[i] = name + ":" + strings.TrimPrefix(e, "line ")
		}
		return bespoke.Errorf(bespoke.EINVALID, "%s", strings.Join(msgs, "\n"))
	}
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		return bespoke.Errorf(bespoke.EINVALID, "%s:%s", name, rest)
	}
	return bespoke.Errorf(bespoke.EINVALID, "%s: %s", name, msg)
}
