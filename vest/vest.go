// Package vest works out when each share of an equity grant vests.
//
// # Rounding
//
// Shares vest whole. A schedule has a cumulative fraction F(m) of the grant due m months after
// the vesting start (m/months for an even schedule; the yearly percentages, spread evenly over
// each year's steps, for a yearly_pct schedule). Each yearly percentage counts to the
// hundredth and is taken as a share of the sum of them all, so that F rises to exactly 1
// however entries finer than a hundredth round. At a step m months in, the shares vested so
// far are floor(total × F(m)), computed exactly in integers, and the tranche is that minus
// what vested before. Because F reaches exactly 1 at the last step and never passes it, the
// tranches of a grant always sum to the grant; fractions of a share are carried to later
// steps, never lost or created.
// Before the cliff nothing vests; at the cliff, everything due by then vests at once.
//
// # Dates
//
// A step falls on the same day of the month as the vesting start, or on the month's last day
// when that month is shorter (bespoke.Date.AddMonths); every step is counted from the start,
// so a schedule starting on the 31st never drifts to the 28th.
package vest

import (
	"math/bits"

	"github.com/bespokehq/bespoke"
)

// Tranche is a number of shares of one grant vesting on one date.
type Tranche struct {
	Date   bespoke.Date `json:"date"`
	Shares int64        `json:"shares"`
}

// Schedule returns the tranches of a grant of total shares vesting under v from start, in date
// order, omitting steps at which no whole share vests. A schedule of zero months vests
// everything on start. v must have passed bespoke.Workspace.Validate.
func Schedule(v bespoke.Vesting, start bespoke.Date, total int64) []Tranche {
	if total <= 0 {
		return nil
	}
	if v.Months <= 0 {
		return []Tranche{{Date: start, Shares: total}}
	}
	f := newFraction(v)
	var out []Tranche
	vested := int64(0)
	for _, m := range stepMonths(v) {
		due := f.sharesDue(total, m)
		if due > vested {
			out = append(out, Tranche{Date: start.AddMonths(m), Shares: due - vested})
			vested = due
		}
	}
	return out
}

// stepMonths returns the months after the start at which shares may vest: the cliff, then
// every step after it, ending exactly at the schedule's length.
func stepMonths(v bespoke.Vesting) []int {
	every := max(v.EveryMonths, 1)
	var ms []int
	if v.CliffMonths > 0 && v.CliffMonths < v.Months {
		ms = append(ms, v.CliffMonths)
	}
	for m := every; ; m += every {
		m = min(m, v.Months)
		if m > v.CliffMonths || m == v.Months {
			ms = append(ms, m)
		}
		if m == v.Months {
			return ms
		}
	}
}

// fraction is a schedule's cumulative fraction F(m) = num(m) / den, in exact integers.
type fraction struct {
	months int
	pct    []int64 // yearly percentages in hundredths of a percent; nil for an even schedule
	sum    int64   // the sum of pct
}

func newFraction(v bespoke.Vesting) fraction {
	f := fraction{months: v.Months}
	if len(v.YearlyPct) > 0 {
		f.pct = make([]int64, len(v.YearlyPct))
		for i, p := range v.YearlyPct {
			f.pct[i] = roundHundredths(p)
			f.sum += f.pct[i]
		}
	}
	return f
}

func roundHundredths(p float64) int64 {
	if p < 0 {
		return -roundHundredths(-p)
	}
	return int64(p*100 + 0.5)
}

// sharesDue returns floor(total × F(m)).
func (f fraction) sharesDue(total int64, m int) int64 {
	if m >= f.months {
		return total
	}
	if f.pct == nil || f.sum <= 0 {
		return mulDiv(total, int64(m), int64(f.months))
	}
	// F(m) = (12·Σ_{j<y} p_j + r·p_y) / (12·Σ_j p_j), y whole years and r months into year y.
	y, r := m/12, int64(m%12)
	var num int64
	for j := 0; j < y && j < len(f.pct); j++ {
		num += 12 * f.pct[j]
	}
	if y < len(f.pct) {
		num += r * f.pct[y]
	}
	return mulDiv(total, num, 12*f.sum)
}

// mulDiv returns floor(a × b / c) for non-negative a, b and positive c, exactly, with the
// product taken in 128 bits.
func mulDiv(a, b, c int64) int64 {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	if hi >= uint64(c) {
		panic("vest: share count out of range")
	}
	q, _ := bits.Div64(hi, lo, uint64(c))
	return int64(q)
}
