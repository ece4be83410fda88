package tax

import (
	"strconv"
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
)

// TestGenSection1202NotFollowed checks by hand the states that tax the gain excluded federally
// under IRC §1202 (QSBS): Pennsylvania (72 P.S. §7303(a)(3); no exclusion like §1202) and New
// Jersey before 2026 (P.L. 2025, c.67 excludes it from 2026 only).
func TestGenSection1202NotFollowed(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000, QSBS held three years (2025): gain 1,000,000, half excluded
		// federally, the other half 28% rate gain in the long-term gain. Federal AGI 200,000 +
		// 500,000 = 700,000; Pennsylvania adds the 500,000 excluded: 1,200,000 × 3.07% =
		// 36,840.00.
		{name: "PA half excluded", ret: Return{Year: 2025, Status: bespoke.Single, State: "PA", Wages: d(200_000),
			LTCG: d(500_000), Rate28Gain: d(500_000), QSBSExcluded: d(500_000)},
			ti: d(1_200_000), regular: d(36_840)},
		// Single, wages 150,000, QSBS held five years with the AMT basis of ISO shares (2024):
		// 800,000 excluded, 300,000 of it only for the regular tax. Pennsylvania has no minimum
		// tax: 950,000 × 3.07% = 29,165.00.
		{name: "PA ISO shares 2024", ret: Return{Year: 2024, Status: bespoke.Single, State: "PA", Wages: d(150_000),
			QSBSExcluded: d(800_000), QSBSExcludedRegularOnly: d(300_000)},
			ti: d(950_000), regular: d(29_165)},
		// Joint, wages 400,000, QSBS held five years, 2,000,000 excluded (2025): New Jersey gross
		// income 400,000 + 2,000,000 less two 1,000 exemptions = 2,398,000. Joint schedule: 280 +
		// 525 + 490 + 350 + 3,867.50 + 22,295 + 44,850 = 72,657.50 at 1,000,000; + 10.75% ×
		// 1,398,000 = 150,285.00 → 222,942.50.
		{name: "NJ 2025", ret: Return{Year: 2025, Status: bespoke.MarriedJoint, State: "NJ", Wages: d(400_000),
			QSBSExcluded: d(2_000_000)}, ti: d(2_398_000), regular: d(222_942.50)},
	})
}

// TestGenSection1202Followed checks by hand states that follow IRC §1202, where the exclusion
// changes nothing: New Jersey from 2026 (P.L. 2025, c.67), Illinois, and Colorado, whose
// minimum tax starts from federal AMTI and so follows the federal AMT's own exclusion.
func TestGenSection1202Followed(t *testing.T) {
	checkGenCases(t, []genCase{
		// The New Jersey couple above in 2026: 400,000 − 2,000 = 398,000; 5,512.50 at 150,000 +
		// 6.37% × 248,000 = 15,797.60 → 21,310.10.
		{name: "NJ 2026", ret: Return{Year: 2026, Status: bespoke.MarriedJoint, State: "NJ", Wages: d(400_000),
			QSBSExcluded: d(2_000_000)}, ti: d(398_000), regular: d(21_310.10)},
		// Single, wages 200,000 and 1,000,000 excluded (2025): 197,150 × 4.95% = 9,758.93, as
		// without the sale.
		{name: "IL", ret: Return{Year: 2025, Status: bespoke.Single, State: "IL", Wages: d(200_000),
			QSBSExcluded: d(1_000_000)}, ti: d(197_150), regular: d(9_758.93)},
		// Single, wages 200,000, ISO shares held five years sold for 1,000,000 of gain, all
		// excluded, 300,000 of it (the bargain element) only for the regular tax; Form 6251 line
		// 2k is −300,000 + 300,000 = 0. Federal AMTI 184,250 + 15,750 = 200,000, less 88,100:
		// 3.47% × 111,900 = 3,882.93 under the 8,107.00 of tax: no Colorado AMT.
		{name: "CO ISO shares", ret: Return{Year: 2025, Status: bespoke.Single, State: "CO", Wages: d(200_000),
			QSBSExcluded: d(1_000_000), QSBSExcludedRegularOnly: d(300_000)},
			ti: d(184_250), regular: d(8_107), amti: d(200_000)},
	})
}

