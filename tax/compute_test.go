package tax

import (
	"testing"

	"github.com/bespokehq/bespoke"
)

// d converts whole dollars to cents for readable test tables.
func d(dollars float64) int64 { return bespoke.MoneyFromFloat(dollars).Cents() }

var testTables = mustLoad()

func mustLoad() *Tables {
	t, err := LoadTables()
	if err != nil {
		panic(err)
	}
	return t
}

func mustParams(t testing.TB, year int, status bespoke.FilingStatus) *Params {
	t.Helper()
	p, err := testTables.For(year, status, "", "", 0.025)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// compute validates r and computes it under its year, status, state and city.
func compute(t testing.TB, r Return) Result {
	t.Helper()
	var out Result
	Compute(&r, paramsFor(t, &r), &out)
	return out
}

// paramsFor resolves the law of r's year, status, state and city, and validates r under it.
func paramsFor(tb testing.TB, r *Return) *Params {
	tb.Helper()
	p, err := testTables.For(r.Year, r.Status, r.State, r.City, 0.025)
	if err != nil {
		tb.Fatal(err)
	}
	if err := r.Validate(p); err != nil {
		tb.Fatal(err)
	}
	return p
}

// TestWorkedExamples checks returns whose every line was computed by hand (the arithmetic is in
// the comments) or published.
func TestWorkedExamples(t *testing.T) {
	tests := []struct {
		name string
		r    Return
		want FederalResult
		fica FICAResult
	}{{
		// tenforty's audit of Form 6251 (2024): taxable income 150,000 − 14,600 = 135,400; tax
		// 1,160 + 4,266 + 11,742.50 + 24% × 34,875 = 25,538.50. AMTI 135,400 + 14,600 + 200,000 =
		// 350,000; exemption 85,700; 264,300 × 28% − 4,652 = 69,352; AMT 43,813.50. Exclusion
		// items alone: AMTI 150,000 → TMT 16,718 < regular, so all the AMT is credit.
		name: "tenforty 2024 single ISO",
		r:    Return{Year: 2024, Status: bespoke.Single, Wages: d(150000), ISOBargain: d(200000)},
		want: FederalResult{AGI: d(150000), Deduction: d(14600), TaxableIncome: d(135400), RegularTax: d(25538.50),
			AMTI: d(350000), AMTExemption: d(85700), TentativeMinimumTax: d(69352), AMT: d(43813.50),
			AMTCreditGenerated: d(43813.50), AMTCreditCarryforward: d(43813.50), Total: d(69352)},
		// 6.2% × 150,000 = 9,300; 1.45% × 150,000 = 2,175.
		fica: FICAResult{SocialSecurity: d(9300), Medicare: d(2175), Total: d(11475)},
	}, {
		// 2025 single, wages only. TI 200,000 − 15,750 = 184,250: 1,192.50 + 12% × 36,550 (4,386)
		// + 22% × 54,875 (12,072.50) + 24% × 80,900 (19,416) = 37,067. AMTI 200,000 − 88,100 =
		// 111,900 × 26% = 29,094 < regular: no AMT.
		name: "2025 single wages",
		r:    Return{Year: 2025, Status: bespoke.Single, Wages: d(200000)},
		want: FederalResult{AGI: d(200000), Deduction: d(15750), TaxableIncome: d(184250), RegularTax: d(37067),
			AMTI: d(200000), AMTExemption: d(88100), TentativeMinimumTax: d(29094), Total: d(37067)},
		// Social Security stops at the 176,100 wage base: 10,918.20.
		fica: FICAResult{SocialSecurity: d(10918.20), Medicare: d(2900), Total: d(13818.20)},
	}, {
		// 2025 single, prior credit. TI 284,250; tax 57,231 (through 250,525) + 35% × 33,725 =
		// 69,034.75. TMT (300,000 − 88,100) × 26% = 55,094. Credit used = min(50,000, 69,034.75 −
		// 55,094) = 13,940.75; carried on 36,059.25. Additional Medicare 0.9% × 100,000 = 900.
		// Total 69,034.75 − 13,940.75 + 900 = 55,994.
		name: "2025 single uses prior credit",
		r:    Return{Year: 2025, Status: bespoke.Single, Wages: d(300000), PriorAMTCredit: d(50000)},
		want: FederalResult{AGI: d(300000), Deduction: d(15750), TaxableIncome: d(284250), RegularTax: d(69034.75),
			AMTI: d(300000), AMTExemption: d(88100), TentativeMinimumTax: d(55094), AMTCreditUsed: d(13940.75),
			AMTCreditCarryforward: d(36059.25), AdditionalMedicareTax: d(900), Total: d(55994)},
		fica: FICAResult{SocialSecurity: d(10918.20), Medicare: d(4350), AdditionalMedicare: d(900), Total: d(16168.20)},
	}, {
		// Tax Table: TI 60,000 − 15,750 = 44,250 is in the row 44,250-44,300; tax on the midpoint
		// 44,275 = 1,192.50 + 12% × 32,350 = 5,074.50, rounded to 5,075 (the schedule on 44,250
		// itself would give 5,071.50).
		name: "2025 single tax table",
		r:    Return{Year: 2025, Status: bespoke.Single, Wages: d(60000)},
		want: FederalResult{AGI: d(60000), Deduction: d(15750), TaxableIncome: d(44250), RegularTax: d(5075),
			AMTI: d(60000), AMTExemption: d(88100), Total: d(5075)},
		fica: FICAResult{SocialSecurity: d(3720), Medicare: d(870), Total: d(4590)},
	}, {
		// SALT phase-down 2025: limit 40,000 − 30% × (550,000 − 500,000) = 25,000; itemized
		// 25,000 + 20,000 = 45,000. TI 505,000: 57,231 + 35% × 254,475 = 146,297.25. AMTI 505,000 +
		// 25,000 = 530,000 − 88,100 = 441,900 × 28% − 4,782 = 118,950 < regular. Additional
		// Medicare 0.9% × 350,000 = 3,150.
		name: "2025 single SALT phase-down",
		r: Return{Year: 2025, Status: bespoke.Single, Wages: d(550000), StateIncomeTaxPaid: d(45000),
			MortgageInterest: d(20000)},
		want: FederalResult{AGI: d(550000), Deduction: d(45000), Itemized: true, TaxableIncome: d(505000),
			RegularTax: d(146297.25), AMTI: d(530000), AMTExemption: d(88100), TentativeMinimumTax: d(118950),
			AdditionalMedicareTax: d(3150), Total: d(149447.25)},
		fica: FICAResult{SocialSecurity: d(10918.20), Medicare: d(7975), AdditionalMedicare: d(3150), Total: d(22043.20)},
	}, {
		// Married filing separately, 2025: TI 84,250 → Tax Table midpoint 84,275: 1,192.50 + 4,386
		// + 22% × 35,800 = 13,454.50 → 13,455. AMTI 84,250 + 15,750 + 1,000,000 = 1,100,000, over
		// the zero-exemption point 626,350 + 4 × 68,500 = 900,350, so line 4 adds 25% × 199,650 =
		// 49,912.50: 1,149,912.50, no exemption left. 28% × 1,149,912.50 − 2,391 = 319,584.50.
		name: "2025 married separate ISO add-back",
		r:    Return{Year: 2025, Status: bespoke.MarriedSeparate, Wages: d(100000), ISOBargain: d(1000000)},
		want: FederalResult{AGI: d(100000), Deduction: d(15750), TaxableIncome: d(84250), RegularTax: d(13455),
			AMTI: d(1149912.50), AMTExemption: 0, TentativeMinimumTax: d(319584.50), AMT: d(306129.50),
			// Exclusion items alone: AMTI 100,000, TMT (100,000 − 68,500) × 26% = 8,190 < regular.
			AMTCreditGenerated: d(306129.50), AMTCreditCarryforward: d(306129.50), Total: d(319584.50)},
		fica: FICAResult{SocialSecurity: d(6200), Medicare: d(1450), Total: d(7650)},
	}, {
		// 2026 joint, everything at once. Wages 400,000 + 250,000; AGI 650,000 + 5,000 interest
		// + 25,000 dividends + 100,000 LTCG = 780,000. SALT limit 40,400 − 30% × 275,000 < floor
		// → 10,000; itemized 40,000; §68: 2/37 × min(40,000, 780,000 − 768,700) = 610.81; itemized
		// 39,389.19 > 32,200. TI 740,610.81. Worksheet: line 4 = 120,000, line 5 = 620,610.81;
		// nothing at 0% or 15% (line 5 is past both tops), 20% × 120,000 = 24,000; tax on line 5 =
		// 116,896 + 35% × 108,160.81 = 154,752.28; line 23 = 178,752.28 < line 24 196,752.28.
		// AMTI 740,610.81 + 10,000 + 500,000 − 610.81 = 1,250,000; exemption 140,200 − 50% ×
		// 250,000 = 15,200; line 6 = 1,234,800. Part III: 28% × 1,114,800 − 4,890 = 307,254 plus
		// 20% × 120,000 = 331,254 < 340,854. AMT 152,501.72. Exclusion items: AMTI 750,000, TMT
		// 156,254 < regular, so all the AMT is credit. NIIT 3.8% × 130,000 = 4,940. Additional
		// Medicare 0.9% × 400,000 = 3,600. Total 178,752.28 + 152,501.72 + 4,940 + 3,600.
		name: "2026 joint everything",
		r: Return{Year: 2026, Status: bespoke.MarriedJoint, Wages: d(400000), SpouseWages: d(250000),
			ISOBargain: d(500000), LTCG: d(100000), QualifiedDividends: d(20000), OrdinaryDividends: d(25000),
			Interest: d(5000), StateIncomeTaxPaid: d(60000), MortgageInterest: d(30000)},
		want: FederalResult{AGI: d(780000), Deduction: d(39389.19), Itemized: true, TaxableIncome: d(740610.81),
			RegularTax: d(178752.28), AMTI: d(1250000), AMTExemption: d(15200), TentativeMinimumTax: d(331254),
			AMT: d(152501.72), AMTCreditGenerated: d(152501.72), AMTCreditCarryforward: d(152501.72),
			NIIT: d(4940), AdditionalMedicareTax: d(3600), Total: d(339794)},
		// 2 × 6.2% × 184,500 = 22,878; 1.45% × 650,000 = 9,425.
		fica: FICAResult{SocialSecurity: d(22878), Medicare: d(9425), AdditionalMedicare: d(3600), Total: d(35903)},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := compute(t, tt.r)
			if out.Federal != tt.want {
				t.Errorf("federal\n got %+v\nwant %+v", out.Federal, tt.want)
			}
			if out.FICA != tt.fica {
				t.Errorf("fica\n got %+v\nwant %+v", out.FICA, tt.fica)
			}
			if out.TotalIncomeTax != out.Federal.Total+out.State.Total {
				t.Errorf("total income tax %d != federal %d + state %d", out.TotalIncomeTax, out.Federal.Total, out.State.Total)
			}
		})
	}
}

