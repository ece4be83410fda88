package tax

import (
	"testing"

	"github.com/bespokehq/bespoke"
)

// genCase is a complete return (federal first, since several states start from it) and the state
// figures computed by hand from the state's forms.
type genCase struct {
	name                      string
	ret                       Return
	ti, regular, amt, surtax  int64
	local                     int64
	fedTI, fedDeduction, amti int64 // the federal figures the hand computation used (0: not checked)
}

// checkGenCases computes each return and compares the state's figures, and the federal figures
// the hand computation started from.
func checkGenCases(t *testing.T, cases []genCase) {
	t.Helper()
	for _, c := range cases {
		p, err := testTables.For(c.ret.Year, c.ret.Status, c.ret.State, c.ret.City, 0.025)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if p.Projected {
			t.Errorf("%s: %d tables are projected", c.name, c.ret.Year)
		}
		var r Result
		Compute(&c.ret, p, &r)
		f, s := &r.Federal, &r.State
		if (c.fedTI != 0 && f.TaxableIncome != c.fedTI) || (c.fedDeduction != 0 && f.Deduction != c.fedDeduction) ||
			(c.amti != 0 && f.AMTI != c.amti) {
			t.Errorf("%s: federal TI %d deduction %d AMTI %d, hand computation used %d %d %d",
				c.name, f.TaxableIncome, f.Deduction, f.AMTI, c.fedTI, c.fedDeduction, c.amti)
		}
		if s.TaxableIncome != c.ti || s.RegularTax != c.regular || s.AMT != c.amt || s.Surtax != c.surtax || s.CityTax != c.local {
			t.Errorf("%s: TI %d regular %d AMT %d surtax %d local %d\n want TI %d regular %d AMT %d surtax %d local %d\n%v",
				c.name, s.TaxableIncome, s.RegularTax, s.AMT, s.Surtax, s.CityTax, c.ti, c.regular, c.amt, c.surtax, c.local, s.Explain())
		}
		if s.Total != s.RegularTax+s.AMT+s.Surtax+s.CityTax {
			t.Errorf("%s: total %d does not add up", c.name, s.Total)
		}
	}
}

// TestColorado checks DR 0104 and DR 0104AMT by hand. Rates: 4.25% for 2024 (SB 24-228),
// 4.40% for 2025 (C.R.S. 39-22-104(1.7)(c)); AMT 3.47% (C.R.S. 39-22-105). Federal 2025
// standard deduction 15,750 / 31,500, AMT exemption 88,100 / 137,000 phasing out at 25% from
// 626,350 / 1,252,700 (Rev. Proc. 2024-40 as amended by P.L. 119-21); SALT cap 40,000 less 30% of
// AGI over 500,000, not below 10,000.
func TestColorado(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000 (2025): federal TI 200,000 − 15,750 = 184,250, which is Colorado
		// taxable income (AGI under 300,000: no deduction addback; standard deduction: no state
		// tax addback). Tax 4.4% × 184,250 = 8,107.00. Federal AMTI 200,000, less the exemption
		// 88,100 = 111,900; 3.47% = 3,882.93 is below the tax: no Colorado AMT.
		{name: "single 200k", ret: Return{Year: 2025, Status: bespoke.Single, State: "CO", Wages: d(200_000)},
			ti: d(184_250), regular: d(8_107), fedTI: d(184_250)},
		// Joint, wages 400,000 + 100,000, long-term gain 100,000, state income tax paid 30,000,
		// mortgage interest 30,000 (2025). AGI 600,000; SALT cap 40,000 − 30% × 100,000 = 10,000;
		// itemized 10,000 + 30,000 = 40,000 > 31,500; federal TI 560,000.
		// DR 0104 line 2: min(10,000, 40,000 − 31,500) = 8,500. Line 4 (AGI ≥ 300,000): 40,000 −
		// 16,000 = 24,000, less the 8,500 already added back = 15,500. Colorado TI 560,000 +
		// 8,500 + 15,500 = 584,000; tax 4.4% = 25,696.00.
		// AMT: federal AMTI 560,000 + 10,000 taxes = 570,000, less 137,000 = 433,000; the addback
		// not duplicating a federal adjustment is 15,500 − (10,000 − 8,500) = 14,000 (the mortgage
		// interest over 16,000); 3.47% × 447,000 = 15,510.90 < 25,696: no AMT.
		{name: "joint 600k itemizing", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "CO",
			Wages: d(400_000), SpouseWages: d(100_000), LTCG: d(100_000), StateIncomeTaxPaid: d(30_000), MortgageInterest: d(30_000)},
			ti: d(584_000), regular: d(25_696), fedTI: d(560_000), fedDeduction: d(40_000), amti: d(570_000)},
		// Joint, wages 500,000, long-term gain 100,000, standard deduction (2024): federal TI
		// 600,000 − 29,200 = 570,800. Line 4: 29,200 − 16,000 = 13,200. Colorado TI 584,000; tax
		// 4.25% = 24,820.00. AMT: AMTI 600,000 − 133,300 = 466,700 (the addback duplicates the
		// standard deduction's federal addback), 3.47% = 16,194.49: none.
		{name: "joint 600k 2024", ret: Return{Year: 2024, Status: bespoke.MarriedJoint, State: "CO",
			Wages: d(500_000), LTCG: d(100_000)},
			ti: d(584_000), regular: d(24_820), fedTI: d(570_800)},
		// Single, wages 200,000 and an ISO spread of 1,000,000 (2025): federal AMTI 184,250 +
		// 15,750 + 1,000,000 = 1,200,000; the exemption phases out entirely (25% × 573,650 >
		// 88,100). Colorado TMT 3.47% × 1,200,000 = 41,640.00; AMT 41,640 − 8,107 = 33,533.00.
		{name: "single ISO", ret: Return{Year: 2025, Status: bespoke.Single, State: "CO", Wages: d(200_000), ISOBargain: d(1_000_000)},
			ti: d(184_250), regular: d(8_107), amt: d(33_533), amti: d(1_200_000)},
	})
}

