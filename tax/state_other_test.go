package tax

import (
	"testing"

	"github.com/bespokehq/bespoke"
)

// TestNYScheduleBases checks the compiled bases against Tax Law §601 as amended by L.2022 ch.59
// Part A (the joint schedule as quoted in Assembly bill A1281 of 2025; single and head of
// household as in IT-201-I): the exact tax at each threshold rounded to the stDollar.
func TestNYScheduleBases(t *testing.T) {
	p := &mustState(t, 2025, "NY").ny
	want := map[int][]int64{
		stJoint:  {0, 686, 976, 1_202, 8_553, 18_252, 143_754, 418_263, 2_478_263},
		stSingle: {0, 340, 484, 600, 4_271, 12_356, 71_413, 449_929, 2_509_929},
		stHead:   {0, 512, 730, 901, 5_672, 15_371, 107_651, 434_163, 2_494_163},
	}
	for st, bases := range want {
		for k, b := range bases {
			if got := p.sched[st].Base[k]; got != b*stDollar {
				t.Errorf("%s base %d = %d, want %d", stStatusKeys[st], k, got, b*stDollar)
			}
		}
	}
	city := []int64{0, 369, 858, 1_813}
	for k, b := range city {
		if got := p.city[stSingle].Base[k]; got != b*stDollar {
			t.Errorf("NYC single base %d = %d, want %d", k, got, b*stDollar)
		}
	}
}

// TestNYWorksheetConstants derives each worksheet's recapture base and incremental benefit from
// the schedule (the base is the flat rate's tax at the threshold less the schedule's exact tax;
// each increment is the next rate's tax at its threshold less the schedule's exact tax and the
// base so far, rounded to the stDollar) and checks the published constants in the file.
func TestNYWorksheetConstants(t *testing.T) {
	p := &mustState(t, 2025, "NY").ny
	for st := range stNumStatus {
		rc, s := &p.recapture[st], &p.sched[st]
		exact := func(x int64) int64 { // exact schedule tax at x dollars, in 1/100,000 cent
			var sum int64
			for k := 0; k < s.N-1 && s.Start[k] < x*stDollar; k++ {
				sum += (min(x*stDollar, s.Start[k+1]) - s.Start[k]) * s.Rate[k]
			}
			return sum
		}
		base := roundTo(divRound(rc.flatLimit/stDollar*int64(rc.flatRate)*stDollar-exact(rc.flatLimit/stDollar), rateScale), 100)
		for k := range rc.n {
			over := rc.over[k] / stDollar
			j := 0
			for s.Start[j] != rc.over[k] {
				j++
			}
			inc := roundTo(divRound(over*stDollar*s.Rate[j]-exact(over)-base*rateScale, rateScale), 100)
			if rc.base[k] != base || rc.increment[k] != inc {
				t.Errorf("%s tier %d: file %d + %d, derived %d + %d", stStatusKeys[st], k, rc.base[k], rc.increment[k], base, inc)
			}
			base += inc
		}
	}
}

// TestNYTax checks IT-201 line 39 and 47a by hand.
func TestNYTax(t *testing.T) {
	p := mustState(t, 2025, "NY")
	tests := []struct {
		name            string
		in              StateInput
		ti, state, city int64
	}{
		// Single, AGI 300,000: TI 292,000 in worksheet 8 (215,400 < TI ≤ 1,077,550), AGI over
		// 215,400 by more than 50,000: 12,356 + 6.85% × 76,600 + 568 + 1,831 = 20,002.10, which
		// is the flat 6.85% of 292,000 = 20,002.00 plus the rounding in the published constants.
		// NYC: 1,813 + 3.876% × 242,000 = 11,192.92.
		{"single 300k NYC", StateInput{Status: bespoke.Single, AGI: 300_000 * stDollar, City: "NYC"}, 292_000 * stDollar, 20_002_10, 11_192_92},
		// Joint, AGI 130,000: TI 113,950 ≤ 161,550, worksheet 1: schedule 1,202 + 5.5% × 86,050
		// = 5,934.75; flat 5.5% × 113,950 = 6,267.25; phase (130,000 − 107,650)/50,000 =
		// 0.4470; 5,934.75 + 332.50 × 0.4470 = 5,934.75 + 148.63 = 6,083.38.
		{"joint worksheet 1", StateInput{Status: bespoke.MarriedJoint, AGI: 130_000 * stDollar}, 113_950 * stDollar, 6_083_38, 0},
		// Joint, AGI 350,000: TI 333,950 (worksheet 3): 18,252 + 6.85% × 10,750 = 18,988.38;
		// + 1,140 + 2,747 × min(26,800, 50,000)/50,000 = 2,747 × 0.5360 = 1,472.39 → 21,600.77.
		{"joint worksheet 3", StateInput{Status: bespoke.MarriedJoint, AGI: 350_000 * stDollar}, 333_950 * stDollar, 21_600_77, 0},
		// Single, AGI 60,000 (≤ 107,650) and TI 52,000 < 65,000: the table row 52,000–52,050,
		// middle 52,025: 600 + 5.5% × 38,125 = 2,696.875 → 2,697.
		{"single table", StateInput{Status: bespoke.Single, AGI: 60_000 * stDollar}, 52_000 * stDollar, 2_697_00, 0},
		// AGI over 25,000,000: 10.9% of all taxable income.
		{"over 25M", StateInput{Status: bespoke.Single, AGI: 30_000_000 * stDollar}, 29_992_000 * stDollar, 3_269_128_00, 0},
	}
	for _, tt := range tests {
		r := stateTax(p, tt.in)
		if r.TaxableIncome != tt.ti || r.RegularTax != tt.state || r.CityTax != tt.city || r.Total != tt.state+tt.city {
			t.Errorf("%s: TI %d state %d city %d total %d, want %d %d %d", tt.name, r.TaxableIncome, r.RegularTax, r.CityTax, r.Total, tt.ti, tt.state, tt.city)
		}
	}
}

