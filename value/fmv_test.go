package value

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/bespokehq/bespoke"
)

// TestExpectedFMVMatchesTheScenarios checks the 409A value the private rule expects on a day
// against the scenarios' own: the mean of path.fmvAt over the draws with no exit by that day,
// within four standard errors, two and four years into rocket's job.
func TestExpectedFMVMatchesTheScenarios(t *testing.T) {
	m, err := compile(exampleWorkspace(), noTaxes{}, true)
	if err != nil {
		t.Fatal(err)
	}
	j := m.jobs[2] // rocket
	var pcg rand.PCG
	r := rand.New(&pcg)
	var p path
	for _, day := range []int{2 * tableStep * 12, 4 * tableStep * 12} {
		const n = 100_000
		var k, sum, sum2 float64
		for i := range n {
			pcg.Seed(41, uint64(i))
			p.draw(m, &j.co, r, j.start)
			if p.exit <= j.start+day {
				continue
			}
			x := p.fmvAt(j.start + day).Float()
			k++
			sum += x
			sum2 += x * x
		}
		mean := sum / k
		se := math.Sqrt((sum2/k - mean*mean) / k)
		got := j.table.fmvAt(day).Float()
		t.Logf("day %d: table %.4f, scenarios %.4f ± %.4f over %.0f draws", day, got, mean, se, k)
		if math.Abs(got-mean) > 4*se+1e-6 {
			t.Errorf("day %d: table expects a 409A value of %.4f; scenarios give %.4f ± %.4f", day, got, mean, se)
		}
	}
}

// startupWorkspace is a private company's ISOs and NSOs, far in the money at the 409A value,
// with cash for all of them: where the 409A value's path toward each scenario's exit is most
// tempting to read the fate from.
func startupWorkspace(cash int64) *bespoke.Workspace {
	monthly := bespoke.Vesting{Months: 48, CliffMonths: 12, EveryMonths: 1}
	ws := &bespoke.Workspace{
		Version: 1,
		Candidate: bespoke.Candidate{FilingStatus: bespoke.Single, State: "CA", TaxYear: 2026,
			CashAvailable: bespoke.Dollars(cash), Wealth: bespoke.Dollars(800000), RiskAversion: 2},
		Offers: []bespoke.Offer{{
			ID: "start", StartDate: date(2027, 1, 4),
			Job: bespoke.Job{
				Company: bespoke.Company{Name: "Start", Stage: bespoke.Private, PreferredPrice: px(8), FMV409A: px(2), Volatility: 0.5},
				Role:    bespoke.Role{Level: bespoke.Staff},
				Cash:    bespoke.Cash{Base: bespoke.Dollars(230000)},
				Equity: []bespoke.Grant{
					{ID: "s-iso", Type: bespoke.ISO, Shares: 100000, Strike: px(2), ExpiryYears: 10, Vesting: monthly},
					{ID: "s-nso", Type: bespoke.NSO, Shares: 50000, Strike: px(1), ExpiryYears: 10, Vesting: monthly},
				},
				Terms: bespoke.Terms{ExerciseWindowDays: 90, PTO: bespoke.PTO{Policy: bespoke.PTOMetered, Days: 20}},
			},
		}},
		Assumptions: bespoke.Assumptions{
			HorizonYears: 5, Scenarios: 20000, Seed: 21, DiscountRate: 0.05, RiskFreeRate: 0.04, Inflation: 0.025,
			Public: bespoke.PublicModel{Drift: 0.07},
			Private: bespoke.PrivateModel{DilutionPerYear: 0.05, Outcomes: []bespoke.Outcome{
				{Kind: bespoke.Failure, Probability: 0.4},
				{Kind: bespoke.Acquisition, Probability: 0.4, Years: bespoke.Range{Min: 1, Max: 8}, ValueMultiple: bespoke.Lognormal{Median: 2, Sigma: 0.8}},
				{Kind: bespoke.IPO, Probability: 0.2, Years: bespoke.Range{Min: 2, Max: 9}, ValueMultiple: bespoke.Lognormal{Median: 3, Sigma: 0.9}},
			}},
		},
	}
	ws.Assumptions.TenureYears.Min, ws.Assumptions.TenureYears.Max = 1, 6
	return ws
}

// TestLongerWindowNeverWorthLessWithCash checks, at a private company where the candidate can
// pay for every exercise, that a window a little or much longer than 90 days is not worth less
// than 90 days beyond four standard errors of the paired difference.
func TestLongerWindowNeverWorthLessWithCash(t *testing.T) {
	v := mustValue(t, startupWorkspace(1_000_000), Options{})
	for _, days := range []int{91, 120, 180, 365, 730} {
		e, err := v.Change(context.Background(), "start", func(o *bespoke.Offer) error {
			o.Terms.ExerciseWindowDays = days
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("window %d days: %+.0f ± %.0f", days, e.Mean, e.StdErr)
		if e.Mean < -4*e.StdErr {
			t.Errorf("window %d days: value changes by %.0f ± %.0f", days, e.Mean, e.StdErr)
		}
	}
}

// TestMoreCashNeverHurtsAtAStartup checks, on the same company, that each step up in cash
// does not lower the offer's value beyond four standard errors of the paired difference.
func TestMoreCashNeverHurtsAtAStartup(t *testing.T) {
	var prev *Valuation
	for _, cash := range []int64{0, 100_000, 200_000, 300_000, 500_000, 1_000_000} {
		v := mustValue(t, startupWorkspace(cash), Options{})
		if prev != nil {
			e := estimate(prev.out[0].value, v.out[0].value)
			t.Logf("cash $%d: %+.0f ± %.0f", cash, e.Mean, e.StdErr)
			if e.Mean < -4*e.StdErr {
				t.Errorf("cash $%d: value changes by %.0f ± %.0f", cash, e.Mean, e.StdErr)
			}
		}
		prev = v
	}
}
