package assess

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/bespokehq/bespoke/table"
)

// Tables renders the report as two tables: the regime of each offer, and the reasons behind
// it, one row per rule that fired. What each regime means and its levers are the notes.
func (r *Report) Tables() []*table.Table {
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
		summary.AddRow(o.ID, o.Company, string(o.Regime), FormatWeight(o.Score), o.leverText())
		summary.Notes = append(summary.Notes, fmt.Sprintf("%s: %s", o.ID, o.Text))
		for _, rs := range o.Reasons {
			reasons.AddRow(o.ID, rs.Rule, FormatWeight(rs.Weight), FormatInputs(rs.Inputs), rs.Text)
		}
	}
	return []*table.Table{summary, reasons}
}

// FormatWeight writes a weight or score with its sign: +3, -2, 0, +0.5.
func FormatWeight(w float64) string {
	s := strconv.FormatFloat(w, 'f', -1, 64)
	if w > 0 {
		s = "+" + s
	}
	return s
}

// FormatInputs writes the inputs of a reason as name=value pairs in the order the rules file
// documents them; an input that is not given is written as "not given".
func FormatInputs(m map[string]any) string {
	var parts []string
	for _, in := range inputs {
		v, ok := m[in.name]
		if !ok {
			continue
		}
		if v == nil {
			parts = append(parts, in.name+"=not given")
			continue
		}
		parts = append(parts, fmt.Sprintf("%s=%v", in.name, v))
	}
	return strings.Join(parts, " ")
}

// leverText lists the levers, writing AllKinds as "any" followed by the kinds discouraged.
func (r *Result) leverText() string {
	if !slices.Contains(r.Levers, AllKinds) {
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
