package tax

import (
	"testing"

	"github.com/bespokehq/bespoke"
)

// TestHandWorkedReturns checks three returns worked by hand, line by line, from the IRS and FTB
// forms (Form 1040 instructions' Tax Computation Worksheet and Qualified Dividends and Capital
// Gain Tax Worksheet, Form 6251 with its Exemption Worksheet and Part III, Form 8801, Forms
// 8959 and 8960, Form 540 with the Schedule CA itemized deductions worksheet), independently of
// the engine and of OpenTaxSolver. Every figure must agree to the cent; the working is in the
// comments.
func TestHandWorkedReturns(t *testing.T) {
	tests := []struct {
		name string
		r    Return
		fed  FederalResult
		fica FICAResult
		ca   *StateResult // California figures checked: taxable income, tax after credits, MHST, AMT
	}{
		{
			// 2025 single, $150,000 wages, $200,000 ISO spread. Taxable income 150,000 − 15,750 =
			// 134,250; tax 1,192.50 + 4,386 + 12,072.50 + 24% × 30,900 = 25,067. AMTI 134,250 +
			// 15,750 + 200,000 = 350,000, full exemption 88,100; 261,900 is over 239,100, so 28% ×
			// 261,900 − 4,782 = 68,550 and AMT 43,483. On exclusion items alone AMTI is 150,000:
			// 26% × 61,900 = 16,094 < 25,067, so the whole AMT is credit for later years.
			name: "2025 single ISO",
			r:    Return{Year: 2025, Status: bespoke.Single, Wages: d(150000), ISOBargain: d(200000)},
			fed: FederalResult{AGI: d(150000), Deduction: d(15750), TaxableIncome: d(134250), RegularTax: d(25067),
				AMTI: d(350000), AMTExemption: d(88100), TentativeMinimumTax: d(68550), AMT: d(43483),
				AMTCreditGenerated: d(43483), AMTCreditCarryforward: d(43483), Total: d(68550)},
			fica: FICAResult{SocialSecurity: d(9300), Medicare: d(2175), Total: d(11475)},
		},
		{
			// 2026 joint, two earners over the wage base. AGI 950,000 + 150,000 + 20,000 + 5,000 =
			// 1,125,000. SALT cap 40,400 − 30% × 620,000 falls to the 10,000 floor; itemized 35,000
			// less §68's 2/37 × min(35,000, 1,125,000 − 768,700) = 1,891.89 gives 33,108.11 >
			// 32,200. Taxable income 1,091,891.89. QDCG: line 5 = 926,891.89, nothing at 0% or 15%,
			// 165,000 at 20% = 33,000; tax on line 5 = 206,583.50 + 37% × 158,191.89 = 265,114.50;
			// line 25 = 298,114.50. AMTI 1,091,891.89 + 10,000 + 300,000 − 1,891.89 = 1,400,000;
			// exemption 140,200 − 50% × 400,000 < 0, so 0. Part III: 28% × 1,235,000 − 4,890 =
			// 340,910 plus 20% × 165,000 = 373,910 (< 387,110 on line 39); AMT 75,795.50. On
			// exclusion items AMTI is 1,100,000, exemption 90,200, tentative tax 28% × 844,800 −
			// 4,890 + 33,000 = 264,654 < regular, so all of the AMT is credit. NIIT 3.8% × 175,000;
			// Additional Medicare 0.9% × 700,000; Social Security 2 × 6.2% × 184,500.
			name: "2026 joint ISO with gains, SALT floor and §68",
			r: Return{Year: 2026, Status: bespoke.MarriedJoint, Wages: d(700000), SpouseWages: d(250000),
				ISOBargain: d(300000), LTCG: d(150000), OrdinaryDividends: d(20000), QualifiedDividends: d(15000),
				Interest: d(5000), StateIncomeTaxPaid: d(60000), MortgageInterest: d(25000)},
			fed: FederalResult{AGI: d(1125000), Deduction: d(33108.11), Itemized: true, TaxableIncome: d(1091891.89),
				RegularTax: d(298114.50), AMTI: d(1400000), TentativeMinimumTax: d(373910), AMT: d(75795.50),
				AMTCreditGenerated: d(75795.50), AMTCreditCarryforward: d(75795.50), NIIT: d(6650),
				AdditionalMedicareTax: d(6300), Total: d(386860)},
			fica: FICAResult{SocialSecurity: d(22878), Medicare: d(13775), AdditionalMedicare: d(6300), Total: d(42953)},
		},
		{
			// 2025 single in California with a prior credit. AGI 1,315,000; SALT at the 10,000
			// floor, itemized 40,000; taxable income 1,275,000. QDCG: line 5 = 1,165,000, 110,000
			// at 20% = 22,000; tax on line 5 = 188,769.75 + 37% × 538,650 = 388,070.25; line 25 =
			// 410,070.25. AMTI 1,285,000, exemption gone (88,100 − 25% × 658,650); Part III 28% ×
			// 1,175,000 − 4,782 + 22,000 = 346,218, no AMT; credit used min(50,000, 410,070.25 −
			// 346,218) = 50,000. NIIT 3.8% × 115,000; Additional Medicare 0.9% × 1,000,000.
			// California: the limitation min(80% × 30,000, 6% × (1,315,000 − 252,203)) = 24,000
			// leaves 6,000 itemized > 5,706; taxable income 1,309,000; tax 72,219.83 + 12.3% ×
			// 566,047 = 141,843.61; no exemption credit left; MHST 1% × 309,000. Schedule P: AMTI
			// 1,285,000, tentative 7% × 1,285,000 = 89,950 < 141,843.61, no AMT.
			name: "2025 single California with a prior credit",
			r: Return{Year: 2025, Status: bespoke.Single, State: "CA", Wages: d(1200000), LTCG: d(100000),
				OrdinaryDividends: d(12000), QualifiedDividends: d(10000), Interest: d(3000),
				StateIncomeTaxPaid: d(110000), MortgageInterest: d(30000), PriorAMTCredit: d(50000)},
			fed: FederalResult{AGI: d(1315000), Deduction: d(40000), Itemized: true, TaxableIncome: d(1275000),
				RegularTax: d(410070.25), AMTI: d(1285000), TentativeMinimumTax: d(346218), AMTCreditUsed: d(50000),
				NIIT: d(4370), AdditionalMedicareTax: d(9000), Total: d(373440.25)},
			fica: FICAResult{SocialSecurity: d(10918.20), Medicare: d(17400), AdditionalMedicare: d(9000), Total: d(37318.20)},
			ca:   &StateResult{TaxableIncome: d(1309000), RegularTax: d(141843.61), MentalHealthServicesTax: d(3090)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := testTables.For(tt.r.Year, tt.r.Status, tt.r.State, "", 0.025)
			if err != nil {
				t.Fatal(err)
			}
			if err := tt.r.Validate(p); err != nil {
				t.Fatal(err)
			}
			var out Result
			Compute(&tt.r, p, &out)
			if out.Federal != tt.fed {
				t.Errorf("federal\n got %+v\nwant %+v", out.Federal, tt.fed)
			}
			if out.FICA != tt.fica {
				t.Errorf("FICA\n got %+v\nwant %+v", out.FICA, tt.fica)
			}
			if c, s := tt.ca, &out.State; c != nil && (s.TaxableIncome != c.TaxableIncome || s.RegularTax != c.RegularTax ||
				s.MentalHealthServicesTax != c.MentalHealthServicesTax || s.AMT != c.AMT) {
				t.Errorf("California: taxable %s tax %s MHST %s AMT %s; want %s %s %s %s",
					bespoke.Money(s.TaxableIncome), bespoke.Money(s.RegularTax), bespoke.Money(s.MentalHealthServicesTax), bespoke.Money(s.AMT),
					bespoke.Money(c.TaxableIncome), bespoke.Money(c.RegularTax), bespoke.Money(c.MentalHealthServicesTax), bespoke.Money(c.AMT))
			}
		})
	}
}
