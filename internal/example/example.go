// Package example builds, in Go, the workspace of examples/workspace.yaml, so that the
// engines' tests and examples can use it without the file decoder. A test in cmd/bespoke
// checks that the two stay the same.
package example

import (
	"time"

	"github.com/bespokehq/bespoke"
)

// Today is the day the tests pretend it is: after both offers were made, before they expire.
var Today = bespoke.MustDate(2026, time.November, 29)

// Workspace returns the example workspace, with the defaults the decoder fills in.
func Workspace() *bespoke.Workspace {
	offers := []bespoke.Offer{Acme(), Rocket()}
	return &bespoke.Workspace{
		Version:     1,
		Candidate:   candidate(),
		Current:     current(),
		Offers:      offers,
		Assumptions: assumptions(),
		Asks: []bespoke.Ask{
			{Offer: "rocket", Term: "exercise_window_days", Value: "3650", Facts: []string{"new-house", "exercised-before"}},
			{Offer: "rocket", Term: "pto.days", Value: "25"},
			{Offer: "acme", Term: "remote", Value: "remote", Facts: []string{"caregiving"}},
		},
		Rounds: []bespoke.Round{},
	}
}

// startGrants dates the offer's grants and their vesting from the start date, as the decoder
// does when the file does not say.
func startGrants(o bespoke.Offer) bespoke.Offer {
	for i := range o.Equity {
		o.Equity[i].GrantDate = o.StartDate
		o.Equity[i].Vesting.Start = o.StartDate
	}
	return o
}

func candidate() bespoke.Candidate {
	return bespoke.Candidate{
		Name:          "Sam Rivera",
		FilingStatus:  bespoke.Single,
		State:         "CA",
		TaxYear:       2026,
		OtherIncome:   bespoke.OtherIncome{Interest: bespoke.Dollars(2000)},
		CashAvailable: bespoke.Dollars(150000),
		Wealth:        bespoke.Dollars(900000),
		RiskAversion:  2,
		PTODaysTaken:  13,
		Facts: []bespoke.Fact{
			{ID: "new-house", Text: "We just bought a house, so our savings are tied up in it."},
			{ID: "exercised-before", Text: "When I left my last company I exercised my options and paid a large AMT bill."},
			{ID: "caregiving", Text: "I look after a parent two afternoons a week."},
		},
	}
}

func current() *bespoke.Job {
	return &bespoke.Job{
		Company: bespoke.Company{Name: "Current Co", Headcount: 1200, Stage: bespoke.Private,
			PreferredPrice: bespoke.PriceFromFloat(9.50), FMV409A: bespoke.PriceFromFloat(3.00), Volatility: 0.4},
		Role: bespoke.Role{Title: "Staff Engineer", Level: bespoke.Staff},
		Cash: bespoke.Cash{Base: bespoke.Dollars(265000), BonusTargetPct: 10},
		Equity: []bespoke.Grant{{
			ID: "current-options", Type: bespoke.ISO, Shares: 60000, Strike: bespoke.PriceFromFloat(1.20),
			GrantDate: bespoke.MustDate(2023, time.March, 1), ExpiryYears: 10, Refresh: bespoke.RefreshNone,
			Vesting: bespoke.Vesting{Start: bespoke.MustDate(2023, time.March, 1), Months: 48, CliffMonths: 12, EveryMonths: 1},
		}},
		Terms: bespoke.Terms{ExerciseWindowDays: 90, PTO: bespoke.PTO{Policy: bespoke.PTOMetered, Days: 20},
			DeferredComp: bespoke.DeferredComp{PayoutInstallments: 5}, WorkState: "CA",
			Remote: bespoke.Onsite, WorkCountry: "US", TravelClass: bespoke.Economy, Acceleration: bespoke.AccelerationNone},
	}
}

