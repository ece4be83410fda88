package bespoke

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// Money is an amount of US dollars in whole cents. Workspace amounts, tax lines and the
// deterministic projection are Money, so sums are exact; statistics over scenarios are float64.
type Money int64

// MaxAmount is the largest amount, either way, that a workspace may hold: a billion dollars.
// Far above any pay, it keeps every sum of amounts well inside int64 cents, and a year's
// income within what the tax engine computes exactly.
const MaxAmount = Money(1_000_000_000_00)

// Dollars returns m as a Money of whole dollars.
func Dollars(d int64) Money { return Money(d * 100) }

// Cents returns the amount in cents.
func (m Money) Cents() int64 { return int64(m) }

// Float returns the amount in dollars as a float64, for statistics and charts.
func (m Money) Float() float64 { return float64(m) / 100 }

// MoneyFromFloat rounds a dollar amount to the nearest cent, halves away from zero.
func MoneyFromFloat(d float64) Money { return Money(math.Round(d * 100)) }

// String formats m as dollars with two decimals and no separators, e.g. "-1234.50".
func (m Money) String() string {
	sign, c := "", int64(m)
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}

// Format formats m for people: "$1,234,567" when whole, "$1,234.50" otherwise.
func (m Money) Format() string {
	sign, c := "", int64(m)
	if c < 0 {
		sign, c = "-", -c
	}
	s := "$" + groupThousands(c/100)
	if c%100 != 0 {
		s += fmt.Sprintf(".%02d", c%100)
	}
	return sign + s
}

func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// MarshalJSON writes m as a JSON number of dollars with two decimals.
func (m Money) MarshalJSON() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalJSON reads a JSON number (or numeric string) of dollars, exact to the cent.
func (m *Money) UnmarshalJSON(b []byte) error {
	return m.UnmarshalText([]byte(strings.Trim(string(b), `"`)))
}

// UnmarshalText parses a decimal amount of dollars such as "320000", "9.50" or "1.2e6". It
// refuses fractions of a cent, so what the user wrote is what is stored.
func (m *Money) UnmarshalText(b []byte) error {
	c, err := parseScaled(string(b), 100, "an amount in dollars", "cent")
	if err != nil {
		return err
	}
	*m = Money(c)
	return nil
}

// MarshalText writes m as in String.
func (m Money) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// Price is a price per share in millionths of a dollar (micro-dollars), so strikes such as
// $0.0125 are exact.
type Price int64

// PriceScale is the number of Price units in a dollar.
const PriceScale = 1_000_000

// Float returns the price in dollars as a float64.
func (p Price) Float() float64 { return float64(p) / PriceScale }

// PriceFromFloat rounds a dollar price to the nearest micro-dollar.
func PriceFromFloat(d float64) Price { return Price(math.Round(d * PriceScale)) }

// String formats p in dollars with at least two decimals and no trailing zeros beyond them.
func (p Price) String() string {
	sign, u := "", int64(p)
	if u < 0 {
		sign, u = "-", -u
	}
	frac := strings.TrimRight(fmt.Sprintf("%06d", u%PriceScale), "0")
	for len(frac) < 2 {
		frac += "0"
	}
	return fmt.Sprintf("%s%d.%s", sign, u/PriceScale, frac)
}

// MarshalJSON writes p as a JSON number of dollars.
func (p Price) MarshalJSON() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalJSON reads a JSON number of dollars, exact to the micro-dollar.
func (p *Price) UnmarshalJSON(b []byte) error {
	return p.UnmarshalText([]byte(strings.Trim(string(b), `"`)))
}

// UnmarshalText parses a decimal price in dollars, exact to the micro-dollar.
func (p *Price) UnmarshalText(b []byte) error {
	u, err := parseScaled(string(b), PriceScale, "a price in dollars", "millionth of a dollar")
	if err != nil {
		return err
	}
	*p = Price(u)
	return nil
}

// MarshalText writes p as in String.
func (p Price) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// Value returns what shares are worth at p, rounded to the nearest cent (halves up). The
// product is taken in 128 bits, so it is exact for any share count and price that fit int64.
func (p Price) Value(shares int64) Money {
	neg := (shares < 0) != (p < 0)
	hi, lo := bits.Mul64(absU(shares), absU(int64(p)))
	const unit = PriceScale / 100 // price units per cent
	hi, lo = add128(hi, lo, unit/2)
	if hi >= unit {
		panic("bespoke: Price.Value overflows int64 cents")
	}
	q, _ := bits.Div64(hi, lo, unit)
	if q > math.MaxInt64 {
		panic("bespoke: Price.Value overflows int64 cents")
	}
	if neg {
		return -Money(q)
	}
	return Money(q)
}

// SharesFor returns the whole shares that amount buys at p, rounded down; 0 when p is not
// positive.
func (p Price) SharesFor(amount Money) int64 {
	if p <= 0 || amount <= 0 {
		return 0
	}
	hi, lo := bits.Mul64(uint64(amount), PriceScale/100)
	q, _ := bits.Div64(hi, lo, uint64(p))
	return int64(q)
}

func absU(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}

func add128(hi, lo, x uint64) (uint64, uint64) {
	lo, carry := bits.Add64(lo, x, 0)
	return hi + carry, lo
}

// maxScaledLen bounds the text parseScaled converts, once the zeros that change nothing are
// dropped: far more digits than an int64 holds, and few enough that a megabyte of digits is
// refused at once rather than converted, which takes seconds.
const maxScaledLen = 64

// parseScaled parses a decimal number and returns it multiplied by scale, refusing anything
// that is not a whole number of 1/scale units or does not fit int64.
func parseScaled(s string, scale int64, what, unit string) (int64, error) {
	s = strings.TrimSpace(s)
	t := trimZeros(s)
	if s == "" || strings.ContainsAny(s, "/_") || len(t) > maxScaledLen && !isDecimal(t) {
		return 0, Errorf(EINVALID, "%s is not %s", quote(s), what)
	}
	if len(t) > maxScaledLen {
		return 0, Errorf(EINVALID, "%s has too many digits to be %s", shorten(s), what)
	}
	r, ok := new(big.Rat).SetString(t)
	if !ok {
		return 0, Errorf(EINVALID, "%s is not %s", quote(s), what)
	}
	r.Mul(r, new(big.Rat).SetInt64(scale))
	if !r.IsInt() {
		return 0, Errorf(EINVALID, "%s is more precise than a %s", shorten(s), unit)
	}
	if !r.Num().IsInt64() {
		return 0, Errorf(EINVALID, "%s is too large", shorten(s))
	}
	return r.Num().Int64(), nil
}

// trimZeros drops the leading zeros of a plain decimal's whole part and the trailing zeros of
// its fraction, which change nothing ("007.500" is "7.5"); other text is returned as it is.
func trimZeros(s string) string {
	if !isDecimal(s) || strings.ContainsAny(s, "eE") {
		return s
	}
	sign := ""
	if s[0] == '+' || s[0] == '-' {
		sign, s = s[:1], s[1:]
	}
	if strings.Contains(s, ".") {
		s = strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
	}
	if s = strings.TrimLeft(s, "0"); s == "" || s[0] == '.' {
		s = "0" + s
	}
	return sign + s
}
