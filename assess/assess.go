package assess

import (
	"slices"
	"strings"

	"github.com/bespokehq/bespoke"
)

// Regime is how an offer is likely made.
type Regime string

// Regimes, from the formula to the hand-built offer.
const (
	System     Regime = "system"     // the offer comes from the company's compensation system
	Borderline Regime = "borderline" // it could go either way
	Bespoke    Regime = "bespoke"    // the company is likely to build custom terms
)

// Regimes lists the regimes in order, System first.
func Regimes() []Regime { return []Regime{System, Borderline, Bespoke} }

func regimeNames() string {
	s := make([]string, 0, 3)
	for _, r := range Regimes() {
		s = append(s, string(r))
	}
	return strings.Join(s, ", ")
}

// Report is the assessment of every offer in a workspace, in the workspace's order.
type Report struct {
	Offers []Result `json:"offers"`
}

// Result is the assessment of one offer.
type Result struct {
	ID      string `json:"id"`
	Company string `json:"company"`
	Regime  Regime `json:"regime"`
	// Score is the sum of the weights of the rules that fired.
	Score float64 `json:"score"`
	// Text says what the regime means for the negotiation.
	Text    string   `json:"text"`
	Reasons []Reason `json:"reasons"`
	Inputs  Inputs   `json:"inputs"`
	// Levers are the kinds of ask realistic under the regime, less those a rule discourages;
	// AllKinds stands for every kind.
	Levers []string `json:"levers"`
	// Exceptions is how many asks outside the levers a plan may still recommend.
	Exceptions int `json:"exceptions"`
	// Discouraged are the kinds of ask a rule that fired makes unrealistic.
	Discouraged []Discouraged `json:"discouraged,omitempty"`
}

// Reason is a rule that fired, with the inputs its conditions looked at.
type Reason struct {
	Rule   string         `json:"rule"`
	Text   string         `json:"text"`
	Weight float64        `json:"weight"`
	Inputs map[string]any `json:"inputs"`
}

// Discouraged is a kind of ask that a rule makes unrealistic for the offer.
type Discouraged struct {
	Kind string `json:"kind"`
	Rule string `json:"rule"`
}

// Assess assesses every offer of the workspace under the rules.
func Assess(w *bespoke.Workspace, r *Rules) *Report {
	rep := &Report{Offers: make([]Result, 0, len(w.Offers))}
	for i := range w.Offers {
		rep.Offers = append(rep.Offers, AssessOffer(&w.Offers[i], r))
	}
	return rep
}

// AssessOffer assesses one offer under the rules.
func AssessOffer(o *bespoke.Offer, r *Rules) Result {
	in := InputsOf(o)
	res := Result{ID: o.ID, Company: o.Company.Name, Inputs: in, Reasons: []Reason{}}
	for _, rule := range r.Rules {
		if !rule.fires(in) {
			continue
		}
		res.Score += rule.Weight
		res.Reasons = append(res.Reasons, Reason{Rule: rule.ID, Text: rule.Text, Weight: rule.Weight, Inputs: rule.inputs(in)})
		for _, k := range rule.Discourage {
			res.Discouraged = append(res.Discouraged, Discouraged{Kind: k, Rule: rule.ID})
		}
	}
	res.Regime = r.Thresholds.regime(res.Score)
	rr := r.Regimes[res.Regime]
	res.Text, res.Exceptions = rr.Text, rr.Exceptions
	res.Levers = slices.DeleteFunc(slices.Clone(rr.Levers), res.IsDiscouraged)
	return res
}

// IsDiscouraged reports whether a rule that fired discourages the kind of ask.
func (r *Result) IsDiscouraged(kind string) bool {
	return slices.ContainsFunc(r.Discouraged, func(d Discouraged) bool { return d.Kind == kind })
}

// AllKinds in a regime's levers stands for every kind of ask.
const AllKinds = "all"

// IsLever reports whether the kind of ask is one the regime makes realistic and no rule that
// fired discourages.
func (r *Result) IsLever(kind string) bool {
	return !r.IsDiscouraged(kind) && (slices.Contains(r.Levers, kind) || slices.Contains(r.Levers, AllKinds))
}

func (t Thresholds) regime(score float64) Regime {
	switch {
	case score >= t.BespokeAt:
		return Bespoke
	case score <= t.SystemAt:
		return System
	}
	return Borderline
}

func (r Rule) fires(in Inputs) bool {
	for _, c := range r.When {
		if !c.Holds(in) {
			return false
		}
	}
	return true
}

// inputs returns the inputs the rule's conditions name, with their values; an input the
// workspace does not give is null.
func (r Rule) inputs(in Inputs) map[string]any {
	m := map[string]any{}
	for _, c := range r.When {
		v, known := in.value(c.Input)
		switch {
		case !known:
			m[c.Input] = nil
		case c.Input == "headcount" || c.Input == "at_level":
			m[c.Input] = int(v.(float64))
		default:
			m[c.Input] = v
		}
	}
	return m
}
