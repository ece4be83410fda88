package draft

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/catalog"
)

// human writes a term's value for the message: "10 years" rather than 3650, "$300,000"
// rather than 300000, "fully remote" rather than remote.
func human(o *bespoke.Offer, kind, term, v string) string {
	switch kind {
	case "exercise_window":
		return days(v)
	case "extra_pto":
		if v == string(bespoke.PTOUnlimited) {
			return "unlimited"
		}
		return v + " days"
	case "base", "sign_on", "relocation":
		return dollars(v)
	case "equity":
		return equity(o, term, v)
	case "remote":
		return map[string]string{"remote": "fully remote", "hybrid": "hybrid", "onsite": "on-site"}[v]
	case "acceleration":
		return strings.ReplaceAll(strings.TrimSuffix(v, "_trigger"), "_", "-") + "-trigger"
	case "vesting":
		return vesting(term, v)
	case "travel_class", "title":
		return words(v)
	case "bonus":
		return v + "%"
	case "start_date":
		return date(v)
	case "deferred_comp":
		return deferral(term, v)
	}
	return v
}

func days(v string) string {
	n, err := strconv.Atoi(v)
	if err != nil {
		return v
	}
	y := float64(n) / 365.25
	if n >= 365 && math.Abs(y-math.Round(y)) < 0.01 {
		return plural(int(math.Round(y)), "year")
	}
	return plural(n, "day")
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.Itoa(n) + " " + unit + "s"
}

func dollars(v string) string {
	f, ok := catalog.Number(bespoke.Scalar(v))
	if !ok {
		return v
	}
	return bespoke.MoneyFromFloat(f).Format()
}

func equity(o *bespoke.Offer, term, v string) string {
	if strings.HasSuffix(term, ".value") {
		return dollars(v) + " in value"
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return v
	}
	unit := "shares"
	if g := catalog.Grant(o, term); g != nil && g.Type.IsOption() {
		unit = "options"
	}
	return bespoke.Dollars(n).Format()[1:] + " " + unit
}

func vesting(term, v string) string {
	if !strings.HasSuffix(term, "cliff_months") {
		return v
	}
	if v == "0" {
		return "no cliff"
	}
	return "a " + v + "-month cliff"
}

func deferral(term, v string) string {
	switch {
	case strings.HasSuffix(term, "max_pct_of_base"):
		return "up to " + v + "% of base"
	case strings.HasSuffix(term, "max_pct_of_bonus"):
		return "up to " + v + "% of bonus"
	case strings.HasSuffix(term, "elect_pct"):
		return "deferring " + v + "% of base"
	}
	return ""
}

// words turns an identifier into words: senior_staff becomes Senior Staff for a level, and
// premium_economy becomes premium economy for a travel class.
func words(v string) string {
	s := strings.ReplaceAll(v, "_", " ")
	if bespoke.Level(v).Rank() >= 0 {
		parts := strings.Fields(s)
		for i, p := range parts {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
		return strings.Join(parts, " ")
	}
	if slices.Contains(bespoke.TravelClass("").Values(), v) {
		return s + " class"
	}
	return s
}

func date(v string) string {
	d, err := bespoke.ParseDate(v)
	if err != nil {
		return v
	}
	return d.Time().Format("January 2, 2006")
}
