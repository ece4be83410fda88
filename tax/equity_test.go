package tax

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
)

// TestDisqualifyingDisposition files the $50,000 of ordinary income of an ISO's disqualifying
// disposition as compensation that is not FICA wages, next to $150,000 of salary (2025, single,
// California), and checks every figure by hand.
func TestDisqualifyingDisposition(t *testing.T) {
	r := Return{Year: 2025, Status: bespoke.Single, State: "CA", Wages: d(150000), NonFICACompensation: d(50000)}
	out := compute(t, r)
	// Federal: AGI 150,000 + 50,000 = 200,000; TI 184,250; tax 1,192.50 + 4,386 + 12,072.50 +
	// 24% × 80,900 = 37,067. AMTI 200,000 − 88,100 = 111,900 × 26% = 29,094: no AMT.
	want := FederalResult{AGI: d(200000), Deduction: d(15750), TaxableIncome: d(184250), RegularTax: d(37067),
		AMTI: d(200000), AMTExemption: d(88100), TentativeMinimumTax: d(29094), Total: d(37067)}
	if out.Federal != want {
		t.Errorf("federal\n got %+v\nwant %+v", out.Federal, want)
	}
	// FICA on the salary alone: 6.2% × 150,000 = 9,300 and 1.45% × 150,000 = 2,175; Form 8959's
	// Medicare wages are 150,000, under the 200,000 threshold. As wages the 50,000 would have
	// cost 6.2% × 26,100 (to the 176,100 wage base) + 1.45% × 50,000 = 1,618.20 + 725 more.
	if want := (FICAResult{SocialSecurity: d(9300), Medicare: d(2175), Total: d(11475)}); out.FICA != want {
		t.Errorf("fica %+v, want %+v", out.FICA, want)
	}
	// California: AGI 200,000, TI 194,294; 3,201.97 + 9.3% × 121,570 (11,306.01) = 14,507.98
	// less the 153 credit = 14,354.98. SDI 1.2% × 150,000 = 1,800, not on the 50,000.
	s := out.State
	if s.TaxableIncome != d(194294) || s.RegularTax != d(14354.98) || s.AMT != 0 || s.PayrollTax != d(1800) {
		t.Errorf("California: TI %v tax %v AMT %v SDI %v", bespoke.Money(s.TaxableIncome), bespoke.Money(s.RegularTax),
			bespoke.Money(s.AMT), bespoke.Money(s.PayrollTax))
	}
	// Total: 37,067 + 14,354.98 + 9,300 + 2,175 + 1,800.
	if got := out.TotalTax(); got != d(64696.98) || out.PayrollTax() != d(13275) {
		t.Errorf("total tax %v, payroll %v; want 64,696.98 and 13,275", bespoke.Money(got), bespoke.Money(out.PayrollTax()))
	}
	// Filed as wages instead, only the payroll taxes differ (and the marginal wage rate sees
	// the same income tax either way).
	asWages := r
	asWages.Wages, asWages.NonFICACompensation = d(200000), 0
	w := compute(t, asWages)
	if diff := w.TotalTax() - out.TotalTax(); diff != d(1618.20+725+600) || w.TotalIncomeTax != out.TotalIncomeTax {
		t.Errorf("as wages the total is %v more (want 2,943.20: Social Security, Medicare, SDI); income tax %v vs %v",
			bespoke.Money(diff), bespoke.Money(w.TotalIncomeTax), bespoke.Money(out.TotalIncomeTax))
	}
}

// TestAdditionalMedicareLeavesOutNonFICACompensation checks Form 8959 on Medicare wages only,
// and the NIIT on modified AGI that includes the compensation but not as investment income.
func TestAdditionalMedicareLeavesOutNonFICACompensation(t *testing.T) {
	// 2025 single: wages 190,000, disqualifying income 300,000, interest 50,000. Medicare wages
	// 190,000 < 200,000: no Additional Medicare Tax. MAGI 540,000 over 200,000 by 340,000; NII
	// 50,000: NIIT 3.8% × 50,000 = 1,900.
	out := compute(t, Return{Year: 2025, Status: bespoke.Single, Wages: d(190000), NonFICACompensation: d(300000), Interest: d(50000)})
	if out.Federal.AdditionalMedicareTax != 0 || out.Federal.NIIT != d(1900) || out.FICA.Medicare != d(2755) {
		t.Errorf("additional Medicare %v, NIIT %v, Medicare %v; want 0, 1,900, 2,755", bespoke.Money(out.Federal.AdditionalMedicareTax),
			bespoke.Money(out.Federal.NIIT), bespoke.Money(out.FICA.Medicare))
	}
}

