package tax

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/bespokehq/bespoke"
)

type stPropState struct {
	code string
	year int
	city string
}

// stPropStates lists the states and years the properties are checked on: the bespoke models,
// and every year file of every state of the generic model.
var stPropStates = append([]stPropState{{"CA", 2024, ""}, {"CA", 2025, ""}, {"CA", 2026, ""}, {"NY", 2025, "NYC"},
	{"NY", 2024, ""}, {"MA", 2025, ""}, {"WA", 2025, ""}, {"NH", 2024, ""}}, stGenPropStates()...)

// stGenPropStates lists every generic state and year with a parameter file, in order.
func stGenPropStates() []stPropState {
	var out []stPropState
	for _, code := range stCodes {
		if stModelled[code] != stKindGen {
			continue
		}
		years, err := stateYears(code)
		if err != nil {
			panic(err)
		}
		for _, y := range years {
			out = append(out, stPropState{code, y, ""})
		}
	}
	return out
}

// stFederalize fills the federal figures of a state input (AGI and the lines the states start
// from) by running the federal computation of its year on the same household, as Compute does.
func stFederalize(t testing.TB, in *StateInput, year int, saltPaid int64) {
	t.Helper()
	p, err := testTables.For(year, in.Status, "", "", 0.025)
	if err != nil {
		t.Fatal(err)
	}
	r := Return{Year: year, Status: in.Status, Wages: in.Wages, SpouseWages: in.SpouseWages, ISOBargain: in.ISOBargain,
		LTCG: in.LTCG, STCG: in.STCG, QualifiedDividends: in.QualifiedDividends, OrdinaryDividends: in.OrdinaryDividends,
		Interest: in.Interest, MortgageInterest: in.MortgageInterest, StateIncomeTaxPaid: saltPaid}
	var out Result
	computeFederal(&r, &p.Federal, &out)
	in.Year, in.AGI, in.Federal = year, out.Federal.AGI, federalFigures(&r, &out.Federal, &p.Federal)
}

var stPropStatuses = []bespoke.FilingStatus{bespoke.Single, bespoke.MarriedJoint, bespoke.MarriedSeparate, bespoke.HeadOfHousehold}

// stRandomInput draws a household in the product's range: wages $150k–$1.5M, sometimes an ISO
// exercise of $50k–$2M, long-term gains, dividends, interest and mortgage interest.
func stRandomInput(r *rand.Rand) StateInput {
	in := StateInput{Status: stPropStatuses[r.IntN(len(stPropStatuses))]}
	in.Wages = (150_000 + r.Int64N(1_350_000)) * stDollar
	if in.Status == bespoke.MarriedJoint && r.IntN(2) == 0 {
		in.SpouseWages = r.Int64N(400_000) * stDollar
	}
	if r.IntN(2) == 0 {
		in.ISOBargain = (50_000 + r.Int64N(1_950_000)) * stDollar
	}
	in.LTCG = r.Int64N(3) * r.Int64N(1_000_000) * stDollar / 2
	in.STCG = r.Int64N(50_000) * stDollar
	in.OrdinaryDividends = r.Int64N(40_000) * stDollar
	in.QualifiedDividends = in.OrdinaryDividends / 2
	in.Interest = r.Int64N(20_000) * stDollar
	in.MortgageInterest = r.Int64N(2) * r.Int64N(60_000) * stDollar
	in.PriorStateAMTCredit = r.Int64N(2) * r.Int64N(50_000) * stDollar
	in.AGI = in.Wages + in.SpouseWages + in.LTCG + in.STCG + in.OrdinaryDividends + in.Interest
	return in
}

