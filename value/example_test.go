package value_test

import (
	"context"
	"fmt"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/value"
)

// offerWorkspace is a candidate with one private-company offer of 100,000 options.
func offerWorkspace() *bespoke.Workspace {
	start := bespoke.MustDate(2027, 1, 4)
	ws := &bespoke.Workspace{
		Version: 1,
		Candidate: bespoke.Candidate{FilingStatus: bespoke.Single, State: "WA", TaxYear: 2026,
			CashAvailable: bespoke.Dollars(100_000), Wealth: bespoke.Dollars(500_000), RiskAversion: 2},
		Offers: []bespoke.Offer{{
			ID: "startup", StartDate: start,
			Job: bespoke.Job{
				Company: bespoke.Company{Name: "Startup", Stage: bespoke.Private, PreferredPrice: bespoke.PriceFromFloat(10),
					FMV409A: bespoke.PriceFromFloat(2.5), Volatility: 0.5},
				Cash: bespoke.Cash{Base: bespoke.Dollars(250_000)},
				Equity: []bespoke.Grant{{ID: "options", Type: bespoke.ISO, Shares: 100_000, Strike: bespoke.PriceFromFloat(2.5),
					ExpiryYears: 10, Vesting: bespoke.Vesting{Months: 48, CliffMonths: 12, EveryMonths: 1}}},
				Terms: bespoke.Terms{ExerciseWindowDays: 90, PTO: bespoke.PTO{Policy: bespoke.PTOUnlimited}},
			},
		}},
		Assumptions: bespoke.Assumptions{HorizonYears: 4, Scenarios: 20_000, Seed: 1, DiscountRate: 0.05, Inflation: 0.025,
			Public: bespoke.PublicModel{Drift: 0.07},
			Private: bespoke.PrivateModel{DilutionPerYear: 0.05, Outcomes: []bespoke.Outcome{
				{Kind: bespoke.Failure, Probability: 0.5},
				{Kind: bespoke.Acquisition, Probability: 0.5, Years: bespoke.Range{Min: 2, Max: 8}, ValueMultiple: bespoke.Lognormal{Median: 2, Sigma: 0.7}},
			}}},
	}
	ws.Assumptions.TenureYears.Min, ws.Assumptions.TenureYears.Max = 2, 5
	return ws
}

// Value a workspace once, then price an ask against the same scenarios: a ten-year exercise
// window instead of 90 days. The planner does this for every ask.
func ExampleValuation_Change() {
	v, err := value.New(context.Background(), offerWorkspace(), value.Options{PreTax: true})
	if err != nil {
		panic(err)
	}
	e, err := v.Change(context.Background(), "startup", func(o *bespoke.Offer) error {
		o.Terms.ExerciseWindowDays = 3650
		return nil
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("worth more:", e.CILow > 0)
	fmt.Println("interval holds the mean:", e.CILow < e.Mean && e.Mean < e.CIHigh)
	// Output:
	// worth more: true
	// interval holds the mean: true
}

// The company's side: what a ten-year window adds to the fair value of the offer's options,
// which the company expenses under ASC 718.
func ExampleWindowCost() {
	ws := offerWorkspace()
	ws.Assumptions.RiskFreeRate = 0.04
	cost, err := value.WindowCost(ws, "startup", 3650)
	if err != nil {
		panic(err)
	}
	fmt.Printf("expected term %.2f years instead of %.2f\n",
		value.ExpectedTerm(2, 5, 3650, 10), value.ExpectedTerm(2, 5, 90, 10))
	fmt.Printf("incremental fair value $%.0f\n", cost)
	// Output:
	// expected term 10.00 years instead of 3.75
	// incremental fair value $58635
}

// The deterministic scenario behind compare's after-tax columns: prices fixed, the candidate
// staying past the horizon.
func ExampleDeterministic() {
	jobs, err := value.Deterministic(offerWorkspace(), value.Options{PreTax: true})
	if err != nil {
		panic(err)
	}
	for _, y := range jobs[0].Years {
		fmt.Printf("year %d (tax year %d): %s\n", y.Year, y.TaxYear, y.AfterTax.Format())
	}
	// Output:
	// year 1 (tax year 2026): $437,500
	// year 2 (tax year 2027): $437,500
	// year 3 (tax year 2028): $437,500
	// year 4 (tax year 2029): $437,500
}

// What leaving the current job does to its vested options: without cash to exercise them
// within its 90-day window, and with no exit of its private company that soon, they lapse in
// the offer's world, so leaving costs all they are worth to a candidate who stays (and who,
// without cash, cannot exercise them either: holding them is the stayer's policy).
func ExampleValuation_VestedOptions() {
	ws := offerWorkspace()
	ws.Candidate.CashAvailable = 0
	granted := bespoke.MustDate(2023, 1, 4)
	ws.Current = &bespoke.Job{
		Company: bespoke.Company{Name: "Now", Stage: bespoke.Private, PreferredPrice: bespoke.PriceFromFloat(6),
			FMV409A: bespoke.PriceFromFloat(2), Volatility: 0.5},
		Cash: bespoke.Cash{Base: bespoke.Dollars(200_000)},
		Equity: []bespoke.Grant{{ID: "now-iso", Type: bespoke.ISO, Shares: 40_000, Strike: bespoke.PriceFromFloat(1),
			GrantDate: granted, ExpiryYears: 10, Vesting: bespoke.Vesting{Start: granted, Months: 48, CliffMonths: 12, EveryMonths: 1}}},
		Terms: bespoke.Terms{ExerciseWindowDays: 90, PTO: bespoke.PTO{Policy: bespoke.PTOMetered, Days: 15}},
	}
	ctx := context.Background()
	v, err := value.New(ctx, ws, value.Options{PreTax: true})
	if err != nil {
		panic(err)
	}
	r, err := v.VestedOptions(ctx)
	if err != nil {
		panic(err)
	}
	leaving := r.Offers[0]
	fmt.Println("vested options:", r.Options)
	fmt.Println("staying, the candidate's policy:", r.Policy)
	fmt.Println("worth something to a stayer:", r.Kept.CILow > 0)
	fmt.Println("worth nothing in the offer's world:", leaving.Value.Mean == 0)
	fmt.Println("leaving costs what they are worth to a stayer:", leaving.Cost == r.Kept)
	// Output:
	// vested options: 40000
	// staying, the candidate's policy: hold
	// worth something to a stayer: true
	// worth nothing in the offer's world: true
	// leaving costs what they are worth to a stayer: true
}