// TestColoradoMinimumTaxCredit checks the credit of 12% of the federal minimum tax credit used
// (C.R.S. 39-22-105(3)): against the regular tax, no carryforward of its own.
func TestColoradoMinimumTaxCredit(t *testing.T) {
	p := mustState(t, 2025, "CO")
	in := StateInput{Year: 2025, Status: bespoke.Single, AGI: d(290_000), Wages: d(290_000),
		Federal: FederalFigures{TaxableIncome: d(274_250), Deduction: d(15_750), StandardDeduction: d(15_750),
			AMTI: d(290_000), AMTExemption: d(88_100), AMTCreditUsed: d(20_000)}}
	// Regular 4.4% × 274,250 = 12,067.00 (AGI under 300,000: no addback); credit 12% × 20,000 =
	// 2,400; TMT 3.47% × 201,900 = 7,005.93 is under the regular tax.
	r := stateTax(p, in)
	if r.RegularTax != d(9_667) || r.AMT != 0 || r.AMTCreditUsed != 0 || r.AMTCreditCarryforward != 0 {
		t.Errorf("regular %d AMT %d credit used %d carryforward %d", r.RegularTax, r.AMT, r.AMTCreditUsed, r.AMTCreditCarryforward)
	}
	in.Federal.AMTCreditUsed = d(200_000) // 24,000 of credit against 12,067 of tax: the rest is lost
	if r := stateTax(p, in); r.Total != 0 {
		t.Errorf("total %d, want 0", r.Total)
	}
}

// TestIllinois checks IL-1040 by hand: 4.95% of federal AGI less the exemptions, which are lost
// above $250,000 of AGI ($500,000 joint) (35 ILCS 5/201(b)(5.4), 5/204; IDOR FAQ 851).
func TestIllinois(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000 (2025): 200,000 − 2,850 = 197,150; 4.95% = 9,758.925 → 9,758.93.
		{name: "single 200k", ret: Return{Year: 2025, Status: bespoke.Single, State: "IL", Wages: d(200_000)},
			ti: d(197_150), regular: d(9_758.93)},
		// Joint, wages 500,000 and long-term gain 100,000 (2025): AGI 600,000 is over 500,000, no
		// exemption; 4.95% × 600,000 = 29,700.00.
		{name: "joint 600k", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "IL", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000)}, ti: d(600_000), regular: d(29_700)},
		// Joint, wages 400,000 and dividends 50,000 (2024): two exemptions of 2,775; 444,450 ×
		// 4.95% = 22,000.275 → 22,000.28.
		{name: "joint 450k 2024", ret: Return{Year: 2024, Status: bespoke.MarriedJoint, State: "IL", Wages: d(400_000),
			OrdinaryDividends: d(50_000), QualifiedDividends: d(50_000)}, ti: d(444_450), regular: d(22_000.28)},
		// Single at exactly 250,000 of AGI keeps the exemption; one dollar more loses it.
		{name: "single at the limit", ret: Return{Year: 2025, Status: bespoke.Single, State: "IL", Wages: d(250_000)},
			ti: d(247_150), regular: d(12_233.93)},
		{name: "single over the limit", ret: Return{Year: 2025, Status: bespoke.Single, State: "IL", Wages: d(250_001)},
			ti: d(250_001), regular: d(12_375.05)},
	})
}

