package wsfile

import (
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
)

func decodeClean(t *testing.T, text string) (*bespoke.Workspace, *Index) {
	t.Helper()
	w, idx, err := Decode("w.yaml", []byte(text))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	return w, idx
}

func TestDefaultsOfAbsentKeys(t *testing.T) {
	w, _ := decodeClean(t, minimal)
	o := w.Offers[0]
	g := o.Equity[0]
	checks := []struct {
		name      string
		got, want any
	}{
		{"filing_status", w.Candidate.FilingStatus, bespoke.Single},
		{"risk_aversion", w.Candidate.RiskAversion, 2.0},
		{"tax_year from the start date", w.Candidate.TaxYear, 2027},
		{"volatility", o.Company.Volatility, 0.4},
		{"exercise_window_days", o.Terms.ExerciseWindowDays, 90},
		{"remote", o.Terms.Remote, bespoke.Onsite},
		{"pto.policy", o.Terms.PTO.Policy, bespoke.PTOMetered},
		{"work_state from the candidate", o.Terms.WorkState, "CA"},
		{"work_country", o.Terms.WorkCountry, "US"},
		{"payout_installments", o.Terms.DeferredComp.PayoutInstallments, 5},
		{"refresh", g.Refresh, bespoke.RefreshNone},
		{"expiry_years", g.ExpiryYears, 10},
		{"vesting.months", g.Vesting.Months, 48},
		{"vesting.every_months", g.Vesting.EveryMonths, 1},
		{"vesting.start from the offer", g.Vesting.Start, o.StartDate},
		{"grant_date from the vesting start", g.GrantDate, o.StartDate},
		{"horizon_years", w.Assumptions.HorizonYears, 4},
		{"scenarios", w.Assumptions.Scenarios, 20000},
		{"seed", w.Assumptions.Seed, uint64(1)},
		{"tenure", w.Assumptions.TenureYears, bespoke.Tenure{Min: 2, Max: 6}},
		{"drift", w.Assumptions.Public.Drift, 0.0},
		{"dilution", w.Assumptions.Private.DilutionPerYear, 0.07},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestDefaultsDependOnOtherKeys(t *testing.T) {
	text := strings.NewReplacer(
		"        shares: 1000\n", "        shares: 1000\n        vesting: {yearly_pct: [5, 15, 40, 40]}\n",
		"  state: CA\n", "  state: CA\n  tax_year: 2026\n",
		"    start_date:", "    terms: {deferred_comp: {available: true, max_pct_of_base: 50}}\n    start_date:",
	).Replace(minimal) + "assumptions: {tenure_years: {min: 3}}\n"
	w, _ := decodeClean(t, text)
	v := w.Offers[0].Equity[0].Vesting
	if v.Months != 48 || v.EveryMonths != 12 {
		t.Errorf("vesting with yearly_pct: months %d, every %d; want 48, 12", v.Months, v.EveryMonths)
	}
	if w.Candidate.TaxYear != 2026 {
		t.Errorf("a written tax_year was replaced: %d", w.Candidate.TaxYear)
	}
	if got := w.Offers[0].Terms.DeferredComp.ElectPct; got != 50 {
		t.Errorf("elect_pct = %v, want the maximum, 50", got)
	}
	if got := w.Assumptions.TenureYears; got != (bespoke.Tenure{Min: 3, Max: 3}) {
		t.Errorf("tenure with only min = %+v", got)
	}
}

func TestWrittenZeroIsNotDefaulted(t *testing.T) {
	text := strings.Replace(minimal, "        shares: 1000\n", "        shares: 1000\n        vesting: {months: 0}\n        expiry_years: 1\n", 1)
	w, _ := decodeClean(t, text)
	g := w.Offers[0].Equity[0]
	if g.Vesting.Months != 0 || g.ExpiryYears != 1 {
		t.Errorf("months %d, expiry %d; want the written 0 and 1", g.Vesting.Months, g.ExpiryYears)
	}
}

func TestNullIsAbsent(t *testing.T) {
	w, idx := decodeClean(t, strings.Replace(minimal, "  state: CA\n", "  state: CA\n  risk_aversion:\ncurrent: ~\n", 1))
	if w.Candidate.RiskAversion != 2 || w.Current != nil {
		t.Errorf("null did not count as absent: risk_aversion %v, current %v", w.Candidate.RiskAversion, w.Current)
	}
	if idx.Has("candidate.risk_aversion") || !idx.Has("candidate.state") {
		t.Error("Index.Has is wrong about null and written keys")
	}
	if got := idx.Pos("candidate.risk_aversion"); got != (Pos{4, 3}) {
		t.Errorf("a null key is still located at its key: %v", got)
	}
}

func TestAnchorsAndMerges(t *testing.T) {
	text := minimal + `  - id: beta
    company: &co {name: Beta, stage: public, share_price: 10}
    role: {level: staff}
    cash: &cash {base: 200000, bonus_target_pct: 10}
    equity:
      - id: beta-rsu
        type: rsu
        shares: 10
        vesting: &std {months: 48, cliff_months: 12, every_months: 3}
    start_date: 2027-01-04
  - id: gamma
    company: {<<: *co, name: Gamma}
    role: {level: staff}
    cash: {<<: [*cash, {base: 1, sign_on: 5}], base: 250000}
    equity:
      - id: gamma-rsu
        type: rsu
        shares: 10
        vesting: *std
    start_date: 2027-01-04
`
	w, _ := decodeClean(t, text)
	g := w.Offers[2]
	if g.Company.Name != "Gamma" || g.Company.SharePrice != bespoke.PriceFromFloat(10) || g.Company.Stage != bespoke.Public {
		t.Errorf("merged company = %+v", g.Company)
	}
	if g.Cash.Base != bespoke.Dollars(250000) || g.Cash.BonusTargetPct != 10 || g.Cash.SignOn != bespoke.Dollars(5) {
		t.Errorf("merged cash = %+v", g.Cash)
	}
	if v := g.Equity[0].Vesting; v.CliffMonths != 12 || v.EveryMonths != 3 {
		t.Errorf("aliased vesting = %+v", v)
	}
}

func TestMergeProblems(t *testing.T) {
	tests := []struct{ name, cash, want string }{
		{"not a mapping", "{<<: 5, base: 1}", `w.yaml:8:16: offers[0].cash: a merge key (<<) takes a mapping or a list of mappings, not "5"`},
		{"list of scalars", "{<<: [5], base: 1}", `w.yaml:8:17: offers[0].cash: a merge key (<<) takes a mapping or a list of mappings, not "5"`},
		{"unknown key merged", "{<<: {bse: 1}, base: 1}", "w.yaml:8:17: offers[0].cash.bse: unknown key; did you mean base?"},
		{"self", "&c {<<: *c, base: 1}", "w.yaml:8:19: offers[0].cash: alias *c is inside its own anchor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := diagnose(t, strings.Replace(minimal, "cash: {base: 300000}", "cash: "+tt.cash, 1))
			if got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}
