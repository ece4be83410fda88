package assess_test

import (
	"encoding/json"
	"testing"

	"github.com/bespokehq/bespoke/assess"
	"github.com/bespokehq/bespoke/internal/example"
	"github.com/bespokehq/bespoke/internal/golden"
)

func TestGolden(t *testing.T) {
	rep := assess.Assess(example.Workspace(), assess.DefaultRules())
	b, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "example.json", append(b, '\n'))
}

func TestFormatWeight(t *testing.T) {
	for w, want := range map[float64]string{3: "+3", -2: "-2", 0: "0", 0.5: "+0.5"} {
		if got := assess.FormatWeight(w); got != want {
			t.Errorf("FormatWeight(%g) = %q, want %q", w, got, want)
		}
	}
}
