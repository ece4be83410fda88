package vest

import "github.com/bespokehq/bespoke"

// Issue is one grant as issued: a grant of the workspace, or one yearly refresher of it, with
// its share count and tranches resolved.
type Issue struct {
	Grant     *bespoke.Grant // the grant as written; refreshers share it
	Refresh   int            // 0 for the grant itself, k for the refresher on the k-th anniversary
	GrantDate bespoke.Date
	VestStart bespoke.Date
	Shares    int64
	Tranches  []Tranche
}

// ID returns the id the issue is reported under: its grant's, refreshers included.
func (is *Issue) ID() string { return is.Grant.ID }

// VestedThrough returns the shares vested on or before d.
func (is *Issue) VestedThrough(d bespoke.Date) int64 {
	var n int64
	for _, t := range is.Tranches {
		if t.Date.After(d) {
			break
		}
		n += t.Shares
	}
	return n
}

// VestedIn returns the shares vested after from and on or before to.
func (is *Issue) VestedIn(from, to bespoke.Date) int64 {
	return is.VestedThrough(to) - is.VestedThrough(from)
}

// Shares returns the whole shares a grant is for: its shares, or its dollar value converted at
// the first positive of the grant's price, the company's public share price and its preferred
// price, rounded down.
func Shares(g *bespoke.Grant, c bespoke.Company) int64 {
	if g.Shares > 0 || g.Value == 0 {
		return g.Shares
	}
	return ConversionPrice(g, c).SharesFor(g.Value)
}

// ConversionPrice returns the price a grant given in dollars is converted at
// (bespoke.Grant.ConversionPrice).
func ConversionPrice(g *bespoke.Grant, c bespoke.Company) bespoke.Price {
	return g.ConversionPrice(c)
}

// Offer returns every grant an offer makes whose vesting starts on or before through: each
// grant once, vesting from its own start or the offer's start date, except that a yearly
// refresher is granted on each anniversary of the start date instead. Issues are in the order
// of the offer's grants, refreshers by anniversary.
func Offer(o *bespoke.Offer, through bespoke.Date) []Issue {
	var out []Issue
	for i := range o.Equity {
		g := &o.Equity[i]
		if g.Refresh == bespoke.RefreshYearly {
			out = append(out, refreshers(g, o.Company, o.StartDate, o.StartDate, through)...)
			continue
		}
		if is := firstIssue(g, o.Company, o.StartDate); !is.VestStart.After(through) {
			out = append(out, is)
		}
	}
	return out
}

// Current returns the grants of the current job whose vesting starts on or before through. A
// grant vests from its own start, else its grant date. A yearly refresher stands for the grants
// still to come: one on each anniversary of its vesting start that falls after leave (the grants
// already made are listed in the workspace as grants of their own).
func Current(j *bespoke.Job, leave, through bespoke.Date) []Issue {
	var out []Issue
	for i := range j.Equity {
		g := &j.Equity[i]
		first := firstIssue(g, j.Company, bespoke.Date{})
		if !first.VestStart.After(through) {
			out = append(out, first)
		}
		if g.Refresh == bespoke.RefreshYearly {
			out = append(out, refreshers(g, j.Company, first.VestStart, leave, through)...)
		}
	}
	return out
}

func firstIssue(g *bespoke.Grant, c bespoke.Company, start bespoke.Date) Issue {
	vs := g.Vesting.Start
	if vs.IsZero() {
		vs = start
	}
	if vs.IsZero() {
		vs = g.GrantDate
	}
	gd := g.GrantDate
	if gd.IsZero() {
		gd = vs
	}
	n := Shares(g, c)
	return Issue{Grant: g, GrantDate: gd, VestStart: vs, Shares: n, Tranches: Schedule(g.Vesting, vs, n)}
}

// refreshers returns a grant's repeats on the anniversaries of anchor that fall after after and
// on or before through.
func refreshers(g *bespoke.Grant, c bespoke.Company, anchor, after, through bespoke.Date) []Issue {
	var out []Issue
	n := Shares(g, c)
	for k := 1; !anchor.AddYears(k).After(through); k++ {
		on := anchor.AddYears(k)
		if !on.After(after) {
			continue
		}
		out = append(out, Issue{Grant: g, Refresh: k, GrantDate: on, VestStart: on, Shares: n, Tranches: Schedule(g.Vesting, on, n)})
	}
	return out
}
