package tax

import (
	"math/rand/v2"
	"testing"

	"github.com/bespokehq/bespoke"
)

// randomReturn draws a return of the kind bespoke values: wages up to $2M, ISO spreads up to
// $3M, gains, dividends, itemized deductions and a prior credit, each present half the time;
// and the equity events: disqualifying-disposition income, the AMT reversal of an earlier
// bargain element on shares sold (including AMT losses), 28% rate gain and a QSBS exclusion.
func randomReturn(rng *rand.Rand, year int, status bespoke.FilingStatus) Return {
	amount := func(maxDollars float64) int64 {
		if rng.IntN(2) == 0 {
			return 0
		}
		return d(float64(int64(rng.Float64()*maxDollars*100)) / 100)
	}
	r := Return{Year: year, Status: status, Wages: amount(2_000_000), ISOBargain: amount(3_000_000),
		LTCG: amount(1_500_000), STCG: amount(200_000), Interest: amount(50_000),
		StateIncomeTaxPaid: amount(150_000), MortgageInterest: amount(60_000), PriorAMTCredit: amount(300_000)}
	r.OrdinaryDividends = amount(100_000)
	r.QualifiedDividends = r.OrdinaryDividends / 2
	if status == bespoke.MarriedJoint {
		r.SpouseWages = amount(1_000_000)
	}
	r.NonFICACompensation = amount(500_000)
	r.Rate28Gain = r.LTCG * rng.Int64N(3) / 2
	r.QSBSExcluded = amount(2_000_000)
	r.QSBSExcludedRegularOnly = r.QSBSExcluded * rng.Int64N(2) / 4
	r.AMTDisposition = Disposition{Ordinary: -r.NonFICACompensation * rng.Int64N(2), LTCG: -amount(1_000_000), STCG: -amount(100_000)}
	return r
}

// moreIncome lists the ways a return can have more income, each of which must not lower the
// tax: wages, ISO spread, long-term gain, compensation outside FICA, 28% rate gain (with the
// long-term gain that holds it), a QSBS exclusion (which California taxes), and a smaller AMT
// reversal of an earlier bargain element.
var moreIncome = []func(*Return, int64){
	func(r *Return, x int64) { r.Wages += x },
	func(r *Return, x int64) { r.ISOBargain += x },
	func(r *Return, x int64) { r.LTCG += x },
	func(r *Return, x int64) { r.NonFICACompensation += x },
	func(r *Return, x int64) { r.LTCG += x; r.Rate28Gain += x },
	func(r *Return, x int64) { r.QSBSExcluded += x },
	func(r *Return, x int64) { r.AMTDisposition.LTCG += x },
	func(r *Return, x int64) { r.AMTDisposition.Ordinary += x },
}

var propertyCases = []struct {
	year   int
	status bespoke.FilingStatus
}{
	{2024, bespoke.Single}, {2025, bespoke.Single}, {2025, bespoke.MarriedJoint}, {2025, bespoke.HeadOfHousehold},
	{2026, bespoke.Single}, {2026, bespoke.MarriedJoint}, {2026, bespoke.MarriedSeparate}, {2026, bespoke.HeadOfHousehold},
}

// TestMonotone checks that more income of any kind (moreIncome) never lowers the federal tax,
// the total tax, or any of AMT, NIIT and FICA, over fixed-seed random returns.
func TestMonotone(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, c := range propertyCases {
		p := mustParams(t, c.year, c.status)
		for range 400 {
			r := randomReturn(rng, c.year, c.status)
			var base Result
			Compute(&r, p, &base)
			for _, bump := range moreIncome {
				more := r
				bump(&more, 1+rng.Int64N(d(200_000)))
				var next Result
				Compute(&more, p, &next)
				checkNotLower(t, &r, &more, &base, &next)
			}
		}
	}
}

func checkNotLower(t *testing.T, r, more *Return, a, b *Result) {
	t.Helper()
	pairs := []struct {
		name string
		x, y int64
	}{
		{"federal total", a.Federal.Total, b.Federal.Total}, {"total tax", a.TotalTax(), b.TotalTax()},
		{"tentative minimum tax", a.Federal.TentativeMinimumTax, b.Federal.TentativeMinimumTax},
		{"NIIT", a.Federal.NIIT, b.Federal.NIIT}, {"FICA", a.FICA.Total, b.FICA.Total},
		{"regular tax", a.Federal.RegularTax, b.Federal.RegularTax},
	}
	for _, p := range pairs {
		if p.y < p.x {
			t.Errorf("%s fell from %s to %s\n from %+v\n   to %+v", p.name, bespoke.Money(p.x), bespoke.Money(p.y), *r, *more)
		}
	}
}

