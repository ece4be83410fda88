package bespoke

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
)

// offer checks the rules of one offer that need no other part of the workspace.
func (c *checker) offer(o *Offer, path string) {
	c.job(&o.Job, o, path)
	at := func(key string) string { return joinKey(path, key) }
	if !o.Deadline.IsZero() && !o.StartDate.IsZero() && o.Deadline.After(o.StartDate) {
		c.errorf(at("deadline"), "the deadline (%s) is after the start date (%s)", o.Deadline, o.StartDate)
	}
	if !o.Deadline.IsZero() && !c.today.IsZero() && o.Deadline.Before(c.today) {
		c.warnf(at("deadline"), "the deadline (%s) has passed", o.Deadline)
	}
}

// job checks a job's company, cash, grants and terms; o is the offer the job belongs to, nil
// for the current job.
func (c *checker) job(j *Job, o *Offer, path string) {
	c.company(&j.Company, j.Equity, joinKey(path, "company"))
	c.cash(&j.Cash, joinKey(path, "cash"))
	for i := range j.Equity {
		c.grant(&j.Equity[i], &j.Company, o, fmt.Sprintf("%s[%d]", joinKey(path, "equity"), i))
	}
	c.equityWorth(j, joinKey(path, "equity"))
	c.terms(&j.Terms, joinKey(path, "terms"))
}

// refreshIssues is how many times a yearly refresher is granted at most: the grant and one
// each year of the longest horizon, 10 years.
const refreshIssues = 1 + 10

// equityWorth checks that the job's grants, each refresher counted as often as it may be
// granted, are worth at most MaxEquityWorth at the dearest of the stated price, the fair market
// value and the strike: what the projection multiplies shares by. A grant over MaxShares is
// reported on its own and left out. The sums are in float64, so the check cannot overflow.
func (c *checker) equityWorth(j *Job, path string) {
	var worth float64
	refresh := ""
	for i := range j.Equity {
		g := &j.Equity[i]
		n := grantShares(g, j.Company)
		if n > MaxShares {
			continue
		}
		if g.Refresh == RefreshYearly {
			n *= refreshIssues
			refresh = fmt.Sprintf(", a yearly refresher counted %d times", refreshIssues)
		}
		worth += n * max(j.Company.Price(), j.Company.ExercisePrice(), g.Strike).Float()
	}
	if worth > MaxEquityWorth.Float() {
		c.errorf(path, "the grants are worth $%s at the stated price or strike%s; bespoke takes at most %s",
			wholeText(worth), refresh, MaxEquityWorth.Format())
	}
}

// grantShares returns the grant's shares, or its value converted at its conversion price, as
// a float64 that cannot overflow.
func grantShares(g *Grant, co Company) float64 {
	if g.Shares != 0 || g.Value == 0 {
		return float64(g.Shares)
	}
	p := g.ConversionPrice(co)
	if p <= 0 {
		return 0
	}
	return math.Floor(g.Value.Float() / p.Float())
}

// wholeText formats a whole number that may be too large for int64: with thousands separators,
// or in scientific notation from 10¹⁵.
func wholeText(x float64) string {
	if x < 1e15 {
		return groupThousands(int64(x))
	}
	return strconv.FormatFloat(x, 'g', 3, 64)
}

func (c *checker) company(co *Company, grants []Grant, path string) {
	switch co.Stage {
	case Public:
		if co.SharePrice <= 0 {
			c.errorf(path+".share_price", "a public company needs share_price greater than 0")
		}
	case Private:
		if co.PreferredPrice <= 0 {
			c.errorf(path+".preferred_price", "a private company needs preferred_price greater than 0 (the latest preferred-share price)")
		}
		if co.PreferredPrice > 0 && co.FMV409A > co.PreferredPrice {
			c.warnf(path+".fmv_409a", "the 409A value (%s) is above the preferred price (%s); common shares are normally worth less than preferred", co.FMV409A, co.PreferredPrice)
		}
		if co.FMV409A == 0 && hasOptions(grants) {
			c.warnf(path+".fmv_409a", "no 409A value: the tax on exercising options will be figured at the preferred price, which overstates it")
		}
	}
	if co.Headcount > 0 && co.AtLevel > co.Headcount {
		c.errorf(path+".at_level", "%d people at the level is more than the headcount (%d)", co.AtLevel, co.Headcount)
	}
}

func hasOptions(grants []Grant) bool {
	for _, g := range grants {
		if g.Type.IsOption() {
			return true
		}
	}
	return false
}

func (c *checker) cash(cs *Cash, path string) {
	if cs.SignOnClawbackMonths > 0 && cs.SignOn == 0 {
		c.warnf(path+".sign_on_clawback_months", "a clawback period with no sign_on bonus has no effect")
	}
}

