package project_test

import (
	"testing"
	"time"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/project"
)

func d(y int, m time.Month, day int) bespoke.Date { return bespoke.MustDate(y, m, day) }

func price(p float64) bespoke.Price { return bespoke.PriceFromFloat(p) }

// example is the normative example workspace's jobs, built in Go.
func example() *bespoke.Workspace {
	return &bespoke.Workspace{
		Version:     1,
		Assumptions: bespoke.Assumptions{HorizonYears: 4},
		Current: &bespoke.Job{
			Company: bespoke.Company{Name: "Current Co", Stage: bespoke.Private, PreferredPrice: price(9.5), FMV409A: price(3)},
			Cash:    bespoke.Cash{Base: bespoke.Dollars(265000), BonusTargetPct: 10},
			Equity: []bespoke.Grant{{ID: "current-options", Type: bespoke.ISO, Shares: 60000, Strike: price(1.2), GrantDate: d(2023, 3, 1),
				Vesting: bespoke.Vesting{Start: d(2023, 3, 1), Months: 48, CliffMonths: 12, EveryMonths: 1}}},
			Terms: bespoke.Terms{ExerciseWindowDays: 90},
		},
		Offers: []bespoke.Offer{
			{ID: "acme", StartDate: d(2027, 1, 4), Job: bespoke.Job{
				Company: bespoke.Company{Name: "Acme", Stage: bespoke.Public, SharePrice: price(85)},
				Cash:    bespoke.Cash{Base: bespoke.Dollars(320000), BonusTargetPct: 15, SignOn: bespoke.Dollars(60000)},
				Equity: []bespoke.Grant{
					{ID: "acme-rsu", Type: bespoke.RSU, Value: bespoke.Dollars(1200000), Vesting: bespoke.Vesting{Months: 48, CliffMonths: 12, EveryMonths: 3}},
					{ID: "acme-refresh", Type: bespoke.RSU, Value: bespoke.Dollars(200000), Refresh: bespoke.RefreshYearly, Vesting: bespoke.Vesting{Months: 48, EveryMonths: 3}},
				}}},
			{ID: "rocket", StartDate: d(2027, 1, 4), Job: bespoke.Job{
				Company: bespoke.Company{Name: "Rocket", Stage: bespoke.Private, PreferredPrice: price(12.5), FMV409A: price(3.1)},
				Cash:    bespoke.Cash{Base: bespoke.Dollars(285000), SignOn: bespoke.Dollars(25000)},
				Equity: []bespoke.Grant{
					{ID: "rocket-iso", Type: bespoke.ISO, Shares: 200000, Strike: price(3.1), Vesting: bespoke.Vesting{Months: 48, CliffMonths: 12, EveryMonths: 1}},
					{ID: "rocket-backloaded", Type: bespoke.NSO, Shares: 40000, Strike: price(3.1), Vesting: bespoke.Vesting{Months: 48, EveryMonths: 12, YearlyPct: []float64{5, 15, 40, 40}}},
				}}},
		},
	}
}

func TestCompareExample(t *testing.T) {
	c := project.Compare(example())
	if len(c.Jobs) != 3 || c.Jobs[0].ID != "current" || c.LeaveDate != d(2027, 1, 4) {
		t.Fatalf("jobs = %v, leave %v", c.Jobs, c.LeaveDate)
	}
	tests := []struct {
		job    string
		year   int
		shares map[string]int64
		preTax bespoke.Money
	}{
		// 2,500 unvested options vest in February and March 2027 at a spread of 9.50 − 1.20.
		{"current", 1, map[string]int64{"current-options": 2500}, bespoke.Dollars(265000 + 26500 + 20750)},
		{"current", 2, map[string]int64{"current-options": 0}, bespoke.Dollars(265000 + 26500)},
		// floor(1,200,000 / 85) = 14,117 shares; floor(14,117 × 12/48) = 3,529 at the cliff.
		{"acme", 1, map[string]int64{"acme-rsu": 3529}, bespoke.Dollars(320000+48000+60000) + bespoke.Dollars(3529*85)},
		// Year 2: 7,058 − 3,529 more, and the first refresher (2,352 shares from 2028-01-04)
		// vests floor(2,352 × 12/48) = 588 by 2029-01-04.
		{"acme", 2, map[string]int64{"acme-rsu": 3529, "acme-refresh": 588}, bespoke.Dollars(368000) + bespoke.Dollars((3529+588)*85)},
		// Year 4: 14,117 − 10,587 = 3,530; refreshers of years 2, 3, 4: 588 each, 588, 588.
		{"acme", 4, map[string]int64{"acme-rsu": 3530, "acme-refresh": 3 * 588}, bespoke.Dollars(368000) + bespoke.Dollars((3530+3*588)*85)},
		{"rocket", 1, map[string]int64{"rocket-iso": 50000, "rocket-backloaded": 2000}, bespoke.Dollars(285000+25000) + bespoke.Dollars(52000*94/10)},
		{"rocket", 4, map[string]int64{"rocket-iso": 50000, "rocket-backloaded": 16000}, bespoke.Dollars(285000) + bespoke.Dollars(66000*94/10)},
	}
	for _, tt := range tests {
		y := c.Job(tt.job).Years[tt.year-1]
		if !equalShares(y.SharesVested, tt.shares) || y.PreTaxTotal != tt.preTax {
			t.Errorf("%s year %d: shares %v total %v; want %v %v", tt.job, tt.year, y.SharesVested, y.PreTaxTotal, tt.shares, tt.preTax)
		}
	}
}

