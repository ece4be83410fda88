package bespoke

import (
	"encoding"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// textKind describes a type that parses itself: what a value looks like, and the lexical form
// within which the type's own error message is more precise than "expected ...".
type textKind struct {
	what string
	form func(string) bool
}

var (
	dateForm  = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
	textKinds = map[reflect.Type]textKind{
		reflect.TypeFor[Money](): {"an amount in dollars", isDecimal},
		reflect.TypeFor[Price](): {"a price in dollars", isDecimal},
		reflect.TypeFor[Date]():  {"a date (YYYY-MM-DD)", dateForm.MatchString},
	}
)

// isDecimal reports whether s is a decimal number: an optional sign, digits with an optional
// point (at least one digit in all), and an optional exponent.
func isDecimal(s string) bool {
	s = trimSign(s)
	mant, exp, hasExp := s, "", false
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, exp, hasExp = s[:i], trimSign(s[i+1:]), true
	}
	digits, point := 0, false
	for _, c := range mant {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !point:
			point = true
		default:
			return false
		}
	}
	return digits > 0 && (!hasExp || exp != "" && strings.Trim(exp, "0123456789") == "")
}

func trimSign(s string) string {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[1:]
	}
	return s
}

// Describe returns, in words, what a written value of type t looks like: "an amount in
// dollars", "a whole number", "one of public, private", "a list", "a mapping".
func Describe(t reflect.Type) string {
	if k, ok := textKinds[t]; ok {
		return k.what
	}
	if vals, ok := EnumValues(t); ok {
		return "one of " + strings.Join(vals, ", ")
	}
	if IsText(t) {
		return "a value"
	}
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "a whole number"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number, 0 or more"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "a mapping"
	case reflect.Pointer:
		return Describe(t.Elem())
	}
	return t.String()
}

// ParseInto parses the text s as a value of v's type and stores it in v, which must be
// settable. Numbers are decimal; Money, Price, Date and Scalar parse themselves; an enumerated
// type takes one of its Values; a bool is true or false. On failure v is unchanged and the
// error is an EINVALID *Error saying what was expected and what was written.
func ParseInto(v reflect.Value, s string) error {
	t := v.Type()
	if IsText(t) {
		return parseText(v, s)
	}
	if t.Kind() != reflect.String {
		s = strings.TrimSpace(s)
	}
	if vals, ok := EnumValues(t); ok {
		if !slices.Contains(vals, s) {
			return Errorf(EINVALID, "expected %s, got %s%s", Describe(t), quote(s), didYouMean(s, vals))
		}
		v.SetString(s)
		return nil
	}
	switch t.Kind() {
	case reflect.String:
		v.SetString(s)
		return nil
	case reflect.Bool:
		return parseBool(v, s)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return parseInt(v, s)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return parseUint(v, s)
	case reflect.Float32, reflect.Float64:
		return parseFloat(v, s)
	}
	return Errorf(EINVALID, "expected %s, got %s", Describe(t), quote(s))
}

func parseText(v reflect.Value, s string) error {
	p := reflect.New(v.Type())
	err := p.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s))
	if err == nil {
		v.Set(p.Elem())
		return nil
	}
	k, known := textKinds[v.Type()]
	if known && !k.form(strings.TrimSpace(s)) {
		return Errorf(EINVALID, "expected %s, got %s", k.what, quote(s))
	}
	return Errorf(EINVALID, "%s", ErrorMessage(err))
}

func parseBool(v reflect.Value, s string) error {
	switch s {
	case "true", "True", "TRUE":
		v.SetBool(true)
	case "false", "False", "FALSE":
		v.SetBool(false)
	default:
		return Errorf(EINVALID, "expected true or false, got %s", quote(s))
	}
	return nil
}

func parseInt(v reflect.Value, s string) error {
	n, err := strconv.ParseInt(s, 10, v.Type().Bits())
	if err != nil {
		return numberError(err, v.Type(), s)
	}
	v.SetInt(n)
	return nil
}

func parseUint(v reflect.Value, s string) error {
	n, err := strconv.ParseUint(s, 10, v.Type().Bits())
	if err != nil {
		return numberError(err, v.Type(), s)
	}
	v.SetUint(n)
	return nil
}

func parseFloat(v reflect.Value, s string) error {
	x, err := strconv.ParseFloat(s, v.Type().Bits())
	if !isDecimal(s) || err != nil && !isRange(err) {
		return Errorf(EINVALID, "expected a number, got %s", quote(s))
	}
	if math.IsInf(x, 0) { // a range error that underflowed to zero is zero
		return Errorf(EINVALID, "%s is too large", shorten(s))
	}
	v.SetFloat(x)
	return nil
}

func numberError(err error, t reflect.Type, s string) error {
	if isRange(err) {
		return Errorf(EINVALID, "%s is out of range for %s", shorten(s), Describe(t))
	}
	return Errorf(EINVALID, "expected %s, got %s", Describe(t), quote(s))
}

func isRange(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// FormatValue writes v as ParseInto reads it: Money as "320000.00", a float in its shortest
// form, a Date as YYYY-MM-DD.
func FormatValue(v reflect.Value) string {
	if m, ok := v.Interface().(encoding.TextMarshaler); ok {
		b, err := m.MarshalText()
		if err == nil {
			return string(b)
		}
	}
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'f', -1, v.Type().Bits())
	case reflect.String:
		return v.String()
	}
	return fmt.Sprint(v.Interface())
}

// quote quotes s for a message, shortened to 40 characters.
// shorten returns s, cut to its first 40 characters and "..." when longer, for a message.
func shorten(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "..."
	}
	return s
}

func quote(s string) string {
	const limit = 40
	if utf8.RuneCountInString(s) > limit {
		r := []rune(s)
		return strconv.Quote(string(r[:limit])) + "..."
	}
	return strconv.Quote(s)
}