// TestISOSaleReversesBargain exercises ISOs with a 200,000 bargain element in 2025 and sells the
// shares in a qualifying disposition in 2026 for 250,000 over the strike: the AMT basis is
// 200,000 higher, so Form 6251 line 2k is −200,000 and the sale year's tentative minimum tax
// falls, which lets most of the credit the exercise created be used.
func TestISOSaleReversesBargain(t *testing.T) {
	// 2025, single, wages 150,000: TI 134,250, tax 1,192.50 + 4,386 + 12,072.50 + 24% × 30,900
	// = 25,067. AMTI 134,250 + 15,750 + 200,000 = 350,000 − 88,100 = 261,900: 28% × 261,900 −
	// 4,782 = 68,550; AMT 43,483. Exclusion items alone (AMTI 150,000) give 16,094 < 25,067, so
	// all 43,483 is credit.
	y1 := compute(t, Return{Year: 2025, Status: bespoke.Single, Wages: d(150000), ISOBargain: d(200000)})
	if f := y1.Federal; f.AMT != d(43483) || f.AMTCreditCarryforward != d(43483) || f.Total != d(68550) {
		t.Fatalf("exercise year: %+v", f)
	}
	// 2026: wages 150,000, LTCG 250,000: AGI 400,000, TI 383,900. QDCG worksheet: line 5
	// 133,900, tax on it 1,240 + 4,560 + 12,166 + 24% × 28,200 = 24,734; 15% × 250,000 = 37,500:
	// 62,234. AMT: line 2k = 50,000 − 250,000 = −200,000, AMTI 383,900 + 16,100 − 200,000 =
	// 200,000, less 90,100 = 109,900. Part III: line 13 is the AMT gain 50,000; 26% × 59,900 =
	// 15,574 + 15% × 50,000 = 7,500: TMT 23,074. Credit used: min(43,483, 62,234 − 23,074 =
	// 39,160) = 39,160, carried on 4,323. NIIT 3.8% × 200,000 = 7,600. Total 62,234 − 39,160 +
	// 7,600 = 30,674.
	sale := Return{Year: 2026, Status: bespoke.Single, Wages: d(150000), LTCG: d(250000),
		AMTDisposition: Disposition{LTCG: d(-200000)}, PriorAMTCredit: y1.Federal.AMTCreditCarryforward}
	y2 := compute(t, sale)
	want := FederalResult{AGI: d(400000), Deduction: d(16100), TaxableIncome: d(383900), RegularTax: d(62234),
		AMTI: d(200000), AMTExemption: d(90100), TentativeMinimumTax: d(23074), AMTCreditUsed: d(39160),
		AMTCreditCarryforward: d(4323), NIIT: d(7600), Total: d(30674)}
	if y2.Federal != want {
		t.Errorf("sale year\n got %+v\nwant %+v", y2.Federal, want)
	}
	if l := lineAmount(&y2.Lines, lA2k); l != d(-200000) {
		t.Errorf("Form 6251 line 2k = %v, want −200,000", bespoke.Money(l))
	}
	// Without the adjustment AMTI would be 400,000: 26% × 59,900 + 15% × 250,000 = 53,074, so
	// only 62,234 − 53,074 = 9,160 of the credit could be used: the reversal recovers 30,000 more.
	sale.AMTDisposition = Disposition{}
	if used := compute(t, sale).Federal.AMTCreditUsed; used != d(9160) {
		t.Errorf("without line 2k the credit used is %v, want 9,160", bespoke.Money(used))
	}
}

