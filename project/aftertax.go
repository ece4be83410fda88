package project

import (
	"slices"
	"strings"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/value"
)

// AfterTax is a year's figures after tax, for the candidate's filing status, the job's state
// (its work state, else the candidate's) and the year's tax law: job-year k is taxed under tax
// year candidate.tax_year + k − 1, projected from the latest published tables where there are
// none. Pay is wages; RSUs are wages when they vest and are sold at once; options are exercised
// as they vest when in the money and sold at once, their spread taxed as wages (an ISO sold the
// same day is a disqualifying disposition). The tax is what the job's income adds to the tax on
// the candidate's other income.
type AfterTax struct {
	TaxYear int `json:"tax_year"`
	// Deferred is pay put into a deferred-compensation plan: not received (nor taxed) this year.
	Deferred bespoke.Money `json:"deferred"`
	// Cash is the pre-tax total less the pay deferred.
	Cash     bespoke.Money `json:"cash"`
	Tax      bespoke.Money `json:"tax"`
	AfterTax bespoke.Money `json:"after_tax"`
	// MarginalRate is the share of the next $1,000 of salary that would go to tax.
	MarginalRate float64 `json:"marginal_rate"`
	// Projected says the year's tax law is projected from the latest published tables.
	Projected bool           `json:"projected"`
	VsCurrent *bespoke.Money `json:"vs_current,omitempty"`
}

// AddAfterTax fills every job-year's after-tax figures (Year.After) and the totals'. The
// figures come from the valuation engine's deterministic scenario (value.Deterministic), the
// same code every Monte Carlo scenario runs, so a workspace whose prices cannot move values
// its years exactly as here, plus what the current job's vested options bring (Job.Vested).
// Errors are those of the tax tables: EUNSUPPORTED for a tax year before the first published.
func (c *Comparison) AddAfterTax(w *bespoke.Workspace) error {
	jobs, err := value.Deterministic(w, value.Options{})
	if err != nil {
		return err
	}
	var omitted []string
	for _, jy := range jobs {
		if jy.StateNotModelled != "" && !slices.Contains(omitted, jy.StateNotModelled) {
			omitted = append(omitted, jy.StateNotModelled)
		}
		c.PayrollTaxes = jy.PayrollTaxes
		j := c.Job(jy.ID)
		if j == nil {
			continue
		}
		years := jy.Years
		if jy.WithoutVested != nil {
			years = jy.WithoutVested // the job's own years; the options are in j.Vested
		}
		var total AfterTax
		for k, y := range years {
			a := &AfterTax{TaxYear: y.TaxYear, Deferred: y.Deferred, Cash: y.PreTax, Tax: y.Tax, AfterTax: y.AfterTax,
				MarginalRate: y.MarginalRate, Projected: y.Projected}
			j.Years[k].After = a
			total.Deferred += a.Deferred
			total.Cash += a.Cash
			total.Tax += a.Tax
			total.AfterTax += a.AfterTax
			total.Projected = total.Projected || a.Projected
		}
		j.Total.After = &total
		j.addVestedAfterTax(jy.Vested)
	}
	if len(omitted) > 0 {
		n := value.OmittedStatesNote(omitted)
		c.Notes = append(c.Notes, strings.ToUpper(n[:1])+n[1:]+".")
	}
	c.diffAfterTax()
	return nil
}

// addVestedAfterTax sets what the current job's vested options bring in the job's world after
// tax, from the engine's year-by-year effects.
func (j *Job) addVestedAfterTax(es []value.Effect) {
	if j.Vested == nil || es == nil {
		return
	}
	a := &VestedAfterTax{}
	for _, e := range es {
		a.Tax += e.Tax
		a.AfterTax += e.AfterTax
	}
	j.Vested.After = a
}

// diffAfterTax sets each offer's after-tax difference to the current job's, year by year.
func (c *Comparison) diffAfterTax() {
	cur := c.Job(CurrentID)
	if cur == nil || cur.Total.After == nil {
		return
	}
	for i := range c.Jobs {
		j := &c.Jobs[i]
		if j.ID == CurrentID || j.Total.After == nil {
			continue
		}
		for k := range j.Years {
			d := j.Years[k].After.AfterTax - cur.Years[k].After.AfterTax
			j.Years[k].After.VsCurrent = &d
		}
		d := j.Total.After.AfterTax - cur.Total.After.AfterTax
		j.Total.After.VsCurrent = &d
		if j.Vested != nil && j.Vested.After != nil && cur.Vested != nil && cur.Vested.After != nil {
			d := j.Vested.After.AfterTax - cur.Vested.After.AfterTax
			j.Vested.After.VsCurrent = &d
		}
	}
}