// grant checks one grant; o is its offer, nil for a grant of the current job.
func (c *checker) grant(g *Grant, co *Company, o *Offer, path string) {
	at := func(key string) string { return joinKey(path, key) }
	switch {
	case g.Shares == 0 && g.Value == 0:
		c.errorf(at("shares"), "give the grant's shares or its value")
	case g.Shares != 0 && g.Value != 0:
		c.errorf(at("value"), "give shares or value, not both")
	case g.Value != 0 && g.Price == 0 && co.SharePrice == 0 && co.PreferredPrice == 0:
		c.errorf(at("value"), "a value needs a price to convert it into shares: give price, or the company's share_price or preferred_price")
	case g.Shares != 0 && g.Price != 0:
		c.warnf(at("price"), "price only converts a value into shares; with shares given it is not used")
	case g.Value > 0 && grantShares(g, *co) > MaxShares:
		c.errorf(at("value"), "converts to %s shares at $%s a share; a grant may be for at most %s",
			wholeText(grantShares(g, *co)), g.ConversionPrice(*co), groupThousands(MaxShares))
	}
	c.strike(g, co, o, path)
	if g.EarlyExercise && !g.Type.IsOption() {
		c.errorf(at("early_exercise"), "only options can be exercised early; an %s cannot", g.Type)
	}
	c.vesting(&g.Vesting, at("vesting"))
	if g.Type.IsOption() && g.ExpiryYears > 0 && 12*g.ExpiryYears < g.Vesting.Months {
		c.errorf(at("expiry_years"), "the option expires after %d years, before its %d-month schedule finishes vesting", g.ExpiryYears, g.Vesting.Months)
	}
}

func (c *checker) strike(g *Grant, co *Company, o *Offer, path string) {
	switch {
	case g.Type.IsOption() && g.Strike <= 0:
		c.errorf(joinKey(path, "strike"), "an %s option needs a strike greater than 0 (its exercise price per share)", g.Type)
	case g.Type == RSU && g.Strike != 0:
		c.errorf(joinKey(path, "strike"), "an rsu has no strike; remove it or make the grant an iso or nso")
	case g.Type.IsOption() && o != nil && g.Strike < co.ExercisePrice():
		c.warnf(joinKey(path, "strike"), "the strike (%s) is below the fair market value of a share (%s): an option granted at a discount is not an ISO and faces section 409A penalties", g.Strike, co.ExercisePrice())
	}
}

func (c *checker) vesting(v *Vesting, path string) {
	at := func(key string) string { return joinKey(path, key) }
	if v.CliffMonths > v.Months {
		c.errorf(at("cliff_months"), "the cliff (%d months) is longer than the schedule (%d months)", v.CliffMonths, v.Months)
	}
	if v.Months > 0 && (v.EveryMonths < 1 || v.EveryMonths > v.Months) {
		c.errorf(at("every_months"), "must be from 1 to the schedule's %d months, got %d", v.Months, v.EveryMonths)
	}
	if len(v.YearlyPct) == 0 {
		return
	}
	var sum float64
	for i, p := range v.YearlyPct {
		sum += p
		if p < 0 || math.IsNaN(p) {
			c.errorf(fmt.Sprintf("%s[%d]", at("yearly_pct"), i), "must be at least 0, got %s", num(p))
		}
	}
	if math.Round(sum*100) != 100*100 {
		c.errorf(at("yearly_pct"), "the yearly percentages sum to %s, not 100", num(math.Round(sum*100)/100))
	}
	if n := len(v.YearlyPct); v.Months != 12*n {
		c.errorf(at("months"), "yearly_pct gives %d years, so the schedule is %d months, not %d", n, 12*n, v.Months)
	}
	if v.EveryMonths > 0 && 12%v.EveryMonths != 0 {
		c.errorf(at("every_months"), "with yearly_pct, the steps must divide a year: 1, 2, 3, 4, 6 or 12 months, not %d", v.EveryMonths)
	}
}

var countryForm = regexp.MustCompile(`^[A-Z]{2}$`)

func (c *checker) terms(t *Terms, path string) {
	at := func(key string) string { return joinKey(path, key) }
	if t.WorkState != "" && !IsState(t.WorkState) {
		c.errorf(at("work_state"), "%s", notAState(t.WorkState))
	}
	if !countryForm.MatchString(t.WorkCountry) {
		c.errorf(at("work_country"), "expected a country code of two capital letters (ISO 3166), such as US or GB, got %s", quote(t.WorkCountry))
	}
	dc := t.DeferredComp
	if dc.Available && dc.ElectPct > dc.MaxPctOfBase {
		c.errorf(at("deferred_comp.elect_pct"), "the deferral elected (%s%%) is more than the plan allows (max_pct_of_base %s%%)", num(dc.ElectPct), num(dc.MaxPctOfBase))
	}
	if !dc.Available && (dc.MaxPctOfBase != 0 || dc.MaxPctOfBonus != 0) {
		c.warnf(at("deferred_comp.available"), "the plan's limits are ignored unless available is true")
	}
	if t.PTO.Policy == PTOUnlimited && t.PTO.Days != 0 {
		c.warnf(at("pto.days"), "days is ignored under an unlimited policy; the candidate's pto_days_taken is used instead")
	}
	names := map[string]int{}
	for i, ct := range t.Custom {
		if first, dup := names[ct.Name]; dup && ct.Name != "" {
			c.errorf(fmt.Sprintf("%s[%d].name", at("custom"), i), "duplicate custom term %s (also at custom[%d])", quote(ct.Name), first)
			continue
		}
		names[ct.Name] = i
	}
}
