package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/project"
	"github.com/bespokehq/bespoke/table"
)

// compareAfterTax projects the workspace and adds the after-tax figures.
func compareAfterTax(w *bespoke.Workspace) (*project.Comparison, error) {
	c := project.Compare(w)
	if err := c.AddAfterTax(w); err != nil {
		return nil, err
	}
	return c, nil
}

// afterTaxSideBySide is the after-tax cash of every job by year, or nil without figures.
func afterTaxSideBySide(c *project.Comparison) *table.Table {
	if len(c.Jobs) == 0 || c.Jobs[0].Total.After == nil {
		return nil
	}
	t := &table.Table{Title: "After-tax cash by year", Columns: []table.Column{{Name: "year"}, {Name: "tax year"}}}
	for _, j := range c.Jobs {
		t.Columns = append(t.Columns, table.Column{Name: j.ID, Align: table.Right})
		if j.Total.After.VsCurrent != nil {
			t.Columns = append(t.Columns, table.Column{Name: j.ID + " vs current", Align: table.Right})
		}
	}
	projected := false
	for k := 0; k <= c.HorizonYears; k++ {
		row := []string{yearLabel(k, c.HorizonYears), ""}
		for _, j := range c.Jobs {
			a := yearOrTotal(&j, k).After
			if k < c.HorizonYears {
				row[1] = taxYearLabel(a)
				projected = projected || a.Projected
			}
			row = append(row, a.AfterTax.Format())
			if a.VsCurrent != nil {
				row = append(row, signed(*a.VsCurrent))
			}
		}
		t.AddRow(row...)
	}
	t.Notes = append(afterTaxNotes(c.PayrollTaxes, projected), c.Notes...)
	return t
}

func taxYearLabel(a *project.AfterTax) string {
	if a.Projected {
		return strconv.Itoa(a.TaxYear) + "*"
	}
	return strconv.Itoa(a.TaxYear)
}

func afterTaxNotes(payroll []string, projected bool) []string {
	n := []string{"After tax: federal and state income tax and payroll taxes (" + strings.Join(payroll, ", ") + ") for the candidate's filing status, in each job's " +
		"work state (else the candidate's), job-year k under the law of tax_year + k − 1; bonus and RSU income as wages, " +
		"options exercised and sold as they vest, their spread taxed at exercise. The tax is what the job adds to the tax " +
		"on the candidate's other income. Pay deferred under a deferred-compensation plan is neither received nor taxed in the year. " +
		"The current job's options vested by the leave date are the candidate's already and are not in these figures; what they bring in each job's world is shown with the current job."}
	if projected {
		n = append(n, "* The law of these years is projected from the latest published tables at the workspace's inflation rate.")
	}
	return n
}

// afterTaxJobTable is one job's after-tax years, or nil without figures.
func afterTaxJobTable(j *project.Job) *table.Table {
	if j.Total.After == nil {
		return nil
	}
	t := &table.Table{Title: j.ID + ": after tax", Columns: []table.Column{{Name: "year"}, {Name: "tax year"},
		{Name: "deferred", Align: table.Right}, {Name: "cash", Align: table.Right}, {Name: "tax", Align: table.Right},
		{Name: "after tax", Align: table.Right}, {Name: "marginal rate", Align: table.Right}}}
	for k := 0; k <= len(j.Years); k++ {
		a := yearOrTotal(j, k).After
		ty, rate := "", ""
		if k < len(j.Years) {
			ty, rate = taxYearLabel(a), fmt.Sprintf("%.1f%%", 100*a.MarginalRate)
		}
		t.AddRow(yearLabel(k, len(j.Years)), ty, a.Deferred.Format(), a.Cash.Format(), a.Tax.Format(), a.AfterTax.Format(), rate)
	}
	t.Notes = []string{"Marginal rate: the share of the next $1,000 of salary that would go to tax."}
	return t
}

// afterTaxColumns are the CSV's after-tax columns.
var afterTaxColumns = []table.Column{{Name: "tax_year"}, {Name: "deferred"}, {Name: "cash"}, {Name: "tax"},
	{Name: "after_tax"}, {Name: "marginal_rate"}, {Name: "tax_projected"}}

func afterTaxCells(y project.Year) []string {
	a := y.After
	if a == nil {
		return make([]string, len(afterTaxColumns))
	}
	return []string{strconv.Itoa(a.TaxYear), a.Deferred.String(), a.Cash.String(), a.Tax.String(), a.AfterTax.String(),
		strconv.FormatFloat(a.MarginalRate, 'f', 4, 64), strconv.FormatBool(a.Projected)}
}
