package bespoke

import "time"

var testToday = MustDate(2026, time.November, 29)

func day(y int, m time.Month, d int) Date { return MustDate(y, m, d) }

func defaultTerms(state string) Terms {
	return Terms{
		ExerciseWindowDays: 90,
		DeferredComp:       DeferredComp{PayoutInstallments: 5},
		PTO:                PTO{Policy: PTOMetered, Days: 20},
		Remote:             Onsite,
		WorkState:          state,
		WorkCountry:        "US",
		TravelClass:        Economy,
		Acceleration:       AccelerationNone,
	}
}

func vest(start Date, months, cliff, every int) Vesting {
	return Vesting{Start: start, Months: months, CliffMonths: cliff, EveryMonths: every}
}

// validWorkspace returns a workspace that validates clean on testToday, with every default
// filled as the decoder fills it: a current job with options, a public offer (acme) and a
// private one (rocket), an ask and a round.
func validWorkspace() *Workspace {
	start := day(2027, time.January, 4)
	return &Workspace{
		Version: 1,
		Candidate: Candidate{
			Name: "Sam Rivera", FilingStatus: Single, State: "CA", TaxYear: 2027,
			RiskAversion: 2, PTODaysTaken: 13, Wealth: Dollars(900_000),
			Facts: []Fact{{ID: "new-house", Text: "We just bought a house."}},
		},
		Current: &Job{
			Company: Company{Name: "Current Co", Stage: Private, Volatility: 0.4,
				PreferredPrice: PriceFromFloat(9.5), FMV409A: PriceFromFloat(3)},
			Role: Role{Level: Staff},
			Cash: Cash{Base: Dollars(265_000)},
			Equity: []Grant{{ID: "current-options", Type: ISO, Shares: 60_000, Strike: PriceFromFloat(1.2),
				GrantDate: day(2023, time.March, 1), Vesting: vest(day(2023, time.March, 1), 48, 12, 1),
				Refresh: RefreshNone, ExpiryYears: 10}},
			Terms: defaultTerms("CA"),
		},
		Offers: []Offer{{
			ID: "acme",
			Job: Job{
				Company: Company{Name: "Acme", Headcount: 8000, AtLevel: 12, Stage: Public,
					SharePrice: PriceFromFloat(85), Volatility: 0.4},
				Role: Role{Level: SeniorStaff},
				Cash: Cash{Base: Dollars(320_000), BonusTargetPct: 15, SignOn: Dollars(60_000), SignOnClawbackMonths: 12},
				Equity: []Grant{{ID: "acme-rsu", Type: RSU, Value: Dollars(1_200_000), GrantDate: start,
					Vesting: vest(start, 48, 12, 3), Refresh: RefreshNone, ExpiryYears: 10}},
				Terms: defaultTerms("CA"),
			},
			StartDate: start, Deadline: day(2026, time.December, 10),
		}, {
			ID: "rocket",
			Job: Job{
				Company: Company{Name: "Rocket", Headcount: 350, AtLevel: 3, Stage: Private, Volatility: 0.4,
					PreferredPrice: PriceFromFloat(12.5), FMV409A: PriceFromFloat(3.1)},
				Role: Role{Level: Principal},
				Cash: Cash{Base: Dollars(285_000)},
				Equity: []Grant{{ID: "rocket-iso", Type: ISO, Shares: 200_000, Strike: PriceFromFloat(3.1), GrantDate: start,
					Vesting: vest(start, 48, 12, 1), Refresh: RefreshNone, EarlyExercise: true, ExpiryYears: 10}},
				Terms: defaultTerms("WA"),
			},
			StartDate: start, Deadline: day(2026, time.December, 7),
		}},
		Assumptions: Assumptions{
			HorizonYears: 4, Scenarios: 20_000, Seed: 1, DiscountRate: 0.05, RiskFreeRate: 0.04, Inflation: 0.025,
			TenureYears: Tenure{Min: 2, Max: 6}, Public: PublicModel{Drift: 0.07},
			Private: PrivateModel{DilutionPerYear: 0.07, Outcomes: []Outcome{
				{Kind: Failure, Probability: 0.45},
				{Kind: Acquisition, Probability: 0.35, Years: Range{2, 7}, ValueMultiple: Lognormal{2, 0.8}},
				{Kind: IPO, Probability: 0.2, Years: Range{3, 8}, ValueMultiple: Lognormal{4, 0.9}},
			}},
		},
		Asks:   []Ask{{Offer: "rocket", Term: "exercise_window_days", Value: "3650", Facts: []string{"new-house"}}},
		Rounds: []Round{{Date: day(2026, time.November, 20), Offer: "rocket", Party: PartyCompany, Kind: RoundOffer}},
	}
}
