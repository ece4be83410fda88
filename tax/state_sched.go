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

// stDollars converts a per-status whole-dollar amount to cents, refusing a negative one.
func stDollars(m stPerStatus[int64], name string) ([stNumStatus]int64, error) {
	v, err := m.values(name)
	if err != nil {
		return v, err
	}
	for i, x := range v {
		if x < 0 {
			return v, fmt.Errorf("%s.%s: %d is negative", name, stStatusKeys[i], x)
		}
		v[i] = x * 100
	}
	return v, nil
}

// The compile steps of the parameter files convert many values in a row; these set one and
// return its error, so that a step can report them all with errors.Join.

// setDollars sets dst to the per-status amount m in cents (see stDollars).
func setDollars(dst *[stNumStatus]int64, m stPerStatus[int64], name string) (err error) {
	*dst, err = stDollars(m, name)
	return err
}

// setRate sets dst to the decimal rate v in rate units (see rateOf).
func setRate(dst *int64, v float64, name string) (err error) {
	*dst, err = rateOf(name, v)
	return err
}

// optDollars is setDollars for a block the file may leave out (nil): dst then stays zero.
func optDollars(dst *[stNumStatus]int64, s *Sourced[stPerStatus[int64]], name string) error {
	if s == nil {
		return nil
	}
	return setDollars(dst, s.Value, name)
}

// optRate is setRate for a rate the file may leave out (nil): dst then stays zero.
func optRate(dst *int64, s *Sourced[float64], name string) error {
	if s == nil {
		return nil
	}
	return setRate(dst, s.Value, name)
}

// stBracketJSON is one line of a published rate schedule: the rate on taxable income over a
// whole-dollar amount.
type stBracketJSON struct {
	Over int64   `json:"over"`
	Rate float64 `json:"rate"`
}

// stCompileSchedule compiles a published schedule (first bracket over 0, thresholds ascending,
// rates not falling) with each bracket's base the exact tax at its threshold rounded to
// baseUnit cents, the way the publisher states it (California to the cent, New York to the
// dollar).
func stCompileSchedule(name string, b []stBracketJSON, baseUnit int64) (Schedule, error) {
	starts, rates := make([]int64, len(b)), make([]int64, len(b))
	for i, br := range b {
		r, err := rateOf(fmt.Sprintf("%s[%d]", name, i), br.Rate)
		if err != nil {
			return Schedule{}, err
		}
		starts[i], rates[i] = br.Over*100, r
	}
	s, _, err := compileSchedule(starts, rates, baseUnit)
	if err != nil {
		return s, fmt.Errorf("%s: %w", name, err)
	}
	return s, nil
}

// stSchedules compiles a schedule for each filing status (see stCompileSchedule).
func stSchedules(dst *[stNumStatus]Schedule, m stPerStatus[[]stBracketJSON], name string, baseUnit int64) error {
	b, err := m.values(name)
	if err != nil {
		return err
	}
	for i := range b {
		if dst[i], err = stCompileSchedule(name+"."+stStatusKeys[i], b[i], baseUnit); err != nil {
			return err
		}
	}
	return nil
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