// TestStateProperties checks, on households drawn with a fixed seed, that more wages never
// lower the tax, that the AMT and every line are never negative, that the credit used never
// exceeds the credit available nor takes the regular tax below TMT, and that Total adds up.
func TestStateProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, s := range stPropStates {
		p, _, err := loadStateParams(s.year, s.code, 0.025)
		if err != nil {
			t.Fatal(err)
		}
		for range 2000 {
			in := stRandomInput(r)
			in.City = s.city
			salt := r.Int64N(2) * r.Int64N(100_000) * stDollar
			stFederalize(t, &in, s.year, salt)
			a := stateTax(&p, in)
			more := in
			bump := r.Int64N(20_000*stDollar) + 1
			more.Wages += bump
			stFederalize(t, &more, s.year, salt)
			b := stateTax(&p, more)
			switch {
			case b.Total < a.Total && !stFollowsFederalChoice(&p, &in, &more):
				t.Fatalf("%s %d: tax fell from %d to %d when wages rose by %d: %+v", s.code, s.year, a.Total, b.Total, bump, in)
			case a.AMT < 0 || a.RegularTax < 0 || a.MentalHealthServicesTax < 0 || a.CityTax < 0 || a.Surtax < 0:
				t.Fatalf("%s: negative line: %+v", s.code, a)
			case a.AMTCreditUsed < 0 || a.AMTCreditUsed > in.PriorStateAMTCredit || a.AMTCreditCarryforward < 0:
				t.Fatalf("%s: credit used %d of %d", s.code, a.AMTCreditUsed, in.PriorStateAMTCredit)
			case a.AMTCreditUsed > 0 && a.RegularTax < a.TentativeMinimumTax:
				t.Fatalf("%s: credit took regular tax %d below TMT %d", s.code, a.RegularTax, a.TentativeMinimumTax)
			case a.Total != a.RegularTax+a.AMT+a.MentalHealthServicesTax+a.CityTax+a.Surtax:
				t.Fatalf("%s: total %d does not add up", s.code, a.Total)
			}
		}
	}
}

// TestStateNoJumpAtBracketEdges checks continuity: one cent past every bracket threshold (and
// the Mental Health Services Tax, table limit and surtax thresholds) moves the tax by at most a
// cent either way (the published bases are rounded to the cent), or by the rounding of New
// York's published whole-stDollar bases (under $1 either way).
//
// New York's tax computation worksheets are the exception the law makes: above $107,650 of AGI
// the benefit of the lower brackets is recaptured by taxable-income tier, phased in by AGI, so
// with AGI held fixed the tax steps where taxable income crosses a tier (Tax Law §601(d-1)).
// Here New York is tested on its schedules, which the worksheets build on.
func TestStateNoJumpAtBracketEdges(t *testing.T) {
	for _, s := range stPropStates {
		p, _, err := loadStateParams(s.year, s.code, 0.025)
		if err != nil {
			t.Fatal(err)
		}
		for st, status := range stPropStatuses {
			var edges []int64
			switch p.kind {
			case stKindCA:
				edges = append(edges, p.ca.sched[st].over[1:p.ca.sched[st].n]...)
				edges = append(edges, p.ca.mhstThreshold, p.ca.tableLimit+100_00)
			case stKindNY:
				edges = append(edges, p.ny.sched[st].over[1:p.ny.sched[st].n]...)
				edges = append(edges, p.ny.city[st].over[1:p.ny.city[st].n]...)
			case stKindMA:
				edges = append(edges, p.ma.surtaxThreshold)
			case stKindWA:
				edges = append(edges, p.wa.additionalOver)
			case stKindGen:
				edges = append(edges, p.gen.sched[st].over[1:p.gen.sched[st].n]...)
			}
			for _, e := range edges {
				at := stStateTaxAtTI(&p, status, e, s.city)
				above := stStateTaxAtTI(&p, status, e+1, s.city)
				if d := above - at; (p.kind == stKindNY && (d < -100 || d > 100)) || (p.kind != stKindNY && (d < -1 || d > 1)) {
					t.Errorf("%s %d %s: tax at %d → %d jumps %d", s.code, s.year, status, e, e+1, d)
				}
			}
		}
	}
}

