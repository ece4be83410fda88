package tax

import (
	"fmt"
	"math"
)

// The engine's arithmetic, federal and state alike: amounts are int64 cents, rates int64 in
// units of 1/100,000 (0.001%), fine enough that every federal rate (whole basis points) and
// every published state rate (New York City's 3.078%, New Jersey's 5.525%) is an exact integer.
// A product amount × rate is exact in "micro" units of 1/100,000 of a cent; a line that is one
// product is rounded once, to the nearest cent with halves away from zero, which is what a form
// line "multiply line X by 22%" means when the return is kept in cents. Where a worksheet adds
// several products (the capital-gain worksheet's line 23, Form 6251 line 38), the sum is taken
// on the exact products and rounded once, so that the tax can never fall by a rounding cent
// when income rises; the lines shown for the products are each rounded and may differ from the
// rounded sum by a cent.

const (
	rateScale = 100_000 // rate units in 1

	// maxAmount bounds every amount the engine accepts, in cents ($100 billion). On a return
	// with every amount at the bound, the largest product the engine forms, the 50% phase-out
	// rate of the AMT exemption times an AMTI of $1 trillion, is 5·10^18 micro units, within
	// int64's 9.2·10^18 (TestLargestReturnDoesNotOverflow).
	maxAmount = 10_000_000_000_000

	// maxBrackets is the largest number of rates a schedule may have; the longest published
	// one (California's) has nine.
	maxBrackets = 10
)

// mulRate returns x × r (a rate in 1/100,000) rounded to the nearest cent, halves away from
// zero.
func mulRate(x, r int64) int64 { return round(x * r) }

// round converts an exact amount in micro units (cents × rate units) to cents, to the nearest
// cent with halves away from zero.
func round(m int64) int64 { return divRound(m, rateScale) }

// divRound returns n / d rounded to the nearest integer, halves away from zero (d > 0).
func divRound(n, d int64) int64 {
	if n < 0 {
		return -((-n + d/2) / d)
	}
	return (n + d/2) / d
}

// roundTo rounds cents to a multiple of unit cents (100 = whole dollars), halves away from zero.
func roundTo(cents, unit int64) int64 { return divRound(cents, unit) * unit }

// mulFrac returns x × num/den rounded to the nearest cent, halves away from zero.
func mulFrac(x, num, den int64) int64 {
	if x < 0 {
		return -mulFrac(-x, num, den)
	}
	return (2*x*num + den) / (2 * den)
}

// pos returns x, or 0 when x is negative: the forms' "if zero or less, enter -0-".
func pos(x int64) int64 { return max(x, 0) }

// rateOf converts a rate written as a decimal fraction (0.093) to rate units, refusing one
// outside [0, 1] or not exact to 0.001%.
func rateOf(name string, f float64) (int64, error) {
	scaled := f * rateScale
	r := math.Round(scaled)
	if f < 0 || f > 1 || math.Abs(scaled-r) > 1e-6 {
		return 0, fmt.Errorf("%s: rate %v is not a fraction in [0, 1] exact to 0.001%%", name, f)
	}
	return int64(r), nil
}

// Schedule is a compiled rate schedule, federal or state: bracket k taxes the income over
// Start[k] at Rate[k], and Base[k] is the tax at Start[k], so the tax on x is Base[k] + Rate[k] ×
// (x − Start[k]) for the highest k with Start[k] below x, as the published schedules and the Tax
// Computation Worksheet write it. Start[0] is 0.
//
// The federal and the state schedules share this type because the law is the same; they
// differ only in their bases, which compileSchedule sets. A federal base is the exact tax at its
// start (whole dollars at whole percents: compile checks it is a whole number of cents), so Tax
// is the schedule's exact tax rounded once, and the worksheets that add it to other products
// use taxMicro to round their sum once. A state base is the exact tax rounded to the unit its
// publisher states it in (New York's whole dollars, California's cents), so Tax matches the
// published schedule; taxMicro means nothing for it.
type Schedule struct {
	N     int
	Start [maxBrackets]int64 // cents
	Rate  [maxBrackets]int64 // 1/100,000
	Base  [maxBrackets]int64 // cents
}

