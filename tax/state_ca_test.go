package tax

import (
	"math"
	"testing"

	"github.com/bespokehq/bespoke"
)

func mustState(t testing.TB, year int, code string) *StateParams {
	t.Helper()
	p, _, err := loadStateParams(year, code, math.NaN())
	if err != nil {
		t.Fatal(err)
	}
	return &p
}

func stateTax(p *StateParams, in StateInput) StateResult {
	var r StateResult
	computeState(&in, p, &r)
	return r
}

const stDollar = 100

// TestCARegularTax checks Form 540 lines 19–33 and 48 by hand.
func TestCARegularTax(t *testing.T) {
	ca24, ca25 := mustState(t, 2024, "CA"), mustState(t, 2025, "CA")
	tests := []struct {
		name          string
		p             *StateParams
		in            StateInput
		ti, tax, mhst int64
	}{
		// 2025 single, AGI 300,000: TI = 300,000 − 5,706 = 294,294. Schedule X: 3,201.97 +
		// 9.3% × (294,294 − 72,724) = 3,201.97 + 20,606.01 = 23,807.98. Credit: AGI over
		// 252,203 by 47,797 = 20 steps of 2,500 (rounded up) × $6 = 120; 153 − 120 = 33.
		{"single 300k", ca25, StateInput{Status: bespoke.Single, AGI: 300_000 * stDollar}, 294_294 * stDollar, 23_807_98 - 33_00, 0},
		// 2024 single, OpenTaxSolver's TaxRateFormula(500,000) = 37,512.83 + 11.3% × 67,213 =
		// 45,107.90 (OTS rounds to 45,108). TI = 505,540 − 5,540 = 500,000; credit gone
		// (AGI 260,683 over: 105 steps × 6 > 149).
		{"single 2024 500k", ca24, StateInput{Status: bespoke.Single, AGI: 505_540 * stDollar}, 500_000 * stDollar, 45_107_90, 0},
		// 2024 joint, AGI 1,500,000, mortgage interest 30,000: limitation = min(80% × 30,000
		// = 24,000, 6% × (1,500,000 − 489,719) = 60,616.86) = 24,000; itemized 6,000 < standard
		// 11,080. TI 1,488,920: 140,232.77 + 12.3% × (1,488,920 − 1,442,628) = 140,232.77 +
		// 5,693.92 = 145,926.69. MHST = 1% × 488,920 = 4,889.20.
		{"joint 2024 1.5M", ca24, StateInput{Status: bespoke.MarriedJoint, AGI: 1_500_000 * stDollar, MortgageInterest: 30_000 * stDollar}, 1_488_920 * stDollar, 145_926_69, 4_889_20},
		// 2025 joint, AGI 400,000, mortgage interest 40,000: under the 504,411 threshold, no
		// limitation; TI 360,000. Schedule Y base at 145,448: 2 × 3,201.97 = 6,403.94; + 9.3% ×
		// 214,552 = 19,953.34 → 26,357.28; less 2 × 153 credits.
		{"joint itemizing", ca25, StateInput{Status: bespoke.MarriedJoint, AGI: 400_000 * stDollar, MortgageInterest: 40_000 * stDollar}, 360_000 * stDollar, 26_357_28 - 306_00, 0},
	}
	for _, tt := range tests {
		r := stateTax(tt.p, tt.in)
		if r.TaxableIncome != tt.ti || r.RegularTax != tt.tax || r.MentalHealthServicesTax != tt.mhst || r.AMT != 0 {
			t.Errorf("%s: TI %d tax %d MHST %d AMT %d, want %d %d %d 0", tt.name, r.TaxableIncome, r.RegularTax, r.MentalHealthServicesTax, r.AMT, tt.ti, tt.tax, tt.mhst)
		}
		if r.Total != r.RegularTax+r.MentalHealthServicesTax {
			t.Errorf("%s: total %d", tt.name, r.Total)
		}
	}
}

