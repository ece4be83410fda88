package tax

// The engine's arithmetic: amounts are int64 cents, rates int64 basis points (1/100 of a
// percent). A product amount × rate is exact in "micro" units of 1/10,000 of a cent; a line
// that is one product is rounded once, to the nearest cent with halves up, which is what a form
// line "multiply line X by 22%" means when the return is kept in cents. Where a worksheet adds
// several products (the capital-gain worksheet's line 23, Form 6251 line 38), the sum is taken
// on the exact products and rounded once, so that the tax can never fall by a rounding cent
// when income rises; the lines shown for the products are each rounded and may differ from the
// rounded sum by a cent. Inputs are bounded by maxAmount, so no product overflows.

const (
	bpScale = 10_000 // basis points in 1

	// maxAmount bounds every amount the engine accepts, in cents ($100 billion): with at most
	// a few such amounts summed and multiplied by a rate in basis points, int64 cannot overflow.
	maxAmount = 10_000_000_000_000

	// maxBrackets is the largest number of rates a schedule may have.
	maxBrackets = 8
)

// mulRate returns x × bp/10,000 rounded to the nearest cent, halves away from zero.
func mulRate(x, bp int64) int64 { return round(x * bp) }

// round converts an exact amount in micro units (cents × basis points) to cents, to the
// nearest cent with halves away from zero.
func round(m int64) int64 {
	if m < 0 {
		return -round(-m)
	}
	return (m + bpScale/2) / bpScale
}

// mulFrac returns x × num/den rounded to the nearest cent, halves away from zero.
func mulFrac(x, num, den int64) int64 {
	if x < 0 {
		return -mulFrac(-x, num, den)
	}
	return (2*x*num + den) / (2 * den)
}

// pos returns x, or 0 when x is negative: the forms' "if zero or less, enter -0-".
func pos(x int64) int64 { return max(x, 0) }

// Schedule is a compiled rate schedule: bracket i taxes the income from Start[i] up to
// Start[i+1] at Rate[i]; Base[i] is the exact tax on Start[i].
type Schedule struct {
	N     int
	Start [maxBrackets]int64 // cents; Start[0] is 0
	Rate  [maxBrackets]int64 // basis points
	Base  [maxBrackets]int64 // cents
}

// fillBases computes Base from Start and Rate. Bracket widths are whole dollars and the rates
// whole percents, so every base is a whole number of cents; compile checks it.
func (s *Schedule) fillBases() {
	for i := 1; i < s.N; i++ {
		s.Base[i] = s.Base[i-1] + mulRate(s.Start[i]-s.Start[i-1], s.Rate[i-1])
	}
}

// exactBases reports whether every Base is the exact tax at its bracket's start.
func (s *Schedule) exactBases() bool {
	var m int64
	for i := 1; i < s.N; i++ {
		m += (s.Start[i] - s.Start[i-1]) * s.Rate[i-1]
		if m != s.Base[i]*bpScale {
			return false
		}
	}
	return true
}

// Tax returns the tax on x by the rate schedule (the Tax Computation Worksheet's "x × rate −
// subtraction"), rounded once to the cent.
func (s *Schedule) Tax(x int64) int64 { return round(s.taxMicro(x)) }

// taxMicro is Tax in micro units, exact.
func (s *Schedule) taxMicro(x int64) int64 {
	if x <= 0 {
		return 0
	}
	i := s.N - 1
	for i > 0 && x <= s.Start[i] {
		i--
	}
	return s.Base[i]*bpScale + (x-s.Start[i])*s.Rate[i]
}

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
	t := s.Tax(lo + width/2)
	return (t + 50) / 100 * 100 * bpScale
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
