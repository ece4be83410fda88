package plan

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/table"
)

// Tables renders the plan: for each offer, its asks (with the warnings as notes) and its
// efficient packages.
func (r *Report) Tables() []*table.Table {
	var ts []*table.Table
	for i := range r.Offers {
		ts = append(ts, r.Offers[i].asksTable(), r.Offers[i].packagesTable())
	}
	return ts
}

func (op *OfferPlan) asksTable() *table.Table {
	t := &table.Table{
		Title: fmt.Sprintf("Asks for %s (%s, %s%s)", op.ID, op.Company, op.Regime, op.ruleIDs()),
		Columns: []table.Column{{Name: "#", Align: table.Right}, {Name: "kind"}, {Name: "term"}, {Name: "ask"},
			{Name: "value to you", Align: table.Right}, {Name: "cost to them", Align: table.Right},
			{Name: "signal"}, {Name: "narrative"}, {Name: "applies"}, {Name: "recommended"}},
	}
	for _, w := range op.Warnings {
		t.Notes = append(t.Notes, "warning: "+w)
	}
	for _, a := range op.Asks {
		t.AddRow(strconv.Itoa(a.Rank), a.Kind, a.Term, askText(a), a.ValueToCandidate.Text(), costText(a.CostToCompany.Amount),
			string(a.SignalRisk.Level), factIDs(a.Narrative.Facts), yesNo(a.Applicable), yesNo(a.Recommended))
		for _, w := range a.Warnings {
			t.Notes = append(t.Notes, fmt.Sprintf("%d. %s: %s", a.Rank, a.Kind, w))
		}
	}
	return t
}

func (op *OfferPlan) packagesTable() *table.Table {
	t := &table.Table{
		Title: fmt.Sprintf("Efficient packages for %s", op.ID),
		Columns: []table.Column{{Name: "asks"}, {Name: "value to you", Align: table.Right},
			{Name: "cost to them", Align: table.Right}, {Name: "recommended"}},
		Notes: []string{"Packages of the applicable asks with both a value and a cost; none beats another on both."},
	}
	for _, p := range op.Packages {
		var names []string
		for i, rank := range p.Asks {
			names = append(names, fmt.Sprintf("%d %s", rank, p.Kinds[i]))
		}
		if len(names) == 0 {
			names = []string{"(nothing)"}
		}
		t.AddRow(strings.Join(names, ", "), dollars(p.ValueToCandidate), dollars(p.CostToCompany.Float()), yesNo(p.Recommended))
	}
	return t
}

func askText(a Ask) string {
	if a.Current == "" {
		return string(a.Value)
	}
	return a.Current + " → " + string(a.Value)
}

// Text writes the valuation for a table: the mean, with the interval's half-width when the
// engine gave one, and the source when it is not the engine.
func (v Valuation) Text() string {
	if v.Mean == nil {
		return "—"
	}
	s := dollars(*v.Mean)
	switch {
	case v.Low != nil && v.High != nil:
		s += " ± " + dollars(math.Max(*v.Mean-*v.Low, *v.High-*v.Mean))
	case v.Source != ValueEngine:
		s += " (" + v.Source + ")"
	}
	return s
}

func costText(m *bespoke.Money) string {
	if m == nil {
		return "—"
	}
	return dollars(m.Float())
}

func dollars(f float64) string { return bespoke.MoneyFromFloat(math.Round(f)).Format() }

func factIDs(fs []bespoke.Fact) string {
	if len(fs) == 0 {
		return "none"
	}
	ids := make([]string, len(fs))
	for i, f := range fs {
		ids[i] = f.ID
	}
	return strings.Join(ids, ", ")
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// ruleIDs lists the rules that decided the regime, those with a weight, after a colon.
func (op *OfferPlan) ruleIDs() string {
	var ids []string
	for _, r := range op.Assessment.Reasons {
		if r.Weight != 0 {
			ids = append(ids, r.Rule)
		}
	}
	if len(ids) == 0 {
		return ""
	}
	return ": " + strings.Join(ids, ", ")
}