// compileSchedule checks a schedule given by the start (cents) and rate of each bracket, the
// first starting at 0, the starts ascending and the rates not falling, and fills its bases: the
// exact tax at each start rounded to baseUnit cents. exact reports whether every base was a
// whole number of cents before rounding.
func compileSchedule(starts, rates []int64, baseUnit int64) (s Schedule, exact bool, err error) {
	n := len(starts)
	switch {
	case n == 0 || n > maxBrackets || len(rates) != n:
		return s, false, fmt.Errorf("want 1 to %d brackets with a rate each, got %d starts and %d rates", maxBrackets, n, len(rates))
	case starts[0] != 0:
		return s, false, fmt.Errorf("the first bracket must start at 0, not %d", starts[0]/100)
	}
	for k := 1; k < n; k++ {
		if starts[k] <= starts[k-1] {
			return s, false, fmt.Errorf("bracket %d starts at %d, not above %d", k, starts[k]/100, starts[k-1]/100)
		}
		if rates[k] < rates[k-1] {
			return s, false, fmt.Errorf("bracket %d's rate is below the one before", k)
		}
	}
	s.N = n
	copy(s.Start[:], starts)
	copy(s.Rate[:], rates)
	return s, s.fillBases(baseUnit), nil
}

// fillBases sets each Base to the exact tax at its Start rounded to unit cents, and reports
// whether every one was a whole number of cents before rounding.
func (s *Schedule) fillBases(unit int64) (exact bool) {
	var m int64 // the exact tax at Start[k], in micro units
	exact = true
	for k := 1; k < s.N; k++ {
		m += (s.Start[k] - s.Start[k-1]) * s.Rate[k-1]
		s.Base[k] = roundTo(round(m), unit)
		exact = exact && m%rateScale == 0
	}
	return exact
}

// bracket returns the bracket that taxes the last cent of x > 0.
func (s *Schedule) bracket(x int64) int {
	k := s.N - 1
	for k > 0 && x <= s.Start[k] {
		k--
	}
	return k
}

// Tax returns the tax on x by the rate schedule (the Tax Computation Worksheet's "x × rate −
// subtraction"): the bracket's base plus its rate on the excess, rounded once to the cent.
func (s *Schedule) Tax(x int64) int64 {
	if x <= 0 {
		return 0
	}
	k := s.bracket(x)
	// divRound, not mulRate: one more call level would put Tax over the inliner's budget, and
	// every state computation calls it.
	return s.Base[k] + divRound((x-s.Start[k])*s.Rate[k], rateScale)
}

// taxMicro is Tax in micro units, exact where the bases are (the federal schedules).
func (s *Schedule) taxMicro(x int64) int64 {
	if x <= 0 {
		return 0
	}
	k := s.bracket(x)
	return s.Base[k]*rateScale + (x-s.Start[k])*s.Rate[k]
}

// top returns the highest rate of the schedule.
func (s *Schedule) top() int64 { return s.Rate[s.N-1] }

// tableLimit is the taxable income from which the Tax Computation Worksheet replaces the Tax
// Table ($100,000, Form 1040 instructions, line 16).
const tableLimit = 100_000_00

// TableTax returns the tax the IRS Tax Table gives for x: below $100,000 the table lists the
// tax on the midpoint of x's row, rounded to the whole dollar (rows are $5, $10, $10 wide up to
// $25, $25 wide up to $3,000 and $50 wide up to $100,000). From $100,000 on it is Tax(x).
func (s *Schedule) TableTax(x int64) int64 { return round(s.tableTaxMicro(x)) }

// tableTaxMicro is TableTax in micro units: the table's whole dollars, or the exact schedule.
func (s *Schedule) tableTaxMicro(x int64) int64 {
	if x >= tableLimit {
		return s.taxMicro(x)
	}
	if x <= 0 {
		return 0
	}
	lo, width := tableRow(x)
	return roundTo(s.Tax(lo+width/2), 100) * rateScale
}

// tableRow returns the lower edge and width, in cents, of the Tax Table row holding x.
func tableRow(x int64) (lo, width int64) {
	switch {
	case x < 5_00:
		return 0, 5_00
	case x < 15_00:
		return 5_00, 10_00
	case x < 25_00:
		return 15_00, 10_00
	case x < 3_000_00:
		return x / 25_00 * 25_00, 25_00
	default:
		return x / 50_00 * 50_00, 50_00
	}
}
