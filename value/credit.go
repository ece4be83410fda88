package value

import "github.com/bespokehq/bespoke/tax"

// A return computed once serves every scenario that files it unchanged, whatever minimum-tax
// credits the scenario carries into it: the law lets a year use, of a credit carried in, at most
// its regular tax over its tentative minimum tax (Form 8801 line 25; FTB 3510 for California's),
// a room the credit itself does not change. So a year that an earlier exercise's AMT left a
// credit for, and that otherwise files a cached return, is not computed again.

// taxCache is a return computed once because many scenarios file it unchanged, with the room it
// leaves for credits carried into it.
type taxCache struct {
	in      taxIn // no credit carried in
	out     taxOut
	room    [2]int64 // federal and state credit the year can use
	credits bool     // apply reproduces the tax engine for credits carried in
}

// hugeCredit is more credit than any year can use: carried in, it measures the year's room.
const hugeCredit = 1_000_000_000_00 // $1 billion, in cents

// cacheReturn computes return in (with no credit carried in) and the room it leaves for
// credits, and checks that apply gives what the tax engine gives with credits carried in.
func (m *model) cacheReturn(p int, in *taxIn, work *tax.Result) taxCache {
	c := taxCache{in: *in}
	m.taxes.compute(p, &c.in, &c.out, work)
	with := func(credit [2]int64) taxOut {
		r := c.in
		r.PriorAMTCredit, r.PriorStateAMTCredit = credit[0], credit[1]
		var out taxOut
		m.taxes.compute(p, &r, &out, work)
		return out
	}
	huge := with([2]int64{hugeCredit, hugeCredit})
	c.room = [2]int64{hugeCredit + c.out.AMTCredit - huge.AMTCredit, hugeCredit + c.out.StateAMTCredit - huge.StateAMTCredit}
	c.credits = true
	for _, credit := range [][2]int64{{hugeCredit, hugeCredit}, {c.room[0]/2 + 1, c.room[1]/2 + 1}} {
		var got taxOut
		c.apply(credit, &got)
		if got != with(credit) {
			c.credits = false
		}
	}
	return c
}

// apply sets out to the cached return's tax with credit carried in: each credit is used up to
// the year's room, and the rest carried forward with what the year generates.
func (c *taxCache) apply(credit [2]int64, out *taxOut) {
	fed, state := min(credit[0], c.room[0]), min(credit[1], c.room[1])
	*out = c.out
	out.Total -= fed + state
	out.State -= state
	out.AMTCredit += credit[0] - fed
	out.StateAMTCredit += credit[1] - state
}
