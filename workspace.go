package bespoke

import (
	"encoding/json"
	"strconv"
	"strings"
)

// Struct tags on the workspace types are the single description of the file format:
//
//	yaml     the key in the file (",inline" merges an embedded struct's keys)
//	json     the key in JSON output
//	doc      one sentence for the JSON Schema and editor tooltips
//	default  the value taken when the key is absent
//	required "true" when the key must be present
//	min, max inclusive numeric bounds, checked by Validate and published in the schema
//
// Enumerated types list their values with a Values() []string method.

// Workspace is one negotiation: who the candidate is, the job they would leave, the offers on
// the table, the assumptions behind every projection, the asks they might make and the rounds
// so far. The YAML file is its portable form.
type Workspace struct {
	Version     int         `yaml:"version" json:"version" required:"true" min:"1" max:"1" doc:"Format version of the workspace file; always 1."`
	Candidate   Candidate   `yaml:"candidate" json:"candidate" required:"true" doc:"Who is negotiating: tax situation, cash, risk appetite and facts for narratives."`
	Current     *Job        `yaml:"current" json:"current,omitempty" doc:"The job the candidate would leave; omit when there is none."`
	Offers      []Offer     `yaml:"offers" json:"offers" required:"true" doc:"The offers on the table."`
	Assumptions Assumptions `yaml:"assumptions" json:"assumptions" doc:"Horizon, discounting and the model of the future used by every projection."`
	Asks        []Ask       `yaml:"asks" json:"asks" doc:"Changes to an offer's terms the candidate might request."`
	Rounds      []Round     `yaml:"rounds" json:"rounds" doc:"The negotiation's history, oldest first."`
}

// Candidate is the person negotiating.
type Candidate struct {
	Name          string       `yaml:"name" json:"name,omitempty" doc:"The candidate's name, used in the counter-offer."`
	FilingStatus  FilingStatus `yaml:"filing_status" json:"filing_status" default:"single" doc:"US federal filing status."`
	State         string       `yaml:"state" json:"state" required:"true" doc:"US state of residence, two letters."`
	City          string       `yaml:"city" json:"city,omitempty" doc:"NYC where New York City resident tax applies; empty otherwise."`
	TaxYear       int          `yaml:"tax_year" json:"tax_year" min:"2024" max:"2100" doc:"Tax year whose law applies to the first year of the new job; later years use the following years. Default: the year of the earliest start date."`
	OtherIncome   OtherIncome  `yaml:"other_income" json:"other_income" doc:"Yearly income outside the job, assumed to continue in every year."`
	CashAvailable Money        `yaml:"cash_available" json:"cash_available" min:"0" doc:"Cash that could pay to exercise options and the tax on the exercise, in dollars."`
	Wealth        Money        `yaml:"wealth" json:"wealth" min:"0" doc:"Net worth in dollars, the base of risk-adjusted (certainty-equivalent) values."`
	RiskAversion  float64      `yaml:"risk_aversion" json:"risk_aversion" default:"2" min:"0" max:"20" doc:"Relative risk aversion (CRRA gamma); 0 is risk neutral, 1 logarithmic."`
	PTODaysTaken  float64      `yaml:"pto_days_taken" json:"pto_days_taken" default:"13" min:"0" max:"260" doc:"Days off the candidate actually takes under an unlimited policy."`
	CommuteValue  Money        `yaml:"commute_value" json:"commute_value" min:"0" doc:"What a year without commuting is worth to the candidate, in dollars; prices remote work."`
	Facts         []Fact       `yaml:"facts" json:"facts" doc:"Things the candidate is willing to say when framing an ask."`
}

// OtherIncome is the candidate's yearly income outside the job.
type OtherIncome struct {
	SpouseWages        Money `yaml:"spouse_wages" json:"spouse_wages" min:"0" doc:"A joint filer's spouse's wages, in dollars a year."`
	Interest           Money `yaml:"interest" json:"interest" min:"0" doc:"Taxable interest, in dollars a year."`
	OrdinaryDividends  Money `yaml:"ordinary_dividends" json:"ordinary_dividends" min:"0" doc:"Ordinary dividends, including the qualified ones, in dollars a year."`
	QualifiedDividends Money `yaml:"qualified_dividends" json:"qualified_dividends" min:"0" doc:"Qualified dividends, in dollars a year."`
	LTCG               Money `yaml:"ltcg" json:"ltcg" min:"0" doc:"Net long-term capital gains, in dollars a year."`
	STCG               Money `yaml:"stcg" json:"stcg" min:"0" doc:"Net short-term capital gains, in dollars a year."`
	MortgageInterest   Money `yaml:"mortgage_interest" json:"mortgage_interest" min:"0" doc:"Deductible home mortgage interest, in dollars a year."`
}

