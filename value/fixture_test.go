package value

import (
	"time"

	"github.com/bespokehq/bespoke"
)

func date(y int, m time.Month, d int) bespoke.Date { return bespoke.MustDate(y, m, d) }

func px(d float64) bespoke.Price { return bespoke.PriceFromFloat(d) }

// exampleWorkspace is examples/workspace.yaml as the loader returns it, defaults filled.
func exampleWorkspace() *bespoke.Workspace {
	monthly := bespoke.Vesting{Months: 48, CliffMonths: 12, EveryMonths: 1}
	ws := &bespoke.Workspace{
		Version: 1,
		Candidate: bespoke.Candidate{
			Name: "Sam Rivera", FilingStatus: bespoke.Single, State: "CA", TaxYear: 2026,
			OtherIncome:   bespoke.OtherIncome{Interest: bespoke.Dollars(2000)},
			CashAvailable: bespoke.Dollars(150000), Wealth: bespoke.Dollars(900000), RiskAversion: 2,
			PTODaysTaken: 13,
		},
		Current: &bespoke.Job{
			Company: bespoke.Company{Name: "Current Co", Headcount: 1200, Stage: bespoke.Private,
				PreferredPrice: px(9.5), FMV409A: px(3), Volatility: 0.4},
			Role: bespoke.Role{Level: bespoke.Staff},
			Cash: bespoke.Cash{Base: bespoke.Dollars(265000), BonusTargetPct: 10},
			Equity: []bespoke.Grant{{ID: "current-options", Type: bespoke.ISO, Shares: 60000, Strike: px(1.2),
				GrantDate: date(2023, 3, 1), ExpiryYears: 10,
				Vesting: bespoke.Vesting{Start: date(2023, 3, 1), Months: 48, CliffMonths: 12, EveryMonths: 1}}},
			Terms: bespoke.Terms{ExerciseWindowDays: 90, PTO: bespoke.PTO{Policy: bespoke.PTOMetered, Days: 20}, Remote: bespoke.Onsite},
		},
		Offers: []bespoke.Offer{
			{
				ID: "acme", StartDate: date(2027, 1, 4), Deadline: date(2026, 12, 10),
				Job: bespoke.Job{
					Company: bespoke.Company{Name: "Acme", Headcount: 8000, AtLevel: 12, Stage: bespoke.Public,
						SharePrice: px(85), Volatility: 0.4},
					Role: bespoke.Role{Level: bespoke.SeniorStaff},
					Cash: bespoke.Cash{Base: bespoke.Dollars(320000), BonusTargetPct: 15, SignOn: bespoke.Dollars(60000), SignOnClawbackMonths: 12},
					Equity: []bespoke.Grant{
						{ID: "acme-rsu", Type: bespoke.RSU, Value: bespoke.Dollars(1200000), ExpiryYears: 10,
							Vesting: bespoke.Vesting{Months: 48, CliffMonths: 12, EveryMonths: 3}},
						{ID: "acme-refresh", Type: bespoke.RSU, Value: bespoke.Dollars(200000), ExpiryYears: 10, Refresh: bespoke.RefreshYearly,
							Vesting: bespoke.Vesting{Months: 48, EveryMonths: 3}},
					},
					Terms: bespoke.Terms{ExerciseWindowDays: 90,
						DeferredComp: bespoke.DeferredComp{Available: true, MaxPctOfBase: 50, PayoutInstallments: 5},
						PTO:          bespoke.PTO{Policy: bespoke.PTOUnlimited}, Remote: bespoke.Hybrid, WorkState: "CA"},
				},
			},
			{
				ID: "rocket", StartDate: date(2027, 1, 4), Deadline: date(2026, 12, 7),
				Job: bespoke.Job{
					Company: bespoke.Company{Name: "Rocket", Headcount: 350, AtLevel: 3, Stage: bespoke.Private,
						PreferredPrice: px(12.5), FMV409A: px(3.1), FullyDilutedShares: 120000000, Volatility: 0.4},
					Role: bespoke.Role{Level: bespoke.Principal},
					Cash: bespoke.Cash{Base: bespoke.Dollars(285000), SignOn: bespoke.Dollars(25000)},
					Equity: []bespoke.Grant{
						{ID: "rocket-iso", Type: bespoke.ISO, Shares: 200000, Strike: px(3.1), ExpiryYears: 10, EarlyExercise: true, Vesting: monthly},
						{ID: "rocket-backloaded", Type: bespoke.NSO, Shares: 40000, Strike: px(3.1), ExpiryYears: 10,
							Vesting: bespoke.Vesting{Months: 48, EveryMonths: 12, YearlyPct: []float64{5, 15, 40, 40}}},
					},
					Terms: bespoke.Terms{ExerciseWindowDays: 90, PTO: bespoke.PTO{Policy: bespoke.PTOMetered, Days: 15},
						Remote: bespoke.RemoteWork, WorkState: "WA"},
				},
			},
		},
		Assumptions: bespoke.Assumptions{
			HorizonYears: 4, Scenarios: 20000, Seed: 7, DiscountRate: 0.05, RiskFreeRate: 0.04, Inflation: 0.025,
			Public: bespoke.PublicModel{Drift: 0.07},
			Private: bespoke.PrivateModel{DilutionPerYear: 0.07, Outcomes: []bespoke.Outcome{
				{Kind: bespoke.Failure, Probability: 0.45},
				{Kind: bespoke.Acquisition, Probability: 0.35, Years: bespoke.Range{Min: 2, Max: 7}, ValueMultiple: bespoke.Lognormal{Median: 2, Sigma: 0.8}},
				{Kind: bespoke.IPO, Probability: 0.20, Years: bespoke.Range{Min: 3, Max: 8}, ValueMultiple: bespoke.Lognormal{Median: 4, Sigma: 0.9}},
			}},
		},
		Asks: []bespoke.Ask{
			{Offer: "rocket", Term: "exercise_window_days", Value: "3650"},
			{Offer: "rocket", Term: "pto.days", Value: "25"},
			{Offer: "acme", Term: "remote", Value: "remote"},
		},
	}
	ws.Assumptions.TenureYears.Min, ws.Assumptions.TenureYears.Max = 1.5, 6
	return ws
}
