package draft

import (
	"testing"

	"github.com/bespokehq/bespoke"
)

func TestStatedPay(t *testing.T) {
	// The example's current job: $265,000 base, a 10% target bonus.
	pay := []bespoke.Money{bespoke.Dollars(265000), bespoke.Dollars(26500), bespoke.Dollars(291500)}
	tests := []struct {
		text, said string
	}{
		{"At my current job I make $265,000 in base salary.", "$265,000"},
		{"I earn 265k a year.", "265k"},
		{"My base is $265.4K.", "$265.4K"},
		{"My base is 265000.", "265000"},
		{"With the bonus my cash is $291,500.", "$291,500"},
		{"Leaving now forfeits this year's $26,500 bonus.", "$26,500"},
		{"I make 265 thousand.", "265 thousand"},
		{"We just bought a house, so our savings are tied up in it.", ""},
		{"I have 20 days of vacation and a 10% bonus.", ""},
		{"Our house cost $1,200,000.", ""},
		{"I have led the platform team since 2019.", ""},
		{"I would leave $400k of unvested equity.", ""},
	}
	for _, tt := range tests {
		said, ok := statedPay(tt.text, pay)
		if said != tt.said || ok != (tt.said != "") {
			t.Errorf("statedPay(%q) = %q, %t; want %q", tt.text, said, ok, tt.said)
		}
	}
	if _, ok := statedPay("I make $265,000.", nil); ok {
		t.Error("pay found without a current job")
	}
}
