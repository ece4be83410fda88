package catalog

import (
	"bytes"
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

//go:embed catalog.yaml
var catalogYAML []byte

// Catalog is the list of kinds of ask.
type Catalog struct {
	Kinds []Kind `yaml:"kinds" json:"kinds"`
}

// Kind is one kind of ask.
type Kind struct {
	ID   string `yaml:"id" json:"id"`
	Name string `yaml:"name" json:"name"`
	// Terms are the term paths an ask of this kind changes; "[]" stands for any grant id or
	// custom term name.
	Terms []string `yaml:"terms" json:"terms"`
	// Requires names the conditions without which the ask does not apply.
	Requires []string `yaml:"requires" json:"requires,omitempty"`
	// Prefers names the conditions without which the ask is unusual but possible.
	Prefers []string `yaml:"prefers" json:"prefers,omitempty"`
	// Value is how the value to the candidate is found: ValueEngine or ValueStated.
	Value string `yaml:"value" json:"value"`
	// Cost names the model of the likely cost to the company.
	CostModel     string  `yaml:"cost" json:"cost"`
	Signal        Signal  `yaml:"signal" json:"signal"`
	WithNarrative *Signal `yaml:"with_narrative" json:"with_narrative,omitempty"`
	// Default says in words what a generated ask of this kind asks for; empty when the plan
	// never generates one.
	Default string   `yaml:"default" json:"default,omitempty"`
	Prompts []string `yaml:"prompts" json:"prompts"`
	Sources []string `yaml:"sources" json:"sources"`
}

// How a kind's value to the candidate is found.
const (
	ValueEngine = "engine" // the valuation engine, else the stated yearly value
	ValueStated = "stated" // the candidate's stated yearly value only
)

// Signal is what an ask says about the candidate's priorities.
type Signal struct {
	Level  Level  `yaml:"level" json:"level"`
	Reason string `yaml:"reason" json:"reason"`
}

// Level is a signal risk level.
type Level string

// Signal risk levels.
const (
	Low    Level = "low"
	Medium Level = "medium"
	High   Level = "high"
)

// Rank returns 0, 1 or 2 for low, medium and high, and -1 for anything else.
func (l Level) Rank() int { return slices.Index([]Level{Low, Medium, High}, l) }

// Default returns the embedded catalog.
func Default() *Catalog {
	c, err := parse(catalogYAML)
	if err != nil {
		panic("catalog: embedded catalog.yaml: " + err.Error())
	}
	return c
}

func parse(data []byte) (*Catalog, error) {
	var doc struct {
		Version int    `yaml:"version"`
		Kinds   []Kind `yaml:"kinds"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	c := &Catalog{Kinds: doc.Kinds}
	return c, c.check()
}

// check verifies that every kind names known conditions, value sources, cost models and
// signal levels, and that no term path belongs to two kinds.
func (c *Catalog) check() error {
	owner := map[string]string{}
	for _, k := range c.Kinds {
		for _, name := range append(slices.Clone(k.Requires), k.Prefers...) {
			if _, ok := conditions[name]; !ok {
				return fmt.Errorf("kind %s: unknown condition %q", k.ID, name)
			}
		}
		if _, ok := costModels[k.CostModel]; !ok {
			return fmt.Errorf("kind %s: unknown cost model %q", k.ID, k.CostModel)
		}
		if k.Value != ValueEngine && k.Value != ValueStated {
			return fmt.Errorf("kind %s: value is %q, want engine or stated", k.ID, k.Value)
		}
		if k.Signal.Level.Rank() < 0 || (k.WithNarrative != nil && k.WithNarrative.Level.Rank() < 0) {
			return fmt.Errorf("kind %s: signal level must be low, medium or high", k.ID)
		}
		for _, t := range k.Terms {
			if o, dup := owner[t]; dup {
				return fmt.Errorf("term %s belongs to both %s and %s", t, o, k.ID)
			}
			owner[t] = k.ID
		}
	}
	return nil
}

// Kind returns the kind with the given id, or nil.
func (c *Catalog) Kind(id string) *Kind {
	i := slices.IndexFunc(c.Kinds, func(k Kind) bool { return k.ID == id })
	if i < 0 {
		return nil
	}
	return &c.Kinds[i]
}

// bracketed matches a grant id or custom term name in a term path.
var bracketed = regexp.MustCompile(`\[[^\]]*\]`)

// Pattern returns a term path with any "terms." prefix removed and every bracketed name
// emptied, the form the catalog's Terms are written in: equity[rocket-iso].shares becomes
// equity[].shares.
func Pattern(path string) string {
	path = strings.TrimPrefix(strings.TrimSpace(path), "terms.")
	return bracketed.ReplaceAllString(path, "[]")
}

// ForTerm returns the kind that covers a term path, or nil.
func (c *Catalog) ForTerm(path string) *Kind {
	p := Pattern(path)
	for i := range c.Kinds {
		if slices.Contains(c.Kinds[i].Terms, p) {
			return &c.Kinds[i]
		}
	}
	return nil
}