// TestCreditBounds checks over random returns that AMT is never negative, the credit used never
// exceeds the prior credit nor regular tax less tentative minimum tax, the credit generated
// never exceeds the AMT, and the carryforward conserves the credit.
func TestCreditBounds(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, c := range propertyCases {
		p := mustParams(t, c.year, c.status)
		for range 1000 {
			r := randomReturn(rng, c.year, c.status)
			var out Result
			Compute(&r, p, &out)
			f := out.Federal
			switch {
			case f.AMT < 0 || f.TentativeMinimumTax < 0 || f.AMTExemption < 0:
				t.Errorf("negative AMT figures %+v for %+v", f, r)
			case f.AMTCreditUsed < 0 || f.AMTCreditUsed > r.PriorAMTCredit:
				t.Errorf("credit used %d outside [0, prior %d]", f.AMTCreditUsed, r.PriorAMTCredit)
			case f.AMTCreditUsed > pos(f.RegularTax-f.TentativeMinimumTax):
				t.Errorf("credit used %d exceeds regular − TMT for %+v", f.AMTCreditUsed, r)
			case f.AMTCreditGenerated < 0 || f.AMTCreditGenerated > f.AMT:
				t.Errorf("credit generated %d outside [0, AMT %d]", f.AMTCreditGenerated, f.AMT)
			case f.AMTCreditCarryforward != r.PriorAMTCredit-f.AMTCreditUsed+f.AMTCreditGenerated:
				t.Errorf("carryforward %d does not conserve the credit", f.AMTCreditCarryforward)
			case r.ISOBargain == 0 && r.AMTDisposition == (Disposition{}) && f.AMTCreditGenerated != 0:
				t.Errorf("credit generated without a deferral item: %+v", r)
			case f.Total != f.RegularTax+f.AMT-f.AMTCreditUsed+f.NIIT+f.AdditionalMedicareTax:
				t.Errorf("federal total %d is not the sum of its parts %+v", f.Total, f)
			case out.Lines.Len() >= maxLines:
				t.Errorf("explanation reached its capacity (%d lines)", out.Lines.Len())
			}
		}
	}
}

// TestScheduleContinuity checks that one cent more taxable income never adds more than the top
// rate's cent (plus one cent of rounding) at and around every bracket edge.
func TestScheduleContinuity(t *testing.T) {
	for _, year := range testTables.Years() {
		for _, s := range statuses {
			sc := &mustParams(t, year, s).Federal.Ordinary
			for i := 1; i < sc.N; i++ {
				for x := sc.Start[i] - 3; x <= sc.Start[i]+3; x++ {
					if jump := sc.Tax(x+1) - sc.Tax(x); jump < 0 || jump > 1 {
						t.Errorf("%d %s: Tax(%d+1¢) − Tax(%d) = %d¢", year, s, x, x, jump)
					}
				}
			}
		}
	}
}

// TestEdgeContinuity raises wages by one cent across every threshold the law has (bracket
// tops, the capital-gain tops, the AMT exemption phase-out and breakpoint, the SALT phase-down,
// the §68 threshold, NIIT, Additional Medicare, the wage base) and checks that the total tax
// moves by no more than a few cents: rates sum to well under 100%, and each rounded line adds
// at most half a cent.
func TestEdgeContinuity(t *testing.T) {
	for _, c := range propertyCases {
		p := mustParams(t, c.year, c.status)
		f := &p.Federal
		base := Return{Year: c.year, Status: c.status, StateIncomeTaxPaid: d(80000), MortgageInterest: d(30000),
			LTCG: d(50000), QualifiedDividends: d(5000), OrdinaryDividends: d(5000), ISOBargain: d(150000)}
		for _, edge := range edgesOf(f) {
			for dx := int64(-3); dx <= 3; dx++ {
				r := base
				r.Wages = edge + dx
				if r.Wages <= 0 {
					continue
				}
				var a, b Result
				Compute(&r, p, &a)
				r.Wages++
				Compute(&r, p, &b)
				if jump := b.TotalTax() - a.TotalTax(); jump < 0 || jump > 5 {
					t.Errorf("%d %s: wages %s → +1¢ moves total tax by %d¢", c.year, c.status, bespoke.Money(edge+dx), jump)
				}
			}
		}
	}
}

// edgesOf lists, as wage amounts, the points where some rule of f changes rate (approximately
// for those that depend on other income; the scan around each covers the exact point when the
// rule applies to wages directly).
func edgesOf(f *FederalParams) []int64 {
	var e []int64
	for i := 1; i < f.Ordinary.N; i++ {
		e = append(e, f.Ordinary.Start[i], f.Ordinary.Start[i]+f.StandardDeduction)
	}
	return append(e, f.CapitalGain.ZeroTop, f.CapitalGain.FifteenTop, f.AMT.PhaseoutStart, f.AMT.Breakpoint,
		f.AMT.zeroExemptionAt(), f.SALTThreshold, f.topBracketStart(), f.NIITThreshold,
		f.AdditionalMedicareThreshold, f.SocialSecurityWageBase, tableLimit)
}

// TestComputeAllocatesNothing guards the hot path's promise, on the benchmark returns.
func TestComputeAllocatesNothing(t *testing.T) {
	for _, r := range []Return{benchReturn(), benchEquityReturn()} {
		p, err := testTables.For(r.Year, r.Status, r.State, r.City, 0.025)
		if err != nil {
			t.Fatal(err)
		}
		var out Result
		if n := testing.AllocsPerRun(100, func() { Compute(&r, p, &out) }); n != 0 {
			t.Errorf("Compute allocates %v times per call", n)
		}
	}
}
