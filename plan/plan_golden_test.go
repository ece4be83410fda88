package plan_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/bespokehq/bespoke/internal/example"
	"github.com/bespokehq/bespoke/internal/golden"
	"github.com/bespokehq/bespoke/plan"
	"github.com/bespokehq/bespoke/table"
)

// TestGolden writes the example workspace's plan, without a valuation engine, in every format.
func TestGolden(t *testing.T) {
	rep, err := plan.Plan(example.Workspace(), plan.Options{Today: example.Today})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []table.Format{table.Text, table.Markdown, table.CSV} {
		var b bytes.Buffer
		if err := table.Write(&b, f, rep.Tables()...); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, "example."+string(f), b.Bytes())
	}
	b, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "example.json", append(b, '\n'))
}
