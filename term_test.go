package bespoke

import (
	"fmt"
	"slices"
	"strconv"
	"testing"
	"time"
)

func TestTermPaths(t *testing.T) {
	tests := []struct {
		path, canon string
		get         Scalar // the value in validWorkspace's rocket offer
		set         Scalar
		after       Scalar // what Term returns after SetTerm(set)
	}{
		{"cash.base", "cash.base", "285000.00", "300000", "300000.00"},
		{"cash.bonus_target_pct", "cash.bonus_target_pct", "0", "12.5", "12.5"},
		{"terms.pto.days", "terms.pto.days", "20", "25", "25"},
		{"pto.days", "terms.pto.days", "20", "25.5", "25.5"},
		{"exercise_window_days", "terms.exercise_window_days", "90", "3650", "3650"},
		{"remote", "terms.remote", "onsite", "remote", "remote"},
		{"deferred_comp.available", "terms.deferred_comp.available", "false", "true", "true"},
		{"equity[rocket-iso].shares", "equity[rocket-iso].shares", "200000", "250000", "250000"},
		{"equity[0].strike", "equity[rocket-iso].strike", "3.10", "2.5", "2.50"},
		{"equity[rocket-iso].vesting.cliff_months", "equity[rocket-iso].vesting.cliff_months", "12", "6", "6"},
		{"equity[rocket-iso].type", "equity[rocket-iso].type", "iso", "nso", "nso"},
		{"company.preferred_price", "company.preferred_price", "12.50", "0.0125", "0.0125"},
		{"start_date", "start_date", "2027-01-04", "2027-02-01", "2027-02-01"},
		{" role.level ", "role.level", "principal", "distinguished", "distinguished"},
		{"working_hours", "terms.working_hours", "", "4x10", "4x10"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			o := validWorkspace().Offers[1].Clone()
			canon, err := o.TermPath(tt.path)
			if err != nil || canon != tt.canon {
				t.Fatalf("TermPath = %q, %v; want %q", canon, err, tt.canon)
			}
			if got, err := o.Term(tt.path); err != nil || got != tt.get {
				t.Errorf("Term = %q, %v; want %q", got, err, tt.get)
			}
			if err := o.SetTerm(tt.path, tt.set); err != nil {
				t.Fatalf("SetTerm: %v", err)
			}
			if got, _ := o.Term(canon); got != tt.after {
				t.Errorf("after SetTerm(%q), Term = %q; want %q", tt.set, got, tt.after)
			}
		})
	}
}

func TestTermPathErrors(t *testing.T) {
	tests := []struct {
		path  string
		value Scalar
		want  string
	}{
		{"exercise_windw_days", "1", `the offer has no term "exercise_windw_days"; did you mean exercise_window_days?`},
		{"cash.bse", "1", `cash has no term "bse"; did you mean base?`},
		{"terms.pto.dayz", "1", `terms.pto has no term "dayz"; did you mean days?`},
		{"equity[rocket-isoo].shares", "1", `equity has no entry "rocket-isoo"; did you mean rocket-iso? (entries: rocket-iso)`},
		{"equity[7].shares", "1", `equity has no entry "7" (entries: rocket-iso)`},
		{"equity.shares", "1", `equity is a list; select one entry, as equity[rocket-iso]`},
		{"equity[rocket-iso]", "1", `equity[rocket-iso] is a group of terms; name one of them: type, shares, value, price, strike, grant_date, vesting, refresh, early_exercise, expiry_years`},
		{"pto", "1", `terms.pto is a group of terms; name one of them: policy, days`},
		{"cash[0].base", "1", `cash is not a list; remove [0]`},
		{"cash.base.cents", "1", `cash.base has no part "cents"`},
		{"id", "x", `id: an id is not a term and cannot be changed`},
		{"equity[rocket-iso].id", "x", `equity[rocket-iso].id: an id is not a term and cannot be changed`},
		{"", "1", `"" is not a term path: a key is missing`},
		{"cash..base", "1", `"cash..base" is not a term path: a key is missing`},
		{"equity[rocket-iso.shares", "1", `"equity[rocket-iso.shares" is not a term path: [ without ]`},
		{"equity[rocket-iso]x", "1", `"equity[rocket-iso]x" is not a term path: unexpected "x" after equity`},
		{"cash.base", "abc", `cash.base: expected an amount in dollars, got "abc"`},
		{"cash.base", "1.001", `cash.base: 1.001 is more precise than a cent`},
		{"terms.pto.days", "many", `terms.pto.days: expected a number, got "many"`},
		{"terms.pto.days", "NaN", `terms.pto.days: expected a number, got "NaN"`},
		{"exercise_window_days", "10.5", `terms.exercise_window_days: expected a whole number, got "10.5"`},
		{"exercise_window_days", "99999999999999999999", `terms.exercise_window_days: 99999999999999999999 is out of range for a whole number`},
		{"remote", "remotely", `terms.remote: expected one of onsite, hybrid, remote, got "remotely"; did you mean remote?`},
		{"terms.exercise_financing", "yes", `terms.exercise_financing: expected true or false, got "yes"`},
		{"start_date", "2027-02-30", `start_date: 2027-02-30 is not a date that exists`},
		{"start_date", "next week", `start_date: expected a date (YYYY-MM-DD), got "next week"`},
	}
	for _, tt := range tests {
		t.Run(tt.path+"="+string(tt.value), func(t *testing.T) {
			o := validWorkspace().Offers[1].Clone()
			before := o.TermPaths()
			values := func() []Scalar {
				var vs []Scalar
				for _, p := range before {
					v, _ := o.Term(p)
					vs = append(vs, v)
				}
				return vs
			}
			was := values()
			err := o.SetTerm(tt.path, tt.value)
			if err == nil || err.Error() != tt.want || ErrorCode(err) != EINVALID {
				t.Fatalf("SetTerm error = %v; want %s", err, tt.want)
			}
			if !slices.Equal(values(), was) {
				t.Error("a failed SetTerm changed the offer")
			}
		})
	}
}

