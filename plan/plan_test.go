package plan_test

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/assess"
	"github.com/bespokehq/bespoke/catalog"
	"github.com/bespokehq/bespoke/internal/example"
	"github.com/bespokehq/bespoke/plan"
)

// values is a Valuer whose answers are data: the estimate of each "offer term" pair, and
// EUNSUPPORTED for the rest.
type values map[string]plan.Estimate

func (v values) AskValue(_ *bespoke.Workspace, a bespoke.Ask) (plan.Estimate, error) {
	if e, ok := v[a.Offer+" "+a.Term]; ok {
		return e, nil
	}
	return plan.Estimate{}, bespoke.Errorf(bespoke.EUNSUPPORTED, "no model for %s", a.Term)
}

func est(mean float64) plan.Estimate {
	return plan.Estimate{Mean: mean, Low: mean * 0.9, High: mean * 1.1, Level: 0.95}
}

// engine prices the example's asks roughly as the valuation engine would.
var engine = values{
	"rocket exercise_window_days":                     est(180000),
	"rocket pto.days":                                 est(25000),
	"rocket cash.base":                                est(33000),
	"rocket cash.sign_on":                             est(17000),
	"rocket equity[rocket-iso].shares":                est(60000),
	"rocket equity[rocket-backloaded].early_exercise": est(4000),
	"rocket deferred_comp.available":                  est(2000),
	"acme cash.base":                                  est(35000),
	"acme cash.sign_on":                               est(20000),
	"acme equity[acme-rsu].value":                     est(70000),
	"acme acceleration":                               est(8000),
}