// equalShares reports whether got lists exactly want's grants with want's counts, plus any
// other grants at zero.
func equalShares(got, want map[string]int64) bool {
	for k, v := range want {
		if n, ok := got[k]; !ok || n != v {
			return false
		}
	}
	for k, v := range got {
		if _, ok := want[k]; !ok && v != 0 {
			return false
		}
	}
	return true
}

func TestCompareDifferenceAndForfeit(t *testing.T) {
	c := project.Compare(example())
	cur, acme := c.Job("current"), c.Job("acme")
	for k := range acme.Years {
		if got, want := *acme.Years[k].VsCurrent, acme.Years[k].PreTaxTotal-cur.Years[k].PreTaxTotal; got != want {
			t.Errorf("year %d: vs current = %v, want %v", k+1, got, want)
		}
	}
	if cur.Years[0].VsCurrent != nil {
		t.Error("the current job has a difference to itself")
	}
	f := cur.Forfeit
	if f == nil || len(f.Grants) != 1 {
		t.Fatalf("forfeit = %+v", f)
	}
	g := f.Grants[0]
	if g.Vested != 57500 || g.Unvested != 2500 || g.UnvestedValue != bespoke.Dollars(20750) || g.ExerciseCost != bespoke.Dollars(69000) {
		t.Errorf("forfeit grant = %+v", g)
	}
}

// TestCompareConservation checks that, for a horizon covering every schedule, each grant's
// shares over the years sum to the grant and the totals are the sums of the years.
func TestCompareConservation(t *testing.T) {
	w := example()
	w.Assumptions.HorizonYears = 5
	for _, j := range project.Compare(w).Jobs {
		var total bespoke.Money
		for _, y := range j.Years {
			total += y.PreTaxTotal
		}
		if total != j.Total.PreTaxTotal {
			t.Errorf("%s: years sum to %v, total says %v", j.ID, total, j.Total.PreTaxTotal)
		}
		if j.ID == "current" {
			continue
		}
		for _, g := range j.Grants {
			if g.Refreshes == 0 && j.Total.SharesVested[g.ID] != g.Shares {
				t.Errorf("%s/%s: %d of %d shares vest", j.ID, g.ID, j.Total.SharesVested[g.ID], g.Shares)
			}
		}
	}
}

// TestCompareEarlyVestingStart checks that year 1 of an offer holds everything that vests on or
// before its start date, however long before it the grant's vesting started.
func TestCompareEarlyVestingStart(t *testing.T) {
	w := example()
	g := &w.Offers[1].Equity[0]
	for _, tt := range []struct {
		start bespoke.Date
		want  int64
	}{
		{d(2026, 1, 4), 100000}, // 24 of 48 months by the end of year 1, 2028-01-04
		{d(1900, 1, 1), 200000},
		{d(1, 1, 1), 200000},
	} {
		g.Vesting.Start = tt.start
		y := project.Compare(w).Job("rocket").Years[0]
		if n := y.SharesVested["rocket-iso"]; n != tt.want {
			t.Errorf("vesting from %s: year 1 vests %d shares, want %d", tt.start, n, tt.want)
		}
	}
}

// TestCompareVestedOptions checks that every job carries the current job's options vested by
// the leave date at their spread, as the exercise rule exercises and sells them at a fixed
// price, while its years stay its own pay (the options are the candidate's already); that
// expired options are not carried; and that options under water are counted but bring nothing.
func TestCompareVestedOptions(t *testing.T) {
	w := example()
	w.Current.Equity[0].ExpiryYears = 10
	c := project.Compare(w)
	spread := bespoke.Dollars(57500 * 830 / 100)
	for _, j := range c.Jobs {
		v := j.Vested
		if v == nil || v.Options != 57500 || v.Exercised != 57500 || v.PreTax != spread {
			t.Fatalf("%s: vested options %+v, want 57,500 exercised for %v", j.ID, v, spread)
		}
	}
	without := project.Compare(example()) // a one-year term: expired long before the leave date
	for i, j := range without.Jobs {
		if j.Vested != nil || j.Years[0].PreTaxTotal != c.Jobs[i].Years[0].PreTaxTotal {
			t.Errorf("%s: expired options %+v, year 1 %v (with them %v)", j.ID, j.Vested, j.Years[0].PreTaxTotal, c.Jobs[i].Years[0].PreTaxTotal)
		}
		if i > 0 && *j.Total.VsCurrent != *c.Jobs[i].Total.VsCurrent {
			t.Errorf("%s: the vested options change the difference to the current job", j.ID)
		}
	}
	w.Current.Company.PreferredPrice = price(1)
	if v := project.Compare(w).Jobs[1].Vested; v == nil || v.Options != 57500 || v.Exercised != 0 || v.PreTax != 0 {
		t.Errorf("under water: %+v", v)
	}
}
