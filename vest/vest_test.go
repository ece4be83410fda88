package vest_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/vest"
)

func d(y int, m time.Month, day int) bespoke.Date { return bespoke.MustDate(y, m, day) }

func TestSchedule(t *testing.T) {
	type want struct {
		n           int          // number of tranches
		first, last vest.Tranche // first and last tranche
	}
	start := d(2027, 1, 4)
	tests := []struct {
		name  string
		v     bespoke.Vesting
		start bespoke.Date
		total int64
		want  want
	}{
		{"4y monthly, 1y cliff", bespoke.Vesting{Months: 48, CliffMonths: 12, EveryMonths: 1}, start, 48000,
			want{37, vest.Tranche{Date: d(2028, 1, 4), Shares: 12000}, vest.Tranche{Date: d(2031, 1, 4), Shares: 1000}}},
		// 14117 × 12/48 = 3529.25 → 3529 at the cliff; the last quarter takes what is left:
		// 14117 − floor(14117 × 45/48) = 14117 − 13234 = 883.
		{"4y quarterly, 1y cliff, uneven", bespoke.Vesting{Months: 48, CliffMonths: 12, EveryMonths: 3}, start, 14117,
			want{13, vest.Tranche{Date: d(2028, 1, 4), Shares: 3529}, vest.Tranche{Date: d(2031, 1, 4), Shares: 883}}},
		{"5/15/40/40 yearly", bespoke.Vesting{Months: 48, EveryMonths: 12, YearlyPct: []float64{5, 15, 40, 40}}, start, 40000,
			want{4, vest.Tranche{Date: d(2028, 1, 4), Shares: 2000}, vest.Tranche{Date: d(2031, 1, 4), Shares: 16000}}},
		{"5/15/40/40 half-yearly", bespoke.Vesting{Months: 48, EveryMonths: 6, YearlyPct: []float64{5, 15, 40, 40}}, start, 40000,
			want{8, vest.Tranche{Date: d(2027, 7, 4), Shares: 1000}, vest.Tranche{Date: d(2031, 1, 4), Shares: 8000}}},
		{"back-loaded with a zero year", bespoke.Vesting{Months: 48, EveryMonths: 12, YearlyPct: []float64{0, 20, 30, 50}}, start, 1000,
			want{3, vest.Tranche{Date: d(2029, 1, 4), Shares: 200}, vest.Tranche{Date: d(2031, 1, 4), Shares: 500}}},
		{"front-loaded quarterly with cliff", bespoke.Vesting{Months: 48, CliffMonths: 12, EveryMonths: 3, YearlyPct: []float64{38, 32, 20, 10}}, start, 10000,
			want{13, vest.Tranche{Date: d(2028, 1, 4), Shares: 3800}, vest.Tranche{Date: d(2031, 1, 4), Shares: 250}}},
		{"vests at once", bespoke.Vesting{Months: 0}, start, 500,
			want{1, vest.Tranche{Date: start, Shares: 500}, vest.Tranche{Date: start, Shares: 500}}},
		{"fewer shares than steps", bespoke.Vesting{Months: 48, EveryMonths: 1}, start, 7,
			want{7, vest.Tranche{Date: d(2027, 8, 4), Shares: 1}, vest.Tranche{Date: d(2031, 1, 4), Shares: 1}}},
		{"month-end start keeps the last day", bespoke.Vesting{Months: 13, EveryMonths: 1}, d(2027, 1, 31), 13,
			want{13, vest.Tranche{Date: d(2027, 2, 28), Shares: 1}, vest.Tranche{Date: d(2028, 2, 29), Shares: 1}}},
		{"step longer than the remainder", bespoke.Vesting{Months: 10, EveryMonths: 4}, start, 100,
			want{3, vest.Tranche{Date: d(2027, 5, 4), Shares: 40}, vest.Tranche{Date: d(2027, 11, 4), Shares: 20}}},
		{"cliff between steps", bespoke.Vesting{Months: 24, CliffMonths: 7, EveryMonths: 3}, start, 2400,
			want{7, vest.Tranche{Date: d(2027, 8, 4), Shares: 700}, vest.Tranche{Date: d(2029, 1, 4), Shares: 300}}},
		{"cliff equal to the schedule", bespoke.Vesting{Months: 12, CliffMonths: 12, EveryMonths: 1}, start, 999,
			want{1, vest.Tranche{Date: d(2028, 1, 4), Shares: 999}, vest.Tranche{Date: d(2028, 1, 4), Shares: 999}}},
		{"no shares", bespoke.Vesting{Months: 48, EveryMonths: 1}, start, 0, want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := vest.Schedule(tt.v, tt.start, tt.total)
			if len(got) != tt.want.n {
				t.Fatalf("got %d tranches, want %d: %v", len(got), tt.want.n, got)
			}
			if sum(got) != tt.total {
				t.Errorf("tranches sum to %d, want %d", sum(got), tt.total)
			}
			if tt.want.n == 0 {
				return
			}
			if got[0] != tt.want.first || got[len(got)-1] != tt.want.last {
				t.Errorf("first, last = %v, %v; want %v, %v", got[0], got[len(got)-1], tt.want.first, tt.want.last)
			}
		})
	}
}

func sum(ts []vest.Tranche) int64 {
	var n int64
	for _, t := range ts {
		n += t.Shares
	}
	return n
}