// TestCATaxTable checks the tax table rule for taxable income up to $100,000: the schedule's tax
// at the middle of the $100 row, rounded to the stDollar (as OpenTaxSolver's TaxRateFunction).
func TestCATaxTable(t *testing.T) {
	p := &mustState(t, 2025, "CA").ca
	tests := []struct {
		ti, want int64
	}{
		{0, 0},
		{50 * stDollar, 0},          // row 1–50: 1% × 0
		{51 * stDollar, 1_00},       // row 51–150, middle 100: 1% × 100 = 1.00
		{12_345 * stDollar, 142_00}, // row 12,251–12,350, middle 12,300: 110.79 + 2% × 1,221 = 135.21 → 135? see below
		{99_999 * stDollar, 0},      // last row, middle 99,975
		{100_000 * stDollar, 0},     // still the table
	}
	// Row middle 12,300: 110.79 + 2% × (12,300 − 11,079) = 110.79 + 24.42 = 135.21 → 135.
	tests[3].want = 135_00
	// Middle 99,975: 3,201.97 + 9.3% × (99,975 − 72,724) = 3,201.97 + 2,534.34 = 5,736.31 → 5,736.
	tests[4].want, tests[5].want = 5_736_00, 5_736_00
	for _, tt := range tests {
		if got := caTax(p, stSingle, tt.ti); got != tt.want {
			t.Errorf("table tax on %d = %d, want %d", tt.ti, got, tt.want)
		}
	}
	// Just over the limit the rate schedule applies to the cent: 3,201.97 + 9.3% × 27,276.01 =
	// 5,738.64.
	if got := caTax(p, stSingle, 100_000*stDollar+1); got != 5_738_64 {
		t.Errorf("schedule tax just over 100,000 = %d, want 573864", got)
	}
}

// TestCAExemptionCredits checks the line 32 worksheet: $6 per credit per $2,500 (or part) of
// federal AGI over the threshold, $1,250 steps when married filing separately.
func TestCAExemptionCredits(t *testing.T) {
	p := &mustState(t, 2025, "CA").ca
	tests := []struct {
		st   int
		agi  int64
		want int64
	}{
		{stSingle, 252_203 * stDollar, 153_00},
		{stSingle, 252_203*stDollar + 1, 147_00},        // one cent over: a whole step
		{stSingle, 257_203 * stDollar, 141_00},          // exactly two steps
		{stJoint, 504_411*stDollar + 1, 306_00 - 12_00}, // $6 on each of two credits
		{stSeparate, 252_203*stDollar + 1_250*stDollar + 1, 141_00},
		{stSingle, 400_000 * stDollar, 0},
	}
	for _, tt := range tests {
		if got := caExemptionCredits(p, tt.st, tt.agi); got != tt.want {
			t.Errorf("%s AGI %d: credits %d, want %d", stStatusKeys[tt.st], tt.agi, got, tt.want)
		}
	}
}

// TestCAAMT checks Schedule P and form FTB 3510 by hand.
func TestCAAMT(t *testing.T) {
	p := mustState(t, 2025, "CA")
	// Single, AGI 150,000, ISO bargain 200,000, standard deduction. TI 144,294; tax 3,201.97 +
	// 9.3% × 71,570 = 9,857.98; credit 153. AMTI = 144,294 + 5,706 + 200,000 = 350,000;
	// exemption 92,749 − 25% × (350,000 − 347,808) = 92,749 − 548 = 92,201; TMT 7% × 257,799 =
	// 18,045.93; AMT = 18,045.93 − 9,857.98 = 8,187.95. Without the ISO, AMTI 150,000 gives TMT
	// 7% × 57,251 = 4,007.57 < tax, so all the AMT is a deferral credit.
	r := stateTax(p, StateInput{Status: bespoke.Single, AGI: 150_000 * stDollar, ISOBargain: 200_000 * stDollar})
	if r.TentativeMinimumTax != 18_045_93 || r.AMT != 8_187_95 || r.AMTCreditGenerated != 8_187_95 ||
		r.RegularTax != 9_857_98-153_00 || r.Total != 9_857_98-153_00+8_187_95 {
		t.Errorf("ISO exercise: %+v", r)
	}
	// Next year, no ISO, AGI 300,000 (tax after credits 23,774.98), with that credit: TMT is
	// 7% × (300,000 − 92,749) = 14,507.57, so at most 23,774.98 − 14,507.57 = 9,267.41 can be
	// used; the whole 8,187.95 is.
	r = stateTax(p, StateInput{Status: bespoke.Single, AGI: 300_000 * stDollar, PriorStateAMTCredit: 8_187_95})
	if r.AMTCreditUsed != 8_187_95 || r.RegularTax != 23_774_98-8_187_95 || r.AMTCreditCarryforward != 0 || r.AMT != 0 {
		t.Errorf("credit year: %+v", r)
	}
	// A larger credit stops at TMT and carries the rest.
	r = stateTax(p, StateInput{Status: bespoke.Single, AGI: 300_000 * stDollar, PriorStateAMTCredit: 20_000 * stDollar})
	if r.AMTCreditUsed != 9_267_41 || r.RegularTax != r.TentativeMinimumTax || r.AMTCreditCarryforward != 20_000*stDollar-9_267_41 {
		t.Errorf("limited credit: %+v", r)
	}
	// Joint, AGI 500,000, ISO 2,000,000: AMTI = 488,588 + 11,412 + 2,000,000 = 2,500,000, past
	// the full phase-out (463,745 + 4 × 123,667 = 958,413): TMT 7% × 2,500,000 = 175,000. Line
	// 31: 6,403.94 + 9.3% × (488,588 − 145,448) = 38,315.96; AMT = 136,684.04.
	r = stateTax(p, StateInput{Status: bespoke.MarriedJoint, AGI: 500_000 * stDollar, ISOBargain: 2_000_000 * stDollar})
	if r.TentativeMinimumTax != 175_000_00 || r.AMT != 136_684_04 || r.RegularTax != 38_315_96-306_00 {
		t.Errorf("joint ISO: TMT %d AMT %d tax %d", r.TentativeMinimumTax, r.AMT, r.RegularTax)
	}
}

