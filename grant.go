package bespoke

// Grant is an equity grant: restricted stock units or stock options.
type Grant struct {
	ID            string    `yaml:"id" json:"id" required:"true" doc:"Identifier of the grant, unique in the workspace."`
	Type          GrantType `yaml:"type" json:"type" required:"true" doc:"rsu, iso or nso."`
	Shares        int64     `yaml:"shares" json:"shares" min:"0" max:"1000000000" doc:"Number of shares (or options); give shares or value."`
	Value         Money     `yaml:"value" json:"value" min:"0" doc:"Dollar value of the grant, converted to whole shares (rounded down) at price, else the public share price, else the preferred price."`
	Price         Price     `yaml:"price" json:"price" min:"0" doc:"Price per share used to convert value into shares, in dollars."`
	Strike        Price     `yaml:"strike" json:"strike" min:"0" doc:"Exercise price of an option, in dollars; required for iso and nso."`
	GrantDate     Date      `yaml:"grant_date" json:"grant_date,omitzero" doc:"Date of the grant (YYYY-MM-DD); default: the vesting start, else the offer's start date."`
	Vesting       Vesting   `yaml:"vesting" json:"vesting" doc:"How the grant vests."`
	Refresh       Refresh   `yaml:"refresh" json:"refresh" default:"none" doc:"yearly: a grant like this one on every anniversary of the start date."`
	EarlyExercise bool      `yaml:"early_exercise" json:"early_exercise" doc:"Whether unvested options may be exercised early (with an 83(b) election)."`
	ExpiryYears   int       `yaml:"expiry_years" json:"expiry_years" default:"10" min:"1" max:"15" doc:"Term of an option from its grant date, in years; caps any exercise window."`
}

// Vesting is a vesting schedule. A schedule vests in steps every EveryMonths months from Start
// over Months months; nothing vests before the cliff, when everything due so far vests at once.
// YearlyPct, when given, sets the share of the grant vesting in each year (5/15/40/40).
type Vesting struct {
	Start       Date      `yaml:"start" json:"start,omitzero" doc:"Vesting start (YYYY-MM-DD); default: the offer's start date (for the current job, the grant date)."`
	Months      int       `yaml:"months" json:"months" min:"0" max:"240" doc:"Length of the schedule in months; default 48, or 12 per entry of yearly_pct; 0 vests everything at the start."`
	CliffMonths int       `yaml:"cliff_months" json:"cliff_months" min:"0" max:"240" doc:"Months before anything vests; what is due by then vests at the cliff."`
	EveryMonths int       `yaml:"every_months" json:"every_months" min:"0" max:"240" doc:"Months between vesting steps: 1 monthly, 3 quarterly, 12 yearly; default 1, or 12 with yearly_pct."`
	YearlyPct   []float64 `yaml:"yearly_pct" json:"yearly_pct,omitempty" doc:"Percentage of the grant vesting in each year, summing to 100, such as [5, 15, 40, 40]."`
}

// MaxShares is the most shares a grant may be for, written as shares or converted from a value.
const MaxShares = 1_000_000_000

// MaxEquityWorth is the most a job's grants may be worth in all, at the dearest of the stated
// price, the fair market value and each strike, a yearly refresher counted once for each year
// of the longest horizon and once more: ten billion dollars. Far above any offer, it keeps
// every share count times a price well inside int64 cents.
const MaxEquityWorth = Money(10_000_000_000_00)

// ConversionPrice returns the price that converts the grant's value into shares: its own price,
// else the public company's share price, else the preferred price.
func (g *Grant) ConversionPrice(c Company) Price {
	switch {
	case g.Price > 0:
		return g.Price
	case c.Stage == Public && c.SharePrice > 0:
		return c.SharePrice
	default:
		return c.PreferredPrice
	}
}

// DefaultVestingMonths is the schedule length when neither months nor yearly_pct is given.
const DefaultVestingMonths = 48

// Defaults fills the fields whose default depends on the others: months is 12 per entry of
// yearly_pct (else 48) and every_months is 12 with yearly_pct (else 1), when absent. A schedule
// of 0 months vests everything at its start. present reports whether a key was written.
func (v *Vesting) Defaults(present func(key string) bool) {
	if !present("months") {
		v.Months = DefaultVestingMonths
		if len(v.YearlyPct) > 0 {
			v.Months = 12 * len(v.YearlyPct)
		}
	}
	if !present("every_months") {
		v.EveryMonths = 1
		if len(v.YearlyPct) > 0 {
			v.EveryMonths = 12
		}
	}
}
