package plan_test

import (
	"slices"
	"testing"

	"github.com/bespokehq/bespoke/assess"
	"github.com/bespokehq/bespoke/catalog"
	"github.com/bespokehq/bespoke/plan"
)

// ask builds a planned ask with a value and a signal level, applicable and a lever unless
// said otherwise.
func ask(kind string, value float64, level catalog.Level) plan.Ask {
	v := value
	return plan.Ask{Kind: kind, Term: kind, Applicable: true, Lever: true,
		ValueToCandidate: plan.Valuation{Mean: &v, Source: plan.ValueEngine},
		SignalRisk:       catalog.Signal{Level: level}}
}

func notApplicable(a plan.Ask) plan.Ask { a.Applicable = false; return a }
func notLever(a plan.Ask) plan.Ask      { a.Lever = false; return a }
func unvalued(a plan.Ask) plan.Ask      { a.ValueToCandidate.Mean = nil; return a }

func recommended(asks []plan.Ask) []string {
	var kinds []string
	for _, a := range asks {
		if a.Recommended {
			kinds = append(kinds, a.Kind)
		}
	}
	return kinds
}

// TestRecommend checks the selection on valuations given as data.
func TestRecommend(t *testing.T) {
	bespokeRes := &assess.Result{Regime: assess.Bespoke, Levers: []string{assess.AllKinds}}
	borderline := &assess.Result{Regime: assess.Borderline, Exceptions: 1}
	tiny := &assess.Result{Regime: assess.Bespoke, Levers: []string{assess.AllKinds},
		Discouraged: []assess.Discouraged{{Kind: "sign_on", Rule: "tiny-company"}}}
	tests := []struct {
		name string
		res  *assess.Result
		opts plan.Options
		asks []plan.Ask
		want []string
	}{
		{"most value within three asks", bespokeRes, plan.Options{},
			[]plan.Ask{ask("a", 10, catalog.Low), ask("b", 40, catalog.Low), ask("c", 30, catalog.Low), ask("d", 20, catalog.Low)},
			[]string{"b", "c", "d"}},
		{"the signal budget binds: two mediums, not three", bespokeRes, plan.Options{},
			[]plan.Ask{ask("a", 50, catalog.Medium), ask("b", 40, catalog.Medium), ask("c", 30, catalog.Medium)},
			[]string{"a", "b"}},
		{"budget trades one big medium for two lows", bespokeRes, plan.Options{},
			[]plan.Ask{ask("a", 50, catalog.Medium), ask("b", 45, catalog.Medium), ask("c", 30, catalog.Low), ask("d", 30, catalog.Low)},
			[]string{"a", "c", "d"}},
		{"a high-risk ask is never in the default budget", bespokeRes, plan.Options{},
			[]plan.Ask{ask("travel_class", 1000, catalog.High), ask("b", 1, catalog.Low)},
			[]string{"b"}},
		{"a raised budget admits it", bespokeRes, plan.Options{SignalBudget: 6},
			[]plan.Ask{ask("travel_class", 1000, catalog.High), ask("b", 1, catalog.Low)},
			[]string{"travel_class", "b"}},
		{"inapplicable asks are never recommended", bespokeRes, plan.Options{},
			[]plan.Ask{notApplicable(ask("extra_pto", 100, catalog.Low)), ask("b", 1, catalog.Low)},
			[]string{"b"}},
		{"unvalued and worthless asks are not recommended", bespokeRes, plan.Options{},
			[]plan.Ask{unvalued(ask("a", 0, catalog.Low)), ask("b", 0, catalog.Low), ask("c", -5, catalog.Low)},
			nil},
		{"one ask per kind", bespokeRes, plan.Options{},
			[]plan.Ask{ask("equity", 10, catalog.Low), ask("equity", 9, catalog.Low), ask("base", 1, catalog.Low)},
			[]string{"equity", "base"}},
		{"a system offer gets only its levers", &assess.Result{Regime: assess.System}, plan.Options{},
			[]plan.Ask{notLever(ask("exercise_window", 100, catalog.Low)), ask("sign_on", 5, catalog.Low)},
			[]string{"sign_on"}},
		{"a borderline offer gets one exception", borderline, plan.Options{},
			[]plan.Ask{notLever(ask("exercise_window", 100, catalog.Low)), notLever(ask("remote", 90, catalog.Low)), ask("sign_on", 5, catalog.Low)},
			[]string{"exercise_window", "sign_on"}},
		{"a discouraged kind is never recommended", tiny, plan.Options{},
			[]plan.Ask{notLever(ask("sign_on", 100, catalog.Low)), ask("equity", 5, catalog.Low)},
			[]string{"equity"}},
		{"max asks is settable", bespokeRes, plan.Options{MaxAsks: 1},
			[]plan.Ask{ask("a", 10, catalog.Low), ask("b", 40, catalog.Low)},
			[]string{"b"}},
		{"equal value: fewer signal points", bespokeRes, plan.Options{MaxAsks: 1},
			[]plan.Ask{ask("a", 10, catalog.Medium), ask("b", 10, catalog.Low)},
			[]string{"b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			asks := slices.Clone(tt.asks)
			plan.Recommend(asks, tt.res, tt.opts)
			if got := recommended(asks); !slices.Equal(got, tt.want) {
				t.Errorf("recommended %v, want %v", got, tt.want)
			}
		})
	}
}