// TestDispositionLossIsNotDeducted checks that an AMT capital loss on ISO shares (sold for less
// than their AMT basis) is not deducted, as the engine deducts no regular capital loss, while
// the reversal of the disqualifying income is.
func TestDispositionLossIsNotDeducted(t *testing.T) {
	// 2026 single: shares exercised in 2025 with a 100,000 bargain element are sold in 2026,
	// within a year, for 30,000 over the strike: a disqualifying disposition whose ordinary
	// income is the 30,000 gain, with no capital gain. The AMT has a 70,000 short-term loss:
	// line 2k reverses the 30,000 of income and deducts none of the loss.
	r := Return{Year: 2026, Status: bespoke.Single, Wages: d(100000), NonFICACompensation: d(30000),
		AMTDisposition: Disposition{Ordinary: d(-30000), STCG: d(-70000)}}
	out := compute(t, r)
	if l := lineAmount(&out.Lines, lA2k); l != d(-30000) || out.Federal.AMTI != d(100000) {
		t.Errorf("line 2k %v, AMTI %v; want −30,000 and 100,000", bespoke.Money(l), bespoke.Money(out.Federal.AMTI))
	}
	// With 50,000 of other long-term gain the AMT loss offsets it: line 2k = −30,000 − 50,000.
	r.LTCG = d(50000)
	out = compute(t, r)
	if l := lineAmount(&out.Lines, lA2k); l != d(-80000) {
		t.Errorf("line 2k with other gain %v, want −80,000", bespoke.Money(l))
	}
}

// TestQSBSFiftyPercentTier sells qualified small business stock held three years under the
// OBBBA tiers: a 1,000,000 gain of which 50% is excluded and the other 500,000 is section 1202
// gain taxed at up to 28% (2025 tables, single, California, wages 200,000).
func TestQSBSFiftyPercentTier(t *testing.T) {
	r := Return{Year: 2025, Status: bespoke.Single, State: "CA", Wages: d(200000), LTCG: d(500000), Rate28Gain: d(500000),
		QSBSExcluded: d(500000)}
	out := compute(t, r)
	// Schedule D Tax Worksheet: line 1 = 684,250; line 10 = 500,000, all of it 28% rate gain, so
	// line 13 = 0 and line 14 = 684,250. Line 21 = max(line 18 184,250, min(684,250, 197,300))
	// = 197,300: 13,050 of the gain is taxed at 24%. Line 42 = 684,250 − 197,300 = 486,950 ×
	// 28% = 136,346; line 44 = tax on 197,300 = 40,199; line 45 = 176,545 < line 46 (tax on
	// 684,250 = 57,231 + 35% × 375,825 + 37% × 57,900 = 210,192.75).
	// AMT: AMTI 700,000; exemption 88,100 − 25% × 73,650 = 69,687.50; line 6 630,312.50; no
	// 0/15/20% gain (line 13 = 0), so 28% × 630,312.50 − 4,782 = 171,705.50 < 176,545. The
	// exclusion is no AMT preference for stock acquired after 27 September 2010.
	// NIIT: the 500,000 taxed is investment income: 3.8% × 500,000 = 19,000.
	want := FederalResult{AGI: d(700000), Deduction: d(15750), TaxableIncome: d(684250), RegularTax: d(176545),
		AMTI: d(700000), AMTExemption: d(69687.50), TentativeMinimumTax: d(171705.50), NIIT: d(19000), Total: d(195545)}
	if out.Federal != want {
		t.Errorf("federal\n got %+v\nwant %+v", out.Federal, want)
	}
	for id, v := range map[lineID]int64{lD13: 0, lD21: d(197300), lD42: d(486950), lD43: d(136346), lD44: d(40199), lD47: d(176545)} {
		if got := lineAmount(&out.Lines, id); got != v {
			t.Errorf("%s line %s = %v, want %v", lineTable[id].form, lineTable[id].line, bespoke.Money(got), bespoke.Money(v))
		}
	}
	// California taxes the whole gain: AGI 700,000 + 500,000 = 1,200,000; TI 1,194,294; tax
	// 72,219.83 + 12.3% × 451,341 (55,514.94) = 127,734.77; exemption credits gone; Mental
	// Health Services Tax 1% × 194,294 = 1,942.94. AMTI 1,200,000, exemption 0, TMT 84,000.
	s := out.State
	if s.TaxableIncome != d(1194294) || s.RegularTax != d(127734.77) || s.MentalHealthServicesTax != d(1942.94) ||
		s.TentativeMinimumTax != d(84000) || s.AMT != 0 {
		t.Errorf("California: %+v", s)
	}
}