// TestQDCGWorksheet checks the worksheet's split of gains among the 0%, 15% and 20% rates.
func TestQDCGWorksheet(t *testing.T) {
	tests := []struct {
		name string
		r    Return
		want int64
	}{
		// 2025 single: wages 40,000, LTCG 30,000. TI 54,250; line 5 = 24,250 (Tax Table midpoint
		// 24,275: 1,192.50 + 12% × 12,350 = 2,674.50 → 2,675). 0% up to 48,350: 24,100 of the gain;
		// 15% on 5,900 = 885. Tax 3,560.
		{"straddles 0% and 15%", Return{Year: 2025, Status: bespoke.Single, Wages: d(40000), LTCG: d(30000)}, d(3560)},
		// 2024 joint: wages 300,000, QD 10,000 (ordinary dividends too), LTCG 400,000. TI 710,000 −
		// 29,200 = 680,800; line 5 = 270,800: 2,320 + 8,532 + 23,485 + 24% × 69,750 (16,740) =
		// 51,077. Line 9 = 0 (line 5 exceeds the 0% top). 15% room: 583,750 − 270,800 = 312,950 →
		// 46,942.50; 20% on 410,000 − 312,950 = 97,050 → 19,410. Line 23 = 117,429.50 < line 24
		// (tax on 680,800 = 179,029.50).
		{"straddles 15% and 20%", Return{Year: 2024, Status: bespoke.MarriedJoint, Wages: d(300000),
			QualifiedDividends: d(10000), OrdinaryDividends: d(10000), LTCG: d(400000)}, d(117429.50)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := compute(t, tt.r).Federal.RegularTax; got != tt.want {
				t.Errorf("regular tax = %s, want %s", bespoke.Money(got), bespoke.Money(tt.want))
			}
		})
	}
}

