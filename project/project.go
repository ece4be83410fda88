// Package project works out, year by year, what the current job and each offer pay before tax
// under the workspace's stated prices: the deterministic view behind `bespoke compare`.
//
// # Years
//
// Year k of an offer covers the dates after the (k−1)-th anniversary of its start date up to
// and including the k-th, so a one-year cliff vests in year 1; year 1 also holds the start date
// itself and anything that vests on or before it. The current job's years run the same way from
// the day the candidate would leave it (the earliest offer start date): what vested before then
// is the candidate's already, and what would vest after is what leaving forfeits.
//
// # Prices
//
// Equity is valued at the stated price: a public company's share price, a private company's
// preferred price. An option is worth the spread of that price over its strike, never less
// than zero. Cash is at target: the bonus is the target percentage of base.
//
// # The current job's vested options
//
// Options of the current job vested by the leave date (and not expired) are valued in every
// job's world: the candidate keeps them if they stay, and must decide on them within the
// current job's exercise window if they leave. At the stated price their shares can be sold
// (a private company's at its preferred price), so the valuation's exercise rule exercises
// and sells those in the money on the leave date, whatever the job. They are the candidate's
// already, not pay of any job, so a job's years leave them out; Job.Vested says what they bring
// in the job's world, before and after tax, which is where the jobs differ.
package project

import (
	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/vest"
)

// CurrentID is the id the current job is reported under.
const CurrentID = "current"

// Comparison is the current job (when there is one) and every offer, year by year.
type Comparison struct {
	HorizonYears int          `json:"horizon_years"`
	LeaveDate    bespoke.Date `json:"leave_date"`
	Jobs         []Job        `json:"jobs"`
	// Notes say what the figures leave out, such as a state whose income tax is not modelled.
	Notes []string `json:"notes,omitempty"`
	// PayrollTaxes names the payroll taxes in the after-tax figures (FICA, California SDI).
	PayrollTaxes []string `json:"payroll_taxes,omitempty"`
}

// Job is one job's years.
type Job struct {
	ID      string        `json:"id"`
	Company string        `json:"company"`
	Title   string        `json:"title,omitempty"`
	Start   bespoke.Date  `json:"start"`
	Price   bespoke.Price `json:"price"`
	// PriceBasis says where Price comes from: "public share price" or "preferred price".
	PriceBasis string   `json:"price_basis"`
	Grants     []Grant  `json:"grants"`
	Years      []Year   `json:"years"`
	Total      Year     `json:"total"`
	Forfeit    *Forfeit `json:"forfeit,omitempty"`
	// Vested is what the current job's options vested by the leave date bring in this job's
	// world; nil when there are none.
	Vested *Vested      `json:"vested_options,omitempty"`
	issues []vest.Issue // the grants as issued, refreshers included
	job    *bespoke.Job // the job as written
}

// Grant describes one grant of a job as valued: its shares and the value of each share.
type Grant struct {
	ID         string            `json:"id"`
	Type       bespoke.GrantType `json:"type"`
	Shares     int64             `json:"shares"`
	Strike     bespoke.Price     `json:"strike,omitempty"`
	ShareValue bespoke.Price     `json:"share_value"`
	Refreshes  int               `json:"refreshes,omitempty"`
}

// Year is what a job pays before tax in one of its years. Total, on a Job, uses the same type
// for the sums over the horizon (Year 0, From and To spanning the horizon).
type Year struct {
	Year         int                      `json:"year"`
	From         bespoke.Date             `json:"from"`
	To           bespoke.Date             `json:"to"`
	Base         bespoke.Money            `json:"base"`
	Bonus        bespoke.Money            `json:"bonus"`
	SignOn       bespoke.Money            `json:"sign_on"`
	Relocation   bespoke.Money            `json:"relocation"`
	SharesVested map[string]int64         `json:"shares_vested"` // every grant of the job, 0 when none vests
	EquityValue  map[string]bespoke.Money `json:"equity_value"`
	Equity       bespoke.Money            `json:"equity"`
	PreTaxTotal  bespoke.Money            `json:"pre_tax_total"`
	VsCurrent    *bespoke.Money           `json:"vs_current,omitempty"`
	// After holds the figures after tax, once Comparison.AddAfterTax has been called.
	After *AfterTax `json:"after_tax,omitempty"`
}

// Forfeit is what leaving the current job gives up, counted on the leave date.
type Forfeit struct {
	Date   bespoke.Date   `json:"date"`
	Grants []ForfeitGrant `json:"grants"`
	// Unvested is the value of every unvested share at the stated price.
	Unvested bespoke.Money `json:"unvested_value"`
	// ExerciseCost is what exercising every vested option at its strike would cost within the
	// exercise window after leaving (before any tax on the spread).
	ExerciseCost       bespoke.Money `json:"exercise_cost"`
	ExerciseWindowDays int           `json:"exercise_window_days"`
}