// TestScheduleDTaxWorksheet checks the worksheet where its lines are easy to follow: a 28% rate
// gain that straddles the top of the 24% bracket, with other long-term gain at 15% (2025 joint).
func TestScheduleDTaxWorksheet(t *testing.T) {
	// Wages 300,000, LTCG 200,000 of which 100,000 is 28% rate gain. TI 500,000 − 31,500 =
	// 468,500. Line 10 = 200,000, line 12 = 100,000, line 13 = 100,000, line 14 = 368,500,
	// line 18 = 268,500, line 19 = 394,600, line 20 = 368,500, so line 21 = 368,500: the whole
	// 28% gain is taxed at ordinary rates (24%). Line 22 = 0 (line 14 is past the 0% top);
	// line 23 = 100,000; 15% room 600,050 − 368,500 = 231,550: line 30 = 100,000 at 15% =
	// 15,000; lines 33 and 42 are 0. Line 44: tax on 368,500 = 2,385 + 8,772 + 24,145 + 24% ×
	// 161,800 (38,832) = 74,134. Line 45 = 89,134 < line 46 (tax on 468,500 = 80,398 at
	// 394,600 + 32% × 73,900 = 104,046).
	out := compute(t, Return{Year: 2025, Status: bespoke.MarriedJoint, Wages: d(300000), LTCG: d(200000), Rate28Gain: d(100000)})
	if out.Federal.RegularTax != d(89134) {
		t.Errorf("regular tax %v, want 89,134", bespoke.Money(out.Federal.RegularTax))
	}
	for id, v := range map[lineID]int64{lD13: d(100000), lD14: d(368500), lD21: d(368500), lD30: d(100000), lD42: 0,
		lD44: d(74134), lD46: d(104046)} {
		if got := lineAmount(&out.Lines, id); got != v {
			t.Errorf("line %s = %v, want %v", lineTable[id].line, bespoke.Money(got), bespoke.Money(v))
		}
	}
}