// TestCAAMTItemizing checks that the itemized deduction limitation is taken back out of AMTI
// and the standard deduction is not added when itemizing.
func TestCAAMTItemizing(t *testing.T) {
	p := mustState(t, 2025, "CA")
	// Single, AGI 600,000, mortgage interest 50,000: limitation min(40,000, 6% × 347,797 =
	// 20,867.82) = 20,867.82; deduction 29,132.18; TI 570,867.82. AMTI = TI − 20,867.82 =
	// 550,000; exemption 92,749 − 25% × 202,192 = 42,201; TMT 7% × 507,799 = 35,545.93.
	r := stateTax(p, StateInput{Status: bespoke.Single, AGI: 600_000 * stDollar, MortgageInterest: 50_000 * stDollar})
	if r.TaxableIncome != 570_867_82 || r.TentativeMinimumTax != 35_545_93 {
		t.Errorf("itemizing: TI %d TMT %d", r.TaxableIncome, r.TentativeMinimumTax)
	}
}

// TestCASDI checks California SDI: each earner's wages times the year's EDD rate, without a wage
// limit, reported apart from the income tax, and counted in TotalTax.
func TestCASDI(t *testing.T) {
	tests := []struct {
		year int
		want int64 // on wages of 300,000 and 200,000
	}{
		{2024, 5_500_00}, // 1.1%
		{2025, 6_000_00}, // 1.2%
		{2026, 6_500_00}, // 1.3%, published though the 2026 income-tax tables are projected
		{2027, 6_500_00}, // the latest published rate
	}
	for _, tt := range tests {
		p, err := testTables.For(tt.year, bespoke.MarriedJoint, "CA", "", 0.02)
		if err != nil {
			t.Fatal(err)
		}
		r := Return{Year: tt.year, Status: bespoke.MarriedJoint, State: "CA", Wages: 300_000 * stDollar, SpouseWages: 200_000 * stDollar}
		var out Result
		Compute(&r, p, &out)
		s := out.State
		if s.PayrollTax != tt.want {
			t.Errorf("%d: SDI %d, want %d", tt.year, s.PayrollTax, tt.want)
		}
		if s.Total != s.RegularTax+s.AMT+s.MentalHealthServicesTax {
			t.Errorf("%d: state total %d includes SDI", tt.year, s.Total)
		}
		if out.TotalTax() != out.TotalIncomeTax+out.FICA.SocialSecurity+out.FICA.Medicare+tt.want {
			t.Errorf("%d: TotalTax %d leaves SDI out", tt.year, out.TotalTax())
		}
	}
	if _, err := testTables.For(2023, bespoke.Single, "CA", "", 0.02); err == nil {
		t.Error("CA 2023 has no tables, want an error")
	}
}
