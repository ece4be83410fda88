package main

import (
	"fmt"
	"math"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/table"
	"github.com/bespokehq/bespoke/value"
)

// writeValue writes the valuation in the format asked.
func writeValue(a *app, f table.Format, rep *valueReport) error {
	if f == table.JSON {
		return writeJSON(a.stdout, roundReport(rep))
	}
	return table.Write(a.stdout, f, valueTables(rep)...)
}

// roundReport rounds dollars to the cent and shares to four decimals, so the JSON carries what
// the figures mean and not floating-point noise.
func roundReport(rep *valueReport) *valueReport {
	r := *rep
	res := *rep.Result
	res.Jobs = make([]value.JobResult, len(rep.Jobs))
	for i, j := range rep.Jobs {
		j.Value = roundDist(j.Value)
		j.NonCash, j.MaxDepartureCash = cents(j.NonCash), cents(j.MaxDepartureCash)
		j.Terms = value.TermValues{TimeOff: cents(j.Terms.TimeOff), Remote: cents(j.Terms.Remote), Custom: cents(j.Terms.Custom)}
		bands := make([]value.Band, len(j.CumulativeByYear))
		for k, b := range j.CumulativeByYear {
			bands[k] = value.Band{Year: b.Year, P10: cents(b.P10), Median: cents(b.Median), P90: cents(b.P90)}
		}
		j.CumulativeByYear = bands
		res.Jobs[i] = j
	}
	r.Result = &res
	r.Asks = make([]askValue, len(rep.Asks))
	for i, a := range rep.Asks {
		a.Worth = roundEstimate(a.Worth)
		r.Asks[i] = a
	}
	if rep.Vested != nil {
		vo := *rep.Vested
		vo.Kept, vo.Hold, vo.Exercise = roundEstimate(vo.Kept), roundEstimate(vo.Hold), roundEstimate(vo.Exercise)
		vo.EpochCash, vo.Spent = cents(vo.EpochCash), cents(vo.Spent)
		vo.Offers = make([]value.LeavingOptions, len(rep.Vested.Offers))
		for i, l := range rep.Vested.Offers {
			l.Value, l.Cost = roundEstimate(l.Value), roundEstimate(l.Cost)
			l.EpochCash, l.Spent = cents(l.EpochCash), cents(l.Spent)
			vo.Offers[i] = l
		}
		r.Vested = &vo
	}
	return &r
}

func roundEstimate(e value.Estimate) value.Estimate {
	return value.Estimate{Mean: cents(e.Mean), CILow: cents(e.CILow), CIHigh: cents(e.CIHigh), StdErr: cents(e.StdErr), N: e.N}
}

func roundDist(d value.Distribution) value.Distribution {
	out := value.Distribution{Mean: cents(d.Mean), Median: cents(d.Median), P10: cents(d.P10), P25: cents(d.P25),
		P75: cents(d.P75), P90: cents(d.P90), CertaintyEquivalent: cents(d.CertaintyEquivalent)}
	if d.ProbBelowCurrent != nil {
		p := math.Round(*d.ProbBelowCurrent*1e4) / 1e4
		out.ProbBelowCurrent = &p
	}
	return out
}

func cents(x float64) float64 { return math.Round(x*100) / 100 }

// usd formats dollars rounded to the dollar.
func usd(x float64) string { return bespoke.MoneyFromFloat(math.Round(x)).Format() }

func valueTables(rep *valueReport) []*table.Table {
	ts := []*table.Table{distTable(rep), cashTable(rep), termsTable(rep)}
	if rep.Vested != nil {
		ts = append(ts, leavingTable(rep))
	}
	if len(rep.Asks) > 0 {
		ts = append(ts, asksTable(rep))
	}
	ts[len(ts)-1].Notes = append(ts[len(ts)-1].Notes, notes(rep)...)
	return ts
}

func distTable(rep *valueReport) *table.Table {
	what := "after tax"
	if rep.PreTax {
		what = "before tax"
	}
	t := &table.Table{
		Title: fmt.Sprintf("Value %s over %d years, present value (%s scenarios, seed %d)", what,
			rep.Assumptions.HorizonYears, groupInt(int64(rep.Scenarios)), rep.Seed),
		Columns: []table.Column{{Name: "job"}, {Name: "mean", Align: table.Right}, {Name: "median", Align: table.Right},
			{Name: "P10", Align: table.Right}, {Name: "P25", Align: table.Right}, {Name: "P75", Align: table.Right},
			{Name: "P90", Align: table.Right}, {Name: "below current", Align: table.Right},
			{Name: "certainty equiv.", Align: table.Right}, {Name: "max cash to leave", Align: table.Right}},
	}
	for _, j := range rep.Jobs {
		d := j.Value
		below := "—"
		if d.ProbBelowCurrent != nil {
			below = fmt.Sprintf("%.1f%%", 100**d.ProbBelowCurrent)
		}
		t.AddRow(j.ID, usd(d.Mean), usd(d.Median), usd(d.P10), usd(d.P25), usd(d.P75), usd(d.P90), below,
			usd(d.CertaintyEquivalent), usd(j.MaxDepartureCash))
	}
	return t
}