// TestOregon checks OR-40 by hand: federal AGI less the federal tax subtraction (ORS 316.800)
// and the standard deduction, the schedule of ORS 316.037 (the tax table below $50,000), less the
// exemption credit (ORS 316.085). Federal 2024 single brackets 11,600 / 47,150 / 100,525
// (Rev. Proc. 2023-34).
func TestOregon(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000 (2025): no federal tax subtraction (AGI ≥ 145,000), no credit
		// (AGI > 100,000); TI 200,000 − 2,835 = 197,165. Tax 4.75% × 4,400 + 6.75% × 6,700 +
		// 8.75% × 113,900 + 9.9% × 72,165 = 209.00 + 452.25 + 9,966.25 + 7,144.335 = 17,771.84.
		{name: "single 200k", ret: Return{Year: 2025, Status: bespoke.Single, State: "OR", Wages: d(200_000)},
			ti: d(197_165), regular: d(17_771.84)},
		// Joint, wages 500,000 and long-term gain 100,000 (2025): TI 600,000 − 5,670 = 594,330.
		// Tax 4.75% × 8,800 + 6.75% × 13,400 + 8.75% × 227,800 + 9.9% × 344,330 = 418.00 +
		// 904.50 + 19,932.50 + 34,088.67 = 55,343.67.
		{name: "joint 600k", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "OR", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000)}, ti: d(594_330), regular: d(55_343.67)},
		// Single, wages 130,000 (2024): federal tax on 115,400 = 1,160 + 4,266 + 11,742.50 +
		// 24% × 14,875 = 20,738.50; the subtraction is limited to 4,950 (AGI from 130,000). TI
		// 130,000 − 2,745 − 4,950 = 122,305; tax 204.25 + 435.375 + 8.75% × 111,555 = 10,400.69.
		{name: "single 130k 2024", ret: Return{Year: 2024, Status: bespoke.Single, State: "OR", Wages: d(130_000)},
			ti: d(122_305), regular: d(10_400.69), fedTI: d(115_400)},
		// Single, wages 40,000 (2024): federal TI 25,400, tax from the table row's middle 25,425
		// = 1,160 + 12% × 13,825 = 2,819; all of it is subtracted. TI 40,000 − 2,745 − 2,819 =
		// 34,436; table row 34,400-34,500, middle 34,450: 204.25 + 435.375 + 8.75% × 23,700 =
		// 2,713.375 → 2,713; less the 249 credit = 2,464.
		{name: "single table 2024", ret: Return{Year: 2024, Status: bespoke.Single, State: "OR", Wages: d(40_000)},
			ti: d(34_436), regular: d(2_464), fedTI: d(25_400)},
		// Joint, wages 150,000 and mortgage interest 20,000 (2024): itemized 20,000 > 5,495;
		// federal TI 150,000 − 29,200 = 120,800, tax 2,320 + 8,532 + 22% × 26,500 = 16,682 >
		// 8,250 (AGI under 250,000). TI 150,000 − 20,000 − 8,250 = 121,750; tax 4.75% × 8,600 +
		// 6.75% × 12,900 + 8.75% × 100,250 = 408.50 + 870.75 + 8,771.875 = 10,051.125 →
		// 10,051.13; credit 2 × 249 (AGI ≤ 200,000) = 498 → 9,553.13.
		{name: "joint itemizing 2024", ret: Return{Year: 2024, Status: bespoke.MarriedJoint, State: "OR", Wages: d(150_000),
			MortgageInterest: d(20_000)}, ti: d(121_750), regular: d(9_553.13), fedTI: d(120_800)},
	})
}