// TestScheduleProperties checks, over random schedules from a fixed seed, that tranches sum to
// the grant exactly, are positive and in date order, start no earlier than the cliff, and
// never run ahead of the schedule or fall a whole share behind it.
func TestScheduleProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	steps := []int{1, 2, 3, 4, 6, 12}
	for i := range 5000 {
		v, total := randomVesting(r, steps), r.Int64N(10_000_000)
		start := bespoke.MustDate(2020+r.IntN(10), time.Month(1+r.IntN(12)), 1+r.IntN(31)%28)
		got := vest.Schedule(v, start, total)
		if s := sum(got); s != total {
			t.Fatalf("case %d %+v total %d: sum %d", i, v, total, s)
		}
		cliff := start.AddMonths(v.CliffMonths)
		var cum int64
		for j, tr := range got {
			if tr.Shares <= 0 || (j > 0 && !tr.Date.After(got[j-1].Date)) || tr.Date.Before(cliff) {
				t.Fatalf("case %d %+v: bad tranche %d %v in %v", i, v, j, tr, got)
			}
			cum += tr.Shares
			if cum > total {
				t.Fatalf("case %d: cumulative %d above total %d", i, cum, total)
			}
		}
	}
}

func randomVesting(r *rand.Rand, steps []int) bespoke.Vesting {
	every := steps[r.IntN(len(steps))]
	if r.IntN(3) == 0 {
		years := 1 + r.IntN(5)
		pct := make([]float64, years)
		left := 10000
		for y := range years - 1 {
			p := r.IntN(left + 1)
			pct[y], left = float64(p)/100, left-p
		}
		pct[years-1] = float64(left) / 100
		return bespoke.Vesting{Months: 12 * years, EveryMonths: every, CliffMonths: r.IntN(12 * years), YearlyPct: pct}
	}
	months := 1 + r.IntN(72)
	return bespoke.Vesting{Months: months, EveryMonths: min(every, months), CliffMonths: r.IntN(months + 1)}
}

func TestOfferRefreshersOnAnniversaries(t *testing.T) {
	o := &bespoke.Offer{
		ID:        "acme",
		StartDate: d(2027, 1, 4),
		Job: bespoke.Job{
			Company: bespoke.Company{Stage: bespoke.Public, SharePrice: bespoke.PriceFromFloat(85)},
			Equity: []bespoke.Grant{
				{ID: "rsu", Type: bespoke.RSU, Value: bespoke.Dollars(1_200_000), Vesting: bespoke.Vesting{Months: 48, CliffMonths: 12, EveryMonths: 3}},
				{ID: "refresh", Type: bespoke.RSU, Value: bespoke.Dollars(200_000), Refresh: bespoke.RefreshYearly, Vesting: bespoke.Vesting{Months: 48, EveryMonths: 3}},
			},
		},
	}
	got := vest.Offer(o, d(2031, 1, 4))
	if len(got) != 5 {
		t.Fatalf("got %d issues, want the grant and 4 refreshers", len(got))
	}
	if got[0].Shares != 14117 { // floor(1,200,000 / 85)
		t.Errorf("grant shares = %d, want 14117", got[0].Shares)
	}
	for k, is := range got[1:] {
		if is.ID() != "refresh" || is.Refresh != k+1 || is.GrantDate != d(2027+k+1, 1, 4) || is.Shares != 2352 {
			t.Errorf("refresher %d = %+v", k+1, is)
		}
	}
}

func TestCurrentRefreshersAfterLeaving(t *testing.T) {
	j := &bespoke.Job{
		Company: bespoke.Company{Stage: bespoke.Private, PreferredPrice: bespoke.PriceFromFloat(10)},
		Equity: []bespoke.Grant{{ID: "r", Type: bespoke.RSU, Shares: 1200, GrantDate: d(2024, 3, 1), Refresh: bespoke.RefreshYearly,
			Vesting: bespoke.Vesting{Months: 12, EveryMonths: 1}}},
	}
	got := vest.Current(j, d(2027, 1, 4), d(2029, 1, 4))
	// The grant itself, then the repeats of 2027-03-01 and 2028-03-01 (2025 and 2026 are past).
	if len(got) != 3 || got[1].GrantDate != d(2027, 3, 1) || got[2].GrantDate != d(2028, 3, 1) {
		t.Fatalf("got %+v", got)
	}
	if n := got[0].VestedIn(d(2024, 3, 1), d(2025, 3, 1)); n != 1200 {
		t.Errorf("VestedIn first year = %d, want 1200", n)
	}
}

// TestScheduleFinePercentages checks yearly percentages written finer than a hundredth: each
// rounds to the hundredth on its own (50.005 to 50.01), and the rounded entries may then sum
// to a little more or less than 100; the grant must still vest exactly, never running ahead.
func TestScheduleFinePercentages(t *testing.T) {
	start := d(2027, 1, 31)
	for _, pct := range [][]float64{
		{50.005, 49.999, 0},
		{0.004, 0.004, 99.994},
		{33.333, 33.333, 33.334},
		{25.005, 25.005, 25.005, 24.985},
	} {
		for _, every := range []int{1, 3, 12} {
			v := bespoke.Vesting{Months: 12 * len(pct), EveryMonths: every, YearlyPct: pct}
			got := vest.Schedule(v, start, 100_000)
			var cum int64
			for _, tr := range got {
				if cum += tr.Shares; cum > 100_000 {
					t.Fatalf("%v every %d: %d vested by %s, more than the grant", pct, every, cum, tr.Date)
				}
			}
			if cum != 100_000 {
				t.Errorf("%v every %d: tranches sum to %d, want 100000", pct, every, cum)
			}
		}
	}
	// 50.005 → 50.01 and 49.999 → 50.00: the first year vests 5001/10001 of the grant.
	got := vest.Schedule(bespoke.Vesting{Months: 36, EveryMonths: 12, YearlyPct: []float64{50.005, 49.999, 0}}, start, 100_000)
	if len(got) != 2 || got[0].Shares != 50_004 || got[1].Shares != 49_996 {
		t.Errorf("50.005/49.999/0: got %v, want 50004 then 49996", got)
	}
}
