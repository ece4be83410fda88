package frontier

import (
	"math/big"
	"regexp"
	"strconv"

	"github.com/bespokehq/bespoke"
)

// Limits on a number's text, so that "1e999999999" cannot make ParseNumber build a
// billion-digit integer. Doubles printed by Java or Python stay far inside them.
const (
	maxNumberLen      = 100
	maxNumberExponent = 400
)

var (
	decimalRE  = regexp.MustCompile(`^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE]([+-]?[0-9]+))?$`)
	fractionRE = regexp.MustCompile(`^[+-]?[0-9]+/[0-9]+$`)
)

// ParseNumber reads a decimal ("0.35", "-2", "2.8e-18") or a fraction ("2/3") exactly. Errors
// are EINVALID and say what a number looks like.
func ParseNumber(s string) (*big.Rat, error) {
	bad := func(why string) error {
		return bespoke.Errorf(bespoke.EINVALID, "%q is not a number%s; write a decimal such as 0.35 or a fraction such as 2/3", s, why)
	}
	if len(s) > maxNumberLen {
		return nil, bespoke.Errorf(bespoke.EINVALID, "a number of %d characters is too long (at most %d)", len(s), maxNumberLen)
	}
	if m := decimalRE.FindStringSubmatch(s); m != nil {
		if m[1] != "" {
			if e, err := strconv.Atoi(m[1]); err != nil || e > maxNumberExponent || e < -maxNumberExponent {
				return nil, bad(" this program reads (exponent beyond ±400)")
			}
		}
	} else if !fractionRE.MatchString(s) {
		return nil, bad("")
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return nil, bad(" (division by zero)")
	}
	return r, nil
}

// Number is an exact number read from text by ParseNumber; the YAML form of a Problem uses it so
// that 0.1 means one tenth, not the nearest binary fraction. A text that is not a number is
// kept with its error, so that File.Problem can report it with its place in the file.
type Number struct {
	r   *big.Rat
	err error
}

// NewNumber returns the Number with value r.
func NewNumber(r *big.Rat) Number { return Number{r: new(big.Rat).Set(r)} }

// Rat returns the number's exact value (0 for the zero Number).
func (n Number) Rat() *big.Rat {
	if n.r == nil {
		return new(big.Rat)
	}
	return new(big.Rat).Set(n.r)
}

// Err returns the error of a text that is not a number, or nil.
func (n Number) Err() error { return n.err }

// UnmarshalText implements encoding.TextUnmarshaler with ParseNumber. It never fails: see Err.
func (n *Number) UnmarshalText(b []byte) error {
	n.r, n.err = ParseNumber(string(b))
	return nil
}

// MarshalText writes the number as an exact decimal when it has one, else as a fraction.
func (n Number) MarshalText() ([]byte, error) { return []byte(FormatRat(n.Rat())), nil }

// FormatRat writes r as an exact decimal when it has one (1/4 → "0.25"), else as "a/b".
func FormatRat(r *big.Rat) string {
	if prec, exact := r.FloatPrec(); exact {
		return r.FloatString(prec)
	}
	return r.String()
}
