package catalog_test

import (
	"strings"
	"testing"
	"time"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/catalog"
	"github.com/bespokehq/bespoke/internal/example"
)

// TestApplicability checks every condition the catalog names, both ways.
func TestApplicability(t *testing.T) {
	c := catalog.Default()
	w := example.Workspace()
	dayAfter := bespoke.MustDate(2027, time.February, 4)
	lastDay := bespoke.MustDate(2027, time.February, 3)
	tests := []struct {
		name, offer, term, value string
		today                    bespoke.Date
		notApplicable, warning   string // substrings; "" means none expected
	}{
		{"window with options", "rocket", "exercise_window_days", "3650", example.Today, "", ""},
		{"window without options", "acme", "exercise_window_days", "3650", example.Today, "grants no stock options", ""},
		{"window already there", "rocket", "exercise_window_days", "90", example.Today, "already has exercise_window_days = 90", ""},
		{"early exercise of an NSO", "rocket", "equity[rocket-backloaded].early_exercise", "true", example.Today, "", ""},
		{"early exercise of RSUs", "acme", "equity[acme-rsu].early_exercise", "true", example.Today, "acme-rsu is an RSU grant", ""},
		{"early exercise of an unknown grant", "rocket", "equity[nope].early_exercise", "true", example.Today, `no grant "nope"`, ""},
		{"extra days, metered", "rocket", "pto.days", "20", example.Today, "", ""},
		{"extra days, unlimited", "acme", "pto.days", "25", example.Today, "PTO is unlimited", ""},
		{"deferral at a private company", "rocket", "deferred_comp.available", "true", example.Today, "", "mostly found at public companies"},
		{"deferral, last day of the window", "rocket", "deferred_comp.available", "true", lastDay, "", "public companies"},
		{"deferral, window closed", "rocket", "deferred_comp.available", "true", dayAfter, "closed on 2027-02-03", "public companies"},
		{"deferral at a public company", "acme", "deferred_comp.max_pct_of_base", "75", example.Today, "", ""},
		{"financing at a private company", "rocket", "exercise_financing", "true", example.Today, "", ""},
		{"financing without options", "acme", "exercise_financing", "true", example.Today, "grants no stock options", "is public"},
		{"refresher with equity", "acme", "equity[acme-rsu].refresh", "yearly", example.Today, "", ""},
		{"remote", "acme", "remote", "remote", example.Today, "", ""},
		{"travel class", "acme", "travel_class", "first", example.Today, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := catalog.Context{Workspace: w, Offer: w.Offer(tt.offer), Today: tt.today,
				Ask: bespoke.Ask{Offer: tt.offer, Term: tt.term, Value: bespoke.Scalar(tt.value)}}
			na, warn := c.ForTerm(tt.term).Check(ctx)
			check(t, "not applicable", na, tt.notApplicable)
			check(t, "warning", warn, tt.warning)
		})
	}
}

func check(t *testing.T, what string, got []string, want string) {
	t.Helper()
	joined := strings.Join(got, "; ")
	switch {
	case want == "" && len(got) > 0:
		t.Errorf("%s: %q, want none", what, joined)
	case want != "" && !strings.Contains(joined, want):
		t.Errorf("%s: %q, want %q", what, joined, want)
	}
}

func TestHasEquity(t *testing.T) {
	w := example.Workspace()
	o := w.Offer("acme")
	o.Equity = nil
	ctx := catalog.Context{Workspace: w, Offer: o, Today: example.Today, Ask: bespoke.Ask{Term: "acceleration", Value: "double_trigger"}}
	if na, _ := catalog.Default().Kind("acceleration").Check(ctx); len(na) != 1 || !strings.Contains(na[0], "no equity") {
		t.Errorf("acceleration without equity: %v", na)
	}
}