// Vested is what the current job's options vested by the leave date bring in one job's world
// at the stated price: the options in the money are exercised and sold on the leave date, the
// rest lapse, whether the candidate stays or leaves.
type Vested struct {
	// Options is how many options are vested by the leave date and unexpired; Exercised how
	// many of them are in the money.
	Options   int64 `json:"options"`
	Exercised int64 `json:"exercised"`
	// PreTax is their spread: the cash they bring in year 1 before tax.
	PreTax bespoke.Money `json:"pre_tax"`
	// After holds the figures after tax, once Comparison.AddAfterTax has been called.
	After *VestedAfterTax `json:"after_tax,omitempty"`
}

// VestedAfterTax is what the current job's vested options bring in a job's world after tax:
// the tax they add to the world's years (the years with them less the years without), and the
// cash left.
type VestedAfterTax struct {
	Tax       bespoke.Money  `json:"tax"`
	AfterTax  bespoke.Money  `json:"after_tax"`
	VsCurrent *bespoke.Money `json:"vs_current,omitempty"`
}

// ForfeitGrant is one current grant on the leave date.
type ForfeitGrant struct {
	ID            string        `json:"id"`
	Vested        int64         `json:"vested_shares"`
	Unvested      int64         `json:"unvested_shares"`
	UnvestedValue bespoke.Money `json:"unvested_value"`
	ExerciseCost  bespoke.Money `json:"exercise_cost,omitempty"`
}

// Compare projects the current job and every offer over the workspace's horizon. The
// workspace must have passed validation.
func Compare(w *bespoke.Workspace) *Comparison {
	c := &Comparison{HorizonYears: w.Assumptions.HorizonYears, LeaveDate: w.LeaveDate()}
	var cur *Job
	if w.Current != nil {
		j := currentJob(w.Current, c.LeaveDate, c.HorizonYears)
		c.Jobs = append(c.Jobs, j)
		cur = &c.Jobs[0]
	}
	for i := range w.Offers {
		c.Jobs = append(c.Jobs, offerJob(&w.Offers[i], c.HorizonYears))
	}
	if cur != nil {
		c.addVested(vested(w.Current, cur.issues, c.LeaveDate))
		for i := range c.Jobs[1:] {
			c.Jobs[i+1].diff(&c.Jobs[0])
		}
	}
	return c
}

// Job returns the job with the given id, or nil.
func (c *Comparison) Job(id string) *Job {
	for i := range c.Jobs {
		if c.Jobs[i].ID == id {
			return &c.Jobs[i]
		}
	}
	return nil
}

func offerJob(o *bespoke.Offer, horizon int) Job {
	j := Job{ID: o.ID, Company: o.Company.Name, Title: o.Role.Title, Start: o.StartDate, job: &o.Job}
	j.issues = vest.Offer(o, o.StartDate.AddYears(horizon))
	j.project(horizon, bespoke.Date{}) // the zero Date is before every date: year 1 takes all before the start
	j.Years[0].SignOn = o.Cash.SignOn
	j.Years[0].Relocation = o.Cash.Relocation
	j.sum()
	return j
}

func currentJob(cur *bespoke.Job, leave bespoke.Date, horizon int) Job {
	j := Job{ID: CurrentID, Company: cur.Company.Name, Title: cur.Role.Title, Start: leave, job: cur}
	j.issues = vest.Current(cur, leave, leave.AddYears(horizon))
	j.project(horizon, leave)
	j.sum()
	j.Forfeit = forfeit(cur, j.issues, leave)
	return j
}

// project fills the job's grants and its years of cash and vesting. Shares vesting on or
// before floor are not counted (for the current job, they are the candidate's already).
func (j *Job) project(horizon int, floor bespoke.Date) {
	j.Price, j.PriceBasis = j.job.Company.Price(), "preferred price"
	if j.job.Company.Stage == bespoke.Public {
		j.PriceBasis = "public share price"
	}
	j.Grants = grants(j.job, j.issues)
	for k := 1; k <= horizon; k++ {
		from, to := j.Start.AddYears(k-1), j.Start.AddYears(k)
		if k == 1 {
			from = floor
		}
		y := Year{Year: k, From: j.Start.AddYears(k - 1), To: to, Base: j.job.Cash.Base, Bonus: j.job.Cash.Bonus()}
		y.SharesVested, y.EquityValue = map[string]int64{}, map[string]bespoke.Money{}
		for i := range j.issues {
			y.SharesVested[j.issues[i].ID()] += j.issues[i].VestedIn(from, to)
		}
		for _, g := range j.Grants {
			n := y.SharesVested[g.ID]
			y.SharesVested[g.ID] = n // every grant of the job is listed, 0 when nothing vests
			y.EquityValue[g.ID] = g.ShareValue.Value(n)
			y.Equity += y.EquityValue[g.ID]
		}
		j.Years = append(j.Years, y)
	}
}

