package assess_test

import (
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/assess"
)

const minimal = `version: 1
thresholds: {bespoke_at: 2, system_at: -2}
regimes:
  system: {text: s, levers: [base]}
  borderline: {text: b, levers: [base], exceptions: 1}
  bespoke: {text: x, levers: [base, remote]}
rules:
  - id: big
    text: big company
    when: {headcount: {ge: 1000}}
    weight: 3
`

func TestParseRulesMinimal(t *testing.T) {
	r, err := assess.ParseRules("min.yaml", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Rules) != 1 || r.Rules[0].When[0] != (assess.Condition{Input: "headcount", Op: "ge", Value: 1000.0}) {
		t.Errorf("rules = %+v", r.Rules)
	}
}

// TestParseRulesErrors checks that each kind of bad rules file is refused with the file, line
// and column of the problem.
func TestParseRulesErrors(t *testing.T) {
	tests := []struct {
		name, from, to, want string
	}{
		{"syntax", "weight: 3", "weight: [3", "r.yaml:"},
		{"type", "weight: 3", "weight: three", "r.yaml:11: cannot unmarshal"},
		{"unknown field", "weight: 3", "weight: 3\n    wieght: 2", "r.yaml:12: field wieght not found"},
		{"unknown input", "headcount: {ge", "heads: {ge", `r.yaml:10:12: rule "big": unknown input "heads"`},
		{"unknown operator", "{ge: 1000}", "{atleast: 1000}", `r.yaml:10:24: rule "big": unknown operator "atleast"`},
		{"bad number", "{ge: 1000}", "{ge: many}", `r.yaml:10:28: rule "big": headcount takes a number, not "many"`},
		{"bad level", "headcount: {ge: 1000}", "level: {ge: boss}", `r.yaml:10:24: rule "big": level takes one of senior, staff`},
		{"ordered word", "headcount: {ge: 1000}", "stage: {gt: public}", `rule "big": stage cannot be compared with gt`},
		{"in needs a list", "{ge: 1000}", "{in: 1000}", `r.yaml:10:28: rule "big": in takes a list`},
		{"known needs a bool", "{ge: 1000}", "{known: maybe}", `known takes true or false`},
		{"no id", "- id: big", "- id: \"\"", "r.yaml:8:5: rule 1 has no id"},
		{"no when", "    when: {headcount: {ge: 1000}}\n", "", `r.yaml:8:5: rule "big" has no when`},
		{"empty when", "{headcount: {ge: 1000}}", "{}", `r.yaml:10:11: rule "big": when must map inputs`},
		{"thresholds", "system_at: -2", "system_at: 5", "r.yaml:2:13: thresholds.system_at (5) must be below"},
		{"missing regime", "  borderline: {text: b, levers: [base], exceptions: 1}\n", "", "regimes.borderline is missing"},
		{"unknown regime", "  system:", "  formula:", `unknown regime "formula"`},
		{"version", "version: 1", "version: 2", "r.yaml:1:10: version is 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Replace(minimal, tt.from, tt.to, 1)
			if src == minimal {
				t.Fatalf("replacing %q changed nothing", tt.from)
			}
			_, err := assess.ParseRules("r.yaml", []byte(src))
			if err == nil {
				t.Fatal("no error")
			}
			if bespoke.ErrorCode(err) != bespoke.EINVALID || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v (%s), want it to contain %q", err, bespoke.ErrorCode(err), tt.want)
			}
			if strings.Contains(err.Error(), "assess.") {
				t.Errorf("error %q names a Go type", err)
			}
		})
	}
}

func TestParseRulesDuplicateAndEmpty(t *testing.T) {
	dup := minimal + "  - id: big\n    text: again\n    when: {stage: public}\n    weight: 1\n"
	if _, err := assess.ParseRules("r.yaml", []byte(dup)); err == nil || !strings.Contains(err.Error(), `r.yaml:12:5: rule id "big" is used twice`) {
		t.Errorf("duplicate id: %v", err)
	}
	if _, err := assess.ParseRules("r.yaml", nil); err == nil || !strings.Contains(err.Error(), "r.yaml: the rules file is empty") {
		t.Errorf("empty file: %v", err)
	}
}

func TestDefaultRulesParse(t *testing.T) {
	r := assess.DefaultRules()
	for _, rule := range r.Rules {
		if strings.TrimSpace(rule.Note) == "" {
			t.Errorf("rule %s has no note saying where it comes from", rule.ID)
		}
	}
	for _, reg := range assess.Regimes() {
		if strings.TrimSpace(r.Regimes[reg].Note) == "" {
			t.Errorf("regime %s has no note", reg)
		}
	}
	if r.Thresholds.Note == "" {
		t.Error("thresholds have no note")
	}
	if string(assess.DefaultRulesYAML()) == "" {
		t.Error("DefaultRulesYAML is empty")
	}
}

// FuzzParseRules checks that no rules file makes the parser or an assessment panic, and that
// a file that parses assesses every offer into one of the regimes.
func FuzzParseRules(f *testing.F) {
	f.Add([]byte(minimal))
	f.Add(assess.DefaultRulesYAML())
	f.Add([]byte("version: 1\nrules: [{id: x, when: {level: {in: [staff]}}}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := assess.ParseRules("f.yaml", data)
		if err != nil {
			if bespoke.ErrorCode(err) != bespoke.EINVALID {
				t.Fatalf("error code %s: %v", bespoke.ErrorCode(err), err)
			}
			return
		}
		for _, o := range []*bespoke.Offer{offer(350, 3, bespoke.Principal, bespoke.Private, false), offer(0, 0, "", "", true)} {
			res := assess.AssessOffer(o, r)
			if res.Regime != assess.System && res.Regime != assess.Borderline && res.Regime != assess.Bespoke {
				t.Fatalf("regime %q", res.Regime)
			}
		}
	})
}