// TestCADispositionAdjustment checks Schedule P (540) line 9 on ISO shares sold in a later year,
// and the QSBS case where the federal adjustment is smaller than California's (2025, single).
func TestCADispositionAdjustment(t *testing.T) {
	p := mustState(t, 2025, "CA")
	// Shares bought by an ISO with a 100,000 bargain element (in an earlier year's AMTI), sold
	// for 300,000 over the strike after five years as qualified small business stock. Federally
	// the regular tax and the AMT both exclude their whole gain (300,000 and 200,000), so
	// line 2k is 0; California excludes nothing, so its line 9 is 200,000 − 300,000 = −100,000.
	// AGI 150,000 + 300,000 added back; TI 444,294; tax 30,986.19 + 10.3% × 72,815 (7,499.95)
	// = 38,486.14 less the 153 credit. AMTI 444,294 + 5,706 − 100,000 = 350,000; exemption
	// 92,749 − 25% × 2,192 = 92,201; TMT 7% × 257,799 = 18,045.93. A prior credit of 25,000 is
	// used up to 38,333.14 − 18,045.93 = 20,287.21.
	in := StateInput{Status: bespoke.Single, AGI: d(150000), Wages: d(150000), QSBSExcluded: d(300000),
		QSBSExcludedRegularOnly: d(100000), PriorStateAMTCredit: d(25000)}
	r := stateTax(p, in)
	if r.TaxableIncome != d(444294) || r.TentativeMinimumTax != d(18045.93) || r.AMTCreditUsed != d(20287.21) ||
		r.RegularTax != d(38333.14-20287.21) {
		t.Errorf("QSBS bought by ISO: %+v", r)
	}
	// The same shares without QSBS: federal line 2k (long-term) −100,000 is California's line 9
	// too, and the TMT is the same. Federal AGI is now 450,000, which takes the exemption
	// credit away: 38,486.14 − 18,045.93 = 20,440.21 of the credit is used.
	in = StateInput{Status: bespoke.Single, AGI: d(450000), Wages: d(150000), LTCG: d(300000),
		AMTDisposition: Disposition{LTCG: d(-100000)}, PriorStateAMTCredit: d(25000)}
	if got := stateTax(p, in); got.TentativeMinimumTax != r.TentativeMinimumTax || got.AMTCreditUsed != d(20440.21) {
		t.Errorf("ISO shares without QSBS: TMT %v credit %v", bespoke.Money(got.TentativeMinimumTax), bespoke.Money(got.AMTCreditUsed))
	}
	// Without the adjustment AMTI is 450,000: exemption 92,749 − 25,548 = 67,201, TMT 7% ×
	// 382,799 = 26,795.93, and only 38,486.14 − 26,795.93 = 11,690.21 of the credit is used.
	in.AMTDisposition = Disposition{}
	if got := stateTax(p, in); got.TentativeMinimumTax != d(26795.93) || got.AMTCreditUsed != d(11690.21) {
		t.Errorf("without line 9: TMT %v credit %v", bespoke.Money(got.TentativeMinimumTax), bespoke.Money(got.AMTCreditUsed))
	}
}

// lineAmount returns the amount of the first line id recorded, or 0.
func lineAmount(e *Explanation, id lineID) int64 {
	for i := range e.n {
		if e.entries[i].id == id {
			return e.entries[i].amount
		}
	}
	return 0
}

// TestScheduleDWorksheetProperties checks the Schedule D Tax Worksheet on fixed-seed random
// returns: without 28% rate gain it gives the QDCG worksheet's tax to the cent, and lines 21,
// 22, 30, 33 and 42 split taxable income (line 1) between the rates with nothing left over or
// counted twice, which is also why the worksheet's skips lose nothing.
func TestScheduleDWorksheetProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	for _, c := range propertyCases {
		f := &mustParams(t, c.year, c.status).Federal
		for range 500 {
			ti := rng.Int64N(d(2_000_000))
			qdcg := rng.Int64N(ti + 1)
			var e Explanation
			want, _ := qdcgTax(f, ti, qdcg, &e)
			if got, _ := scheduleDTax(f, ti, qdcg, 0, &e); got != want {
				t.Fatalf("%d %s: TI %v gain %v: worksheet without 28%% gain %v, QDCG %v", c.year, c.status,
					bespoke.Money(ti), bespoke.Money(qdcg), bespoke.Money(got), bespoke.Money(want))
			}
			e.reset()
			scheduleDTax(f, ti, qdcg, rng.Int64N(qdcg+1), &e)
			sum := lineAmount(&e, lD21) + lineAmount(&e, lD22) + lineAmount(&e, lD30) + lineAmount(&e, lD33) + lineAmount(&e, lD42)
			if sum != ti || lineAmount(&e, lD33) < 0 || lineAmount(&e, lD42) < 0 {
				t.Fatalf("%d %s: rate bands sum to %v for taxable income %v", c.year, c.status, bespoke.Money(sum), bespoke.Money(ti))
			}
		}
	}
}

