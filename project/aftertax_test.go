package project_test

import (
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/project"
	"github.com/bespokehq/bespoke/value"
)

// taxedExample is the example with what the after-tax figures need: the candidate's tax
// situation, a deferred-compensation plan at acme and the work states.
func taxedExample() *bespoke.Workspace {
	w := example()
	w.Candidate = bespoke.Candidate{FilingStatus: bespoke.Single, State: "CA", TaxYear: 2026,
		OtherIncome: bespoke.OtherIncome{Interest: bespoke.Dollars(2000)}, PTODaysTaken: 13}
	w.Assumptions = bespoke.Assumptions{HorizonYears: 4, Scenarios: 1, DiscountRate: 0.05, Inflation: 0.025,
		Public: bespoke.PublicModel{Drift: 0.07}}
	w.Assumptions.TenureYears.Min, w.Assumptions.TenureYears.Max = 1.5, 6
	w.Offers[0].Terms.DeferredComp = bespoke.DeferredComp{Available: true, MaxPctOfBase: 50, PayoutInstallments: 5}
	w.Offers[1].Terms.WorkState = "WA"
	for i := range w.Offers {
		for g := range w.Offers[i].Equity {
			w.Offers[i].Equity[g].ExpiryYears = 10
		}
	}
	w.Current.Equity[0].ExpiryYears = 10
	// options at a public company whose price is volatile: compare still exercises them as
	// they vest, at the stated price
	acme := &w.Offers[0]
	acme.Company.Volatility = 0.4
	acme.Equity = append(acme.Equity, bespoke.Grant{ID: "acme-nso", Type: bespoke.NSO, Shares: 10000, Strike: price(60),
		ExpiryYears: 10, Vesting: bespoke.Vesting{Months: 48, CliffMonths: 12, EveryMonths: 3}})
	return w
}

// TestAfterTaxCashIsComparePay checks that the after-tax figures start from exactly compare's
// pre-tax figures: each year's cash is the pre-tax total less the pay deferred, to the cent.
func TestAfterTaxCashIsComparePay(t *testing.T) {
	w := taxedExample()
	c := project.Compare(w)
	if err := c.AddAfterTax(w); err != nil {
		t.Fatal(err)
	}
	for _, j := range c.Jobs {
		for _, y := range j.Years {
			a := y.After
			if a.Cash != y.PreTaxTotal-a.Deferred {
				t.Errorf("%s year %d: cash %v, pre-tax total %v less deferred %v", j.ID, y.Year, a.Cash, y.PreTaxTotal, a.Deferred)
			}
			if a.AfterTax != a.Cash-a.Tax || a.Tax <= 0 || a.MarginalRate <= 0.3 || a.MarginalRate >= 0.6 {
				t.Errorf("%s year %d: %+v", j.ID, y.Year, a)
			}
			if a.TaxYear != 2026+y.Year-1 {
				t.Errorf("%s year %d taxed under %d", j.ID, y.Year, a.TaxYear)
			}
		}
	}
	if d := c.Job("acme").Total.After.VsCurrent; d == nil || *d <= 0 {
		t.Errorf("acme's after-tax difference to the current job: %v", d)
	}
}

// TestAfterTaxIsTheEngine checks that compare's after-tax figures are the valuation engine's
// deterministic scenario, year by year: each job's own years, and with the current job's vested
// options added back, exactly the engine's world.
func TestAfterTaxIsTheEngine(t *testing.T) {
	w := taxedExample()
	c := project.Compare(w)
	if err := c.AddAfterTax(w); err != nil {
		t.Fatal(err)
	}
	jobs, err := value.Deterministic(w, value.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, jy := range jobs {
		if jy.WithoutVested == nil {
			t.Fatalf("%s: the example's current options are vested by the leave date, yet the engine has no years without them", jy.ID)
		}
		for k, y := range jy.Years {
			got := c.Job(jy.ID).Years[k].After
			if got.AfterTax != jy.WithoutVested[k].AfterTax || got.AfterTax+jy.Vested[k].AfterTax != y.AfterTax {
				t.Errorf("%s year %d: compare %v + vested options %v, engine %v", jy.ID, k+1, got.AfterTax, jy.Vested[k].AfterTax, y.AfterTax)
			}
		}
	}
}

// TestAfterTaxLeavesOutAStateNotModelled checks that a state whose income tax the engine does
// not model is left out, with a note, rather than refusing the comparison: the figures equal
// those of a state without an income tax, except for its payroll tax (California SDI).
func TestAfterTaxLeavesOutAStateNotModelled(t *testing.T) {
	withState := func(state string) *project.Comparison {
		w := taxedExample()
		w.Candidate.State = state
		w.Offers[1].Terms.WorkState = state
		c := project.Compare(w)
		if err := c.AddAfterTax(w); err != nil {
			t.Fatalf("state %s: %v", state, err)
		}
		return c
	}
	dc, tx := withState("DC"), withState("TX")
	if len(dc.Notes) != 1 || !strings.Contains(dc.Notes[0], "DC is not modelled") || len(tx.Notes) != 0 {
		t.Errorf("notes: DC %q, TX %q", dc.Notes, tx.Notes)
	}
	for i := range dc.Jobs {
		if got, want := dc.Jobs[i].Total.After.Tax, tx.Jobs[i].Total.After.Tax; got != want {
			t.Errorf("%s: tax in DC %v, in TX %v", dc.Jobs[i].ID, got, want)
		}
	}
}

// TestAfterTaxVestedOptions checks what the current job's vested options bring after tax in
// each job's world: the engine's year-by-year effects summed, starting from exactly the
// spread compare counts before tax, and their difference to the current job's.
func TestAfterTaxVestedOptions(t *testing.T) {
	w := taxedExample()
	c := project.Compare(w)
	if err := c.AddAfterTax(w); err != nil {
		t.Fatal(err)
	}
	jobs, err := value.Deterministic(w, value.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cur := c.Job(project.CurrentID).Vested.After
	for _, jy := range jobs {
		var want value.Effect
		for _, e := range jy.Vested {
			want.PreTax += e.PreTax
			want.Tax += e.Tax
			want.AfterTax += e.AfterTax
		}
		v := c.Job(jy.ID).Vested
		a := v.After
		if want.PreTax != v.PreTax || a == nil || a.Tax != want.Tax || a.AfterTax != want.AfterTax || a.Tax <= 0 {
			t.Fatalf("%s: compare %+v after tax %+v; the engine %+v", jy.ID, v, a, want)
		}
		if jy.ID == project.CurrentID {
			if a.VsCurrent != nil {
				t.Errorf("the current job has a difference to itself")
			}
			continue
		}
		if a.VsCurrent == nil || *a.VsCurrent != a.AfterTax-cur.AfterTax {
			t.Errorf("%s: vs current %v, want %v", jy.ID, a.VsCurrent, a.AfterTax-cur.AfterTax)
		}
	}
}
