package bespoke_test

import (
	"testing"
	"time"

	"github.com/bespokehq/bespoke"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr bool
	}{
		{"2027-01-04", "2027-01-04", false},
		{"2028-02-29", "2028-02-29", false},
		{"2026-02-29", "", true},
		{"2026-02-30", "", true},
		{"2026-13-01", "", true},
		{"2026-1-4", "", true},
		{"04/01/2027", "", true},
		{"", "", true},
	}
	for _, tt := range tests {
		got, err := bespoke.ParseDate(tt.in)
		if (err != nil) != tt.wantErr || got.String() != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestAddMonths(t *testing.T) {
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2027-01-31", 1, "2027-02-28"},
		{"2027-01-31", 13, "2028-02-29"},
		{"2027-01-31", 2, "2027-03-31"},
		{"2027-03-31", -1, "2027-02-28"},
		{"2027-01-04", -12, "2026-01-04"},
		{"2028-02-29", 12, "2029-02-28"},
		{"2027-12-15", 1, "2028-01-15"},
	}
	for _, tt := range tests {
		from, _ := bespoke.ParseDate(tt.from)
		if got := from.AddMonths(tt.n).String(); got != tt.want {
			t.Errorf("%s + %d months = %s, want %s", tt.from, tt.n, got, tt.want)
		}
	}
}

func TestDateOrder(t *testing.T) {
	a, b := bespoke.MustDate(2027, time.January, 4), bespoke.MustDate(2027, time.February, 1)
	if !a.Before(b) || !b.After(a) || a.Compare(a) != 0 || a.DaysUntil(b) != 28 {
		t.Errorf("order of %v and %v is wrong", a, b)
	}
}
