package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/bespokehq/bespoke/assess"
	"github.com/bespokehq/bespoke/table"
)

// assessTables renders an assessment as two tables: the regime of each offer, and the reasons behind
// it, one row per rule that fired. What each regime means and its levers are the notes.
func assessTables(r *assess.Report) []*table.Table {
	summary := &table.Table{
		Title: "Regime by offer",
		Columns: []table.Column{{Name: "offer"}, {Name: "company"}, {Name: "regime"},
			{Name: "score", Align: table.Right}, {Name: "levers"}},
	}
	reasons := &table.Table{
		Title: "Reasons",
		Columns: []table.Column{{Name: "offer"}, {Name: "rule"}, {Name: "weight", Align: table.Right},
			{Name: "inputs"}, {Name: "reason"}},
	}
	for _, o := range r.Offers {
		summary.AddRow(o.ID, o.Company, string(o.Regime), assess.FormatWeight(o.Score), leverText(&o))
		summary.Notes = append(summary.Notes, fmt.Sprintf("%s: %s", o.ID, o.Text))
		for _, rs := range o.Reasons {
			reasons.AddRow(o.ID, rs.Rule, assess.FormatWeight(rs.Weight), assess.FormatInputs(rs.Inputs), rs.Text)
		}
	}
	return []*table.Table{summary, reasons}
}

// leverText lists the levers, writing assess.AllKinds as "any" followed by the kinds discouraged.
func leverText(r *assess.Result) string {
	if !slices.Contains(r.Levers, assess.AllKinds) {
		return strings.Join(r.Levers, ", ")
	}
	var except []string
	for _, d := range r.Discouraged {
		if !slices.Contains(except, d.Kind) {
			except = append(except, d.Kind)
		}
	}
	if len(except) == 0 {
		return "any"
	}
	return "any but " + strings.Join(except, ", ")
}