// TestGeorgia checks Form 500 by hand: federal AGI less the standard deduction of $12,000
// ($24,000 joint), or Georgia itemized deductions when the federal return itemizes, at the flat
// rate of O.C.G.A. 48-7-20(a.1): 5.19% for 2025, 4.99% for 2026.
func TestGeorgia(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000 (2025): 188,000 × 5.19% = 9,757.20.
		{name: "single 200k", ret: Return{Year: 2025, Status: bespoke.Single, State: "GA", Wages: d(200_000)},
			ti: d(188_000), regular: d(9_757.20)},
		// Joint, wages 500,000 and long-term gain 100,000 (2025): 576,000 × 5.19% = 29,894.40.
		{name: "joint 600k", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "GA", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000)}, ti: d(576_000), regular: d(29_894.40)},
		// The same couple with 30,000 of mortgage interest and of state income tax: the federal
		// return itemizes (10,000 SALT + 30,000 > 31,500), so Georgia may: 570,000 × 5.19% =
		// 29,583.00.
		{name: "joint itemizing", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "GA", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000), MortgageInterest: d(30_000), StateIncomeTaxPaid: d(30_000)},
			ti: d(570_000), regular: d(29_583)},
		// Single with 14,000 of mortgage interest: the federal return takes the 15,750 standard
		// deduction, so Georgia's must be the standard one too, though 14,000 > 12,000.
		{name: "single itemizing only in Georgia", ret: Return{Year: 2025, Status: bespoke.Single, State: "GA", Wages: d(200_000),
			MortgageInterest: d(14_000)}, ti: d(188_000), regular: d(9_757.20), fedDeduction: d(15_750)},
		// 2026: 188,000 × 4.99% = 9,381.20.
		{name: "single 2026", ret: Return{Year: 2026, Status: bespoke.Single, State: "GA", Wages: d(200_000)},
			ti: d(188_000), regular: d(9_381.20)},
	})
}

// TestNorthCarolina checks D-400 by hand: federal AGI less the standard deduction (or itemized
// mortgage interest, capped with property tax at $20,000), at G.S. 105-153.7's rate: 4.5% for
// 2024, 4.25% for 2025, 3.99% from 2026.
func TestNorthCarolina(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000 (2025): 187,250 × 4.25% = 7,958.125 → 7,958.13.
		{name: "single 200k", ret: Return{Year: 2025, Status: bespoke.Single, State: "NC", Wages: d(200_000)},
			ti: d(187_250), regular: d(7_958.13)},
		// Joint, wages 500,000 and long-term gain 100,000, mortgage interest 30,000 (2025): the
		// itemized deduction is capped at 20,000 < 25,500, so 574,500 × 4.25% = 24,416.25.
		{name: "joint 600k", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "NC", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000), MortgageInterest: d(30_000)}, ti: d(574_500), regular: d(24_416.25)},
		// Single with 18,000 of mortgage interest (2024): itemized 18,000 > 12,750; 182,000 × 4.5%
		// = 8,190.00.
		{name: "single itemizing 2024", ret: Return{Year: 2024, Status: bespoke.Single, State: "NC", Wages: d(200_000),
			MortgageInterest: d(18_000)}, ti: d(182_000), regular: d(8_190)},
		// 2026: 187,250 × 3.99% = 7,471.275 → 7,471.28.
		{name: "single 2026", ret: Return{Year: 2026, Status: bespoke.Single, State: "NC", Wages: d(200_000)},
			ti: d(187_250), regular: d(7_471.28)},
	})
}

// TestVirginia checks Form 760 by hand: federal AGI less the standard deduction ($8,750 /
// $17,500 for 2025) or, when the federal return itemizes, Virginia itemized deductions after
// the 3%/80% limitation, and $930 per exemption; the rates of Va. Code 58.1-320 (720 + 5.75%
// over 17,000).
func TestVirginia(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000 (2025): 200,000 − 8,750 − 930 = 190,320; 720 + 5.75% × 173,320 =
		// 10,685.90.
		{name: "single 200k", ret: Return{Year: 2025, Status: bespoke.Single, State: "VA", Wages: d(200_000)},
			ti: d(190_320), regular: d(10_685.90)},
		// Joint, wages 500,000 and long-term gain 100,000 (2025): 600,000 − 17,500 − 1,860 =
		// 580,640; 720 + 5.75% × 563,640 = 33,129.30.
		{name: "joint 600k", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "VA", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000)}, ti: d(580_640), regular: d(33_129.30)},
		// The same couple itemizing federally (mortgage 30,000 and state tax 30,000): Virginia
		// itemizes the mortgage interest less 3% × (600,000 − 399,550) = 6,013.50 (under 80% of
		// 30,000): 23,986.50. TI 600,000 − 23,986.50 − 1,860 = 574,153.50; 720 + 5.75% ×
		// 557,153.50 = 720 + 32,036.33 = 32,756.33.
		{name: "joint itemizing", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "VA", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000), MortgageInterest: d(30_000), StateIncomeTaxPaid: d(30_000)},
			ti: d(574_153.50), regular: d(32_756.33)},
		// Joint, wages 300,000 and 40,000 of state income tax: the federal return itemizes on the
		// tax alone, so Virginia must itemize, and has nothing left to itemize: 300,000 − 1,860 =
		// 298,140; 720 + 5.75% × 281,140 = 16,885.55.
		{name: "joint itemizing state tax only", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "VA",
			Wages: d(300_000), StateIncomeTaxPaid: d(40_000)}, ti: d(298_140), regular: d(16_885.55), fedDeduction: d(40_000)},
		// Head of household files as single in Virginia: 100,000 − 8,500 − 930 = 90,570 (2024);
		// 720 + 5.75% × 73,570 = 4,950.275 → 4,950.28.
		{name: "head of household 2024", ret: Return{Year: 2024, Status: bespoke.HeadOfHousehold, State: "VA", Wages: d(100_000)},
			ti: d(90_570), regular: d(4_950.28)},
	})
}