// grants lists each grant of the job once, with its shares and the value of a share.
func grants(job *bespoke.Job, issues []vest.Issue) []Grant {
	price := job.Company.Price()
	var out []Grant
	for i := range job.Equity {
		g := &job.Equity[i]
		gr := Grant{ID: g.ID, Type: g.Type, Shares: vest.Shares(g, job.Company), Strike: g.Strike, ShareValue: ShareValue(g, price)}
		for _, is := range issues {
			if is.Grant == g && is.Refresh > 0 {
				gr.Refreshes++
			}
		}
		out = append(out, gr)
	}
	return out
}

// ShareValue returns what one share (or option) of a grant is worth at price: the price for a
// unit, the spread over the strike for an option, and never less than zero.
func ShareValue(g *bespoke.Grant, price bespoke.Price) bespoke.Price {
	if g.Type.IsOption() {
		return max(price-g.Strike, 0)
	}
	return price
}

// sum fills each year's pre-tax total and the job's totals over the horizon.
func (j *Job) sum() {
	t := Year{From: j.Start, SharesVested: map[string]int64{}, EquityValue: map[string]bespoke.Money{}}
	for i := range j.Years {
		y := &j.Years[i]
		y.PreTaxTotal = y.Base + y.Bonus + y.SignOn + y.Relocation + y.Equity
		t.To = y.To
		t.Base += y.Base
		t.Bonus += y.Bonus
		t.SignOn += y.SignOn
		t.Relocation += y.Relocation
		t.Equity += y.Equity
		t.PreTaxTotal += y.PreTaxTotal
		for id, n := range y.SharesVested {
			t.SharesVested[id] += n
		}
		for id, v := range y.EquityValue {
			t.EquityValue[id] += v
		}
	}
	j.Total = t
}

// diff sets each year's difference to the current job's same year.
func (j *Job) diff(cur *Job) {
	for i := range j.Years {
		d := j.Years[i].PreTaxTotal - cur.Years[i].PreTaxTotal
		j.Years[i].VsCurrent = &d
	}
	d := j.Total.PreTaxTotal - cur.Total.PreTaxTotal
	j.Total.VsCurrent = &d
}

func forfeit(cur *bespoke.Job, issues []vest.Issue, leave bespoke.Date) *Forfeit {
	f := &Forfeit{Date: leave, ExerciseWindowDays: cur.Terms.ExerciseWindowDays}
	price := cur.Company.Price()
	for i := range cur.Equity {
		g := &cur.Equity[i]
		fg := ForfeitGrant{ID: g.ID}
		for _, is := range issues {
			if is.Grant != g || is.GrantDate.After(leave) {
				continue
			}
			v := is.VestedThrough(leave)
			fg.Vested += v
			fg.Unvested += is.Shares - v
		}
		fg.UnvestedValue = ShareValue(g, price).Value(fg.Unvested)
		if g.Type.IsOption() {
			fg.ExerciseCost = g.Strike.Value(fg.Vested)
		}
		f.Unvested += fg.UnvestedValue
		f.ExerciseCost += fg.ExerciseCost
		f.Grants = append(f.Grants, fg)
	}
	return f
}

// vested returns what the current job's options vested by leave bring at the stated price, or
// nil when none has vested or all have expired. An option expires expiry_years after its grant.
func vested(cur *bespoke.Job, issues []vest.Issue, leave bespoke.Date) *Vested {
	v := &Vested{}
	price := cur.Company.Price()
	for _, is := range issues {
		g := is.Grant
		if !g.Type.IsOption() || !is.GrantDate.AddYears(max(g.ExpiryYears, 1)).After(leave) {
			continue
		}
		n := is.VestedThrough(leave)
		v.Options += n
		if spread := ShareValue(g, price); spread > 0 {
			v.Exercised += n
			v.PreTax += spread.Value(n)
		}
	}
	if v.Options == 0 {
		return nil
	}
	return v
}

// addVested gives every job a copy of v, the current job's vested options.
func (c *Comparison) addVested(v *Vested) {
	if v == nil {
		return
	}
	for i := range c.Jobs {
		cp := *v
		c.Jobs[i].Vested = &cp
	}
}