func planExample(t *testing.T, w *bespoke.Workspace, opts plan.Options) *plan.Report {
	t.Helper()
	if opts.Today.IsZero() {
		opts.Today = example.Today
	}
	rep, err := plan.Plan(w, opts)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func find(op plan.OfferPlan, term string) *plan.Ask {
	for i := range op.Asks {
		if op.Asks[i].Term == term {
			return &op.Asks[i]
		}
	}
	return nil
}

func TestExamplePlanWithEngine(t *testing.T) {
	rep := planExample(t, example.Workspace(), plan.Options{Valuer: engine})
	acme, rocket := rep.Offers[0], rep.Offers[1]
	if acme.Regime != assess.Bespoke || rocket.Regime != assess.System {
		t.Fatalf("regimes %s, %s", acme.Regime, rocket.Regime)
	}
	if got := recommendedTerms(acme); !slices.Equal(got, []string{"equity[acme-rsu].value", "cash.base", "cash.sign_on"}) {
		t.Errorf("acme recommended %v", got)
	}
	// Rocket is system-driven: the 10-year window, worth the most, is not one of its levers.
	if got := recommendedTerms(rocket); !slices.Equal(got, []string{"equity[rocket-iso].shares", "cash.base", "cash.sign_on"}) {
		t.Errorf("rocket recommended %v", got)
	}
	w := find(rocket, "exercise_window_days")
	if w.Recommended || w.Lever || w.SignalRisk.Level != catalog.Low || w.ValueToCandidate.Source != plan.ValueEngine {
		t.Errorf("rocket window: %+v", w)
	}
	if w.ValueToCandidate.Low == nil || w.ValueToCandidate.High == nil {
		t.Fatal("rocket window: no interval")
	}
	if math.Abs(*w.ValueToCandidate.Low-162000) > 1e-6 || math.Abs(*w.ValueToCandidate.High-198000) > 1e-6 {
		t.Errorf("rocket window interval [%v, %v]", *w.ValueToCandidate.Low, *w.ValueToCandidate.High)
	}
	if len(acme.Packages) < 2 || !slices.ContainsFunc(acme.Packages, func(p plan.Package) bool { return p.Recommended }) {
		t.Errorf("acme packages %+v: want the recommended set among them", acme.Packages)
	}
}

func recommendedTerms(op plan.OfferPlan) []string {
	var terms []string
	for _, a := range op.Asks {
		if a.Recommended {
			terms = append(terms, a.Term)
		}
	}
	return terms
}

// TestInvariants checks, on the example and on variants of it, what must hold of every plan:
// inapplicable asks are never recommended, travel class carries a high signal, every
// recommended ask has a narrative or a warning, and no more asks than allowed.
func TestInvariants(t *testing.T) {
	variants := map[string]func(w *bespoke.Workspace){
		"example": func(*bespoke.Workspace) {},
		"rocket is bespoke": func(w *bespoke.Workspace) {
			w.Offer("rocket").Role.QuasiExecutive = true
		},
		"acme is metered, rocket unlimited": func(w *bespoke.Workspace) {
			w.Offer("acme").Terms.PTO = bespoke.PTO{Policy: bespoke.PTOMetered, Days: 20}
			w.Offer("rocket").Terms.PTO = bespoke.PTO{Policy: bespoke.PTOUnlimited}
		},
		"first class asked with a large stated value": func(w *bespoke.Workspace) {
			w.Asks = append(w.Asks, bespoke.Ask{Offer: "acme", Term: "travel_class", Value: "first", YearlyValue: bespoke.Dollars(500000)})
		},
	}
	for name, change := range variants {
		t.Run(name, func(t *testing.T) {
			w := example.Workspace()
			change(w)
			rep := planExample(t, w, plan.Options{Valuer: engine})
			for _, op := range rep.Offers {
				n := 0
				for _, a := range op.Asks {
					checkInvariants(t, op.ID, a)
					if a.Recommended {
						n++
					}
				}
				if n > plan.DefaultMaxAsks {
					t.Errorf("%s: %d asks recommended", op.ID, n)
				}
			}
		})
	}
}

func checkInvariants(t *testing.T, offer string, a plan.Ask) {
	t.Helper()
	if a.Recommended && !a.Applicable {
		t.Errorf("%s %s: recommended but not applicable", offer, a.Term)
	}
	if a.Kind == "travel_class" && a.SignalRisk.Level != catalog.High {
		t.Errorf("%s travel class: signal %s", offer, a.SignalRisk.Level)
	}
	if a.Kind == "travel_class" && a.Recommended {
		t.Errorf("%s travel class recommended", offer)
	}
	if a.Recommended && len(a.Narrative.Facts) == 0 && !slices.Contains(a.Warnings, plan.WarnNoNarrative) {
		t.Errorf("%s %s: recommended without a narrative or a warning", offer, a.Term)
	}
	if !a.Applicable && !slices.ContainsFunc(a.Warnings, func(s string) bool { return strings.HasPrefix(s, "not applicable: ") }) {
		t.Errorf("%s %s: not applicable without saying why", offer, a.Term)
	}
	if a.Kind == "extra_pto" && a.Current == "unlimited" && a.Applicable {
		t.Errorf("%s: extra days under unlimited PTO apply", offer)
	}
	if a.Kind == "early_exercise" && a.Applicable && strings.Contains(a.Term, "rsu") {
		t.Errorf("%s: early exercise of RSUs applies", offer)
	}
}

func TestDeadlines(t *testing.T) {
	w := example.Workspace()
	late := bespoke.MustDate(2027, time.February, 10)
	rep := planExample(t, w, plan.Options{Today: late, Valuer: engine})
	rocket := rep.Offers[1]
	if len(rocket.Warnings) != 1 || !strings.Contains(rocket.Warnings[0], "deadline, 2026-12-07, has passed") {
		t.Errorf("offer warnings %v", rocket.Warnings)
	}
	d := find(rocket, "deferred_comp.available")
	if d.Applicable || d.Recommended || !strings.Contains(strings.Join(d.Warnings, ";"), "closed on 2027-02-03") {
		t.Errorf("deferral after the window: %+v", d)
	}
	const gone = "83(b) window for an early exercise on 2027-01-04 closed on 2027-02-03"
	if e := find(rocket, "equity[rocket-backloaded].early_exercise"); !strings.Contains(strings.Join(e.Warnings, ";"), gone) {
		t.Errorf("early exercise after its 83(b) window: %v", e.Warnings)
	}
	rep = planExample(t, example.Workspace(), plan.Options{Valuer: engine})
	if len(rep.Offers[1].Warnings) != 0 {
		t.Errorf("warnings before the deadline: %v", rep.Offers[1].Warnings)
	}
	if e := find(rep.Offers[1], "equity[rocket-backloaded].early_exercise"); strings.Contains(strings.Join(e.Warnings, ";"), "83(b) window") {
		t.Errorf("early exercise before the start: %v", e.Warnings)
	}
}

func TestValuationSources(t *testing.T) {
	w := example.Workspace()
	w.Candidate.CommuteValue = bespoke.Dollars(8000)
	w.Asks = append(w.Asks, bespoke.Ask{Offer: "acme", Term: "working_hours", Value: "no meetings before 10", YearlyValue: bespoke.Dollars(3000)})
	rep := planExample(t, w, plan.Options{})
	acme := rep.Offers[0]
	annuity := catalog.Annuity(w)
	tests := []struct {
		term, source string
		mean         float64
	}{
		{"remote", plan.ValueStated, 0.5 * 8000 * annuity}, // hybrid to remote saves half the commute
		{"working_hours", plan.ValueStated, 3000 * annuity},
		{"cash.base", plan.ValueCash, 16000 * annuity},
		{"cash.sign_on", plan.ValueCash, 35000},
		{"acceleration", plan.ValueNone, 0},
	}
	for _, tt := range tests {
		a := find(acme, tt.term)
		if a == nil || a.ValueToCandidate.Source != tt.source || math.Abs(mean(a.ValueToCandidate)-tt.mean) > 0.005 {
			t.Errorf("%s: %+v, want %s %g", tt.term, a.ValueToCandidate, tt.source, tt.mean)
		}
	}
	if a := find(acme, "acceleration"); !slices.Contains(a.Warnings, plan.WarnNotValued) && a.Recommended {
		t.Errorf("an unvalued recommended ask carries no warning")
	}
}

type failing struct{}

func (failing) AskValue(*bespoke.Workspace, bespoke.Ask) (plan.Estimate, error) {
	return plan.Estimate{}, errors.New("disk full")
}

func TestValuerErrorStopsThePlan(t *testing.T) {
	_, err := plan.Plan(example.Workspace(), plan.Options{Today: example.Today, Valuer: failing{}})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("err = %v", err)
	}
}