// Fact is something true about the candidate that they are willing to use in a narrative.
type Fact struct {
	ID   string `yaml:"id" json:"id" required:"true" doc:"Identifier that asks refer to."`
	Text string `yaml:"text" json:"text" required:"true" doc:"The fact, in the candidate's words."`
}

// Job is a position: the current one or an offered one.
type Job struct {
	Company Company `yaml:"company" json:"company" required:"true" doc:"The employer."`
	Role    Role    `yaml:"role" json:"role" required:"true" doc:"The position."`
	Cash    Cash    `yaml:"cash" json:"cash" required:"true" doc:"Salary, bonus and one-time payments."`
	Equity  []Grant `yaml:"equity" json:"equity" doc:"Equity grants."`
	Terms   Terms   `yaml:"terms" json:"terms" doc:"Non-cash terms: exercise window, deferral, PTO, where and how the work is done."`
}

// Offer is a job offered to the candidate.
type Offer struct {
	ID        string `yaml:"id" json:"id" required:"true" doc:"Identifier of the offer, used by asks, rounds and the command line."`
	Job       `yaml:",inline" json:",inline"`
	StartDate Date `yaml:"start_date" json:"start_date" required:"true" doc:"First day of the new job (YYYY-MM-DD); vesting and the job's years count from it."`
	Deadline  Date `yaml:"deadline" json:"deadline,omitzero" doc:"Date the offer expires (YYYY-MM-DD); a past deadline is a warning."`
}

// Company is an employer.
type Company struct {
	Name               string  `yaml:"name" json:"name" required:"true" doc:"The company's name."`
	Headcount          int     `yaml:"headcount" json:"headcount" min:"0" doc:"Number of employees."`
	AtLevel            int     `yaml:"at_level" json:"at_level" min:"0" doc:"People already at the target level."`
	Stage              Stage   `yaml:"stage" json:"stage" required:"true" doc:"Whether the shares trade publicly."`
	SharePrice         Price   `yaml:"share_price" json:"share_price" min:"0" doc:"A public company's share price, in dollars."`
	Volatility         float64 `yaml:"volatility" json:"volatility" default:"0.4" min:"0" max:"3" doc:"Yearly volatility of the share price, as a fraction (0.40 = 40%)."`
	DividendYield      float64 `yaml:"dividend_yield" json:"dividend_yield" min:"0" max:"0.5" doc:"Yearly dividend yield, as a fraction."`
	PreferredPrice     Price   `yaml:"preferred_price" json:"preferred_price" min:"0" doc:"A private company's latest preferred-share price, in dollars."`
	FMV409A            Price   `yaml:"fmv_409a" json:"fmv_409a" min:"0" doc:"A private company's 409A fair market value of a common share, in dollars."`
	FullyDilutedShares int64   `yaml:"fully_diluted_shares" json:"fully_diluted_shares" min:"0" doc:"Shares outstanding on a fully diluted basis."`
	QSBS               bool    `yaml:"qsbs" json:"qsbs" doc:"Whether the company's stock qualifies as qualified small business stock (IRC 1202)."`
}

// Price returns the price equity is valued at: the share price of a public company, the
// preferred price of a private one.
func (c Company) Price() Price {
	if c.Stage == Public {
		return c.SharePrice
	}
	return c.PreferredPrice
}

// ExercisePrice returns the fair market value of a common share for exercise and tax: the
// share price of a public company, the 409A value of a private one.
func (c Company) ExercisePrice() Price {
	if c.Stage == Public || c.FMV409A == 0 {
		return c.Price()
	}
	return c.FMV409A
}

// Role is the position offered or held.
type Role struct {
	Title          string `yaml:"title" json:"title" doc:"The title as written in the offer."`
	Level          Level  `yaml:"level" json:"level" required:"true" doc:"The level, normalised across companies."`
	QuasiExecutive bool   `yaml:"quasi_executive" json:"quasi_executive" doc:"Whether the role reports to or sits with the executive team."`
}

// Cash is a job's cash compensation.
type Cash struct {
	Base                 Money   `yaml:"base" json:"base" required:"true" min:"0" doc:"Yearly base salary, in dollars."`
	BonusTargetPct       float64 `yaml:"bonus_target_pct" json:"bonus_target_pct" min:"0" max:"200" doc:"Yearly target bonus, as a percentage of base."`
	SignOn               Money   `yaml:"sign_on" json:"sign_on" min:"0" doc:"Sign-on bonus, in dollars, paid in the first year."`
	SignOnClawbackMonths int     `yaml:"sign_on_clawback_months" json:"sign_on_clawback_months" min:"0" max:"60" doc:"Months within which leaving means repaying the sign-on bonus."`
	Relocation           Money   `yaml:"relocation" json:"relocation" min:"0" doc:"Relocation payment, in dollars, paid in the first year and taxed as wages."`
}

