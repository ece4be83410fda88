package catalog

import (
	"math"
	"strconv"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/vest"
)

// Defaults of generated asks, documented in docs/asks.md.
const (
	// DefaultWindowDays is 10 years, the most common extended exercise window (88 of 152
	// companies in holman/extended-exercise-windows).
	DefaultWindowDays = 3650
	// DefaultExtraPTODays is the number of days a generated ask adds to a metered policy.
	DefaultExtraPTODays = 5
	// DefaultBaseRaisePct is the raise a generated base ask asks for, rounded up to $1,000.
	DefaultBaseRaisePct = 5
	// DefaultSignOnPctOfBase is what a generated sign-on ask adds, as a percentage of base,
	// rounded up to $5,000.
	DefaultSignOnPctOfBase = 10
	// DefaultEquityRaisePct is what a generated equity ask adds to the largest new-hire grant.
	DefaultEquityRaisePct = 10
)

type suggester func(w *bespoke.Workspace, o *bespoke.Offer) []bespoke.Ask

// suggesters make the generated asks of each kind that has a default. Some make an ask that
// will not apply (extra days under unlimited PTO, early exercise of RSUs), so that the plan
// can say why the seed's exceptions are not on the list.
var suggesters = map[string]suggester{
	"exercise_window": func(_ *bespoke.Workspace, o *bespoke.Offer) []bespoke.Ask {
		if o.Terms.ExerciseWindowDays >= DefaultWindowDays {
			return nil
		}
		return one(o, "exercise_window_days", strconv.Itoa(DefaultWindowDays))
	},
	"early_exercise": suggestEarlyExercise,
	"deferred_comp": func(_ *bespoke.Workspace, o *bespoke.Offer) []bespoke.Ask {
		if o.Terms.DeferredComp.Available {
			return nil
		}
		return one(o, "deferred_comp.available", "true")
	},
	"extra_pto": func(_ *bespoke.Workspace, o *bespoke.Offer) []bespoke.Ask {
		return one(o, "pto.days", num(o.Terms.PTO.Days+DefaultExtraPTODays))
	},
	"remote": func(_ *bespoke.Workspace, o *bespoke.Offer) []bespoke.Ask {
		if o.Terms.Remote == bespoke.RemoteWork {
			return nil
		}
		return one(o, "remote", string(bespoke.RemoteWork))
	},
	"base": func(_ *bespoke.Workspace, o *bespoke.Offer) []bespoke.Ask {
		return one(o, "cash.base", roundUp(o.Cash.Base.Float()*(1+DefaultBaseRaisePct/100.0), 1000))
	},
	"sign_on": func(_ *bespoke.Workspace, o *bespoke.Offer) []bespoke.Ask {
		return one(o, "cash.sign_on", roundUp(o.Cash.SignOn.Float()+o.Cash.Base.Float()*DefaultSignOnPctOfBase/100, 5000))
	},
	"equity":             suggestEquity,
	"vesting":            suggestNoCliff,
	"acceleration":       suggestAcceleration,
	"exercise_financing": suggestFinancing,
	"travel_class": func(_ *bespoke.Workspace, o *bespoke.Offer) []bespoke.Ask {
		if o.Terms.TravelClass != bespoke.Economy && o.Terms.TravelClass != "" {
			return nil
		}
		return one(o, "travel_class", string(bespoke.Business))
	},
}

func one(o *bespoke.Offer, term, value string) []bespoke.Ask {
	return []bespoke.Ask{{Offer: o.ID, Term: term, Value: bespoke.Scalar(value)}}
}

func roundUp(f, unit float64) string { return num(math.Ceil(f/unit) * unit) }

func suggestEarlyExercise(_ *bespoke.Workspace, o *bespoke.Offer) []bespoke.Ask {
	var asks []bespoke.Ask
	options := false
	for _, g := range o.Equity {
		if g.Type.IsOption() {
			options = true
			if !g.EarlyExercise {
				asks = append(asks, one(o, "equity["+g.ID+"].early_exercise", "true")...)
			}
		}
	}
	if !options && len(o.Equity) > 0 {
		return one(o, "equity["+o.Equity[0].ID+"].early_exercise", "true")
	}
	return asks
}

// largestGrant returns the new-hire grant (not a yearly refresh) with the most shares.
func largestGrant(o *bespoke.Offer) *bespoke.Grant {
	var best *bespoke.Grant
	for i := range o.Equity {
		g := &o.Equity[i]
		if g.Refresh != bespoke.RefreshYearly && (best == nil || vest.Shares(g, o.Company) > vest.Shares(best, o.Company)) {
			best = g
		}
	}
	return best
}

func suggestEquity(_ *bespoke.Workspace, o *bespoke.Offer) []bespoke.Ask {
	g := largestGrant(o)
	switch {
	case g == nil:
		return nil
	case g.Shares > 0:
		more := math.Round(float64(g.Shares) * (1 + DefaultEquityRaisePct/100.0))
		return one(o, "equity["+g.ID+"].shares", num(more))
	}
	return one(o, "equity["+g.ID+"].value", roundUp(g.Value.Float()*(1+DefaultEquityRaisePct/100.0), 1000))
}

func suggestNoCliff(_ *bespoke.Workspace, o *bespoke.Offer) []bespoke.Ask {
	for _, g := range o.Equity {
		if g.Vesting.CliffMonths > 0 {
			return one(o, "equity["+g.ID+"].vesting.cliff_months", "0")
		}
	}
	return nil
}

func suggestAcceleration(_ *bespoke.Workspace, o *bespoke.Offer) []bespoke.Ask {
	if len(o.Equity) == 0 || (o.Terms.Acceleration != bespoke.AccelerationNone && o.Terms.Acceleration != "") {
		return nil
	}
	return one(o, "acceleration", string(bespoke.AccelerationDouble))
}

func suggestFinancing(_ *bespoke.Workspace, o *bespoke.Offer) []bespoke.Ask {
	for _, g := range o.Equity {
		if g.Type.IsOption() && !o.Terms.ExerciseFinancing {
			return one(o, "exercise_financing", "true")
		}
	}
	return nil
}

// Suggest returns the generated asks for an offer, one or more per kind that has a default,
// in catalog order.
func (c *Catalog) Suggest(w *bespoke.Workspace, o *bespoke.Offer) []bespoke.Ask {
	var asks []bespoke.Ask
	for _, k := range c.Kinds {
		if s, ok := suggesters[k.ID]; ok {
			asks = append(asks, s(w, o)...)
		}
	}
	return asks
}