// stStateTaxAtTI returns the total tax of a household whose taxable income is ti, holding AGI
// (and so the credits, worksheets and limitations) fixed above it.
func stStateTaxAtTI(p *StateParams, status bespoke.FilingStatus, ti int64, city string) int64 {
	in := StateInput{Status: status, City: city}
	switch p.kind {
	case stKindCA:
		st := stStatus(status)
		return caTax(&p.ca, st, ti) + stApply(max(0, ti-p.ca.mhstThreshold), p.ca.mhstRate)
	case stKindNY:
		st := stStatus(status)
		return p.ny.sched[st].tax(ti) + p.ny.city[st].tax(ti)
	case stKindMA:
		in.AGI, in.Wages = ti+4_400*stDollar+2_000*stDollar, 26_144*stDollar+ti
	case stKindWA:
		in.LTCG = ti + p.wa.deduction
	case stKindGen:
		return p.gen.tax(stStatus(status), ti) + stApply(ti, p.gen.localRate)
	}
	var r StateResult
	computeState(&in, p, &r)
	return r.Total
}

// TestComputeStateAllocatesNothing measures allocations per call for every modelled state.
func TestComputeStateAllocatesNothing(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, s := range stPropStates {
		p, _, err := loadStateParams(s.year, s.code, 0.025)
		if err != nil {
			t.Fatal(err)
		}
		in := stRandomInput(r)
		in.City = s.city
		stFederalize(t, &in, s.year, 30_000*stDollar)
		var out StateResult
		if n := testing.AllocsPerRun(100, func() { computeState(&in, &p, &out) }); n != 0 {
			t.Errorf("%s: %v allocations per computeState", s.code, n)
		}
	}
}

// BenchmarkComputeState measures one state computation per iteration over 1,024 households
// drawn with a fixed seed.
func BenchmarkComputeState(b *testing.B) {
	for _, s := range append([]stPropState{{"CA", 2025, ""}, {"NY", 2025, "NYC"}, {"MA", 2025, ""}, {"WA", 2025, ""}}, stGenBenchStates()...) {
		b.Run(s.code, func(b *testing.B) {
			p, _, err := loadStateParams(s.year, s.code, 0.025)
			if err != nil {
				b.Fatal(err)
			}
			r := rand.New(rand.NewPCG(5, 6))
			ins := make([]StateInput, 1024)
			for i := range ins {
				ins[i] = stRandomInput(r)
				ins[i].City = s.city
				stFederalize(b, &ins[i], s.year, r.Int64N(60_000)*stDollar)
			}
			var out StateResult
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				computeState(&ins[i&1023], &p, &out)
				i++
			}
		})
	}
}

// TestStateResetClearsEveryFigure guards reset: a result reused for a second household must
// equal a fresh one, figure by figure and line by line.
func TestStateResetClearsEveryFigure(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, s := range stPropStates {
		p, _, err := loadStateParams(s.year, s.code, 0.025)
		if err != nil {
			t.Fatal(err)
		}
		a, b := stRandomInput(r), stRandomInput(r)
		a.City, b.City = s.city, s.city
		a.ISOBargain, a.PriorStateAMTCredit = 2_000_000*stDollar, 40_000*stDollar
		stFederalize(t, &a, s.year, 50_000*stDollar)
		stFederalize(t, &b, s.year, 0)
		var reused, fresh StateResult
		computeState(&a, &p, &reused)
		computeState(&b, &p, &reused)
		computeState(&b, &p, &fresh)
		if !reflect.DeepEqual(reused.Explain(), fresh.Explain()) {
			t.Errorf("%s: lines differ after reuse", s.code)
		}
		reused.lines, fresh.lines = [stMaxLines]StateLine{}, [stMaxLines]StateLine{}
		if reused != fresh {
			t.Errorf("%s: reused %+v\n fresh %+v", s.code, reused, fresh)
		}
	}
}

