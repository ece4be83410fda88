package bespoke

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestValidateCleanWorkspace(t *testing.T) {
	if ps := validWorkspace().Validate(testToday); len(ps) != 0 {
		t.Fatalf("the test workspace has problems:\n%s", problemLines(ps))
	}
}

func problemLines(ps Problems) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString("\t" + p.Path + " [" + string(p.Severity) + "] " + p.Message + "\n")
	}
	return b.String()
}

// want builds the expected problems of a row: an error, or a warning when the message starts
// with "warning: ".
func want(pairs ...string) Problems {
	var ps Problems
	for i := 0; i+1 < len(pairs); i += 2 {
		p := Problem{Path: pairs[i], Message: pairs[i+1], Severity: SeverityError}
		if m, ok := strings.CutPrefix(p.Message, "warning: "); ok {
			p.Message, p.Severity = m, SeverityWarning
		}
		ps = append(ps, p)
	}
	return ps
}

// TestValidateRules changes the clean workspace in one way per row and checks that exactly the
// expected problems are found, path, message and severity.
func TestValidateRules(t *testing.T) {
	acme := func(w *Workspace) *Offer { return &w.Offers[0] }
	rocket := func(w *Workspace) *Offer { return &w.Offers[1] }
	cur := func(w *Workspace) *Grant { return &w.Current.Equity[0] }
	rsu := func(w *Workspace) *Grant { return &w.Offers[0].Equity[0] }
	iso := func(w *Workspace) *Grant { return &w.Offers[1].Equity[0] }
	tests := []struct {
		name   string
		change func(w *Workspace)
		want   Problems
	}{
		// Tags: bounds, enums, required.
		{"max", func(w *Workspace) { w.Version = 2 }, want("version", "must be at most 1, got 2")},
		{"min", func(w *Workspace) { w.Candidate.RiskAversion = -1 }, want("candidate.risk_aversion", "must be at least 0, got -1")},
		{"min money", func(w *Workspace) { acme(w).Cash.Base = Dollars(-5) }, want("offers[0].cash.base", "must be at least 0, got -5")},
		{"finite", func(w *Workspace) { w.Assumptions.DiscountRate = math.NaN() }, want("assumptions.discount_rate", "must be a finite number")},
		{"horizon", func(w *Workspace) { w.Assumptions.HorizonYears = 11 }, want("assumptions.horizon_years", "must be at most 10, got 11")},
		{"enum", func(w *Workspace) { acme(w).Role.Level = "staf" },
			want("offers[0].role.level", `expected one of senior, staff, senior_staff, principal, distinguished, fellow, got "staf"; did you mean staff?`)},
		{"required text", func(w *Workspace) { acme(w).Company.Name = "" }, want("offers[0].company.name", "is required")},
		{"required date", func(w *Workspace) { rocket(w).StartDate = Date{}; rocket(w).Deadline = Date{} }, want("offers[1].start_date", "is required")},
		{"tax year", func(w *Workspace) { w.Candidate.TaxYear = 0 }, want("candidate.tax_year", "must be at least 2024, got 0")},

		// Ids and references.
		{"no offer", func(w *Workspace) { w.Offers, w.Asks, w.Rounds = nil, nil, nil }, want("offers", "at least one offer is required")},
		{"empty id", func(w *Workspace) { acme(w).ID = "" }, want("offers[0].id", "is required")},
		{"bad id", func(w *Workspace) { acme(w).ID = "my offer" },
			want("offers[0].id", `"my offer" is not a valid offer id: use letters, digits, '-' and '_', starting with a letter or digit`)},
		{"duplicate offer", func(w *Workspace) { acme(w).ID = "rocket" }, want("offers[1].id", `duplicate offer id "rocket" (also at offers[0].id)`)},
		{"duplicate grant", func(w *Workspace) { iso(w).ID = "current-options" },
			want("offers[1].equity[0].id", `duplicate grant id "current-options" (also at current.equity[0].id)`)},
		{"duplicate fact", func(w *Workspace) { w.Candidate.Facts = append(w.Candidate.Facts, w.Candidate.Facts[0]) },
			want("candidate.facts[1].id", `duplicate fact id "new-house" (also at candidate.facts[0].id)`)},

		// The candidate.
		{"state case", func(w *Workspace) { w.Candidate.State = "ca" },
			want("candidate.state", `"ca" is not a US state code: write the state's two capital letters, such as CA or NY; did you mean CA?`)},
		{"state name", func(w *Workspace) { w.Candidate.State = "Texas" },
			want("candidate.state", `"Texas" is not a US state code: write the state's two capital letters, such as CA or NY; did you mean TX (Texas)?`)},
		{"city", func(w *Workspace) { w.Candidate.City = "Brooklyn" }, want("candidate.city", `expected "" or NYC, got "Brooklyn"`)},
		{"city state", func(w *Workspace) { w.Candidate.City = "NYC" }, want("candidate.city", "NYC applies only to residents of New York (state NY), not CA")},
		{"spouse wages", func(w *Workspace) { w.Candidate.OtherIncome.SpouseWages = Dollars(1) },
			want("candidate.other_income.spouse_wages", "spouse_wages apply only to filing_status married_joint, not single")},
		{"qualified dividends", func(w *Workspace) {
			w.Candidate.OtherIncome.OrdinaryDividends, w.Candidate.OtherIncome.QualifiedDividends = Dollars(100), Dollars(150)
		}, want("candidate.other_income.qualified_dividends", "qualified dividends ($150) exceed ordinary dividends ($100), which include them")},

		// Companies.
		{"public price", func(w *Workspace) { acme(w).Company.SharePrice = 0 },
			want("offers[0].company.share_price", "a public company needs share_price greater than 0",
				"offers[0].equity[0].value", "a value needs a price to convert it into shares: give price, or the company's share_price or preferred_price")},
		{"private price", func(w *Workspace) { rocket(w).Company.PreferredPrice = 0; rocket(w).Company.FMV409A = 0 },
			want("offers[1].company.preferred_price", "a private company needs preferred_price greater than 0 (the latest preferred-share price)",
				"offers[1].company.fmv_409a", "warning: no 409A value: the tax on exercising options will be figured at the preferred price, which overstates it")},
		{"409A above preferred", func(w *Workspace) { rocket(w).Company.FMV409A, iso(w).Strike = PriceFromFloat(13), PriceFromFloat(13) },
			want("offers[1].company.fmv_409a", "warning: the 409A value (13.00) is above the preferred price (12.50); common shares are normally worth less than preferred")},
		{"at level", func(w *Workspace) { acme(w).Company.AtLevel = 9000 },
			want("offers[0].company.at_level", "9000 people at the level is more than the headcount (8000)")},

		// Grants.
		{"shares and value", func(w *Workspace) { rsu(w).Shares = 10 }, want("offers[0].equity[0].value", "give shares or value, not both")},
		{"no shares or value", func(w *Workspace) { rsu(w).Value = 0 }, want("offers[0].equity[0].shares", "give the grant's shares or its value")},
		{"value without price", func(w *Workspace) {
			iso(w).Shares, iso(w).Value = 0, Dollars(1000)
			rocket(w).Company.PreferredPrice = 0
		}, want("offers[1].company.preferred_price", "a private company needs preferred_price greater than 0 (the latest preferred-share price)",
			"offers[1].equity[0].value", "a value needs a price to convert it into shares: give price, or the company's share_price or preferred_price")},
		{"price unused", func(w *Workspace) { iso(w).Price = PriceFromFloat(3) },
			want("offers[1].equity[0].price", "warning: price only converts a value into shares; with shares given it is not used")},
		{"option strike", func(w *Workspace) { iso(w).Strike = 0 },
			want("offers[1].equity[0].strike", "an iso option needs a strike greater than 0 (its exercise price per share)")},
		{"rsu strike", func(w *Workspace) { rsu(w).Strike = PriceFromFloat(1) },
			want("offers[0].equity[0].strike", "an rsu has no strike; remove it or make the grant an iso or nso")},
		{"discount strike", func(w *Workspace) { iso(w).Strike = PriceFromFloat(1) },
			want("offers[1].equity[0].strike", "warning: the strike (1.00) is below the fair market value of a share (3.10): an option granted at a discount is not an ISO and faces section 409A penalties")},
		{"early exercise", func(w *Workspace) { rsu(w).EarlyExercise = true },
			want("offers[0].equity[0].early_exercise", "only options can be exercised early; an rsu cannot")},
		{"expiry", func(w *Workspace) { iso(w).ExpiryYears = 3 },
			want("offers[1].equity[0].expiry_years", "the option expires after 3 years, before its 48-month schedule finishes vesting")},

		// Limits that keep every figure exact (and the projection from overflowing).
		{"amount", func(w *Workspace) { acme(w).Cash.Base = Dollars(1_000_000_001) },
			want("offers[0].cash.base", "must be at most 1000000000, got 1000000001")},
		{"negative amount", func(w *Workspace) {
			acme(w).Terms.Custom = []CustomTerm{{Name: "gym", YearlyValue: Dollars(-2_000_000_000)}}
		},
			want("offers[0].terms.custom[0].yearly_value", "must be at least -1000000000, got -2000000000")},
		{"shares", func(w *Workspace) { iso(w).Shares = 1_000_000_001 },
			want("offers[1].equity[0].shares", "must be at most 1000000000, got 1000000001")},
		{"value to shares", func(w *Workspace) { rsu(w).Value, rsu(w).Price = Dollars(100_000_000), PriceFromFloat(0.01) },
			want("offers[0].equity[0].value", "converts to 10,000,000,000 shares at $0.01 a share; a grant may be for at most 1,000,000,000")},
		{"equity worth", func(w *Workspace) { iso(w).Shares = 900_000_000 },
			want("offers[1].equity", "the grants are worth $11,250,000,000 at the stated price or strike; bespoke takes at most $10,000,000,000")},
		{"equity worth with refreshers", func(w *Workspace) { rsu(w).Value, rsu(w).Refresh = Dollars(1_000_000_000), RefreshYearly },
			want("offers[0].equity", "the grants are worth $10,999,999,175 at the stated price or strike, a yearly refresher counted 11 times; bespoke takes at most $10,000,000,000")},
		{"equity worth at the strike", func(w *Workspace) { cur(w).Shares, cur(w).Strike = 1_000_000, PriceFromFloat(20_000) },
			want("current.equity", "the grants are worth $20,000,000,000 at the stated price or strike; bespoke takes at most $10,000,000,000")},

		// Vesting.
		{"cliff", func(w *Workspace) { rsu(w).Vesting.CliffMonths = 60 },
			want("offers[0].equity[0].vesting.cliff_months", "the cliff (60 months) is longer than the schedule (48 months)")},
		{"every zero", func(w *Workspace) { rsu(w).Vesting.EveryMonths = 0 },
			want("offers[0].equity[0].vesting.every_months", "must be from 1 to the schedule's 48 months, got 0")},
		{"every long", func(w *Workspace) { rsu(w).Vesting.EveryMonths = 60; rsu(w).Vesting.CliffMonths = 0 },
			want("offers[0].equity[0].vesting.every_months", "must be from 1 to the schedule's 48 months, got 60")},
		{"yearly sum", func(w *Workspace) {
			rsu(w).Vesting = Vesting{Start: rsu(w).Vesting.Start, Months: 48, EveryMonths: 12, YearlyPct: []float64{5, 15, 40, 30}}
		},
			want("offers[0].equity[0].vesting.yearly_pct", "the yearly percentages sum to 90, not 100")},
		{"yearly sum rounds", func(w *Workspace) {
			rsu(w).Vesting = Vesting{Start: rsu(w).Vesting.Start, Months: 36, EveryMonths: 12, YearlyPct: []float64{33.333, 33.333, 33.334}}
		}, nil},
		{"yearly sum in hundredths", func(w *Workspace) {
			rsu(w).Vesting = Vesting{Start: rsu(w).Vesting.Start, Months: 36, EveryMonths: 12, YearlyPct: []float64{33.33, 33.33, 33.34}}
		}, nil},
		{"yearly negative", func(w *Workspace) {
			rsu(w).Vesting = Vesting{Start: rsu(w).Vesting.Start, Months: 48, EveryMonths: 12, YearlyPct: []float64{-5, 25, 40, 40}}
		},
			want("offers[0].equity[0].vesting.yearly_pct[0]", "must be at least 0, got -5")},
		{"yearly months", func(w *Workspace) {
			rsu(w).Vesting = Vesting{Start: rsu(w).Vesting.Start, Months: 36, EveryMonths: 12, YearlyPct: []float64{5, 15, 40, 40}}
		},
			want("offers[0].equity[0].vesting.months", "yearly_pct gives 4 years, so the schedule is 48 months, not 36")},
		{"yearly steps", func(w *Workspace) {
			rsu(w).Vesting = Vesting{Start: rsu(w).Vesting.Start, Months: 48, EveryMonths: 5, YearlyPct: []float64{5, 15, 40, 40}}
		},
			want("offers[0].equity[0].vesting.every_months", "with yearly_pct, the steps must divide a year: 1, 2, 3, 4, 6 or 12 months, not 5")},

		// Dates.
		{"deadline after start", func(w *Workspace) { acme(w).Deadline = day(2027, time.February, 1) },
			want("offers[0].deadline", "the deadline (2027-02-01) is after the start date (2027-01-04)")},
		{"deadline passed", func(w *Workspace) { acme(w).Deadline = day(2026, time.November, 28) },
			want("offers[0].deadline", "warning: the deadline (2026-11-28) has passed")},
		{"current grant after leaving", func(w *Workspace) { cur(w).GrantDate = day(2027, time.February, 1) },
			want("current.equity[0].grant_date", "2027-02-01 is after the day the candidate would leave (2027-01-04, the earliest offer start date)")},
		{"current vesting after leaving", func(w *Workspace) { cur(w).Vesting.Start = day(2027, time.February, 1) },
			want("current.equity[0].vesting.start", "2027-02-01 is after the day the candidate would leave (2027-01-04, the earliest offer start date)")},
		{"current grant undated", func(w *Workspace) { cur(w).GrantDate, cur(w).Vesting.Start = Date{}, Date{} },
			want("current.equity[0]", "a grant of the current job needs grant_date or vesting.start")},

		// Terms.
		{"work state", func(w *Workspace) { rocket(w).Terms.WorkState = "Wa" },
			want("offers[1].terms.work_state", `"Wa" is not a US state code: write the state's two capital letters, such as CA or NY; did you mean WA?`)},
		{"work country", func(w *Workspace) { rocket(w).Terms.WorkCountry = "usa" },
			want("offers[1].terms.work_country", `expected a country code of two capital letters (ISO 3166), such as US or GB, got "usa"`)},
		{"deferral elected", func(w *Workspace) {
			acme(w).Terms.DeferredComp = DeferredComp{Available: true, MaxPctOfBase: 50, ElectPct: 60, PayoutInstallments: 5}
		},
			want("offers[0].terms.deferred_comp.elect_pct", "the deferral elected (60%) is more than the plan allows (max_pct_of_base 50%)")},
		{"deferral unavailable", func(w *Workspace) { acme(w).Terms.DeferredComp.MaxPctOfBase = 50 },
			want("offers[0].terms.deferred_comp.available", "warning: the plan's limits are ignored unless available is true")},
		{"unlimited days", func(w *Workspace) { acme(w).Terms.PTO.Policy = PTOUnlimited },
			want("offers[0].terms.pto.days", "warning: days is ignored under an unlimited policy; the candidate's pto_days_taken is used instead")},
		{"custom names", func(w *Workspace) { acme(w).Terms.Custom = []CustomTerm{{Name: "gym"}, {Name: "gym"}} },
			want("offers[0].terms.custom[1].name", `duplicate custom term "gym" (also at custom[0])`)},
		{"clawback", func(w *Workspace) { rocket(w).Cash.SignOnClawbackMonths = 12 },
			want("offers[1].cash.sign_on_clawback_months", "warning: a clawback period with no sign_on bonus has no effect")},

		// Assumptions.
		{"tenure", func(w *Workspace) { w.Assumptions.TenureYears = Tenure{Min: 5, Max: 3} },
			want("assumptions.tenure_years", "min (5) is greater than max (3)")},
		{"probabilities", func(w *Workspace) { w.Assumptions.Private.Outcomes[0].Probability = 0.4 },
			want("assumptions.private.outcomes", "the probabilities sum to 0.95, not 1")},
		{"outcome years", func(w *Workspace) { w.Assumptions.Private.Outcomes[1].Years = Range{} },
			want("assumptions.private.outcomes[1].years.min", "an acquisition needs years with min greater than 0 (when it may happen, in years after the start)")},
		{"outcome years order", func(w *Workspace) { w.Assumptions.Private.Outcomes[2].Years = Range{8, 3} },
			want("assumptions.private.outcomes[2].years", "min (8) is greater than max (3)")},
		{"outcome median", func(w *Workspace) { w.Assumptions.Private.Outcomes[2].ValueMultiple.Median = 0 },
			want("assumptions.private.outcomes[2].value_multiple.median", "an ipo needs value_multiple.median greater than 0 (the exit value per share as a multiple of today's preferred price)")},

		// Asks and rounds.
		{"ask offer", func(w *Workspace) { w.Asks[0].Offer = "rockett" },
			want("asks[0].offer", `no offer with id "rockett"; did you mean rocket? (offers: acme, rocket)`)},
		{"ask fact", func(w *Workspace) { w.Asks[0].Facts = []string{"new-hose"} },
			want("asks[0].facts[0]", `no fact with id "new-hose"; did you mean new-house?`)},
		{"ask term", func(w *Workspace) { w.Asks[0].Term = "exercise_windw_days" },
			want("asks[0].term", `the offer has no term "exercise_windw_days"; did you mean exercise_window_days?`)},
		{"ask id", func(w *Workspace) { w.Asks[0].Term = "equity[rocket-iso].id" },
			want("asks[0].term", "equity[rocket-iso].id: an id is not a term and cannot be changed")},
		{"ask value", func(w *Workspace) { w.Asks[0].Value = "ten years" },
			want("asks[0].value", `terms.exercise_window_days: expected a whole number, got "ten years"`)},
		{"ask breaks offer", func(w *Workspace) { w.Asks[0].Value = "99999" },
			want("asks[0].value", "with terms.exercise_window_days = 99999, terms.exercise_window_days: must be at most 5480, got 99999")},
		{"ask cross-field", func(w *Workspace) { w.Asks[0].Term, w.Asks[0].Value = "equity[rocket-iso].vesting.cliff_months", "60" },
			want("asks[0].value", "with equity[rocket-iso].vesting.cliff_months = 60, equity[0].vesting.cliff_months: the cliff (60 months) is longer than the schedule (48 months)")},
		{"ask twice", func(w *Workspace) {
			w.Asks = append(w.Asks, Ask{Offer: "rocket", Term: "terms.exercise_window_days", Value: "1825"})
		},
			want("asks[1].term", "warning: terms.exercise_window_days of offer rocket is already asked for at asks[0]")},
		{"ask nothing new", func(w *Workspace) { w.Asks[0].Value = "90" },
			want("asks[0].value", "warning: the offer already has terms.exercise_window_days = 90")},
		{"round offer", func(w *Workspace) { w.Rounds[0].Offer = "acmee" },
			want("rounds[0].offer", `no offer with id "acmee"; did you mean acme? (offers: acme, rocket)`)},
		{"round order", func(w *Workspace) {
			w.Rounds = append(w.Rounds, Round{Date: day(2026, time.November, 10), Offer: "acme", Party: PartyCandidate, Kind: RoundCounter})
		}, want("rounds[1].date", "2026-11-10 is before the previous round's date (2026-11-20); rounds are listed oldest first")},
		{"round future", func(w *Workspace) { w.Rounds[0].Date = day(2026, time.December, 1) },
			want("rounds[0].date", "warning: 2026-12-01 is in the future")},
		{"round change", func(w *Workspace) { w.Rounds[0].Changes = []Change{{Term: "cash.base", Value: "-1"}} },
			want("rounds[0].changes[0].value", "with cash.base = -1, cash.base: must be at least 0, got -1")},
		{"round change path", func(w *Workspace) { w.Rounds[0].Changes = []Change{{Term: "equity[rocket-rsu].shares", Value: "1"}} },
			want("rounds[0].changes[0].term", `equity has no entry "rocket-rsu"; did you mean rocket-iso? (entries: rocket-iso)`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := validWorkspace()
			tt.change(w)
			got := w.Validate(testToday)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got:\n%swant:\n%s", problemLines(got), problemLines(tt.want))
			}
		})
	}
}

