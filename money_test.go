package bespoke_test

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
)

func TestMoneyText(t *testing.T) {
	tests := []struct {
		in      string
		cents   int64
		wantErr bool
	}{
		{"320000", 32000000, false},
		{"9.50", 950, false},
		{"1.2e6", 120000000, false},
		{"-12.34", -1234, false},
		{"0.001", 0, true},
		{"abc", 0, true},
		{"", 0, true},
		{"1/3", 0, true},
		{"1e30", 0, true},
		{"007.500", 750, false},
		{"-0.50", -50, false},
		{".5", 50, false},
		{"5.", 500, false},
		{"0.000", 0, false},
		{"12" + strings.Repeat("0", 100_000) + ".25", 0, true},
		{"1.25" + strings.Repeat("0", 100_000), 125, false},
		{strings.Repeat("0", 100_000) + "3.10", 310, false},
		{"0." + strings.Repeat("1", 100_000), 0, true},
	}
	for _, tt := range tests {
		var m bespoke.Money
		err := m.UnmarshalText([]byte(tt.in))
		if (err != nil) != tt.wantErr || (err == nil && m.Cents() != tt.cents) {
			t.Errorf("Money(%.20q) = %d, %v; want %d, error %v", tt.in, m, err, tt.cents, tt.wantErr)
		}
		if err != nil && len(err.Error()) > 120 {
			t.Errorf("Money(%.20q): the error repeats the whole text: %.60s...", tt.in, err)
		}
	}
}

// BenchmarkMoneyLongText parses a megabyte of digits, the most a workspace file can hold: it
// is refused at once, where converting it would take seconds.
func BenchmarkMoneyLongText(b *testing.B) {
	text := []byte("0." + strings.Repeat("1", 1<<20))
	for b.Loop() {
		var m bespoke.Money
		if m.UnmarshalText(text) == nil {
			b.Fatal("a megabyte of digits parsed")
		}
	}
}

func TestMoneyFormat(t *testing.T) {
	if got := bespoke.Money(123456789).Format(); got != "$1,234,567.89" {
		t.Errorf("Format = %s", got)
	}
	if got := bespoke.Dollars(-1000).Format(); got != "-$1,000" {
		t.Errorf("Format = %s", got)
	}
	b, _ := json.Marshal(struct{ M bespoke.Money }{bespoke.Money(-5)})
	if string(b) != `{"M":-0.05}` {
		t.Errorf("JSON = %s", b)
	}
}

func TestPrice(t *testing.T) {
	var p bespoke.Price
	if err := p.UnmarshalText([]byte("0.0125")); err != nil || p != 12500 || p.String() != "0.0125" {
		t.Fatalf("Price(0.0125) = %d %q %v", p, p, err)
	}
	if err := p.UnmarshalText([]byte("0.0000001")); err == nil {
		t.Error("a price below a micro-dollar was accepted")
	}
	tests := []struct {
		price  float64
		shares int64
		want   bespoke.Money
	}{
		{85, 14117, bespoke.Dollars(1_199_945)},
		{0.0125, 3, 4},    // 3.75¢ rounds half up to 4¢
		{0.005, 1, 1},     // half a cent rounds up
		{0.004999, 1, 0},  // just under half a cent rounds down
		{12.5, -2, -2500}, // negative counts are symmetric
	}
	for _, tt := range tests {
		if got := bespoke.PriceFromFloat(tt.price).Value(tt.shares); got != tt.want {
			t.Errorf("%d shares at %v = %d, want %d", tt.shares, tt.price, got, tt.want)
		}
	}
	big := bespoke.Price(math.MaxInt64 / 2)
	if got := big.Value(2); got != bespoke.Money((math.MaxInt64/2*2+5000)/10000) {
		t.Errorf("large product = %d", got)
	}
	if n := bespoke.PriceFromFloat(85).SharesFor(bespoke.Dollars(1_200_000)); n != 14117 {
		t.Errorf("SharesFor = %d, want 14117", n)
	}
}

func TestScalarJSON(t *testing.T) {
	tests := []struct{ in, want string }{
		{"3650", `3650`},
		{"0.5", `0.5`},
		{"-2", `-2`},
		{"true", `true`},
		{"remote", `"remote"`},
		{"0x10", `"0x10"`}, // Go parses it, JSON does not
		{".5", `".5"`},     // not a JSON number
		{"Inf", `"Inf"`},   // neither
		{"a\"b", `"a\"b"`}, // escaped as a string
		{"2027-01-04", `"2027-01-04"`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(bespoke.Scalar(tt.in))
		if err != nil || string(b) != tt.want {
			t.Errorf("Marshal(%q) = %s, %v; want %s", tt.in, b, err, tt.want)
		}
		var back bespoke.Scalar
		if err := json.Unmarshal(b, &back); err != nil || string(back) != tt.in {
			t.Errorf("Unmarshal(%s) = %q, %v; want %q", b, back, err, tt.in)
		}
	}
}