// TestFullReturnMonotoneWithState checks on complete returns (federal, FICA and a state) that
// more income of any kind (moreIncome) never lowers the state's income tax, its payroll tax or
// the total tax, and that the state AMT and tentative minimum tax are never negative, with the
// exceptions the law makes. California (caCreditsAbsorbed). A state that subtracts the federal
// income tax (Oregon): an ISO spread raises the federal AMT, hence the subtraction, and lowers
// the state's tax; the total tax still rises. A state whose deduction follows the federal choice
// (Virginia must itemize when the federal return does): where more income makes the federal
// return switch to the standard deduction, the state's deduction jumps, and the engine, which
// takes the larger federal deduction, does not elect the smaller one to keep the state's.
func TestFullReturnMonotoneWithState(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for _, s := range stPropStates {
		for _, status := range []bespoke.FilingStatus{bespoke.Single, bespoke.MarriedJoint} {
			p, err := testTables.For(s.year, status, s.code, s.city, 0.025)
			if err != nil {
				t.Fatal(err)
			}
			for range 300 {
				r := randomReturn(rng, s.year, status)
				r.State, r.City = s.code, s.city
				var base Result
				Compute(&r, p, &base)
				if base.State.AMT < 0 || base.State.TentativeMinimumTax < 0 || base.State.AMTCreditUsed < 0 {
					t.Fatalf("%s %d: negative state AMT figures %+v", s.code, s.year, base.State)
				}
				for _, bump := range moreIncome {
					more := r
					bump(&more, 1+rng.Int64N(200_000*stDollar))
					var next Result
					Compute(&more, p, &next)
					if caCreditsAbsorbed(&base.State, &next.State) {
						continue
					}
					choice := base.Federal.Itemized != next.Federal.Itemized && stFollowsFederalDeduction(&p.State)
					stateFell := next.State.Total < base.State.Total && !stSubtractsFederalTax(&p.State) && !choice
					if stateFell || next.State.PayrollTax < base.State.PayrollTax || (next.TotalTax() < base.TotalTax() && !choice) {
						t.Fatalf("%s %d %s: tax fell\n from %+v: state %d payroll %d total %d\n   to %+v: state %d payroll %d total %d",
							s.code, s.year, status, r, base.State.Total, base.State.PayrollTax, base.TotalTax(),
							more, next.State.Total, next.State.PayrollTax, next.TotalTax())
					}
				}
			}
		}
	}
}

// caCreditsAbsorbed reports California's one fall of the tax with more income, which is the
// law's: its AMT is TMT over the tax before the exemption credits (Schedule P line 25 is Form
// 540 line 31), so while the AMT is due, income that raises the regular tax but not AMTI (a gain
// the AMT offsets with a loss on ISO shares) lets the credits, which were idle while the tax was
// below them, lower the total by up to their amount.
func caCreditsAbsorbed(base, next *StateResult) bool {
	credits := int64(0)
	for _, l := range base.Explain() {
		if l.Ref == "540 line 32" {
			credits = l.Amount
		}
	}
	return base.Code == "CA" && base.AMT > 0 && next.TentativeMinimumTax == base.TentativeMinimumTax &&
		base.Total-next.Total <= credits
}

// stGenBenchStates is each generic state's 2025 law, for the benchmark.
func stGenBenchStates() []stPropState {
	var out []stPropState
	for _, s := range stGenPropStates() {
		if s.year == 2025 {
			out = append(out, s)
		}
	}
	return out
}

// stSubtractsFederalTax reports whether a state deducts the federal income tax.
func stSubtractsFederalTax(p *StateParams) bool {
	return p.kind == stKindGen && p.gen.fedSub.n[stSingle] > 0
}

// stFollowsFederalDeduction reports whether a state's choice of deduction depends on the
// federal return's.
func stFollowsFederalDeduction(p *StateParams) bool {
	return p.kind == stKindGen && (p.gen.itemRule == genItemAsFederal || p.gen.itemRule == genItemIfFederal)
}

// stFollowsFederalChoice reports whether the federal deduction choice differs between two
// inputs of a state whose own choice follows it (see TestFullReturnMonotoneWithState).
func stFollowsFederalChoice(p *StateParams, a, b *StateInput) bool {
	return a.Federal.Itemized != b.Federal.Itemized && stFollowsFederalDeduction(p)
}