func TestValidateLeavesWorkspaceUnchanged(t *testing.T) {
	w := validWorkspace()
	w.Asks[0].Term, w.Asks[0].Value = "equity[rocket-iso].shares", "250000"
	w.Validate(testToday)
	if got := w.Offers[1].Equity[0].Shares; got != 200_000 {
		t.Errorf("validating an ask changed the offer: shares = %d", got)
	}
}

func TestProblems(t *testing.T) {
	ps := Problems{
		{Path: "a", Message: "bad", Severity: SeverityError},
		{Path: "b", Message: "odd", Severity: SeverityWarning},
		{Message: "whole", Severity: SeverityError},
	}
	if got := len(ps.Errors()); got != 2 {
		t.Errorf("Errors: %d, want 2", got)
	}
	if got := len(ps.Warnings()); got != 1 {
		t.Errorf("Warnings: %d, want 1", got)
	}
	if !ps.HasErrors() || ps.Warnings().HasErrors() {
		t.Error("HasErrors is wrong")
	}
	if got, want := ps[1].String(), "b: warning: odd"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
	err := ps.Err()
	if ErrorCode(err) != EINVALID || err.Error() != "a: bad\nwhole" {
		t.Errorf("Err = %v (%s)", err, ErrorCode(err))
	}
	if ps.Warnings().Err() != nil {
		t.Error("Err of warnings only is not nil")
	}
}
