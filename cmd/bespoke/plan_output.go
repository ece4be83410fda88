package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/plan"
	"github.com/bespokehq/bespoke/table"
)

// planTables renders a plan: for each offer, its asks (with the warnings as notes) and its
// efficient packages.
func planTables(r *plan.Report) []*table.Table {
	var ts []*table.Table
	for i := range r.Offers {
		ts = append(ts, planAsksTable(&r.Offers[i]), planPackagesTable(&r.Offers[i]))
	}
	return ts
}

func planAsksTable(op *plan.OfferPlan) *table.Table {
	t := &table.Table{
		Title: fmt.Sprintf("Asks for %s (%s, %s%s)", op.ID, op.Company, op.Regime, ruleIDs(op)),
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

func planPackagesTable(op *plan.OfferPlan) *table.Table {
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
		t.AddRow(strings.Join(names, ", "), wholeDollars(p.ValueToCandidate), wholeDollars(p.CostToCompany.Float()), yesNo(p.Recommended))
	}
	return t
}

func askText(a plan.Ask) string {
	if a.Current == "" {
		return string(a.Value)
	}
	return string(a.Current) + " → " + string(a.Value)
}

func costText(m *bespoke.Money) string {
	if m == nil {
		return "—"
	}
	return wholeDollars(m.Float())
}

func wholeDollars(f float64) string { return bespoke.MoneyFromFloat(math.Round(f)).Format() }

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
func ruleIDs(op *plan.OfferPlan) string {
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
