package main

import (
	"fmt"

	"github.com/bespokehq/bespoke/project"
	"github.com/bespokehq/bespoke/table"
)

// vestedTable is what the current job's options vested by the leave date bring in each job's
// world at the stated price, or nil when there are none.
func vestedTable(c *project.Comparison) *table.Table {
	cur := c.Job(project.CurrentID)
	if cur == nil || cur.Vested == nil {
		return nil
	}
	v := cur.Vested
	t := &table.Table{
		Title: fmt.Sprintf("The current job's %s options vested by %s, in each job's world at the stated price",
			groupInt(v.Options), c.LeaveDate),
		Columns: []table.Column{{Name: "job"}, {Name: "exercised", Align: table.Right}, {Name: "before tax", Align: table.Right}},
	}
	after := v.After != nil
	if after {
		t.Columns = append(t.Columns, table.Column{Name: "tax", Align: table.Right}, table.Column{Name: "after tax", Align: table.Right},
			table.Column{Name: "vs current", Align: table.Right})
	}
	for _, j := range c.Jobs {
		vj := j.Vested
		row := []string{j.ID, groupInt(vj.Exercised), vj.PreTax.Format()}
		if a := vj.After; after && a != nil {
			row = append(row, a.Tax.Format(), a.AfterTax.Format(), "")
			if a.VsCurrent != nil {
				row[len(row)-1] = signed(*a.VsCurrent)
			}
		}
		t.AddRow(row...)
	}
	t.Notes = vestedNotes(cur)
	return t
}

func vestedNotes(cur *project.Job) []string {
	n := []string{"Staying or leaving, the exercise rule exercises the options in the money on the leave date and sells the shares at once, " +
		"in year 1 of each job: at a fixed price waiting is worth nothing, and the shares can be sold at the stated price " +
		"(a private company's at its preferred price, as compare assumes), so no cash of your own is needed. " +
		"What differs between the jobs is the tax: the spread is taxed with the job's pay of the year, in its state."}
	if f := cur.Forfeit; f != nil && f.ExerciseCost > 0 {
		n = append(n, fmt.Sprintf("Where the shares cannot be sold at once (a private company before an exit), keeping them when you leave "+
			"means exercising within %d days: %s of strike plus the tax on the spread at the fair market value, "+
			"with the shares waiting for an exit; bespoke value prices that decision over its scenarios.",
			f.ExerciseWindowDays, f.ExerciseCost.Format()))
	}
	return n
}