func TestCloneIsDeep(t *testing.T) {
	o := &validWorkspace().Offers[1]
	o.Equity[0].Vesting.YearlyPct = []float64{25, 25, 25, 25}
	o.Terms.Custom = []CustomTerm{{Name: "gym", YearlyValue: Dollars(100)}}
	c := o.Clone()
	c.Equity[0].Shares = 1
	c.Equity[0].Vesting.YearlyPct[0] = 99
	c.Terms.Custom[0].YearlyValue = 0
	if o.Equity[0].Shares != 200_000 || o.Equity[0].Vesting.YearlyPct[0] != 25 || o.Terms.Custom[0].YearlyValue != Dollars(100) {
		t.Error("changing the clone changed the original")
	}
}

func TestTermPathsList(t *testing.T) {
	o := validWorkspace().Offers[1].Clone()
	o.Terms.Custom = []CustomTerm{{Name: "Learning budget", YearlyValue: Dollars(2000)}}
	paths := o.TermPaths()
	for _, p := range []string{"cash.base", "company.stage", "equity[rocket-iso].vesting.cliff_months", "terms.pto.days",
		"terms.custom[Learning budget].yearly_value", "start_date", "deadline"} {
		if !slices.Contains(paths, p) {
			t.Errorf("TermPaths lacks %s", p)
		}
	}
	for _, p := range paths {
		if p == "id" || p == "equity[rocket-iso].id" {
			t.Errorf("TermPaths lists an id: %s", p)
		}
		if _, err := o.Term(p); err != nil {
			t.Errorf("TermPaths lists %s, which does not resolve: %v", p, err)
		}
	}
	if err := o.SetTerm("terms.custom[Learning budget].yearly_value", "-500"); err != nil {
		t.Fatal(err)
	}
	if got := o.Terms.Custom[0].YearlyValue; got != Dollars(-500) {
		t.Errorf("custom term by name: %v", got)
	}
}

func ExampleOffer_SetTerm() {
	o := &Offer{ID: "rocket", StartDate: MustDate(2027, time.January, 4)}
	o.Terms.ExerciseWindowDays = 90
	canon, _ := o.TermPath("exercise_window_days")
	_ = o.SetTerm("exercise_window_days", "3650")
	v, _ := o.Term(canon)
	fmt.Println(canon, "=", v)
	fmt.Println(o.SetTerm("pto.dayz", "25"))
	// Output:
	// terms.exercise_window_days = 3650
	// terms.pto has no term "dayz"; did you mean days?
}

// TestElectionFollowsTheMaximum checks that a deferral elected at the plan's maximum moves with
// it, and that one below it stays.
func TestElectionFollowsTheMaximum(t *testing.T) {
	tests := []struct {
		max, elect, newMax, want float64
	}{
		{50, 50, 75, 75},
		{50, 50, 20, 20},
		{50, 10, 75, 10},
		{0, 0, 30, 30},
	}
	for _, tt := range tests {
		o := &Offer{Job: Job{Terms: Terms{DeferredComp: DeferredComp{Available: true, MaxPctOfBase: tt.max, ElectPct: tt.elect}}}}
		if err := o.SetTerm("deferred_comp.max_pct_of_base", Scalar(strconv.FormatFloat(tt.newMax, 'f', -1, 64))); err != nil {
			t.Fatal(err)
		}
		if got := o.Terms.DeferredComp.ElectPct; got != tt.want {
			t.Errorf("max %v, elect %v → max %v: elect %v, want %v", tt.max, tt.elect, tt.newMax, got, tt.want)
		}
	}
}