// TestNonFICACompensationOnlySavesPayrollTax moves part of the wages of random returns to
// compensation outside FICA: the income taxes do not change (Massachusetts aside, whose FICA
// deduction follows the wages, and the Additional Medicare Tax, which follows Medicare wages),
// and the payroll taxes never rise. No state but California charges a payroll tax on wages
// (the other states' income taxes, and Maryland's county tax on taxable income, follow AGI).
func TestNonFICACompensationOnlySavesPayrollTax(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 24))
	for _, s := range stPropStates {
		p, err := testTables.For(s.year, bespoke.Single, s.code, s.city, 0.025)
		if err != nil {
			t.Fatal(err)
		}
		if name, want := p.State.PayrollTaxName(), map[bool]string{true: "California SDI"}[s.code == "CA"]; name != want {
			t.Errorf("%s: payroll tax %q, want %q", s.code, name, want)
		}
		for range 300 {
			r := randomReturn(rng, s.year, bespoke.Single)
			r.State, r.City = s.code, s.city
			moved := r
			x := rng.Int64N(r.Wages + 1)
			moved.Wages, moved.NonFICACompensation = r.Wages-x, r.NonFICACompensation+x
			var a, b Result
			Compute(&r, p, &a)
			Compute(&moved, p, &b)
			fedA, fedB := a.Federal.Total-a.Federal.AdditionalMedicareTax, b.Federal.Total-b.Federal.AdditionalMedicareTax
			switch {
			case fedA != fedB:
				t.Fatalf("%s: federal income tax %v became %v", s.code, bespoke.Money(fedA), bespoke.Money(fedB))
			case s.code != "CA" && (a.State.PayrollTax != 0 || b.State.PayrollTax != 0):
				t.Fatalf("%s: state payroll tax %v, %v", s.code, bespoke.Money(a.State.PayrollTax), bespoke.Money(b.State.PayrollTax))
			case s.code != "MA" && a.State.Total != b.State.Total:
				t.Fatalf("%s: state income tax %v became %v", s.code, bespoke.Money(a.State.Total), bespoke.Money(b.State.Total))
			case b.PayrollTax() > a.PayrollTax() || b.Federal.AdditionalMedicareTax > a.Federal.AdditionalMedicareTax || b.TotalTax() > a.TotalTax():
				t.Fatalf("%s: moving %v out of FICA wages raised a tax: payroll %v → %v, total %v → %v", s.code, bespoke.Money(x),
					bespoke.Money(a.PayrollTax()), bespoke.Money(b.PayrollTax()), bespoke.Money(a.TotalTax()), bespoke.Money(b.TotalTax()))
			}
		}
	}
}

// TestValidateEquityFields checks the new fields' errors.
func TestValidateEquityFields(t *testing.T) {
	p := mustParams(t, 2025, bespoke.Single)
	tests := []struct {
		r    Return
		want string
	}{
		{Return{NonFICACompensation: -1}, "non_fica_compensation is negative"},
		{Return{LTCG: d(10), Rate28Gain: d(20)}, "rate_28_gain (20.00) exceeds ltcg"},
		{Return{QSBSExcluded: d(10), QSBSExcludedRegularOnly: d(20)}, "qsbs_excluded_regular_only"},
		{Return{AMTDisposition: Disposition{LTCG: -maxAmount - 1}}, "amt_disposition_ltcg is too large"},
		{Return{QSBSExcluded: -5}, "qsbs_excluded is negative"},
	}
	for _, tt := range tests {
		tt.r.Year, tt.r.Status = 2025, bespoke.Single
		err := tt.r.Validate(p)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%+v: error %v, want %q", tt.r, err, tt.want)
		}
	}
	ok := Return{Year: 2025, Status: bespoke.Single, LTCG: d(10), Rate28Gain: d(10), AMTDisposition: Disposition{Ordinary: d(-5), LTCG: d(-10)}}
	if err := ok.Validate(p); err != nil {
		t.Errorf("negative AMT adjustments are valid: %v", err)
	}
}

func TestNetGains(t *testing.T) {
	for _, tt := range []struct{ lt, st, wantLT, wantST int64 }{
		{100, 50, 100, 50}, {100, -30, 70, 0}, {-30, 100, 0, 70}, {-100, 50, 0, 0}, {0, 0, 0, 0},
	} {
		if lt, st := NetGains(tt.lt, tt.st); lt != tt.wantLT || st != tt.wantST {
			t.Errorf("NetGains(%d, %d) = %d, %d; want %d, %d", tt.lt, tt.st, lt, st, tt.wantLT, tt.wantST)
		}
	}
}
