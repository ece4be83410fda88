package main

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/project"
	"github.com/bespokehq/bespoke/table"
)

func init() { register(newCompareCmd) }

type compareOptions struct {
	path   string
	output table.Format
}

func newCompareCmd(a *app) *cobra.Command {
	var opts compareOptions
	c := &cobra.Command{
		Use:   "compare FILE",
		Short: "Compare the current job and every offer year by year",
		Long: `Compare shows the current job and every offer side by side, year by year over the
workspace's horizon: base, bonus at target, sign-on, the shares of each grant that vest and
their value at the stated price (options at the spread over the strike), the pre-tax total,
the difference to the current job, what leaving the current job forfeits, and what its options
vested by then bring in each job's world, before and after tax.

Year k of an offer ends on the k-th anniversary of its start date; the current job's years
run from the day the candidate would leave it (the earliest start date).`,
		Example: `  bespoke compare offers.yaml
  bespoke compare offers.yaml --output json | jq '.jobs[] | {id, total: .total.pre_tax_total}'
  bespoke compare - --output csv < offers.yaml > compare.csv`,
		Args: exactArgs(1, "one workspace file (or - for standard input)"),
		RunE: run(func(c *cobra.Command, args []string) error {
			opts.path = args[0]
			return a.compare(opts)
		}),
	}
	addOutputFlag(c, &opts.output, table.Text, table.JSON, table.Markdown, table.CSV)
	return c
}

func (a *app) compare(opts compareOptions) error {
	w, err := a.loadWorkspace(opts.path)
	if err != nil {
		return err
	}
	cmp, err := compareAfterTax(w)
	if err != nil {
		return err
	}
	return writeComparison(a, cmp, opts.output)
}

func writeComparison(a *app, c *project.Comparison, f table.Format) error {
	switch f {
	case table.JSON:
		return writeJSON(a.stdout, c)
	case table.CSV:
		return table.Write(a.stdout, f, compareCSV(c))
	default:
		return table.Write(a.stdout, f, compareTables(c)...)
	}
}

// compareTables is the human view: the totals side by side, then each job's detail.
func compareTables(c *project.Comparison) []*table.Table {
	ts := []*table.Table{sideBySide(c)}
	if at := afterTaxSideBySide(c); at != nil {
		ts = append(ts, at)
	}
	for i := range c.Jobs {
		ts = append(ts, jobTable(&c.Jobs[i]))
		if at := afterTaxJobTable(&c.Jobs[i]); at != nil {
			ts = append(ts, at)
		}
		ts = append(ts, grantTable(&c.Jobs[i]))
		if f := c.Jobs[i].Forfeit; f != nil {
			ts = append(ts, forfeitTable(f))
			if vt := vestedTable(c); vt != nil {
				ts = append(ts, vt)
			}
		}
	}
	return ts
}

func sideBySide(c *project.Comparison) *table.Table {
	t := &table.Table{Title: "Pre-tax total by year", Columns: []table.Column{{Name: "year"}}}
	for _, j := range c.Jobs {
		t.Columns = append(t.Columns, table.Column{Name: j.ID, Align: table.Right})
		if j.Total.VsCurrent != nil {
			t.Columns = append(t.Columns, table.Column{Name: j.ID + " vs current", Align: table.Right})
		}
	}
	for k := 0; k <= c.HorizonYears; k++ {
		row := []string{yearLabel(k, c.HorizonYears)}
		for _, j := range c.Jobs {
			y := yearOrTotal(&j, k)
			row = append(row, y.PreTaxTotal.Format())
			if y.VsCurrent != nil {
				row = append(row, signed(*y.VsCurrent))
			}
		}
		t.AddRow(row...)
	}
	t.Notes = priceNotes(c)
	return t
}

func jobTable(j *project.Job) *table.Table {
	t := &table.Table{Title: jobTitle(j), Columns: []table.Column{{Name: "year"}, {Name: "base", Align: table.Right},
		{Name: "bonus", Align: table.Right}, {Name: "sign-on", Align: table.Right}, {Name: "relocation", Align: table.Right},
		{Name: "equity", Align: table.Right}}}
	t.Columns = append(t.Columns, table.Column{Name: "pre-tax total", Align: table.Right})
	if j.Total.VsCurrent != nil {
		t.Columns = append(t.Columns, table.Column{Name: "vs current", Align: table.Right})
	}
	for k := 0; k <= len(j.Years); k++ {
		y := yearOrTotal(j, k)
		row := []string{yearLabel(k, len(j.Years)), y.Base.Format(), y.Bonus.Format(), y.SignOn.Format(),
			y.Relocation.Format(), y.Equity.Format(), y.PreTaxTotal.Format()}
		if y.VsCurrent != nil {
			row = append(row, signed(*y.VsCurrent))
		}
		t.AddRow(row...)
	}
	return t
}

