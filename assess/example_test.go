package assess_test

import (
	"fmt"
	"strings"

	"github.com/bespokehq/bespoke/assess"
	"github.com/bespokehq/bespoke/internal/example"
)

// The example workspace's two offers: a Senior Staff role at a public company of 8000 with a
// dozen people at the level, and a Principal role at a private company of 350.
func ExampleAssess() {
	rep := assess.Assess(example.Workspace(), assess.DefaultRules())
	for _, o := range rep.Offers {
		fmt.Printf("%s: %s (score %s)\n", o.ID, o.Regime, assess.FormatWeight(o.Score))
		for _, r := range o.Reasons {
			fmt.Printf("  %s %s\n", assess.FormatWeight(r.Weight), r.Rule)
		}
	}
	// Output:
	// acme: bespoke (score +4)
	//   +3 thousands-few-at-level
	//   0 senior-staff
	//   +1 public-company
	// rocket: system (score -4)
	//   -5 mid-size
	//   +1 principal-plus
}

// A rules file of one rule; a company of 5000 or more is bespoke on size alone.
func ExampleParseRules() {
	src := `version: 1
thresholds: {bespoke_at: 2, system_at: -2}
regimes:
  system: {text: From the band., levers: [base, sign_on]}
  borderline: {text: Either way., levers: [base, sign_on], exceptions: 1}
  bespoke: {text: Built by hand., levers: [base, sign_on, exercise_window]}
rules:
  - id: huge
    text: Huge companies have a process for exceptions.
    when: {headcount: {ge: 5000}}
    weight: 2
`
	rules, err := assess.ParseRules("my-rules.yaml", []byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	acme := example.Acme()
	fmt.Println(assess.AssessOffer(&acme, rules).Regime)

	_, err = assess.ParseRules("typo.yaml", []byte(strings.Replace(src, "headcount", "employees", 1)))
	fmt.Println(err)
	// Output:
	// bespoke
	// typo.yaml:10:12: rule "huge": unknown input "employees" (want headcount, at_level, level, stage, quasi_executive)
}
