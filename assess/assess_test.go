package assess_test

import (
	"slices"
	"testing"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/assess"
	"github.com/bespokehq/bespoke/internal/example"
)

// offer returns an offer with the given inputs.
func offer(headcount, atLevel int, level bespoke.Level, stage bespoke.Stage, quasiExec bool) *bespoke.Offer {
	o := &bespoke.Offer{ID: "o"}
	o.Company = bespoke.Company{Name: "Co", Headcount: headcount, AtLevel: atLevel, Stage: stage}
	o.Role = bespoke.Role{Level: level, QuasiExecutive: quasiExec}
	return o
}

func fired(r assess.Result) []string {
	var ids []string
	for _, rs := range r.Reasons {
		ids = append(ids, rs.Rule)
	}
	return ids
}

// TestRules checks each default rule at the edges of its condition and the regime the sum of
// weights gives.
func TestRules(t *testing.T) {
	rules := assess.DefaultRules()
	tests := []struct {
		name  string
		offer *bespoke.Offer
		rules []string
		want  assess.Regime
	}{
		{"tiny at 20 people", offer(20, 2, bespoke.SeniorStaff, bespoke.Private, false), []string{"tiny-company", "senior-staff"}, assess.Bespoke},
		{"tiny, senior", offer(8, 1, bespoke.Senior, bespoke.Private, false), []string{"tiny-company", "below-staff"}, assess.Borderline},
		{"mid-size starts at 21", offer(21, 2, bespoke.SeniorStaff, bespoke.Private, false), []string{"mid-size", "senior-staff"}, assess.System},
		{"mid-size ends at 499", offer(499, 5, bespoke.SeniorStaff, bespoke.Private, false), []string{"mid-size", "senior-staff"}, assess.System},
		{"500 is past the mid-size band", offer(500, 5, bespoke.SeniorStaff, bespoke.Private, false), []string{"senior-staff"}, assess.Borderline},
		{"mid-size, principal", offer(350, 3, bespoke.Principal, bespoke.Private, false), []string{"mid-size", "principal-plus"}, assess.System},
		{"mid-size, distinguished, public: still system", offer(400, 2, bespoke.Distinguished, bespoke.Public, false), []string{"mid-size", "principal-plus", "distinguished-plus", "public-company"}, assess.System},
		{"mid-size, quasi-executive", offer(350, 3, bespoke.Principal, bespoke.Private, true), []string{"quasi-executive", "principal-plus"}, assess.Bespoke},
		{"thousands, a dozen at level", offer(8000, 12, bespoke.SeniorStaff, bespoke.Public, false), []string{"thousands-few-at-level", "senior-staff", "public-company"}, assess.Bespoke},
		{"999 is not thousands", offer(999, 12, bespoke.SeniorStaff, bespoke.Private, false), []string{"senior-staff"}, assess.Borderline},
		{"thousands, 15 at level", offer(1000, 15, bespoke.SeniorStaff, bespoke.Private, false), []string{"thousands-few-at-level", "senior-staff"}, assess.Bespoke},
		{"thousands, 16 at level", offer(1000, 16, bespoke.SeniorStaff, bespoke.Private, false), []string{"senior-staff"}, assess.Borderline},
		{"many at level, staff, public", offer(5000, 200, bespoke.Staff, bespoke.Public, false), []string{"many-at-level", "staff", "public-company"}, assess.System},
		{"49 at level is not many", offer(5000, 49, bespoke.SeniorStaff, bespoke.Private, false), []string{"senior-staff"}, assess.Borderline},
		{"below staff", offer(700, 30, bespoke.Senior, bespoke.Private, false), []string{"below-staff"}, assess.System},
		{"senior at a large public company", offer(200000, 0, bespoke.Senior, bespoke.Public, false), []string{"below-staff", "public-company", "at-level-unknown"}, assess.System},
		{"senior, thousands, a dozen at level, public", offer(50000, 12, bespoke.Senior, bespoke.Public, false), []string{"thousands-few-at-level", "below-staff", "public-company"}, assess.Borderline},
		{"senior, quasi-executive", offer(3000, 100, bespoke.Senior, bespoke.Private, true), []string{"quasi-executive", "many-at-level", "below-staff"}, assess.System},
		{"distinguished", offer(700, 30, bespoke.Distinguished, bespoke.Private, false), []string{"principal-plus", "distinguished-plus"}, assess.Bespoke},
		{"fellow", offer(700, 30, bespoke.Fellow, bespoke.Private, false), []string{"principal-plus", "distinguished-plus"}, assess.Bespoke},
		{"nothing given", offer(0, 0, bespoke.SeniorStaff, bespoke.Private, false), []string{"senior-staff", "headcount-unknown", "at-level-unknown"}, assess.Borderline},
		{"at level missing at a large company", offer(8000, 0, bespoke.Principal, bespoke.Public, false), []string{"principal-plus", "public-company", "at-level-unknown"}, assess.Bespoke},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := assess.AssessOffer(tt.offer, rules)
			if !slices.Equal(fired(got), tt.rules) {
				t.Errorf("rules fired = %v, want %v", fired(got), tt.rules)
			}
			if got.Regime != tt.want {
				t.Errorf("regime = %s (score %g), want %s", got.Regime, got.Score, tt.want)
			}
		})
	}
}