func grantTable(j *project.Job) *table.Table {
	t := &table.Table{Title: j.ID + ": equity vested", Columns: []table.Column{{Name: "year"}, {Name: "grant"},
		{Name: "shares", Align: table.Right}, {Name: "per share", Align: table.Right}, {Name: "value", Align: table.Right}}}
	for _, y := range j.Years {
		for _, g := range j.Grants {
			if n := y.SharesVested[g.ID]; n > 0 {
				t.AddRow(strconv.Itoa(y.Year), g.ID, groupInt(n), "$"+g.ShareValue.String(), y.EquityValue[g.ID].Format())
			}
		}
	}
	if len(t.Rows) == 0 {
		t.Notes = append(t.Notes, "No equity vests within the horizon.")
	}
	for _, g := range j.Grants {
		t.Notes = append(t.Notes, grantNote(g))
	}
	return t
}

func grantNote(g project.Grant) string {
	s := fmt.Sprintf("%s: %s of %s shares", g.ID, g.Type, groupInt(g.Shares))
	if g.Type.IsOption() {
		s += fmt.Sprintf(" at a strike of $%s", g.Strike)
	}
	if g.Refreshes > 0 {
		s += fmt.Sprintf(", granted on each of %d anniversaries", g.Refreshes)
	}
	return s + "."
}

func forfeitTable(f *project.Forfeit) *table.Table {
	t := &table.Table{Title: "Leaving the current job on " + f.Date.String(), Columns: []table.Column{{Name: "grant"},
		{Name: "vested", Align: table.Right}, {Name: "unvested", Align: table.Right}, {Name: "unvested value", Align: table.Right},
		{Name: "exercise cost", Align: table.Right}}}
	for _, g := range f.Grants {
		t.AddRow(g.ID, groupInt(g.Vested), groupInt(g.Unvested), g.UnvestedValue.Format(), g.ExerciseCost.Format())
	}
	t.AddRow("total", "", "", f.Unvested.Format(), f.ExerciseCost.Format())
	t.Notes = []string{fmt.Sprintf("Leaving forfeits the unvested shares; vested options must be exercised within %d days or are lost.", f.ExerciseWindowDays)}
	return t
}

// compareCSV is one record per job and year, with a column of shares vested per grant, so the
// file loads straight into a spreadsheet.
func compareCSV(c *project.Comparison) *table.Table {
	t := &table.Table{Columns: []table.Column{{Name: "job"}, {Name: "year"}, {Name: "from"}, {Name: "to"}, {Name: "base"},
		{Name: "bonus"}, {Name: "sign_on"}, {Name: "relocation"}, {Name: "equity"},
		{Name: "pre_tax_total"}, {Name: "vs_current"}}}
	ids := grantIDs(c)
	for _, id := range ids {
		t.Columns = append(t.Columns, table.Column{Name: "shares:" + id})
	}
	t.Columns = append(t.Columns, afterTaxColumns...)
	for _, j := range c.Jobs {
		for _, y := range j.Years {
			row := []string{j.ID, strconv.Itoa(y.Year), y.From.String(), y.To.String(), y.Base.String(), y.Bonus.String(),
				y.SignOn.String(), y.Relocation.String(), y.Equity.String(), y.PreTaxTotal.String(), ""}
			if y.VsCurrent != nil {
				row[len(row)-1] = y.VsCurrent.String()
			}
			for _, id := range ids {
				row = append(row, sharesCell(j, y, id))
			}
			t.AddRow(append(row, afterTaxCells(y)...)...)
		}
	}
	return t
}

func sharesCell(j project.Job, y project.Year, id string) string {
	if !slices.ContainsFunc(j.Grants, func(g project.Grant) bool { return g.ID == id }) {
		return ""
	}
	return strconv.FormatInt(y.SharesVested[id], 10)
}

func grantIDs(c *project.Comparison) []string {
	var ids []string
	for _, j := range c.Jobs {
		for _, g := range j.Grants {
			ids = append(ids, g.ID)
		}
	}
	return ids
}

func jobTitle(j *project.Job) string {
	s := fmt.Sprintf("%s (%s)", j.Company, j.ID)
	if j.Title != "" {
		s += ": " + j.Title
	}
	if j.ID == project.CurrentID {
		return s + ", if you stay from " + j.Start.String()
	}
	return s + ", starting " + j.Start.String()
}

func priceNotes(c *project.Comparison) []string {
	notes := []string{"Equity at the stated price per share; options at the spread over the strike. Bonus at target."}
	for _, j := range c.Jobs {
		notes = append(notes, fmt.Sprintf("%s: $%s a share (%s).", j.ID, j.Price, j.PriceBasis))
	}
	return notes
}

func yearLabel(k, horizon int) string {
	if k == horizon {
		return "total"
	}
	return strconv.Itoa(k + 1)
}

// yearOrTotal returns year k+1 of j, or its total when k is the number of years.
func yearOrTotal(j *project.Job, k int) project.Year {
	if k == len(j.Years) {
		return j.Total
	}
	return j.Years[k]
}

func signed(m bespoke.Money) string {
	if m > 0 {
		return "+" + m.Format()
	}
	return m.Format()
}

// groupInt formats a count with thousands separators.
func groupInt(n int64) string {
	s := bespoke.Dollars(n).Format()
	if n < 0 {
		return "-" + s[2:]
	}
	return s[1:]
}
