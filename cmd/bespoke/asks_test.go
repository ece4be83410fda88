package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/bespokehq/bespoke/internal/example"
)

const exampleFile = "../../examples/workspace.yaml"

// TestAsksGolden runs assess, plan and draft on the example workspace in every format and
// compares the output with testdata/golden. Some runs skip the valuation, so that most of the
// files change only when this layer does; the others value 2,000 scenarios, enough to rank the
// asks and quick under the race detector.
func TestAsksGolden(t *testing.T) {
	tests := []struct {
		golden string
		args   []string
	}{
		{"assess.txt", []string{"assess", exampleFile}},
		{"assess.json", []string{"assess", exampleFile, "-o", "json"}},
		{"assess.md", []string{"assess", exampleFile, "-o", "markdown"}},
		{"assess.csv", []string{"assess", exampleFile, "-o", "csv"}},
		{"plan.txt", []string{"plan", exampleFile, "--scenarios", "2000"}},
		{"plan.json", []string{"plan", exampleFile, "-o", "json", "--scenarios", "2000"}},
		{"plan.md", []string{"plan", exampleFile, "-o", "markdown", "--no-valuation"}},
		{"plan.csv", []string{"plan", exampleFile, "-o", "csv", "--no-valuation"}},
		{"plan-rocket.txt", []string{"plan", exampleFile, "--offer", "rocket", "--max-asks", "4", "--signal-budget", "6", "--no-valuation"}},
		{"draft-rocket.md", []string{"draft", exampleFile, "--offer", "rocket", "--scenarios", "2000"}},
		{"draft-rocket.txt", []string{"draft", exampleFile, "--offer", "rocket", "--format", "text", "--no-valuation"}},
		{"draft-acme.json", []string{"draft", exampleFile, "--offer", "acme", "--format", "json", "--scenarios", "2000"}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			stdout, stderr, code := runMain(t, "", tt.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			checkGolden(t, filepath.Join("testdata", "golden", tt.golden), stdout)
		})
	}
}

// TestExampleInGo checks that the workspace the engines' tests build in Go is the one in
// examples/workspace.yaml, as the decoder reads it.
func TestExampleInGo(t *testing.T) {
	a := &app{stderr: os.Stderr, now: func() time.Time { return example.Today.Time() }}
	w, err := a.loadWorkspace(exampleFile)
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(w)
	if err != nil {
		t.Fatal(err)
	}
	want, err := json.Marshal(example.Workspace())
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("internal/example differs from %s:\ngot  %s\nwant %s", exampleFile, got, want)
	}
}