// TestNYItemized checks the Tax Law §615(g) reduction of mortgage interest.
func TestNYItemized(t *testing.T) {
	p := &mustState(t, 2025, "NY").ny
	tests := []struct {
		agi, want int64
	}{
		{100_000 * stDollar, 40_000 * stDollar},
		{125_000 * stDollar, 35_000 * stDollar}, // 25% × 40,000 × 0.5 = 5,000
		{300_000 * stDollar, 30_000 * stDollar}, // 25%
		{500_000 * stDollar, 25_000 * stDollar}, // 25% + 25% × 0.5
		{800_000 * stDollar, 20_000 * stDollar}, // 50%
		{1_000_001 * stDollar, 0},               // only charitable contributions remain
	}
	for _, tt := range tests {
		if got := nyItemized(p, stSingle, tt.agi, 40_000*stDollar); got != tt.want {
			t.Errorf("AGI %d: itemized %d, want %d", tt.agi, got, tt.want)
		}
	}
}

// TestMATax checks Form 1 and the surtax on Parts A, B and C together (c.62 §4(d)).
func TestMATax(t *testing.T) {
	p := mustState(t, 2025, "MA")
	tests := []struct {
		name                string
		in                  StateInput
		ti, regular, surtax int64
	}{
		// Wages 200,000: Part B 200,000 − 2,000 − 4,400 = 193,600 at 5% = 9,680.
		{"wages", StateInput{Status: bespoke.Single, AGI: 200_000 * stDollar, Wages: 200_000 * stDollar}, 193_600 * stDollar, 9_680 * stDollar, 0},
		// Wages 1,000,000 and long-term gains 1,000,000: taxable 1,993,600, tax 99,680; surtax
		// 4% × (1,993,600 − 1,083,150) = 36,418 (OpenTaxSolver, applying it to Part B only,
		// would find none).
		{"gains", StateInput{Status: bespoke.Single, AGI: 2_000_000 * stDollar, Wages: 1_000_000 * stDollar, LTCG: 1_000_000 * stDollar}, 1_993_600 * stDollar, 99_680 * stDollar, 36_418 * stDollar},
		// Joint, two earners 600,000 and 400,000, short-term gain 100,000 and interest 10,000:
		// Part B 1,000,000 − 4,000 − 8,800 = 987,200 at 5% = 49,360; Part A 8.5% × 100,000 =
		// 8,500 and 5% × 10,000 = 500; surtax 4% × (1,097,200 − 1,083,150) = 562.
		{"joint short-term", StateInput{Status: bespoke.MarriedJoint, AGI: 1_110_000 * stDollar, Wages: 600_000 * stDollar, SpouseWages: 400_000 * stDollar, STCG: 100_000 * stDollar, Interest: 10_000 * stDollar}, 1_097_200 * stDollar, 58_360 * stDollar, 562 * stDollar},
	}
	for _, tt := range tests {
		r := stateTax(p, tt.in)
		if r.TaxableIncome != tt.ti || r.RegularTax != tt.regular || r.Surtax != tt.surtax || r.Total != tt.regular+tt.surtax {
			t.Errorf("%s: TI %d tax %d surtax %d, want %d %d %d", tt.name, r.TaxableIncome, r.RegularTax, r.Surtax, tt.ti, tt.regular, tt.surtax)
		}
	}
}

// TestWATax checks the capital gains excise tax before and after ESSB 5813.
func TestWATax(t *testing.T) {
	in := StateInput{Status: bespoke.MarriedJoint, AGI: 3_000_000 * stDollar, Wages: 1_000_000 * stDollar, LTCG: 2_000_000 * stDollar}
	// 2024: 7% × (2,000,000 − 270,000) = 121,100.
	if r := stateTax(mustState(t, 2024, "WA"), in); r.RegularTax != 121_100*stDollar || r.Total != r.RegularTax {
		t.Errorf("2024: %d", r.RegularTax)
	}
	// 2025: 7% × 1,722,000 = 120,540 plus 2.9% × 722,000 = 20,938.
	if r := stateTax(mustState(t, 2025, "WA"), in); r.RegularTax != 141_478*stDollar {
		t.Errorf("2025: %d", r.RegularTax)
	}
	if r := stateTax(mustState(t, 2025, "WA"), StateInput{Wages: 5_000_000 * stDollar, LTCG: 200_000 * stDollar}); r.Total != 0 {
		t.Errorf("under the deduction: %d", r.Total)
	}
}

// TestNHTax checks New Hampshire's last year of the interest and dividends tax.
func TestNHTax(t *testing.T) {
	p := mustState(t, 2024, "NH")
	// 3% × (10,000 + 5,000 − 4,800) = 306.
	r := stateTax(p, StateInput{Status: bespoke.MarriedJoint, Wages: 500_000 * stDollar, Interest: 10_000 * stDollar, OrdinaryDividends: 5_000 * stDollar})
	if r.RegularTax != 306*stDollar {
		t.Errorf("NH 2024: %d", r.RegularTax)
	}
}