// TestGenSection1202MinimumTax checks the minimum taxes of a state that does not follow IRC
// §1202, on Colorado's and Minnesota's 2025 files with the rule turned (no modelled state with
// a minimum tax adds the gain back): the base takes the part of the gain the federal AMT
// excluded, the regular-only part being in Form 6251 line 2k already, and Minnesota's net
// investment income tax counts the gain.
func TestGenSection1202MinimumTax(t *testing.T) {
	addBack := func(m map[string]any) {
		m["section_1202"] = sourced([]any{map[string]any{"from": 2025, "follows": false}})
	}
	co, err := genMutateFile(t, "co/2025", addBack)
	if err != nil {
		t.Fatal(err)
	}
	mn, err := genMutateFile(t, "mn/2025", addBack)
	if err != nil {
		t.Fatal(err)
	}
	// Colorado, single, wages 200,000, 1,000,000 excluded of which 300,000 regular-only (the
	// ISO shares above): income 184,250 + 1,000,000 = 1,184,250, tax 4.4% = 52,107.00. AMT
	// base 200,000 − 88,100 + (1,000,000 − 300,000) = 811,900; 3.47% = 28,172.93.
	in := StateInput{Year: 2025, Status: bespoke.Single, AGI: d(200_000), Wages: d(200_000),
		QSBSExcluded: d(1_000_000), QSBSExcludedRegularOnly: d(300_000),
		Federal: FederalFigures{TaxableIncome: d(184_250), Deduction: d(15_750), StandardDeduction: d(15_750),
			AMTI: d(200_000), AMTExemption: d(88_100)}}
	var r StateResult
	genCompute(&in, &co, &r)
	if r.TaxableIncome != d(1_184_250) || r.RegularTax != d(52_107) || r.TentativeMinimumTax != d(28_172.93) || r.AMT != 0 {
		t.Errorf("CO: TI %d regular %d TMT %d AMT %d\n%v", r.TaxableIncome, r.RegularTax, r.TentativeMinimumTax, r.AMT, r.Explain())
	}
	// Minnesota, single, wages 200,000, 1,500,000 excluded: income 1,700,000 less the standard
	// deduction 14,950 (its phase-out follows federal AGI, 200,000) = 1,685,050. Tax 13,996.80
	// at 198,630 (1,742.495 + 5,060.56 + 7,193.74, rounded) + 9.85% × 1,486,420 = 146,412.37 →
	// 160,409.17. Net investment income 1,500,000: 1% × 500,000 = 5,000.00. AMTI 200,000 +
	// 1,500,000, the exemption phased out: 6.75% × 1,700,000 = 114,750.00, under the tax.
	in = StateInput{Year: 2025, Status: bespoke.Single, AGI: d(200_000), Wages: d(200_000), QSBSExcluded: d(1_500_000)}
	r = StateResult{}
	genCompute(&in, &mn, &r)
	if r.TaxableIncome != d(1_685_050) || r.RegularTax != d(160_409.17) || r.Surtax != d(5_000) ||
		r.TentativeMinimumTax != d(114_750) || r.AMT != 0 {
		t.Errorf("MN: TI %d regular %d surtax %d TMT %d AMT %d\n%v", r.TaxableIncome, r.RegularTax, r.Surtax,
			r.TentativeMinimumTax, r.AMT, r.Explain())
	}
}

// TestMinnesotaAMTDisposition checks by hand that Minnesota's minimum tax takes Form 6251 line
// 2k with the other federal adjustments of lines 2c-3 (Schedule M1MT line 3): the reversal of an
// earlier year's bargain element on ISO shares sold lowers it.
func TestMinnesotaAMTDisposition(t *testing.T) {
	checkGenCases(t, []genCase{
		// Single, wages 200,000, a new ISO exercise with a bargain element of 1,000,000, and ISO
		// shares exercised in an earlier year sold for 300,000 of long-term gain, 250,000 of which
		// was that year's bargain element (2025). Federal AGI 500,000; the standard deduction
		// 14,950 loses 3% × 260,800 + 7% × 169,400 = 19,682, capped at 80%: 2,990 remains; TI
		// 497,010. Tax 13,996.80 at 198,630 + 9.85% × 298,380 = 29,390.43 → 43,387.23. Line 2k:
		// the AMT's gain 50,000 less the regular 300,000 = −250,000. AMTI 500,000 + 1,000,000 −
		// 250,000 = 1,250,000, the exemption phased out; 6.75% = 84,375.00; AMT 40,987.77.
		{name: "single ISO sale", ret: Return{Year: 2025, Status: bespoke.Single, State: "MN", Wages: d(200_000),
			ISOBargain: d(1_000_000), LTCG: d(300_000), AMTDisposition: Disposition{LTCG: d(-250_000)}},
			ti: d(497_010), regular: d(43_387.23), amt: d(40_987.77)},
	})
}