// TestNewJersey checks NJ-1040 by hand: gross income less $1,000 exemptions, the rate schedules
// of N.J.S.A. 54A:2-1 (the tax table below $100,000).
func TestNewJersey(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000 (2025): 199,000. 1.4% × 20,000 + 1.75% × 15,000 + 3.5% × 5,000 +
		// 5.525% × 35,000 = 2,651.25; + 6.37% × 124,000 = 7,898.80 → 10,550.05 (the schedule's
		// 6.37% × 199,000 − 2,126.25).
		{name: "single 200k", ret: Return{Year: 2025, Status: bespoke.Single, State: "NJ", Wages: d(200_000)},
			ti: d(199_000), regular: d(10_550.05)},
		// Joint, wages 500,000 and long-term gain 100,000 (2025): 598,000. 280 + 525 + 490 + 350 +
		// 3,867.50 + 22,295 = 27,807.50 at 500,000; + 8.97% × 98,000 = 8,790.60 → 36,598.10.
		{name: "joint 600k", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "NJ", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000)}, ti: d(598_000), regular: d(36_598.10)},
		// Joint over 1,000,000 (2024): wages 1,500,000: TI 1,498,000; 27,807.50 + 8.97% × 500,000
		// = 72,657.50 at 1,000,000; + 10.75% × 498,000 = 53,535 → 126,192.50.
		{name: "joint 1.5M 2024", ret: Return{Year: 2024, Status: bespoke.MarriedJoint, State: "NJ", Wages: d(1_500_000)},
			ti: d(1_498_000), regular: d(126_192.50)},
		// Single, wages 60,000 (2025): TI 59,000, table row 59,000-59,050, middle 59,025: 717.50 +
		// 5.525% × 19,025 = 1,768.63 → 1,769.
		{name: "single table", ret: Return{Year: 2025, Status: bespoke.Single, State: "NJ", Wages: d(60_000)},
			ti: d(59_000), regular: d(1_769)},
	})
}

// TestPennsylvania checks PA-40 by hand: 3.07% of the classes of income (72 P.S. §7302), with
// no deduction or exemption.
func TestPennsylvania(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000 (2025): 3.07% = 6,140.00.
		{name: "single 200k", ret: Return{Year: 2025, Status: bespoke.Single, State: "PA", Wages: d(200_000)},
			ti: d(200_000), regular: d(6_140)},
		// Joint, wages 500,000, long-term gain 100,000, dividends 12,345 and interest 1,000, with
		// mortgage interest that Pennsylvania does not deduct (2025): 613,345 × 3.07% =
		// 18,829.6915 → 18,829.69.
		{name: "joint 600k", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "PA", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000), OrdinaryDividends: d(12_345), QualifiedDividends: d(12_345),
			Interest: d(1_000), MortgageInterest: d(30_000)}, ti: d(613_345), regular: d(18_829.69)},
	})
}

// TestUtah checks TC-40 by hand: the flat rate of Utah Code 59-10-104 on federal AGI, less the
// taxpayer tax credit of 59-10-1018 (6% of the federal deduction, less 1.3% of income over the
// base phase-out amount).
func TestUtah(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000 (2025): 4.5% × 200,000 = 9,000; the credit 6% × 15,750 = 945 is
		// phased out (1.3% × (200,000 − 18,130) = 2,364.31).
		{name: "single 200k", ret: Return{Year: 2025, Status: bespoke.Single, State: "UT", Wages: d(200_000)},
			ti: d(200_000), regular: d(9_000)},
		// Joint, wages 500,000 and long-term gain 100,000 (2025): 4.5% × 600,000 = 27,000.
		{name: "joint 600k", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "UT", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000)}, ti: d(600_000), regular: d(27_000)},
		// Single, wages 40,000 (2025): 1,800 less the credit 945 − 1.3% × 21,870 = 945 − 284.31 =
		// 660.69 → 1,139.31.
		{name: "single 40k credit", ret: Return{Year: 2025, Status: bespoke.Single, State: "UT", Wages: d(40_000)},
			ti: d(40_000), regular: d(1_139.31)},
		// Joint itemizing federally (mortgage 30,000, state tax 20,000 capped at 10,000, wages
		// 100,000; 2024): the credit base is the 40,000 itemized less the 10,000 of state income
		// tax = 30,000; 6% = 1,800 less 1.3% × (100,000 − 35,292) = 841.20 → 958.80; tax 4.55% ×
		// 100,000 = 4,550 → 3,591.20.
		{name: "joint itemizing 2024", ret: Return{Year: 2024, Status: bespoke.MarriedJoint, State: "UT", Wages: d(100_000),
			MortgageInterest: d(30_000), StateIncomeTaxPaid: d(20_000)}, ti: d(100_000), regular: d(3_591.20), fedDeduction: d(40_000)},
	})
}

