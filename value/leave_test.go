package value

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
	"unsafe"

	"github.com/bespokehq/bespoke"
)

// valueIn values ws in mode how.
func valueIn(t testing.TB, ws *bespoke.Workspace, how mode) *Valuation {
	t.Helper()
	opt := Options{PreTax: how.preTax}
	tx, err := taxesFor(ws, opt)
	if err != nil {
		t.Fatal(err)
	}
	m, err := compileWith(ws, tx, how)
	if err != nil {
		t.Fatal(err)
	}
	v, err := valueModel(context.Background(), ws, m, opt)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func mustVested(t testing.TB, v *Valuation) *VestedOptions {
	t.Helper()
	r, err := v.VestedOptions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// noVestedOptions are variants of the example in which no option of the current job has vested
// by the epoch: no current job, RSUs only, options granted too late to have vested.
func noVestedOptions() map[string]*bespoke.Workspace {
	none := exampleWorkspace()
	none.Current = nil
	rsus := exampleWorkspace()
	rsus.Current.Equity = []bespoke.Grant{{ID: "current-rsu", Type: bespoke.RSU, Shares: 40000, GrantDate: date(2024, 5, 1),
		ExpiryYears: 10, Vesting: bespoke.Vesting{Start: date(2024, 5, 1), Months: 48, CliffMonths: 12, EveryMonths: 3}}}
	unvested := exampleWorkspace()
	unvested.Current.Equity[0].GrantDate = date(2026, 6, 1)
	unvested.Current.Equity[0].Vesting.Start = date(2026, 6, 1)
	for _, ws := range []*bespoke.Workspace{none, rsus, unvested} {
		ws.Assumptions.Scenarios = 2000
	}
	return map[string]*bespoke.Workspace{"no current job": none, "current RSUs only": rsus, "current options unvested": unvested}
}

// TestNoVestedOptionsValuesAsBefore checks that a candidate with no current job, or whose
// current grants are all RSUs or all unvested, is valued exactly as before the current job's
// vested options were valued: the same figures, to the cent, as the engine gave then (recorded
// below; the current job's with unvested options since its ISOs cashed out at an acquisition
// pay payroll taxes), and bit for bit those of the model that leaves vested options out.
func TestNoVestedOptionsValuesAsBefore(t *testing.T) {
	before := map[string]map[string][3]string{ // mean, P10, P90 from the engine before
		"no current job": {"acme": {"1364154.18", "740979.32", "1972660.17"}, "rocket": {"1529595.87", "372107.49", "3108726.00"}},
		"current RSUs only": {"current": {"677312.82", "412834.60", "874369.29"}, "acme": {"1349017.89", "743582.74", "1986920.20"},
			"rocket": {"1713590.52", "365530.76", "3480667.28"}},
		"current options unvested": {"current": {"922421.53", "403279.91", "1510357.90"}, "acme": {"1349017.89", "743582.74", "1986920.20"},
			"rocket": {"1713590.52", "365530.76", "3480667.28"}},
	}
	for name, ws := range noVestedOptions() {
		v := mustValue(t, ws, Options{})
		for _, j := range v.Result().Jobs {
			got := [3]string{fmt.Sprintf("%.2f", j.Value.Mean), fmt.Sprintf("%.2f", j.Value.P10), fmt.Sprintf("%.2f", j.Value.P90)}
			if got != before[name][j.ID] {
				t.Errorf("%s, %s: mean, P10, P90 %v; before %v", name, j.ID, got, before[name][j.ID])
			}
		}
		out := valueIn(t, ws, mode{vestedOut: true})
		for jj := range v.out {
			for i, x := range v.out[jj].value {
				if y := out.out[jj].value[i]; x != y {
					t.Fatalf("%s, job %d, scenario %d: %v, %v with vested options left out", name, jj, i, x, y)
				}
			}
		}
		if r := mustVested(t, v); r.Options != 0 || len(r.Offers) != 0 {
			t.Errorf("%s: vested options %+v", name, r)
		}
	}
}

// closedForm is a candidate in Washington (no income tax on wages) with no other income whose
// current employer is public with a price that cannot move ($50, no volatility, no drift), and
// whose 2,000 current NSOs at $10 vest in full on the day they would leave; one offer pays
// $250,000, the current job $200,000, and the candidate stays past the horizon.
func closedForm() *bespoke.Workspace {
	start := date(2027, 1, 4)
	metered := bespoke.Terms{ExerciseWindowDays: 90, PTO: bespoke.PTO{Policy: bespoke.PTOMetered}}
	ws := &bespoke.Workspace{
		Version:   1,
		Candidate: bespoke.Candidate{FilingStatus: bespoke.Single, State: "WA", TaxYear: 2026, Wealth: bespoke.Dollars(1_000_000)},
		Current: &bespoke.Job{
			Company: bespoke.Company{Name: "Now", Stage: bespoke.Public, SharePrice: px(50)},
			Cash:    bespoke.Cash{Base: bespoke.Dollars(200_000)},
			Equity: []bespoke.Grant{{ID: "nso", Type: bespoke.NSO, Shares: 2000, Strike: px(10), GrantDate: date(2023, 1, 4), ExpiryYears: 10,
				Vesting: bespoke.Vesting{Start: date(2023, 1, 4), Months: 48, EveryMonths: 1}}},
			Terms: metered,
		},
		Offers: []bespoke.Offer{{ID: "o", StartDate: start, Job: bespoke.Job{
			Company: bespoke.Company{Name: "Next", Stage: bespoke.Public, SharePrice: px(20)},
			Cash:    bespoke.Cash{Base: bespoke.Dollars(250_000)}, Terms: metered,
		}}},
		Assumptions: bespoke.Assumptions{HorizonYears: 4, Scenarios: 50, Seed: 3, DiscountRate: 0.05, Inflation: 0.025},
	}
	ws.Assumptions.TenureYears.Min, ws.Assumptions.TenureYears.Max = 5, 6
	return ws
}

// TestVestedOptionsClosedForm checks the exercise and sale on the day of leaving against a
// hand computation. In every world the 2,000 options are exercised and sold at once for
// $80,000 of wages, taxed in job-year 1 under the 2026 law (Rev. Proc. 2025-32: standard
// deduction $16,100; 24% to $201,775, 32% to $256,225, then 35%; Medicare 1.45% and 0.9% above
// $200,000; the Social Security wage base, $184,500, already reached by either salary):
//
//	offer:   taxable 233,900 → 313,900: 0.32 × 22,325 + 0.35 × 57,675 = 27,330.25; Medicare 1,880
//	current: taxable 183,900 → 263,900: 0.24 × 17,875 + 0.32 × 54,450 + 0.35 × 7,675 = 24,400.25; Medicare 1,880
//
// The cash arrives on the leave date, the tax at the end of year 1 (365 days later).
func TestVestedOptionsClosedForm(t *testing.T) {
	ws := closedForm()
	taxOffer, taxCur := bespoke.Money(29_210_25), bespoke.Money(26_280_25)
	jobs, err := Deterministic(ws, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, jy := range jobs {
		want := Effect{PreTax: bespoke.Dollars(80_000), Tax: map[string]bespoke.Money{"o": taxOffer, "current": taxCur}[jy.ID]}
		want.AfterTax = want.PreTax - want.Tax
		if jy.Vested[0] != want || jy.Vested[1] != (Effect{}) {
			t.Errorf("%s: the vested options add %+v in year 1 and %+v in year 2, want %+v and nothing", jy.ID, jy.Vested[0], jy.Vested[1], want)
		}
	}
	v := mustValue(t, ws, Options{})
	r := mustVested(t, v)
	df := math.Exp(-0.05 * 365 / daysPerYear)
	kept, in := 80_000-taxCur.Float()*df, 80_000-taxOffer.Float()*df
	if r.Options != 2000 || len(r.Offers) != 1 {
		t.Fatalf("report %+v", r)
	}
	lo := r.Offers[0]
	for _, c := range []struct {
		what      string
		got       Estimate
		want      float64
		spent, ec float64
	}{{"kept", r.Kept, kept, 0, 0}, {"in the offer's world", lo.Value, in, lo.Spent, lo.EpochCash}, {"cost", lo.Cost, kept - in, 0, 0}} {
		if math.Abs(c.got.Mean-c.want) > 1e-6 || c.got.StdErr > 1e-6 || c.spent != 0 || c.ec != 0 {
			t.Errorf("%s: %+v (cash %v, %v), want %.6f in every scenario and no cash", c.what, c.got, c.spent, c.ec, c.want)
		}
	}
}

// scenario runs scenario i of v's model for every job, as a worker does, and returns the sims.
func scenario(v *Valuation, i int) []*sim {
	m := v.m
	var pcg rand.PCG
	r := rand.New(&pcg)
	pcg.Seed(m.seed, uint64(i))
	t := m.tenure[0] + (m.tenure[1]-m.tenure[0])*r.Float64()
	keys := make([]uint64, len(m.jobs))
	for jj := range keys {
		keys[jj] = r.Uint64()
	}
	sims := make([]*sim, len(m.jobs))
	for jj, j := range m.jobs {
		sims[jj] = newSim(m, j)
		sims[jj].run(t, keys[jj], keys[0], i)
	}
	if m.choosesPolicy() { // the current job's world under the other policy, as a worker runs it
		s := newSim(m, m.jobs[0])
		s.asIfLeaving = true
		s.run(t, keys[0], keys[0], i)
		sims = append(sims, s)
	}
	return sims
}

// TestCurrentCompanyIsOneCompany checks that the current company's fate, and its share price
// after an IPO, is the same in the current job's world (under either policy) and in every
// offer's, scenario by scenario.
func TestCurrentCompanyIsOneCompany(t *testing.T) {
	ws := exampleWorkspace()
	ws.Assumptions.Scenarios = 200
	v := mustValue(t, ws, Options{})
	fates := map[fate]int{}
	for i := range v.m.n {
		sims := scenario(v, i)
		cur := &sims[0].p
		fates[cur.fate]++
		if len(sims) != len(v.m.jobs)+1 {
			t.Fatalf("the example's stayer has no policy to choose")
		}
		for _, s := range sims[1:] {
			p := &s.p
			if s.carry != nil {
				p = &s.carry.p
			}
			if p.fate != cur.fate || p.exit != cur.exit || p.exitPx != cur.exitPx {
				t.Fatalf("scenario %d, %s: the current company's fate %v on day %d at %v; in the current job's world %v on day %d at %v",
					i, s.j.id, p.fate, p.exit, p.exitPx, cur.fate, cur.exit, cur.exitPx)
			}
			if cur.fate == fateIPO {
				for _, d := range []int{cur.exit + 400, cur.exit + 1000} {
					if a, b := p.priceAt(d), cur.priceAt(d); a != b {
						t.Fatalf("scenario %d, %s, day %d: price %v, %v in the current job's world", i, s.j.id, d, a, b)
					}
				}
			}
		}
	}
	if fates[fateFailure] == 0 || fates[fateAcquisition] == 0 || fates[fateIPO] == 0 {
		t.Errorf("fates drawn: %v; want each of them", fates)
	}
}

// TestLeavingWithoutCashLosesTheOptions checks the forced decision where it can be worked out:
// with no cash, and a private current company that cannot exit within the 90 days after
// leaving, the options lapse in every offer's world, so each offer is valued exactly as with
// them left out, and leaving costs exactly what they add to the current job's value, which is
// positive; the offers' values against the current job fall by that cost.
func TestLeavingWithoutCashLosesTheOptions(t *testing.T) {
	ws := exampleWorkspace()
	ws.Candidate.CashAvailable = 0
	ws.Assumptions.Scenarios = 3000
	v, out := mustValue(t, ws, Options{}), valueIn(t, ws, mode{vestedOut: true})
	for jj := 1; jj < len(v.out); jj++ {
		for i, x := range v.out[jj].value {
			if y := out.out[jj].value[i]; x != y {
				t.Fatalf("%s, scenario %d: %v, %v with the vested options left out", v.m.jobs[jj].id, i, x, y)
			}
		}
	}
	r := mustVested(t, v)
	if r.Kept.CILow <= 0 || r.Policy != Hold || r.Exercise != r.Hold || r.Kept != r.Hold || r.Spent != 0 {
		t.Errorf("kept: %+v, want positive; without cash the policies are one, and hold", r)
	}
	for jj, lo := range r.Offers {
		before := mean(out.out[jj+1].value) - mean(out.out[0].value)
		now := mean(v.out[jj+1].value) - mean(v.out[0].value)
		if lo.Value != (Estimate{N: v.m.n}) || lo.Cost != r.Kept || lo.Spent != 0 || math.Abs(now-(before-lo.Cost.Mean)) > 1e-6 {
			t.Errorf("%s: %+v; against the current job %.2f now, %.2f before; want before less the cost %+v",
				lo.Offer, lo, now, before, r.Kept)
		}
	}
}

// TestLongerCurrentWindowNeverWorthLessToOffers checks that a longer exercise window at the
// current job never lowers an offer's value (beyond four standard errors of the paired
// difference), with cash for only part of the options.
func TestLongerCurrentWindowNeverWorthLessToOffers(t *testing.T) {
	ws := exampleWorkspace()
	ws.Candidate.CashAvailable = bespoke.Dollars(40_000)
	ws.Assumptions.Scenarios = 3000
	prev := mustValue(t, ws, Options{})
	for _, days := range []int{365, 1825, 3650} {
		w := *ws
		cur := *ws.Current
		cur.Terms.ExerciseWindowDays = days
		w.Current = &cur
		v := mustValue(t, &w, Options{})
		for jj := 1; jj < len(v.out); jj++ {
			e := estimate(prev.out[jj].value, v.out[jj].value)
			t.Logf("window %d days, %s: %+.0f ± %.0f", days, v.m.jobs[jj].id, e.Mean, e.StdErr)
			if e.Mean < -4*e.StdErr {
				t.Errorf("window %d days, %s: value changes by %.0f ± %.0f", days, v.m.jobs[jj].id, e.Mean, e.StdErr)
			}
		}
		prev = v
	}
}

// TestAskSeesWhatCurrentOptionsCanAfford checks that the decision on the current job's vested
// options is the same whatever an offer's window (it comes first, and does not depend on the
// offer's terms), but changes with the offer's pay, which sets the tax an exercise costs and
// so what the candidate's cash can afford.
func TestAskSeesWhatCurrentOptionsCanAfford(t *testing.T) {
	ws := exampleWorkspace()
	ws.Candidate.CashAvailable = bespoke.Dollars(40_000)
	ws.Assumptions.Scenarios = 500
	base := mustVested(t, mustValue(t, ws, Options{}))
	change := func(id string, f func(o *bespoke.Offer)) *VestedOptions {
		w := *ws
		w.Offers = append([]bespoke.Offer(nil), ws.Offers...)
		f(w.Offer(id))
		return mustVested(t, mustValue(t, &w, Options{}))
	}
	window := change("rocket", func(o *bespoke.Offer) { o.Terms.ExerciseWindowDays = 3650 })
	if a, b := base.Offers[1], window.Offers[1]; a.Spent != b.Spent || a.EpochCash != b.EpochCash {
		t.Errorf("a longer window at rocket changes the current options' decision: %+v, %+v", a, b)
	}
	pay := change("acme", func(o *bespoke.Offer) { o.Cash.Base = bespoke.Dollars(600_000) })
	if a, b := base.Offers[0], pay.Offers[0]; a.EpochCash == b.EpochCash || a.Value.Mean == b.Value.Mean {
		t.Errorf("a higher salary at acme leaves the current options' decision as it was: %+v, %+v", a, b)
	}
}

// TestFixedWorkspaceVestedOptionsAreCompares checks the one code path for the vested options:
// where prices cannot move, what they add to each job's value in every Monte Carlo scenario is
// what the deterministic scenario says they add, cash on the leave date and tax at the end of
// year 1.
func TestFixedWorkspaceVestedOptionsAreCompares(t *testing.T) {
	ws := fixedExample()
	jobs, err := Deterministic(ws, Options{})
	if err != nil {
		t.Fatal(err)
	}
	v := mustValue(t, ws, Options{})
	r := mustVested(t, v)
	// shares that can be sold leave the stayer nothing to choose: the rule's decision on the
	// epoch is the same staying or leaving, so the policy choice never reaches compare
	if v.m.choosesPolicy() || r.Policy != Hold || r.Exercise != r.Kept || r.Hold != r.Kept || r.EpochCash != 0 {
		t.Errorf("policies in the deterministic workspace: %+v", r)
	}
	got := append([]Estimate{r.Kept}, func() (es []Estimate) {
		for _, lo := range r.Offers {
			es = append(es, lo.Value)
		}
		return es
	}()...)
	for jj, jy := range jobs {
		e := jy.Vested[0]
		want := e.PreTax.Float() - e.Tax.Float()*v.m.df[v.m.jobs[jj].yearEnd[0]]
		if math.Abs(got[jj].Mean-want) > 1e-6 || got[jj].StdErr > 1e-6 || e.Tax <= 0 {
			t.Errorf("%s: the vested options add %+v in the scenarios, %+v in year 1 of compare (%.2f discounted)", jy.ID, got[jj], e, want)
		}
	}
}

// TestBookAddAddsEveryAmount checks that adding one book to another adds every amount it holds,
// so that what the current job's vested options bring in an offer's world reaches its returns
// whatever a book comes to hold.
func TestBookAddAddsEveryAmount(t *testing.T) {
	var b, o book
	n := 0
	var set func(v reflect.Value)
	set = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Struct:
			for i := range v.NumField() {
				set(v.Field(i))
			}
		case reflect.Int64:
			n++
			reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem().SetInt(int64(n)) // unexported fields

		default:
			t.Fatalf("a book holds a %s: teach this test and book.add about it", v.Type())
		}
	}
	set(reflect.ValueOf(&o).Elem())
	b.add(&o)
	b.add(&o)
	n = 0
	var check func(v reflect.Value, path string)
	check = func(v reflect.Value, path string) {
		if v.Kind() == reflect.Struct {
			for i := range v.NumField() {
				check(v.Field(i), path+"."+v.Type().Field(i).Name)
			}
			return
		}
		n++
		if v.Int() != int64(2*n) {
			t.Errorf("book%s: %d after adding %d twice", path, v.Int(), n)
		}
	}
	check(reflect.ValueOf(&b).Elem(), "")
}
