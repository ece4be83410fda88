package tax

import (
	"fmt"
	"math"

	"github.com/bespokehq/bespoke"
)

// State tables are kept per filing status in a fixed order.
const (
	stSingle = iota
	stJoint
	stSeparate
	stHead
	stNumStatus
)

// stStatusKeys are the JSON keys of the filing statuses, in the order above.
var stStatusKeys = [stNumStatus]string{
	string(bespoke.Single), string(bespoke.MarriedJoint),
	string(bespoke.MarriedSeparate), string(bespoke.HeadOfHousehold),
}

// stStatus maps a filing status to its table index. The caller validates the status; an unknown
// one is treated as single.
func stStatus(s bespoke.FilingStatus) int {
	switch s {
	case bespoke.MarriedJoint:
		return stJoint
	case bespoke.MarriedSeparate:
		return stSeparate
	case bespoke.HeadOfHousehold:
		return stHead
	}
	return stSingle
}

// stPerStatus is a parameter given for each filing status, keyed by the workspace's names.
type stPerStatus[T any] map[string]T

// values returns the four values in table order, or an error naming the missing or unknown key.
func (m stPerStatus[T]) values(name string) ([stNumStatus]T, error) {
	var out [stNumStatus]T
	if len(m) != stNumStatus {
		return out, fmt.Errorf("%s: want exactly the filing statuses %v, got %d entries", name, stStatusKeys, len(m))
	}
	for i, k := range stStatusKeys {
		v, ok := m[k]
		if !ok {
			return out, fmt.Errorf("%s: filing status %q missing", name, k)
		}
		out[i] = v
	}
	return out, nil
}

// stRate is a tax rate in units of 1/100,000, so that every published state rate (3.078%,
// 9.65%, 12.3%) is an exact integer and tax lines are exact integer arithmetic.
type stRate int64

const stRateScale = 100_000

// stRateOf converts a rate written as a decimal fraction (0.093) and checks that it is exact to
// 1/100,000 and within [0, 1).
func stRateOf(name string, f float64) (stRate, error) {
	scaled := f * stRateScale
	r := math.Round(scaled)
	if f < 0 || f >= 1 || math.Abs(scaled-r) > 1e-6 {
		return 0, fmt.Errorf("%s: rate %v is not a fraction in [0, 1) exact to 0.001%%", name, f)
	}
	return stRate(r), nil
}

// stApply returns amount × r in cents, rounded half away from zero.
func stApply(amount int64, r stRate) int64 {
	return stDivRound(amount*int64(r), stRateScale)
}

// stDivRound returns n / d rounded half away from zero (d > 0).
func stDivRound(n, d int64) int64 {
	if n < 0 {
		return -((-n + d/2) / d)
	}
	return (n + d/2) / d
}

// stRoundTo rounds cents to a multiple of unit cents (100 = whole dollars), half away from zero.
func stRoundTo(cents, unit int64) int64 { return stDivRound(cents, unit) * unit }

// stMaxBrackets bounds a rate schedule; the longest published one (California) has nine.
const stMaxBrackets = 10

// stBracketJSON is one line of a published rate schedule: the rate on taxable income over a
// whole-dollar amount.
type stBracketJSON struct {
	Over int64   `json:"over"`
	Rate float64 `json:"rate"`
}

// stSchedule is a compiled rate schedule in cents: the tax is base[k] + rate[k] × (income −
// over[k]) for the highest k with over[k] < income, as the published schedules are written.
type stSchedule struct {
	n    int
	over [stMaxBrackets]int64
	rate [stMaxBrackets]stRate
	base [stMaxBrackets]int64
}

// tax returns the tax on income (cents) from the schedule.
func (s *stSchedule) tax(income int64) int64 {
	if income <= 0 {
		return 0
	}
	k := s.n - 1
	for k > 0 && income <= s.over[k] {
		k--
	}
	return s.base[k] + stApply(income-s.over[k], s.rate[k])
}

// top returns the highest rate of the schedule.
func (s *stSchedule) top() stRate { return s.rate[s.n-1] }

// stCompileSchedule checks a published schedule (first bracket over 0, thresholds ascending,
// rates not falling) and computes each bracket's base: the exact tax at its threshold, rounded
// to baseUnit cents, the way the publisher states it (California to the cent, New York to the
// dollar).
func stCompileSchedule(name string, b []stBracketJSON, baseUnit int64) (stSchedule, error) {
	var s stSchedule
	if len(b) == 0 || len(b) > stMaxBrackets {
		return s, fmt.Errorf("%s: want 1 to %d brackets, got %d", name, stMaxBrackets, len(b))
	}
	if b[0].Over != 0 {
		return s, fmt.Errorf("%s: the first bracket must start over 0, not %d", name, b[0].Over)
	}
	var exact int64 // tax at the current threshold in units of 1/100,000 cent
	for i, br := range b {
		r, err := stRateOf(fmt.Sprintf("%s[%d]", name, i), br.Rate)
		if err != nil {
			return s, err
		}
		if i > 0 {
			if br.Over <= b[i-1].Over {
				return s, fmt.Errorf("%s: bracket %d starts at %d, not above %d", name, i, br.Over, b[i-1].Over)
			}
			if r < s.rate[i-1] {
				return s, fmt.Errorf("%s: bracket %d rate %v is below the previous one", name, i, br.Rate)
			}
			exact += (br.Over - b[i-1].Over) * 100 * int64(s.rate[i-1])
		}
		s.over[i], s.rate[i] = br.Over*100, r
		s.base[i] = stRoundTo(stDivRound(exact, stRateScale), baseUnit)
	}
	s.n = len(b)
	return s, nil
}

// stIndexed returns a whole-dollar amount indexed by inflation for the given number of years,
// rounding to a multiple of unit dollars after each year, as state agencies index from the
// previous year's published amount.
func stIndexed(dollars int64, inflation float64, years int, unit int64) int64 {
	for range years {
		dollars = int64(math.Round(float64(dollars)*(1+inflation)/float64(unit))) * unit
	}
	return dollars
}

// stIndexBrackets indexes a schedule's thresholds (whole dollars).
func stIndexBrackets(b []stBracketJSON, inflation float64, years int, unit int64) []stBracketJSON {
	out := make([]stBracketJSON, len(b))
	for i, br := range b {
		out[i] = stBracketJSON{Over: stIndexed(br.Over, inflation, years, unit), Rate: br.Rate}
	}
	return out
}