// TestMaryland checks Form 502 by hand: federal AGI less the standard deduction (15% of AGI
// between a floor and a ceiling for 2024; $3,350 / $6,700 from 2025) or itemized deductions after
// the 2025 phase-out (7.5% of AGI over $200,000), and the exemptions that phase down with AGI;
// the §10-105 schedules (6.25% and 6.5% added for 2025); the 2% capital gains surcharge over
// $350,000 of AGI (2025); the county tax at the default 3.20% of Maryland taxable income.
func TestMaryland(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000 (2025): no exemption (AGI > 150,000); TI 200,000 − 3,350 =
		// 196,650. 90 (2/3/4% on the first 3,000) + 4.75% × 97,000 + 5% × 25,000 + 5.25% × 25,000
		// + 5.5% × 46,650 = 90 + 4,607.50 + 1,250 + 1,312.50 + 2,565.75 = 9,825.75. County 3.2% ×
		// 196,650 = 6,292.80.
		{name: "single 200k", ret: Return{Year: 2025, Status: bespoke.Single, State: "MD", Wages: d(200_000)},
			ti: d(196_650), regular: d(9_825.75), local: d(6_292.80)},
		// Joint, wages 500,000 and long-term gain 100,000 (2025): TI 600,000 − 6,700 = 593,300.
		// 90 + 4.75% × 147,000 + 5% × 25,000 + 5.25% × 50,000 + 5.5% × 75,000 = 15,072.50 at
		// 300,000; + 5.75% × 293,300 = 16,864.75 → 31,937.25. Surcharge 2% × 100,000 = 2,000
		// (AGI over 350,000). County 3.2% × 593,300 = 18,985.60.
		{name: "joint 600k", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "MD", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000)}, ti: d(593_300), regular: d(31_937.25), surtax: d(2_000), local: d(18_985.60)},
		// The same couple itemizing federally with 50,000 of mortgage interest: Maryland itemized
		// 50,000 − 7.5% × (600,000 − 200,000) = 20,000 > 6,700. TI 580,000: 15,072.50 + 5.75% ×
		// 280,000 = 31,172.50; county 18,560.00.
		{name: "joint itemizing", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "MD", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000), MortgageInterest: d(50_000), StateIncomeTaxPaid: d(30_000)},
			ti: d(580_000), regular: d(31_172.50), surtax: d(2_000), local: d(18_560)},
		// With 30,000 of mortgage interest the phase-out takes it all: the standard 6,700 again.
		{name: "joint itemized deductions phased out", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "MD",
			Wages: d(400_000), SpouseWages: d(100_000), LTCG: d(100_000), MortgageInterest: d(30_000), StateIncomeTaxPaid: d(30_000)},
			ti: d(593_300), regular: d(31_937.25), surtax: d(2_000), local: d(18_985.60)},
		// Single, wages 120,000 (2024): standard deduction 15% × 120,000 capped at 2,700; one
		// exemption of 1,600 (AGI over 100,000, not over 125,000); TI 115,700. 90 + 4,607.50 + 5% ×
		// 15,700 = 5,482.50; county 3.2% × 115,700 = 3,702.40.
		{name: "single 120k 2024", ret: Return{Year: 2024, Status: bespoke.Single, State: "MD", Wages: d(120_000)},
			ti: d(115_700), regular: d(5_482.50), local: d(3_702.40)},
		// Joint, 600,000 (2024): no top brackets, no surcharge; TI 600,000 − 5,450 = 594,550;
		// 15,072.50 + 5.75% × 294,550 = 16,936.625 → 32,009.13; county 19,025.60.
		{name: "joint 600k 2024", ret: Return{Year: 2024, Status: bespoke.MarriedJoint, State: "MD", Wages: d(500_000),
			LTCG: d(100_000)}, ti: d(594_550), regular: d(32_009.13), local: d(19_025.60)},
	})
}