// TestGenSection1202ByYear checks the year each rule takes effect, in published and projected
// years: New Jersey adds the gain back through 2025 and follows §1202 from 2026, Oregon follows
// it through 2025 and adds it back from 2026 (SB 1507, projected from the 2025 file),
// Pennsylvania never follows it; and that every file's first rule covers the file's own year.
func TestGenSection1202ByYear(t *testing.T) {
	for _, c := range []struct {
		code    string
		year    int
		addBack bool
	}{
		{"NJ", 2024, true}, {"NJ", 2025, true}, {"NJ", 2026, false}, {"NJ", 2028, false},
		{"OR", 2024, false}, {"OR", 2025, false}, {"OR", 2026, true}, {"OR", 2027, true},
		{"PA", 2024, true}, {"PA", 2029, true}, {"IL", 2027, false}, {"CO", 2026, false},
	} {
		p, _, err := loadStateParams(c.year, c.code, 0.025)
		if err != nil {
			t.Fatal(err)
		}
		if p.gen.addBack1202 != c.addBack {
			t.Errorf("%s %d: adds back the §1202 gain %v, want %v", c.code, c.year, p.gen.addBack1202, c.addBack)
		}
	}
	for _, s := range stGenPropStates() {
		p := mustState(t, s.year, s.code)
		if p.gen.nRules1202 == 0 || p.gen.rules1202[0].From > s.year {
			t.Errorf("%s %d: the §1202 rules %v do not cover the file's year", s.code, s.year, p.gen.rules1202[:p.gen.nRules1202])
		}
	}
	// Oregon 2026, projected: the exclusion adds to taxable income, dollar for dollar.
	p, _, err := loadStateParams(2026, "OR", 0.025)
	if err != nil {
		t.Fatal(err)
	}
	in := StateInput{Year: 2026, Status: bespoke.Single, AGI: d(300_000), Wages: d(300_000)}
	without := stateTax(&p, in)
	in.QSBSExcluded = d(1_000_000)
	if with := stateTax(&p, in); with.TaxableIncome-without.TaxableIncome != d(1_000_000) {
		t.Errorf("OR 2026: taxable income %d with the exclusion, %d without", with.TaxableIncome, without.TaxableIncome)
	}
}

// TestGenSection1202Rejects checks that the rules must be given, few, and in ascending years.
func TestGenSection1202Rejects(t *testing.T) {
	rule := func(from int, follows bool) map[string]any { return map[string]any{"from": from, "follows": follows} }
	for _, c := range []struct {
		name  string
		rules any
		want  string
	}{
		{"none", []any{}, "want 1 to 4 rules"},
		{"descending", []any{rule(2026, true), rule(2025, false)}, "ascend"},
		{"too many", []any{rule(2021, true), rule(2022, true), rule(2023, true), rule(2024, true), rule(2025, true)}, "want 1 to 4"},
	} {
		_, err := genMutateFile(t, "co/2025", func(m map[string]any) { m["section_1202"] = sourced(c.rules) })
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want one containing %q", c.name, err, c.want)
		}
	}
	if _, err := genMutateFile(t, "co/2025", func(m map[string]any) { delete(m, "section_1202") }); err == nil ||
		!strings.Contains(err.Error(), "section_1202") {
		t.Errorf("missing rule: err = %v", err)
	}
}

// genMutateFile loads a generic parameter file ("co/2025") as JSON, applies change, and
// compiles the result for the file's year.
func genMutateFile(t *testing.T, file string, change func(map[string]any)) (genParams, error) {
	t.Helper()
	p, err := genMutateData(t, "params/states/"+file+".json", change)
	year, _ := strconv.Atoi(file[strings.IndexByte(file, '/')+1:])
	p.forYear(year)
	return p, err
}