func TestUnknownTerm(t *testing.T) {
	w := example.Workspace()
	w.Asks = append(w.Asks, bespoke.Ask{Offer: "acme", Term: "cash.parking", Value: "1"})
	a := find(planExample(t, w, plan.Options{}).Offers[0], "cash.parking")
	if a.Applicable || a.Recommended || a.Kind != "unknown" {
		t.Errorf("unknown term: %+v", a)
	}
}

func mean(v plan.Valuation) float64 {
	if v.Mean == nil {
		return 0
	}
	return *v.Mean
}

// TestPositionalTerm checks that a grant named by position is the grant named by id.
func TestPositionalTerm(t *testing.T) {
	w := example.Workspace()
	w.Asks = []bespoke.Ask{{Offer: "acme", Term: "equity[0].early_exercise", Value: "true"}}
	a := find(planExample(t, w, plan.Options{}).Offers[0], "equity[0].early_exercise")
	if a == nil || a.Kind != "early_exercise" || a.Applicable || !strings.Contains(strings.Join(a.Warnings, ";"), "acme-rsu is an RSU grant") {
		t.Errorf("positional early exercise of RSUs: %+v", a)
	}
}

func TestStatedValueComesFirst(t *testing.T) {
	w := example.Workspace()
	w.Asks[0].YearlyValue = bespoke.Dollars(10000) // rocket's window, which the engine prices
	rep := planExample(t, w, plan.Options{Valuer: engine})
	a := find(rep.Offers[1], "exercise_window_days")
	if a.ValueToCandidate.Source != plan.ValueStated || math.Abs(mean(a.ValueToCandidate)-10000*catalog.Annuity(w)) > 0.005 {
		t.Errorf("window with a stated value: %+v", a.ValueToCandidate)
	}
	r := find(rep.Offers[0], "remote")
	if r.ValueToCandidate.Mean != nil || !strings.Contains(r.ValueToCandidate.Note, "commute_value") {
		t.Errorf("remote without a commute value: %+v", r.ValueToCandidate)
	}
}
