package tax

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
)

// TestGenEstimatesNameParameters checks, for every file of the generic model, that each value
// listed as estimated is a parameter of the file and has a reason, and that loading reports it.
func TestGenEstimatesNameParameters(t *testing.T) {
	for _, s := range stGenPropStates() {
		name := "params/states/" + strings.ToLower(s.code) + "/" + strconv.Itoa(s.year) + ".json"
		data, err := stateFiles.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var raw map[string]any
		if err := json.Unmarshal(data, &raw); err != nil {
			t.Fatal(err)
		}
		p := mustState(t, s.year, s.code)
		for _, e := range p.Estimated {
			if !hasPath(raw, e.Parameter) || len(e.Reason) < 40 || e.Jurisdiction != s.code || e.Year != s.year {
				t.Errorf("%s: estimate %+v does not name a parameter of the file with a reason", name, e)
			}
		}
	}
}

// genMutate loads Colorado's 2025 file as JSON, applies change and compiles the result.
func genMutate(t *testing.T, change func(map[string]any)) error {
	t.Helper()
	data, err := stateFiles.ReadFile("params/states/co/2025.json")
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	change(raw)
	data, err = json.Marshal(raw)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = stLoad[genFile, genParams]("co.json", data, 0, 0)
	return err
}

func sourced(v any) map[string]any { return map[string]any{"value": v, "source": "test"} }

// TestGenCompileRejects checks that a broken generic file fails to load with an error naming
// what is wrong.
func TestGenCompileRejects(t *testing.T) {
	statuses := func(v any) map[string]any {
		return map[string]any{"single": v, "married_joint": v, "married_separate": v, "head_of_household": v}
	}
	tests := []struct {
		name   string
		change func(map[string]any)
		want   string
	}{
		{"both rates", func(m map[string]any) {
			m["brackets"] = sourced(statuses([]any{map[string]any{"over": 0, "rate": 0.05}}))
		}, "either brackets or flat_rate"},
		{"no rates", func(m map[string]any) { delete(m, "flat_rate") }, "either brackets or flat_rate"},
		{"bad start", func(m map[string]any) { m["starting_point"] = sourced("gross") }, "starting_point"},
		{"addback on AGI", func(m map[string]any) { m["starting_point"] = sourced("federal_agi") }, "addbacks apply"},
		{"unknown index key", func(m map[string]any) { m["indexing"] = sourced(map[string]any{"rates": 1}) }, `indexing: "rates"`},
		{"bad rule", func(m map[string]any) {
			m["itemized_deductions"] = map[string]any{"rule": sourced("always")}
		}, "itemized_deductions.rule"},
		{"steps not from 0", func(m map[string]any) {
			m["exemption"] = sourced(statuses([]any{map[string]any{"agi_over": 10, "amount": 100}}))
		}, "first row must start at 0"},
		{"steps over and from", func(m map[string]any) {
			m["exemption"] = sourced(statuses([]any{map[string]any{"agi_over": 0, "agi_from": 0, "amount": 100}}))
		}, "agi_over or agi_from"},
		{"missing status", func(m map[string]any) {
			m["standard_deduction"] = sourced(map[string]any{"single": 1})
		}, "standard_deduction"},
		{"bad surtax base", func(m map[string]any) {
			m["surtaxes"] = []any{map[string]any{"name": sourced("x"), "base": sourced("wages"), "rate": sourced(0.01),
				"over": sourced(statuses(0)), "agi_over": sourced(statuses(0))}}
		}, "surtaxes[0]"},
		{"bad amt base", func(m map[string]any) {
			m["amt"].(map[string]any)["base"] = sourced("wages")
		}, "amt.base"},
		{"amt without exemption", func(m map[string]any) {
			m["amt"].(map[string]any)["base"] = sourced("agi_plus_preferences")
		}, "needs an exemption"},
		{"rate over 1", func(m map[string]any) { m["flat_rate"] = sourced(1.5) }, "rate 1.5"},
		{"sourceless", func(m map[string]any) { m["flat_rate"] = map[string]any{"value": 0.04, "source": " "} }, "without a source"},
		{"unknown key", func(m map[string]any) { m["surtax"] = sourced(1) }, "unknown field"},
	}
	for _, tt := range tests {
		err := genMutate(t, tt.change)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want one containing %q", tt.name, err, tt.want)
		}
	}
}

