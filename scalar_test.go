package bespoke

import (
	"reflect"
	"testing"
)

func TestParseInto(t *testing.T) {
	tests := []struct {
		typ  reflect.Type
		in   string
		want any
		err  string
	}{
		{reflect.TypeFor[Money](), "320000", Dollars(320_000), ""},
		{reflect.TypeFor[Money](), "9.50", Money(950), ""},
		{reflect.TypeFor[Money](), "1.2e6", Dollars(1_200_000), ""},
		{reflect.TypeFor[Money](), "-25", Dollars(-25), ""},
		{reflect.TypeFor[Money](), "abc", nil, `expected an amount in dollars, got "abc"`},
		{reflect.TypeFor[Money](), "$5", nil, `expected an amount in dollars, got "$5"`},
		{reflect.TypeFor[Money](), "0.001", nil, `0.001 is more precise than a cent`},
		{reflect.TypeFor[Price](), "0.0125", Price(12_500), ""},
		{reflect.TypeFor[Price](), "cheap", nil, `expected a price in dollars, got "cheap"`},
		{reflect.TypeFor[Date](), "2026-02-28", MustDate(2026, 2, 28), ""},
		{reflect.TypeFor[Date](), "2026-02-30", nil, `2026-02-30 is not a date that exists`},
		{reflect.TypeFor[Date](), "28/02/2026", nil, `expected a date (YYYY-MM-DD), got "28/02/2026"`},
		{reflect.TypeFor[Scalar](), " remote ", Scalar("remote"), ""},
		{reflect.TypeFor[Level](), "staff", Staff, ""},
		{reflect.TypeFor[Level](), "Staff", nil, `expected one of senior, staff, senior_staff, principal, distinguished, fellow, got "Staff"; did you mean staff?`},
		{reflect.TypeFor[string](), " kept as written ", " kept as written ", ""},
		{reflect.TypeFor[bool](), "true", true, ""},
		{reflect.TypeFor[bool](), "FALSE", false, ""},
		{reflect.TypeFor[bool](), "1", nil, `expected true or false, got "1"`},
		{reflect.TypeFor[int](), " 42 ", 42, ""},
		{reflect.TypeFor[int](), "4.0", nil, `expected a whole number, got "4.0"`},
		{reflect.TypeFor[int](), "0x10", nil, `expected a whole number, got "0x10"`},
		{reflect.TypeFor[int64](), "9223372036854775808", nil, `9223372036854775808 is out of range for a whole number`},
		{reflect.TypeFor[uint64](), "-1", nil, `expected a whole number, 0 or more, got "-1"`},
		{reflect.TypeFor[uint64](), "18446744073709551615", uint64(18446744073709551615), ""},
		{reflect.TypeFor[float64](), "0.4", 0.4, ""},
		{reflect.TypeFor[float64](), ".5", 0.5, ""},
		{reflect.TypeFor[float64](), "1e-400", 0.0, ""},
		{reflect.TypeFor[float64](), "1e400", nil, `1e400 is too large`},
		{reflect.TypeFor[float64](), "Inf", nil, `expected a number, got "Inf"`},
		{reflect.TypeFor[float64](), "0x1p3", nil, `expected a number, got "0x1p3"`},
		{reflect.TypeFor[[]int](), "1", nil, `expected a list, got "1"`},
	}
	for _, tt := range tests {
		t.Run(tt.typ.String()+"/"+tt.in, func(t *testing.T) {
			v := reflect.New(tt.typ).Elem()
			err := ParseInto(v, tt.in)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err || ErrorCode(err) != EINVALID {
					t.Fatalf("error = %v; want %s", err, tt.err)
				}
				if !v.IsZero() {
					t.Errorf("a failed parse stored %v", v)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := v.Interface(); got != tt.want {
				t.Errorf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestFormatValueRoundTrips(t *testing.T) {
	for _, x := range []any{Dollars(5), Money(-1), Price(12_500), MustDate(2027, 1, 4), Staff, 0.07, 1e-7, int64(-3), uint64(7), true, "text"} {
		v := reflect.ValueOf(x)
		s := FormatValue(v)
		back := reflect.New(v.Type()).Elem()
		if err := ParseInto(back, s); err != nil || back.Interface() != x {
			t.Errorf("%#v formats as %q, which parses as %#v (%v)", x, s, back.Interface(), err)
		}
	}
}

func TestDescribe(t *testing.T) {
	for typ, want := range map[reflect.Type]string{
		reflect.TypeFor[Stage]():     "one of public, private",
		reflect.TypeFor[*Job]():      "a mapping",
		reflect.TypeFor[[]Grant]():   "a list",
		reflect.TypeFor[uint8]():     "a whole number, 0 or more",
		reflect.TypeFor[Scalar]():    "a value",
		reflect.TypeFor[Workspace](): "a mapping",
	} {
		if got := Describe(typ); got != want {
			t.Errorf("Describe(%s) = %q, want %q", typ, got, want)
		}
	}
}
