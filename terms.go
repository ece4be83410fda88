package bespoke

// Terms are a job's non-cash terms.
type Terms struct {
	ExerciseWindowDays int          `yaml:"exercise_window_days" json:"exercise_window_days" default:"90" min:"0" max:"5480" doc:"Days after leaving to exercise vested options; capped by each option's term."`
	DeferredComp       DeferredComp `yaml:"deferred_comp" json:"deferred_comp" doc:"A non-qualified deferred compensation plan."`
	PTO                PTO          `yaml:"pto" json:"pto" doc:"Paid time off."`
	Remote             Remote       `yaml:"remote" json:"remote" default:"onsite" doc:"onsite, hybrid or remote."`
	WorkState          string       `yaml:"work_state" json:"work_state,omitempty" doc:"US state the employer reports the work in, two letters; default: the candidate's state."`
	WorkCountry        string       `yaml:"work_country" json:"work_country" default:"US" doc:"Country of employment, ISO 3166 two letters; another country needs an entity or an employer of record."`
	WorkingHours       string       `yaml:"working_hours" json:"working_hours,omitempty" doc:"Agreed working hours or schedule, in words (for example 4x10, no meetings before 10)."`
	TravelClass        TravelClass  `yaml:"travel_class" json:"travel_class" default:"economy" doc:"Class of business travel."`
	Acceleration       Acceleration `yaml:"acceleration" json:"acceleration" default:"none" doc:"Vesting acceleration on a change of control."`
	ExerciseFinancing  bool         `yaml:"exercise_financing" json:"exercise_financing" doc:"Whether the company lends or arranges the cash to exercise options."`
	Custom             []CustomTerm `yaml:"custom" json:"custom" doc:"Any other term, with what it is worth to the candidate each year."`
}

// DeferredComp is a non-qualified deferred compensation plan (IRC 409A).
type DeferredComp struct {
	Available          bool    `yaml:"available" json:"available" doc:"Whether the plan is offered."`
	MaxPctOfBase       float64 `yaml:"max_pct_of_base" json:"max_pct_of_base" min:"0" max:"100" doc:"Most of the base salary that may be deferred, as a percentage."`
	MaxPctOfBonus      float64 `yaml:"max_pct_of_bonus" json:"max_pct_of_bonus" min:"0" max:"100" doc:"Most of the bonus that may be deferred, as a percentage."`
	ElectPct           float64 `yaml:"elect_pct" json:"elect_pct" min:"0" max:"100" doc:"Percentage of base the candidate would defer; default: the maximum."`
	PayoutInstallments int     `yaml:"payout_installments" json:"payout_installments" default:"5" min:"1" max:"15" doc:"Yearly installments the deferred pay is paid out in, starting the year after leaving."`
}

// PTO is paid time off.
type PTO struct {
	Policy PTOPolicy `yaml:"policy" json:"policy" default:"metered" doc:"metered (a number of days that accrue) or unlimited."`
	Days   float64   `yaml:"days" json:"days" min:"0" max:"260" doc:"Days a year under a metered policy."`
}

// CustomTerm is a term with no model of its own: the candidate states its yearly value.
type CustomTerm struct {
	Name        string `yaml:"name" json:"name" required:"true" doc:"What the term is."`
	YearlyValue Money  `yaml:"yearly_value" json:"yearly_value" doc:"What it is worth to the candidate each year, in dollars (negative for a cost)."`
	Note        string `yaml:"note" json:"note,omitempty" doc:"Free text."`
}

// Acceleration is vesting acceleration on a change of control.
type Acceleration string

// Acceleration kinds.
const (
	AccelerationNone   Acceleration = "none"
	AccelerationSingle Acceleration = "single_trigger"
	AccelerationDouble Acceleration = "double_trigger"
)

// Values lists the acceleration kinds.
func (Acceleration) Values() []string {
	return []string{string(AccelerationNone), string(AccelerationSingle), string(AccelerationDouble)}
}

