package catalog_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/catalog"
	"github.com/bespokehq/bespoke/internal/example"
)

func TestKindIDs(t *testing.T) {
	want := []string{"exercise_window", "early_exercise", "deferred_comp", "extra_pto", "remote", "working_hours",
		"work_location", "base", "sign_on", "equity", "refresher", "vesting", "acceleration", "title", "start_date",
		"relocation", "exercise_financing", "travel_class", "bonus", "custom"}
	var got []string
	for _, k := range catalog.Default().Kinds {
		got = append(got, k.ID)
		if k.Name == "" || len(k.Prompts) == 0 || len(k.Sources) == 0 || k.Signal.Reason == "" || len(k.Terms) == 0 {
			t.Errorf("kind %s lacks a name, prompts, sources, a signal reason or terms", k.ID)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("kinds = %v, want %v", got, want)
	}
}

func TestForTerm(t *testing.T) {
	c := catalog.Default()
	tests := map[string]string{
		"exercise_window_days":                    "exercise_window",
		"terms.exercise_window_days":              "exercise_window",
		"equity[rocket-iso].early_exercise":       "early_exercise",
		"deferred_comp.available":                 "deferred_comp",
		"pto.days":                                "extra_pto",
		"remote":                                  "remote",
		"working_hours":                           "working_hours",
		"work_country":                            "work_location",
		"work_state":                              "work_location",
		"cash.base":                               "base",
		"cash.sign_on":                            "sign_on",
		"equity[acme-rsu].shares":                 "equity",
		"equity[acme-rsu].value":                  "equity",
		"equity[acme-rsu].refresh":                "refresher",
		"equity[rocket-iso].vesting.cliff_months": "vesting",
		"acceleration":                            "acceleration",
		"role.level":                              "title",
		"start_date":                              "start_date",
		"cash.relocation":                         "relocation",
		"exercise_financing":                      "exercise_financing",
		"travel_class":                            "travel_class",
		"cash.bonus_target_pct":                   "bonus",
		"custom[gym]":                             "custom",
		"terms.custom[gym].yearly_value":          "custom",
	}
	for path, want := range tests {
		k := c.ForTerm(path)
		if k == nil || k.ID != want {
			t.Errorf("ForTerm(%q) = %v, want %s", path, k, want)
		}
	}
	if k := c.ForTerm("cash.parking"); k != nil {
		t.Errorf("ForTerm(cash.parking) = %s, want nil", k.ID)
	}
}

// TestDefaultsDocumented checks that a kind says in words what its generated ask asks for
// exactly when the plan generates one.
func TestDefaultsDocumented(t *testing.T) {
	c := catalog.Default()
	generated := map[string]bool{}
	w := example.Workspace()
	for i := range w.Offers {
		for _, a := range c.Suggest(w, &w.Offers[i]) {
			generated[c.ForTerm(a.Term).ID] = true
		}
	}
	for _, k := range c.Kinds {
		if generated[k.ID] && k.Default == "" {
			t.Errorf("kind %s generates asks but documents no default", k.ID)
		}
	}
}

func TestSuggest(t *testing.T) {
	c := catalog.Default()
	w := example.Workspace()
	tests := []struct {
		offer string
		want  []string
	}{
		{"acme", []string{"exercise_window_days=3650", "equity[acme-rsu].early_exercise=true", "pto.days=5",
			"remote=remote", "cash.base=336000", "cash.sign_on=95000", "equity[acme-rsu].value=1320000",
			"equity[acme-rsu].vesting.cliff_months=0", "acceleration=double_trigger", "travel_class=business"}},
		{"rocket", []string{"exercise_window_days=3650", "equity[rocket-backloaded].early_exercise=true",
			"deferred_comp.available=true", "pto.days=20", "cash.base=300000", "cash.sign_on=55000",
			"equity[rocket-iso].shares=220000", "equity[rocket-iso].vesting.cliff_months=0",
			"acceleration=double_trigger", "exercise_financing=true", "travel_class=business"}},
	}
	for _, tt := range tests {
		var got []string
		for _, a := range c.Suggest(w, w.Offer(tt.offer)) {
			got = append(got, a.Term+"="+string(a.Value))
			if a.Offer != tt.offer {
				t.Errorf("ask %v is for offer %s", a, a.Offer)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: Suggest =\n%v\nwant\n%v", tt.offer, got, tt.want)
		}
	}
}

func TestCurrentAndSame(t *testing.T) {
	w := example.Workspace()
	o := w.Offer("rocket")
	tests := map[string]string{
		"exercise_window_days":                    "90",
		"pto.days":                                "15",
		"cash.base":                               "285000",
		"equity[rocket-iso].shares":               "200000",
		"equity[rocket-iso].early_exercise":       "true",
		"equity[rocket-iso].vesting.cliff_months": "12",
		"work_state":                              "WA",
		"role.level":                              "principal",
		"start_date":                              "2027-01-04",
		"deferred_comp.available":                 "false",
	}
	for path, want := range tests {
		if got, ok := catalog.Current(w, o, path); !ok || got != want {
			t.Errorf("Current(%s) = %q, %v; want %q", path, got, ok, want)
		}
	}
	if _, ok := catalog.Current(w, o, "equity[nope].shares"); ok {
		t.Error("Current of an unknown grant succeeded")
	}
	for _, tt := range []struct {
		a, b bespoke.Scalar
		want bool
	}{{"90", "90.0", true}, {"$1,000", "1000", true}, {"Remote", "remote", true}, {"hybrid", "remote", false}, {"3650", "90", false}} {
		if catalog.Same(tt.a, tt.b) != tt.want {
			t.Errorf("Same(%q, %q) != %v", tt.a, tt.b, tt.want)
		}
	}
}

func TestSignalFor(t *testing.T) {
	c := catalog.Default()
	w := example.Workspace()
	ctx := func(offer, term, value string) catalog.Context {
		return catalog.Context{Workspace: w, Offer: w.Offer(offer), Ask: bespoke.Ask{Offer: offer, Term: term, Value: bespoke.Scalar(value)}}
	}
	tests := []struct {
		name      string
		ctx       catalog.Context
		narrative bool
		want      catalog.Level
	}{
		{"travel class is high", ctx("acme", "travel_class", "first"), false, catalog.High},
		{"travel class stays high with a narrative", ctx("acme", "travel_class", "first"), true, catalog.High},
		{"window without a narrative", ctx("rocket", "exercise_window_days", "3650"), false, catalog.Medium},
		{"window with a narrative", ctx("rocket", "exercise_window_days", "3650"), true, catalog.Low},
		{"base on top of a strong offer", ctx("acme", "cash.base", "340000"), false, catalog.Medium},
		{"single-trigger acceleration", ctx("rocket", "acceleration", "single_trigger"), false, catalog.High},
		{"double-trigger acceleration", ctx("rocket", "acceleration", "double_trigger"), false, catalog.Medium},
		{"sign-on", ctx("rocket", "cash.sign_on", "50000"), false, catalog.Low},
	}
	for _, tt := range tests {
		k := c.ForTerm(tt.ctx.Ask.Term)
		if got := k.SignalFor(tt.ctx, tt.narrative); got.Level != tt.want || got.Reason == "" {
			t.Errorf("%s: signal %+v, want %s", tt.name, got, tt.want)
		}
	}
	// A base below the current job's is a natural ask.
	cut := ctx("rocket", "cash.base", "300000")
	w.Current.Cash.Base = bespoke.Dollars(300000)
	if got := c.Kind("base").SignalFor(cut, false); got.Level != catalog.Low {
		t.Errorf("base below current: %s", got.Level)
	}
}

func TestReasonsReadAsSentences(t *testing.T) {
	for _, k := range catalog.Default().Kinds {
		if !strings.HasSuffix(k.Signal.Reason, ".") {
			t.Errorf("%s: signal reason %q is not a sentence", k.ID, k.Signal.Reason)
		}
	}
}