// TestArizona checks Form 140 by hand: 2.5% of federal AGI less the standard deduction (the
// federal basic amounts) or itemized mortgage interest.
func TestArizona(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000 (2025): (200,000 − 15,750) × 2.5% = 4,606.25.
		{name: "single 200k", ret: Return{Year: 2025, Status: bespoke.Single, State: "AZ", Wages: d(200_000)},
			ti: d(184_250), regular: d(4_606.25)},
		// Joint, wages 500,000 and long-term gain 100,000, mortgage interest 40,000 (2025):
		// itemized 40,000 > 31,500; (600,000 − 40,000) × 2.5% = 14,000.00.
		{name: "joint 600k", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "AZ", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000), MortgageInterest: d(40_000)}, ti: d(560_000), regular: d(14_000)},
		// Head of household, wages 100,000 (2024): (100,000 − 21,900) × 2.5% = 1,952.50.
		{name: "head of household 2024", ret: Return{Year: 2024, Status: bespoke.HeadOfHousehold, State: "AZ", Wages: d(100_000)},
			ti: d(78_100), regular: d(1_952.50)},
	})
}

// TestMichigan checks MI-1040 by hand: 4.25% of federal AGI less the exemption allowance.
func TestMichigan(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000 (2025): (200,000 − 5,800) × 4.25% = 8,253.50.
		{name: "single 200k", ret: Return{Year: 2025, Status: bespoke.Single, State: "MI", Wages: d(200_000)},
			ti: d(194_200), regular: d(8_253.50)},
		// Joint, wages 500,000 and long-term gain 100,000 (2025): (600,000 − 11,600) × 4.25% =
		// 25,007.00.
		{name: "joint 600k", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "MI", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000)}, ti: d(588_400), regular: d(25_007)},
		// 2024: (200,000 − 5,600) × 4.25% = 8,262.00.
		{name: "single 2024", ret: Return{Year: 2024, Status: bespoke.Single, State: "MI", Wages: d(200_000)},
			ti: d(194_400), regular: d(8_262)},
	})
}

// TestIndiana checks IT-40 by hand: the flat rate of IC 6-3-2-1 on federal AGI less $1,000
// exemptions. The county tax is not modelled.
func TestIndiana(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000 (2025): 199,000 × 3% = 5,970.00.
		{name: "single 200k", ret: Return{Year: 2025, Status: bespoke.Single, State: "IN", Wages: d(200_000)},
			ti: d(199_000), regular: d(5_970)},
		// Joint, wages 500,000 and long-term gain 100,000 (2025): 598,000 × 3% = 17,940.00.
		{name: "joint 600k", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "IN", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000)}, ti: d(598_000), regular: d(17_940)},
		// 2024 at 3.05% and 2026 at 2.95%: 199,000 × 3.05% = 6,069.50; × 2.95% = 5,870.50.
		{name: "single 2024", ret: Return{Year: 2024, Status: bespoke.Single, State: "IN", Wages: d(200_000)},
			ti: d(199_000), regular: d(6_069.50)},
		{name: "single 2026", ret: Return{Year: 2026, Status: bespoke.Single, State: "IN", Wages: d(200_000)},
			ti: d(199_000), regular: d(5_870.50)},
	})
}

// TestKentucky checks Form 740 by hand: the flat rate of KRS 141.020 on federal AGI less the
// standard deduction (one amount for every status) or itemized mortgage interest.
func TestKentucky(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000 (2025): (200,000 − 3,270) × 4% = 7,869.20.
		{name: "single 200k", ret: Return{Year: 2025, Status: bespoke.Single, State: "KY", Wages: d(200_000)},
			ti: d(196_730), regular: d(7_869.20)},
		// Joint, wages 500,000 and long-term gain 100,000, mortgage interest 20,000 (2025):
		// (600,000 − 20,000) × 4% = 23,200.00.
		{name: "joint 600k", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "KY", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000), MortgageInterest: d(20_000)}, ti: d(580_000), regular: d(23_200)},
		// 2026 at 3.5%: (200,000 − 3,360) × 3.5% = 6,882.40.
		{name: "single 2026", ret: Return{Year: 2026, Status: bespoke.Single, State: "KY", Wages: d(200_000)},
			ti: d(196_640), regular: d(6_882.40)},
	})
}