// Assumptions are the model of the future behind every projection.
type Assumptions struct {
	HorizonYears int          `yaml:"horizon_years" json:"horizon_years" default:"4" min:"1" max:"10" doc:"Years compared and valued, counted from the start date."`
	Scenarios    int          `yaml:"scenarios" json:"scenarios" default:"20000" min:"1" max:"10000000" doc:"Monte Carlo scenarios per valuation."`
	Seed         uint64       `yaml:"seed" json:"seed" default:"1" doc:"Random seed; the same seed gives the same valuation."`
	DiscountRate float64      `yaml:"discount_rate" json:"discount_rate" default:"0.05" min:"0" max:"1" doc:"Yearly rate at which future after-tax cash is discounted, as a fraction."`
	RiskFreeRate float64      `yaml:"risk_free_rate" json:"risk_free_rate" default:"0.04" min:"0" max:"1" doc:"Yearly risk-free rate for option fair values (the company's cost), as a fraction."`
	Inflation    float64      `yaml:"inflation" json:"inflation" default:"0.025" min:"-0.05" max:"0.5" doc:"Yearly inflation, as a fraction; indexes tax brackets in years without published tables."`
	TenureYears  Tenure       `yaml:"tenure_years" json:"tenure_years" doc:"When the candidate might leave the new job, in years after the start (uniform between min and max). Default: min 2, max 6."`
	Public       PublicModel  `yaml:"public" json:"public" doc:"Model of a public company's share price."`
	Private      PrivateModel `yaml:"private" json:"private" doc:"Model of a private company's fate."`
}

// Range is an interval of years.
type Range struct {
	Min float64 `yaml:"min" json:"min" min:"0" max:"50" doc:"Lower end, in years."`
	Max float64 `yaml:"max" json:"max" min:"0" max:"50" doc:"Upper end, in years."`
}

// Tenure is when the candidate might leave the new job, in years after the start date.
type Tenure struct {
	Min float64 `yaml:"min" json:"min" min:"0" max:"50" doc:"Earliest departure, in years after the start."`
	Max float64 `yaml:"max" json:"max" min:"0" max:"50" doc:"Latest departure, in years after the start."`
}

// Defaults fills an absent tenure with 2 to 6 years, and an absent end with the other end.
func (t *Tenure) Defaults(present func(key string) bool) {
	switch {
	case !present("min") && !present("max"):
		t.Min, t.Max = 2, 6
	case !present("max"):
		t.Max = t.Min
	case !present("min"):
		t.Min = t.Max
	}
}

// PublicModel is geometric Brownian motion for a public share price.
type PublicModel struct {
	Drift float64 `yaml:"drift" json:"drift" default:"0" min:"-1" max:"1" doc:"Expected yearly return of the shares, as a fraction; default 0 expects the stated price to hold; volatility comes from each company."`
}

// PrivateModel is what may become of a private company.
type PrivateModel struct {
	Outcomes        []Outcome `yaml:"outcomes" json:"outcomes" doc:"Outcomes with probabilities summing to 1; none means the company stays private at its preferred price."`
	DilutionPerYear float64   `yaml:"dilution_per_year" json:"dilution_per_year" default:"0.07" min:"0" max:"0.9" doc:"Yearly dilution of existing shares until the exit, as a fraction."`
}

// Outcome is one possible fate of a private company.
type Outcome struct {
	Kind          OutcomeKind `yaml:"kind" json:"kind" required:"true" doc:"failure, acquisition or ipo."`
	Probability   float64     `yaml:"probability" json:"probability" required:"true" min:"0" max:"1" doc:"Probability of this outcome."`
	Years         Range       `yaml:"years" json:"years" doc:"When it happens, in years after the start (uniform)."`
	ValueMultiple Lognormal   `yaml:"value_multiple" json:"value_multiple" doc:"Exit value per share as a multiple of today's preferred price (before dilution)."`
}

// Lognormal is a lognormal distribution given by its median and the standard deviation of its
// logarithm.
type Lognormal struct {
	Median float64 `yaml:"median" json:"median" min:"0" doc:"Median."`
	Sigma  float64 `yaml:"sigma" json:"sigma" min:"0" max:"5" doc:"Standard deviation of the natural logarithm."`
}