// TestTableTax checks Tax Table rows against the rate schedule at their midpoints.
func TestTableTax(t *testing.T) {
	s := &mustParams(t, 2025, bespoke.Single).Federal.Ordinary
	tests := []struct{ ti, want int64 }{
		{0, 0}, {d(4.99), 0}, {d(5), d(1)}, {d(14.99), d(1)}, {d(15), d(2)},
		{d(25), d(4)},           // row 25-50: 37.50 × 10% = 3.75 → 4
		{d(2999), d(299)},       // row 2,975-3,000: 2,987.50 × 10% = 298.75 → 299
		{d(3000), d(303)},       // row 3,000-3,050: 3,025 × 10% = 302.50 → 303
		{d(11925.01), d(1193)},  // row 11,900-11,950 straddles 12%: midpoint 11,925 → 1,192.50 → 1,193
		{d(99999.99), d(16909)}, // row 99,950-100,000: 5,578.50 + 22% × 51,500 = 16,908.50 → 16,909
		{d(100000), d(16914)},   // schedule from 100,000: 5,578.50 + 22% × 51,525
	}
	for _, tt := range tests {
		if got := s.TableTax(tt.ti); got != tt.want {
			t.Errorf("TableTax(%s) = %s, want %s", bespoke.Money(tt.ti), bespoke.Money(got), bespoke.Money(tt.want))
		}
	}
}
