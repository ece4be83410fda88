package main

import (
	"encoding/json"
	"math"
	"path/filepath"
	"testing"
)

// TestValueGolden values the example workspace with a fixed seed and few scenarios and
// compares each output format with its golden file.
func TestValueGolden(t *testing.T) {
	ex := filepath.Join("..", "..", "examples", "workspace.yaml")
	tests := []struct {
		golden string
		args   []string
	}{
		{"example.json.golden", []string{"value", ex, "--scenarios", "2000", "-o", "json"}},
		{"example.table.golden", []string{"value", ex, "--scenarios", "2000", "--term", "rocket.terms.exercise_window_days=1825"}},
		{"example-pretax.markdown.golden", []string{"value", ex, "--scenarios", "2000", "--seed", "3", "--pre-tax", "-o", "markdown"}},
	}
	for _, tt := range tests {
		out, errOut, code := runMain(t, "", tt.args...)
		if code != 0 {
			t.Fatalf("%v: status %d: %s", tt.args, code, errOut)
		}
		checkGolden(t, filepath.Join("testdata", "value", tt.golden), out)
	}
}

// TestValueJSONShape checks the JSON names other tools rely on.
func TestValueJSONShape(t *testing.T) {
	out, errOut, code := runMain(t, "", "value", filepath.Join("..", "..", "examples", "workspace.yaml"), "--scenarios", "500", "-o", "json")
	if code != 0 {
		t.Fatalf("status %d: %s", code, errOut)
	}
	var r struct {
		Seed      *uint64 `json:"seed"`
		Scenarios int     `json:"scenarios"`
		Jobs      []struct {
			ID    string `json:"id"`
			Value map[string]*float64
			Cum   []map[string]float64 `json:"cumulative_by_year"`
			Max   *float64             `json:"max_departure_cash"`
		} `json:"jobs"`
		Asks []struct {
			Offer, Term string
			Value       any
			Worth       map[string]float64 `json:"value_to_candidate"`
		} `json:"asks"`
		Assumptions map[string]any `json:"assumptions"`
		Vested      *struct {
			Options   int64              `json:"options"`
			Policy    string             `json:"current_policy"`
			Kept      map[string]float64 `json:"kept"`
			Hold      map[string]float64 `json:"hold"`
			Exercise  map[string]float64 `json:"exercise_as_if_leaving"`
			EpochCash *float64           `json:"epoch_cash"`
			Spent     *float64           `json:"spent"`
			Offers    []struct {
				Offer     string             `json:"offer"`
				Value     map[string]float64 `json:"value"`
				Cost      map[string]float64 `json:"cost"`
				EpochCash *float64           `json:"epoch_cash"`
				Spent     *float64           `json:"spent"`
			} `json:"offers"`
		} `json:"vested_options"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Seed == nil || *r.Seed != 7 || r.Scenarios != 500 || len(r.Jobs) != 3 || len(r.Asks) != 3 || r.Assumptions == nil {
		t.Fatalf("unexpected report: %s", out)
	}
	for _, j := range r.Jobs {
		for _, k := range []string{"mean", "median", "p10", "p25", "p75", "p90", "certainty_equivalent"} {
			if j.Value[k] == nil {
				t.Errorf("job %s: no value.%s", j.ID, k)
			}
		}
		if (j.ID != "current") != (j.Value["prob_below_current"] != nil) {
			t.Errorf("job %s: prob_below_current %v", j.ID, j.Value["prob_below_current"])
		}
		if len(j.Cum) != 4 || j.Max == nil {
			t.Errorf("job %s: cumulative_by_year %v, max_departure_cash %v", j.ID, j.Cum, j.Max)
		}
	}
	if vo := r.Vested; vo == nil || vo.Options != 57500 || vo.Kept["mean"] <= 0 || len(vo.Offers) != 2 {
		t.Errorf("vested_options: %+v", vo)
	} else {
		// after tax the example's stayer exercises as if leaving: Kept is that policy's, above holding's
		if vo.Policy != "exercise_as_if_leaving" || vo.Kept["mean"] != vo.Exercise["mean"] || vo.Hold["mean"] >= vo.Exercise["mean"] ||
			vo.EpochCash == nil || vo.Spent == nil || *vo.Spent != *vo.EpochCash {
			t.Errorf("vested_options: policy %q, kept %v, hold %v, exercising %v, cash %v, spent %v", vo.Policy, vo.Kept, vo.Hold, vo.Exercise,
				vo.EpochCash, vo.Spent)
		}
		for _, o := range vo.Offers {
			// cost = kept − value, each rounded to the cent; at least the strike to exercise them all
			if o.EpochCash == nil || *o.EpochCash < 69000 || o.Spent == nil || o.Value["scenarios"] != 500 ||
				math.Abs(o.Cost["mean"]-(vo.Kept["mean"]-o.Value["mean"])) > 0.015 {
				t.Errorf("vested_options, %s: %+v", o.Offer, o)
			}
		}
	}
	if r.Asks[0].Value != 3650.0 || r.Asks[2].Value != "remote" {
		t.Errorf("asks' values %v and %v: want the number 3650 and the word remote", r.Asks[0].Value, r.Asks[2].Value)
	}
	for _, a := range r.Asks {
		if _, ok := a.Worth["ci_low"]; !ok || a.Worth["ci_low"] > a.Worth["mean"] || a.Worth["mean"] > a.Worth["ci_high"] {
			t.Errorf("ask %s %s: %v", a.Offer, a.Term, a.Worth)
		}
	}
}