// TestMinnesota checks Form M1, Schedule M1NI and Schedule M1MT by hand: federal AGI less the
// standard deduction reduced by 3% of AGI over the first threshold and 7% more over the second
// (at most 80%), the four-rate schedule, 1% of net investment income over $1,000,000, and the
// 6.75% minimum tax on AGI plus the ISO spread less an exemption that phases out at 25%. Schedule
// bases are the exact tax at each threshold rounded to the cent.
func TestMinnesota(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000 (2025): AGI under 239,200, standard deduction 14,950 in full; TI
		// 185,050. 5.35% × 32,570 + 6.8% × 74,420 = 6,803.06 at 106,990; + 7.85% × 78,060 =
		// 6,127.71 → 12,930.77. AMT: exemption 71,540 − 25% × (200,000 − 112,500) = 49,665;
		// 6.75% × 150,335 = 10,147.61 < 12,930.77: none.
		{name: "single 200k", ret: Return{Year: 2025, Status: bespoke.Single, State: "MN", Wages: d(200_000)},
			ti: d(185_050), regular: d(12_930.77)},
		// Joint, wages 500,000 and long-term gain 100,000 (2025): the reduction 3% × 360,800 + 7% ×
		// 269,400 = 29,682 is capped at 80% of 29,900 = 23,920, leaving 5,980; TI 594,020. Base at
		// 330,410: 2,547.67 + 9,626.08 + 11,086.555 = 23,260.31; + 9.85% × 263,610 = 25,965.59 →
		// 49,225.90. No NIIT (100,000 < 1,000,000); AMT 6.75% × 600,000 = 40,500 is below.
		{name: "joint 600k", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "MN", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000)}, ti: d(594_020), regular: d(49_225.90)},
		// Single, wages 200,000 and an ISO spread of 1,000,000 (2025): AMTI 1,200,000, the
		// exemption fully phased out; 6.75% = 81,000; AMT 81,000 − 12,930.77 = 68,069.23.
		{name: "single ISO", ret: Return{Year: 2025, Status: bespoke.Single, State: "MN", Wages: d(200_000), ISOBargain: d(1_000_000)},
			ti: d(185_050), regular: d(12_930.77), amt: d(68_069.23)},
		// Joint, wages 500,000 and long-term gain 1,500,000 (2026): NIIT 1% × 500,000 = 5,000.
		// Standard deduction 30,600 − 80% = 6,120; TI 1,993,880. Base at 337,930: 5.35% × 48,700
		// + 6.8% × 144,780 + 7.85% × 144,450 = 2,605.45 + 9,845.04 + 11,339.325 = 23,789.82
		// (rounded); + 9.85% × 1,655,950 = 163,111.075 → 163,111.08; 186,900.90.
		{name: "joint NIIT 2026", ret: Return{Year: 2026, Status: bespoke.MarriedJoint, State: "MN", Wages: d(500_000),
			LTCG: d(1_500_000)}, ti: d(1_993_880), regular: d(186_900.90), surtax: d(5_000)},
	})
}

// TestSouthCarolina checks SC1040 by hand: federal taxable income with the state tax addback,
// less 44% of net long-term gain (S.C. Code 12-6-1150), on the one schedule of 12-6-510.
func TestSouthCarolina(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000 (2025): federal TI 184,250; 428.10 + 6% × 166,420 = 10,413.30.
		{name: "single 200k", ret: Return{Year: 2025, Status: bespoke.Single, State: "SC", Wages: d(200_000)},
			ti: d(184_250), regular: d(10_413.30), fedTI: d(184_250)},
		// Joint, wages 500,000 and long-term gain 100,000 (2025): federal TI 568,500 less 44% ×
		// 100,000 = 524,500; 428.10 + 6% × 506,670 = 30,828.30.
		{name: "joint 600k", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "SC", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000)}, ti: d(524_500), regular: d(30_828.30), fedTI: d(568_500)},
		// The same couple itemizing (state tax 30,000 capped at 10,000, mortgage 30,000): federal
		// TI 560,000; addback min(10,000, 40,000 − 31,500) = 8,500; 560,000 + 8,500 − 44,000 =
		// 524,500 again.
		{name: "joint itemizing", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "SC", Wages: d(400_000),
			SpouseWages: d(100_000), LTCG: d(100_000), MortgageInterest: d(30_000), StateIncomeTaxPaid: d(30_000)},
			ti: d(524_500), regular: d(30_828.30), fedTI: d(560_000)},
		// Single, wages 200,000 (2024): federal TI 185,400; 416.10 + 6.2% × 168,070 = 10,836.44.
		{name: "single 2024", ret: Return{Year: 2024, Status: bespoke.Single, State: "SC", Wages: d(200_000)},
			ti: d(185_400), regular: d(10_836.44)},
	})
}