// TestEveryAssessmentHasAReason checks, over a grid of inputs around every rule's edges, that
// no offer gets a regime without at least one reason.
func TestEveryAssessmentHasAReason(t *testing.T) {
	rules := assess.DefaultRules()
	for _, hc := range []int{0, 8, 20, 21, 499, 500, 999, 1000, 50000} {
		for _, at := range []int{0, 1, 15, 16, 49, 50} {
			for _, level := range bespoke.Level("").Values() {
				for _, stage := range []bespoke.Stage{bespoke.Public, bespoke.Private} {
					for _, quasi := range []bool{false, true} {
						r := assess.AssessOffer(offer(hc, at, bespoke.Level(level), stage, quasi), rules)
						if len(r.Reasons) == 0 {
							t.Errorf("headcount %d, %d at level, %s, %s, quasi-executive %t: %s with no reason", hc, at, level, stage, quasi, r.Regime)
						}
					}
				}
			}
		}
	}
}

func TestExampleWorkspace(t *testing.T) {
	rep := assess.Assess(example.Workspace(), assess.DefaultRules())
	want := map[string]struct {
		regime assess.Regime
		rule   string
	}{
		"acme":   {assess.Bespoke, "thousands-few-at-level"},
		"rocket": {assess.System, "mid-size"},
	}
	if len(rep.Offers) != 2 {
		t.Fatalf("got %d results, want 2", len(rep.Offers))
	}
	for _, r := range rep.Offers {
		w := want[r.ID]
		if r.Regime != w.regime || !slices.Contains(fired(r), w.rule) {
			t.Errorf("%s: regime %s with rules %v, want %s with %s", r.ID, r.Regime, fired(r), w.regime, w.rule)
		}
	}
}

func TestReasonInputs(t *testing.T) {
	r := assess.AssessOffer(offer(350, 0, bespoke.Principal, bespoke.Private, false), assess.DefaultRules())
	want := map[string]map[string]any{
		"mid-size":         {"headcount": 350, "quasi_executive": false},
		"principal-plus":   {"level": "principal"},
		"at-level-unknown": {"at_level": nil},
	}
	for _, rs := range r.Reasons {
		w, ok := want[rs.Rule]
		if !ok {
			t.Errorf("unexpected rule %s", rs.Rule)
			continue
		}
		if len(rs.Inputs) != len(w) {
			t.Errorf("%s inputs = %v, want %v", rs.Rule, rs.Inputs, w)
		}
		for k, v := range w {
			if got, ok := rs.Inputs[k]; !ok || got != v {
				t.Errorf("%s input %s = %v, want %v", rs.Rule, k, got, v)
			}
		}
	}
	if got := assess.FormatInputs(r.Reasons[0].Inputs); got != "headcount=350 quasi_executive=false" {
		t.Errorf("FormatInputs = %q", got)
	}
}

func TestLeversFollowRegimeAndDiscouragement(t *testing.T) {
	rules := assess.DefaultRules()
	sys := assess.AssessOffer(offer(350, 3, bespoke.Principal, bespoke.Private, false), rules)
	if sys.IsLever("exercise_window") || !sys.IsLever("sign_on") || sys.Exceptions != 0 {
		t.Errorf("system levers = %v, exceptions %d", sys.Levers, sys.Exceptions)
	}
	tiny := assess.AssessOffer(offer(12, 1, bespoke.Principal, bespoke.Private, false), rules)
	if tiny.Regime != assess.Bespoke || tiny.IsLever("sign_on") || !tiny.IsDiscouraged("sign_on") || !tiny.IsLever("exercise_window") {
		t.Errorf("tiny company: regime %s, levers %v, discouraged %v", tiny.Regime, tiny.Levers, tiny.Discouraged)
	}
}

func TestConditionOperators(t *testing.T) {
	in := assess.InputsOf(offer(350, 0, bespoke.Principal, bespoke.Private, false))
	tests := []struct {
		c    assess.Condition
		want bool
	}{
		{assess.Condition{Input: "headcount", Op: "eq", Value: 350.0}, true},
		{assess.Condition{Input: "headcount", Op: "ne", Value: 350.0}, false},
		{assess.Condition{Input: "headcount", Op: "lt", Value: 350.0}, false},
		{assess.Condition{Input: "headcount", Op: "le", Value: 350.0}, true},
		{assess.Condition{Input: "headcount", Op: "gt", Value: 349.0}, true},
		{assess.Condition{Input: "headcount", Op: "ge", Value: 351.0}, false},
		{assess.Condition{Input: "headcount", Op: "in", Value: []any{1.0, 350.0}}, true},
		{assess.Condition{Input: "at_level", Op: "lt", Value: 5.0}, false},
		{assess.Condition{Input: "at_level", Op: "known", Value: false}, true},
		{assess.Condition{Input: "headcount", Op: "known", Value: true}, true},
		{assess.Condition{Input: "level", Op: "gt", Value: "senior_staff"}, true},
		{assess.Condition{Input: "level", Op: "lt", Value: "distinguished"}, true},
		{assess.Condition{Input: "level", Op: "in", Value: []any{"staff", "fellow"}}, false},
		{assess.Condition{Input: "stage", Op: "eq", Value: "private"}, true},
		{assess.Condition{Input: "stage", Op: "ne", Value: "private"}, false},
		{assess.Condition{Input: "quasi_executive", Op: "eq", Value: false}, true},
	}
	for _, tt := range tests {
		if got := tt.c.Holds(in); got != tt.want {
			t.Errorf("%s %s %v = %v, want %v", tt.c.Input, tt.c.Op, tt.c.Value, got, tt.want)
		}
	}
}