// Bonus returns the yearly bonus at target, rounded to the cent.
func (c Cash) Bonus() Money {
	return MoneyFromFloat(c.Base.Float() * c.BonusTargetPct / 100)
}

// Ask is a change to one offer's term that the candidate might request.
type Ask struct {
	Offer string   `yaml:"offer" json:"offer" required:"true" doc:"Id of the offer the ask is for."`
	Term  string   `yaml:"term" json:"term" required:"true" doc:"Path of the term to change, such as exercise_window_days, pto.days, cash.base or equity[rocket-iso].shares."`
	Value Scalar   `yaml:"value" json:"value" required:"true" doc:"The value asked for."`
	Facts []string `yaml:"facts" json:"facts" doc:"Ids of the candidate's facts that explain why the ask matters."`
	Note  string   `yaml:"note" json:"note,omitempty" doc:"Free text kept with the ask."`
	// YearlyValue prices the asks no model can: working hours, a title, travel class.
	YearlyValue Money `yaml:"yearly_value" json:"yearly_value,omitempty" doc:"What the ask is worth to the candidate each year, in dollars, for terms the valuation cannot price (working hours, a title); the plan uses it when the valuation engine cannot."`
}

// Round is a dated event in the negotiation.
type Round struct {
	Date    Date      `yaml:"date" json:"date" required:"true" doc:"When it happened (YYYY-MM-DD)."`
	Offer   string    `yaml:"offer" json:"offer" required:"true" doc:"Id of the offer it concerns."`
	Party   Party     `yaml:"party" json:"party" required:"true" doc:"Who moved."`
	Kind    RoundKind `yaml:"kind" json:"kind" required:"true" doc:"What happened."`
	Changes []Change  `yaml:"changes" json:"changes" doc:"Terms changed or proposed in the round."`
	Note    string    `yaml:"note" json:"note,omitempty" doc:"Free text."`
}

// Change is one term set to one value.
type Change struct {
	Term  string `yaml:"term" json:"term" required:"true" doc:"Path of the term, as in an ask."`
	Value Scalar `yaml:"value" json:"value" required:"true" doc:"The new value."`
}

// Scalar is a value written by the user whose type depends on the term it is for: a number, a
// word or a boolean, kept exactly as written.
type Scalar string

// UnmarshalText keeps the text as written.
func (s *Scalar) UnmarshalText(b []byte) error { *s = Scalar(strings.TrimSpace(string(b))); return nil }

// MarshalText writes the text as written.
func (s Scalar) MarshalText() ([]byte, error) { return []byte(s), nil }

// MarshalJSON writes a number or a boolean as one (3650, 0.5, true) and anything else as a
// string, so that JSON readers get the value's type, not only its text.
func (s Scalar) MarshalJSON() ([]byte, error) {
	if _, err := strconv.ParseFloat(string(s), 64); err == nil && json.Valid([]byte(s)) {
		return []byte(s), nil
	}
	if s == "true" || s == "false" {
		return []byte(s), nil
	}
	return json.Marshal(string(s))
}

// UnmarshalJSON reads a JSON number, boolean or string as written.
func (s *Scalar) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err == nil {
		*s = Scalar(str)
		return nil
	}
	if !json.Valid(b) {
		return Errorf(EINVALID, "%s is not a JSON value", b)
	}
	*s = Scalar(strings.TrimSpace(string(b)))
	return nil
}

// Offer returns the offer with the given id, or nil.
func (w *Workspace) Offer(id string) *Offer {
	for i := range w.Offers {
		if w.Offers[i].ID == id {
			return &w.Offers[i]
		}
	}
	return nil
}

// Fact returns the candidate's fact with the given id, or nil.
func (w *Workspace) Fact(id string) *Fact {
	for i := range w.Candidate.Facts {
		if w.Candidate.Facts[i].ID == id {
			return &w.Candidate.Facts[i]
		}
	}
	return nil
}

// LeaveDate returns the day the candidate would leave the current job: the earliest offer
// start date.
func (w *Workspace) LeaveDate() Date {
	var d Date
	for _, o := range w.Offers {
		if d.IsZero() || o.StartDate.Before(d) {
			d = o.StartDate
		}
	}
	return d
}
