package catalog

import (
	"strconv"
	"strings"

	"github.com/bespokehq/bespoke"
)

// Name returns the grant id or custom term name in a term path: rocket-iso for
// equity[rocket-iso].shares, "" when the path names none.
func Name(path string) string {
	i := strings.IndexByte(path, '[')
	j := strings.IndexByte(path, ']')
	if i < 0 || j < i {
		return ""
	}
	return path[i+1 : j]
}

// Grant returns the offer's grant named in a term path, or nil.
func Grant(o *bespoke.Offer, path string) *bespoke.Grant {
	id := Name(path)
	for i := range o.Equity {
		if o.Equity[i].ID == id {
			return &o.Equity[i]
		}
	}
	return nil
}

// Current returns the offer's value of a term as text, and false when the path names no term
// the catalog reads. Numbers are written plainly (320000, 15, 0.5), booleans as true or false.
func Current(w *bespoke.Workspace, o *bespoke.Offer, path string) (string, bool) {
	p := Pattern(path)
	if strings.HasPrefix(p, "equity[]") {
		return grantTerm(Grant(o, path), strings.TrimPrefix(p, "equity[]."))
	}
	if v, ok := cashTerm(o.Cash, p); ok {
		return v, true
	}
	t := o.Terms
	switch p {
	case "exercise_window_days":
		return strconv.Itoa(t.ExerciseWindowDays), true
	case "pto.days":
		if t.PTO.Policy == bespoke.PTOUnlimited {
			return string(bespoke.PTOUnlimited), true
		}
		return num(t.PTO.Days), true
	case "pto", "pto.policy":
		return string(t.PTO.Policy), true
	case "remote":
		return string(t.Remote), true
	case "working_hours":
		return t.WorkingHours, true
	case "work_state":
		return workState(w, o), true
	case "work_country":
		return t.WorkCountry, true
	case "travel_class":
		return string(t.TravelClass), true
	case "acceleration":
		return string(t.Acceleration), true
	case "exercise_financing":
		return strconv.FormatBool(t.ExerciseFinancing), true
	case "deferred_comp", "deferred_comp.available":
		return strconv.FormatBool(t.DeferredComp.Available), true
	case "deferred_comp.max_pct_of_base":
		return num(t.DeferredComp.MaxPctOfBase), true
	case "role.title":
		return o.Role.Title, true
	case "role.level":
		return string(o.Role.Level), true
	case "start_date":
		return o.StartDate.String(), true
	}
	return "", false
}

func cashTerm(c bespoke.Cash, p string) (string, bool) {
	switch p {
	case "cash.base":
		return dollars(c.Base), true
	case "cash.sign_on":
		return dollars(c.SignOn), true
	case "cash.sign_on_clawback_months":
		return strconv.Itoa(c.SignOnClawbackMonths), true
	case "cash.relocation":
		return dollars(c.Relocation), true
	case "cash.bonus_target_pct":
		return num(c.BonusTargetPct), true
	}
	return "", false
}

func grantTerm(g *bespoke.Grant, field string) (string, bool) {
	if g == nil {
		return "", false
	}
	switch field {
	case "shares":
		return strconv.FormatInt(g.Shares, 10), true
	case "value":
		return dollars(g.Value), true
	case "early_exercise":
		return strconv.FormatBool(g.EarlyExercise), true
	case "refresh":
		return string(g.Refresh), true
	case "vesting.cliff_months":
		return strconv.Itoa(g.Vesting.CliffMonths), true
	case "vesting.months":
		return strconv.Itoa(g.Vesting.Months), true
	case "vesting.every_months":
		return strconv.Itoa(g.Vesting.EveryMonths), true
	case "vesting.start":
		return g.Vesting.Start.String(), true
	}
	return "", false
}

// workState returns the state the offer's work is reported in: the offer's, else the
// candidate's.
func workState(w *bespoke.Workspace, o *bespoke.Offer) string {
	if o.Terms.WorkState != "" || w == nil {
		return o.Terms.WorkState
	}
	return w.Candidate.State
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func dollars(m bespoke.Money) string { return num(m.Float()) }

// Number parses a scalar as a number, accepting a leading $ and thousands separators.
func Number(s bespoke.Scalar) (float64, bool) {
	t := strings.NewReplacer("$", "", ",", "", "_", "").Replace(strings.TrimSpace(string(s)))
	f, err := strconv.ParseFloat(t, 64)
	return f, err == nil
}

// Same reports whether two values of a term are the same: equal as numbers when both are
// numbers, else equal as words ignoring case.
func Same(a, b bespoke.Scalar) bool {
	x, okx := Number(a)
	y, oky := Number(b)
	if okx && oky {
		return x == y
	}
	return strings.EqualFold(strings.TrimSpace(string(a)), strings.TrimSpace(string(b)))
}
