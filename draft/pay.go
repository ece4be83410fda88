package draft

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/bespokehq/bespoke"
)

// amountRE finds the amounts a fact may state: 265000, 265,000, $265,000.00, $265k, 265 thousand,
// 1.2m. Groups: the dollar sign, the whole part, the decimals, the multiplier.
var amountRE = regexp.MustCompile(`(?i)(\$\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(k|m|thousand|million)?\b`)

// currentPay returns the current job's pay as a candidate might state it: the base, the target
// bonus, and the two together. It is empty without a current job.
func currentPay(w *bespoke.Workspace) []bespoke.Money {
	if w.Current == nil {
		return nil
	}
	c := w.Current.Cash
	var pay []bespoke.Money
	for _, m := range []bespoke.Money{c.Base, c.Bonus(), c.Base + c.Bonus()} {
		if m.Float() >= 1000 {
			pay = append(pay, m)
		}
	}
	return pay
}

// statedPay returns the first amount in text that is the current pay to the nearest thousand
// dollars, as written, and whether there is one. Amounts under $1,000 (days, percentages, years)
// are never pay.
func statedPay(text string, pay []bespoke.Money) (string, bool) {
	for _, m := range amountRE.FindAllStringSubmatchIndex(text, -1) {
		v, ok := amount(text, m)
		if !ok || v < 1000 {
			continue
		}
		for _, p := range pay {
			if math.Round(v/1000) == math.Round(p.Float()/1000) {
				return strings.TrimSpace(text[m[0]:m[1]]), true
			}
		}
	}
	return "", false
}

// amount reads the dollars of one match of amountRE. A bare number of four digits, with no
// dollar sign, grouping or multiplier, is read as a year rather than an amount.
func amount(text string, m []int) (float64, bool) {
	whole := text[m[4]:m[5]]
	if m[2] < 0 && m[8] < 0 && len(whole) == 4 && !strings.Contains(whole, ",") {
		return 0, false
	}
	num := strings.ReplaceAll(whole, ",", "")
	if m[6] >= 0 {
		num += text[m[6]:m[7]]
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, false
	}
	if m[8] >= 0 {
		switch strings.ToLower(text[m[8]:m[9]]) {
		case "k", "thousand":
			v *= 1e3
		default:
			v *= 1e6
		}
	}
	return v, true
}