// Acme is the example's public company: 8000 people, 12 at Senior Staff.
func Acme() bespoke.Offer {
	return startGrants(bespoke.Offer{
		ID: "acme",
		Job: bespoke.Job{
			Company: bespoke.Company{Name: "Acme", Headcount: 8000, AtLevel: 12, Stage: bespoke.Public,
				SharePrice: bespoke.PriceFromFloat(85), Volatility: 0.40},
			Role: bespoke.Role{Title: "Senior Staff Engineer", Level: bespoke.SeniorStaff},
			Cash: bespoke.Cash{Base: bespoke.Dollars(320000), BonusTargetPct: 15, SignOn: bespoke.Dollars(60000), SignOnClawbackMonths: 12},
			Equity: []bespoke.Grant{
				{ID: "acme-rsu", Type: bespoke.RSU, Value: bespoke.Dollars(1200000), ExpiryYears: 10, Refresh: bespoke.RefreshNone,
					Vesting: bespoke.Vesting{Months: 48, CliffMonths: 12, EveryMonths: 3}},
				{ID: "acme-refresh", Type: bespoke.RSU, Value: bespoke.Dollars(200000), ExpiryYears: 10, Refresh: bespoke.RefreshYearly,
					Vesting: bespoke.Vesting{Months: 48, EveryMonths: 3}},
			},
			Terms: bespoke.Terms{ExerciseWindowDays: 90, DeferredComp: bespoke.DeferredComp{Available: true, MaxPctOfBase: 50, ElectPct: 50, PayoutInstallments: 5},
				PTO: bespoke.PTO{Policy: bespoke.PTOUnlimited}, Remote: bespoke.Hybrid, WorkState: "CA", WorkCountry: "US",
				TravelClass: bespoke.Economy, Acceleration: bespoke.AccelerationNone},
		},
		StartDate: bespoke.MustDate(2027, time.January, 4),
		Deadline:  bespoke.MustDate(2026, time.December, 10),
	})
}

// Rocket is the example's private company: 350 people, a Principal role that is not
// quasi-executive.
func Rocket() bespoke.Offer {
	return startGrants(bespoke.Offer{
		ID: "rocket",
		Job: bespoke.Job{
			Company: bespoke.Company{Name: "Rocket", Headcount: 350, AtLevel: 3, Stage: bespoke.Private,
				PreferredPrice: bespoke.PriceFromFloat(12.50), FMV409A: bespoke.PriceFromFloat(3.10),
				FullyDilutedShares: 120000000, Volatility: 0.4},
			Role: bespoke.Role{Title: "Principal Engineer", Level: bespoke.Principal},
			Cash: bespoke.Cash{Base: bespoke.Dollars(285000), SignOn: bespoke.Dollars(25000)},
			Equity: []bespoke.Grant{
				{ID: "rocket-iso", Type: bespoke.ISO, Shares: 200000, Strike: bespoke.PriceFromFloat(3.10), ExpiryYears: 10,
					Refresh: bespoke.RefreshNone, EarlyExercise: true,
					Vesting: bespoke.Vesting{Months: 48, CliffMonths: 12, EveryMonths: 1}},
				{ID: "rocket-backloaded", Type: bespoke.NSO, Shares: 40000, Strike: bespoke.PriceFromFloat(3.10), ExpiryYears: 10,
					Refresh: bespoke.RefreshNone,
					Vesting: bespoke.Vesting{Months: 48, EveryMonths: 12, YearlyPct: []float64{5, 15, 40, 40}}},
			},
			Terms: bespoke.Terms{ExerciseWindowDays: 90, PTO: bespoke.PTO{Policy: bespoke.PTOMetered, Days: 15},
				DeferredComp: bespoke.DeferredComp{PayoutInstallments: 5},
				Remote:       bespoke.RemoteWork, WorkState: "WA", WorkCountry: "US", TravelClass: bespoke.Economy,
				Acceleration: bespoke.AccelerationNone},
		},
		StartDate: bespoke.MustDate(2027, time.January, 4),
		Deadline:  bespoke.MustDate(2026, time.December, 7),
	})
}

func assumptions() bespoke.Assumptions {
	return bespoke.Assumptions{
		HorizonYears: 4, Scenarios: 20000, Seed: 7, DiscountRate: 0.05, RiskFreeRate: 0.04, Inflation: 0.025,
		TenureYears: bespoke.Tenure{Min: 1.5, Max: 6},
		Public:      bespoke.PublicModel{Drift: 0.07},
		Private: bespoke.PrivateModel{
			Outcomes: []bespoke.Outcome{
				{Kind: bespoke.Failure, Probability: 0.45},
				{Kind: bespoke.Acquisition, Probability: 0.35, Years: bespoke.Range{Min: 2, Max: 7}, ValueMultiple: bespoke.Lognormal{Median: 2, Sigma: 0.8}},
				{Kind: bespoke.IPO, Probability: 0.20, Years: bespoke.Range{Min: 3, Max: 8}, ValueMultiple: bespoke.Lognormal{Median: 4, Sigma: 0.9}},
			},
			DilutionPerYear: 0.07,
		},
	}
}
