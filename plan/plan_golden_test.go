package plan_test

import (
	"encoding/json"
	"testing"

	"github.com/bespokehq/bespoke/internal/example"
	"github.com/bespokehq/bespoke/internal/golden"
	"github.com/bespokehq/bespoke/plan"
)

// TestGolden writes the example workspace's plan, without a valuation engine, as JSON; the
// command's tests cover the other formats.
func TestGolden(t *testing.T) {
	rep, err := plan.Plan(example.Workspace(), plan.Options{Today: example.Today})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "example.json", append(b, '\n'))
}