func cashTable(rep *valueReport) *table.Table {
	what := "After-tax cash"
	if rep.PreTax {
		what = "Cash"
	}
	t := &table.Table{Title: what + " received by the end of each year: median (P10 to P90)",
		Columns: []table.Column{{Name: "job"}}}
	for k := range rep.Assumptions.HorizonYears {
		t.Columns = append(t.Columns, table.Column{Name: fmt.Sprintf("year %d", k+1), Align: table.Right})
	}
	for _, j := range rep.Jobs {
		row := []string{j.ID}
		for _, b := range j.CumulativeByYear {
			row = append(row, fmt.Sprintf("%s (%s to %s)", usd(b.Median), usd(b.P10), usd(b.P90)))
		}
		t.AddRow(row...)
	}
	return t
}

func termsTable(rep *valueReport) *table.Table {
	t := &table.Table{Title: "Terms without cash: value a year of work, and their present value within the value above",
		Columns: []table.Column{{Name: "job"}, {Name: "time off", Align: table.Right}, {Name: "remote work", Align: table.Right},
			{Name: "custom terms", Align: table.Right}, {Name: "present value", Align: table.Right}}}
	for _, j := range rep.Jobs {
		t.AddRow(j.ID, usd(j.Terms.TimeOff), usd(j.Terms.Remote), usd(j.Terms.Custom), usd(j.NonCash))
	}
	return t
}

// leavingTable says what the current job's vested options add to each job's value, which
// policy the candidate takes on them staying, and what leaving them costs.
func leavingTable(rep *valueReport) *table.Table {
	vo := rep.Vested
	t := &table.Table{
		Title: fmt.Sprintf("The current job's %s vested options: what they add to each job's value, and what leaving them costs", groupInt(vo.Options)),
		Columns: []table.Column{{Name: "job"}, {Name: "adds", Align: table.Right}, {Name: "cost of leaving", Align: table.Right},
			{Name: "95% interval", Align: table.Right}, {Name: "cash to exercise all", Align: table.Right},
			{Name: "cash spent (mean)", Align: table.Right}},
	}
	cur, cash := "current (holds)", "—"
	if vo.Policy == value.ExerciseAsIfLeaving {
		cur = "current (exercises as if leaving)"
	}
	if vo.EpochCash > 0 {
		cash = usd(vo.EpochCash)
	}
	t.AddRow(cur, usd(vo.Kept.Mean), "—", "", cash, usd(vo.Spent))
	for _, l := range vo.Offers {
		t.AddRow(l.Offer, usd(l.Value.Mean), usd(l.Cost.Mean), fmt.Sprintf("%s to %s", usd(l.Cost.CILow), usd(l.Cost.CIHigh)),
			usd(l.EpochCash), usd(l.Spent))
	}
	t.Notes = []string{
		"Leaving for an offer, you decide on them on the leave date, within the current job's exercise window, with your cash: exercise (the strike and the tax now) or let them lapse.",
		stayingNote(vo),
		"Adds: the job's value with them less without them, over the same scenarios. Cost of leaving: what they add staying less what they add in the offer's world, already in the offer's value and its chance of ending below the current job: what the window takes away from a stayer free to decide as you must. It is not negative but for the tax (each job's pay and state tax the exercise and the sale) and for what the cash they take would have bought of each job's own equity.",
		"Cash to exercise all: the most, over the scenarios, that exercising them all on the leave date takes, strike and estimated tax (nothing where the shares can be sold at once); cash spent: what the exercise rule spends on them on average.",
	}
	return t
}

// stayingNote says what a candidate who stays does with the vested options, and why.
func stayingNote(vo *value.VestedOptions) string {
	if vo.Hold == vo.Exercise {
		return "Staying, you keep them until you leave or the company exits: deciding on them as if leaving would change nothing here."
	}
	better := fmt.Sprintf("holding them, which adds %s against %s exercising as if leaving", usd(vo.Hold.Mean), usd(vo.Exercise.Mean))
	if vo.Policy == value.ExerciseAsIfLeaving {
		better = fmt.Sprintf("exercising as if leaving, which adds %s against %s holding them", usd(vo.Exercise.Mean), usd(vo.Hold.Mean))
	}
	return "Staying, you may decide on them as leaving would force you to (exercise what the exercise rule exercises, keep the rest as options) " +
		"or keep them all until you leave or the company exits; the current job's value takes the better in mean: " + better + "."
}

func asksTable(rep *valueReport) *table.Table {
	t := &table.Table{Title: "Asks: value to you, the change in the offer's present value over the same scenarios",
		Columns: []table.Column{{Name: "offer"}, {Name: "term"}, {Name: "asked"}, {Name: "mean", Align: table.Right},
			{Name: "95% interval", Align: table.Right}}}
	for _, a := range rep.Asks {
		e := a.Worth
		t.AddRow(a.Offer, a.Term, string(a.Value), usd(e.Mean), fmt.Sprintf("%s to %s", usd(e.CILow), usd(e.CIHigh)))
	}
	return t
}

func notes(rep *valueReport) []string {
	n := []string{"Model, rules and simplifications: docs/valuation.md. Not financial, tax or legal advice."}
	for _, s := range rep.Notes {
		n = append(n, "Note: "+s+".")
	}
	return n
}