// TestGenStepsRows checks "over" and "from" rows: Oregon's federal tax subtraction falls to
// 6,600 at an AGI of exactly 125,000 ("from"), Illinois' exemption is lost only over 250,000.
func TestGenStepsRows(t *testing.T) {
	or := &mustState(t, 2024, "OR").gen
	for _, c := range []struct{ agi, want int64 }{
		{d(124_999.99), d(8_250)}, {d(125_000), d(6_600)}, {d(144_999.99), d(1_650)}, {d(145_000), 0}, {0, d(8_250)},
	} {
		if got := or.fedSub.at(stSingle, c.agi); got != c.want {
			t.Errorf("OR subtraction at AGI %d: %d, want %d", c.agi, got, c.want)
		}
	}
	il := &mustState(t, 2025, "IL").gen
	if il.exemption.at(stSingle, d(250_000)) != d(2_850) || il.exemption.at(stSingle, d(250_000.01)) != 0 ||
		il.exemption.at(stJoint, d(500_000)) != d(2_850) {
		t.Error("IL exemption limits")
	}
}

// TestGenProjection checks the projection of a generic state: Oregon 2026 from 2025 indexes the
// lower brackets to $50, not the fixed $125,000, and the standard deduction to $5; Illinois'
// flat rate stays; the year is projected and keeps the file's estimates.
func TestGenProjection(t *testing.T) {
	p, projected, err := loadStateParams(2026, "OR", 0.03)
	if err != nil || !projected || !p.Projected {
		t.Fatalf("OR 2026: %v %v", projected, err)
	}
	s := &p.gen.sched[stSingle]
	// 4,400 × 1.03 = 4,532 → 4,550; 11,100 × 1.03 = 11,433 → 11,450; 125,000 fixed.
	if s.over[1] != d(4_550) || s.over[2] != d(11_450) || s.over[3] != d(125_000) {
		t.Errorf("OR 2026 single thresholds %v", s.over[:s.n])
	}
	// 2,835 × 1.03 = 2,920.05 → 2,920; 5,670 × 1.03 = 5,840.1 → 5,840.
	if p.gen.std[stSingle] != d(2_920) || p.gen.std[stJoint] != d(5_840) {
		t.Errorf("OR 2026 standard deduction %v", p.gen.std)
	}
	if len(p.Estimated) == 0 || p.Estimated[0].Year != 2025 {
		t.Errorf("OR 2026 estimates %+v", p.Estimated)
	}
	il, projected, err := loadStateParams(2029, "IL", 0.03)
	if err != nil || !projected || il.gen.sched[stSingle].top() != 4_950 {
		t.Errorf("IL 2029: %v %v %d", projected, err, il.gen.sched[stSingle].top())
	}
	if _, _, err := loadStateParams(2027, "OR", math.NaN()); bespoke.ErrorCode(err) != bespoke.EUNSUPPORTED {
		t.Errorf("OR 2027 without inflation: %v", err)
	}
}

// TestGenPhaseReduce checks the deduction phase-out: Minnesota 2025's 3% + 7% tiers, capped at
// 80% of the deduction.
func TestGenPhaseReduce(t *testing.T) {
	mn := &mustState(t, 2025, "MN").gen
	for _, c := range []struct{ agi, want int64 }{
		{d(239_200), d(14_950)},                                // at the first threshold: nothing
		{d(249_200), d(14_650)},                                // 3% × 10,000 = 300
		{d(330_600), d(14_950) - d(2_742)},                     // 3% × 91,400
		{d(331_600), d(14_950) - d(2_742+100)},                 // + 10% × 1,000 (3% + 7%)
		{d(340_600), d(14_950) - d(3_042+700)},                 // 3% × 101,400 + 7% × 10,000
		{d(1_000_000), d(14_950) - stApply(d(14_950), 80_000)}, // capped at 80%
	} {
		if got := mn.stdPhase.reduce(mn.std[stSingle], stSingle, c.agi); got != c.want {
			t.Errorf("AGI %d: deduction %d, want %d", c.agi, got, c.want)
		}
	}
}
