package plan

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/assess"
	"github.com/bespokehq/bespoke/catalog"
)

// Valuer prices asks for the candidate. The valuation engine implements it.
type Valuer interface {
	// AskValue returns what granting the ask adds to its offer's worth to the candidate: the
	// mean, over the workspace's scenarios, of the paired difference in present value after
	// tax (same scenarios with and without the change), in dollars, with its confidence
	// interval. It returns an error with code EUNSUPPORTED for a term it does not model; the
	// plan then uses the candidate's stated value. Any other error stops the plan.
	AskValue(w *bespoke.Workspace, a bespoke.Ask) (Estimate, error)
}

// Estimate is a value with its confidence interval, in dollars.
type Estimate struct {
	Mean float64 `json:"mean"`
	Low  float64 `json:"low"`
	High float64 `json:"high"`
	// Level is the confidence level of [Low, High], such as 0.95.
	Level float64 `json:"level"`
}

// Options configure a plan. The zero value of each field takes the documented default.
type Options struct {
	// Today is the day deadlines are checked against.
	Today bespoke.Date
	// Rules decide each offer's regime; default assess.DefaultRules().
	Rules *assess.Rules
	// Catalog is the catalog of asks; default catalog.Default().
	Catalog *catalog.Catalog
	// Valuer prices asks after tax; nil means no valuation engine (stated and cash values only).
	Valuer Valuer
	// Costs are the user-settable parts of the company's cost.
	Costs catalog.CostParams
	// MaxAsks is the most asks recommended for one offer; default DefaultMaxAsks.
	MaxAsks int
	// SignalBudget is the most signal points the recommended asks may spend together;
	// default DefaultSignalBudget. An ask costs SignalPoints of its level.
	SignalBudget int
}

// Defaults of the recommendation, documented in docs/asks.md.
const (
	// DefaultMaxAsks keeps the counter-offer to a handful of asks a recruiter can carry.
	DefaultMaxAsks = 3
	// DefaultSignalBudget fits two medium asks, or one medium and two low ones, but never a
	// high one.
	DefaultSignalBudget = 4
)

// SignalPoints is what an ask of each signal level spends of the budget. A high-risk ask
// costs more than the default budget, so it is only recommended when the user raises it.
var SignalPoints = map[catalog.Level]int{catalog.Low: 1, catalog.Medium: 2, catalog.High: 5}

func (o *Options) defaults() {
	if o.Rules == nil {
		o.Rules = assess.DefaultRules()
	}
	if o.Catalog == nil {
		o.Catalog = catalog.Default()
	}
	if o.MaxAsks <= 0 {
		o.MaxAsks = DefaultMaxAsks
	}
	if o.SignalBudget <= 0 {
		o.SignalBudget = DefaultSignalBudget
	}
}

// Report is the plan for every offer of a workspace, in the workspace's order.
type Report struct {
	Offers []OfferPlan `json:"offers"`
}

// OfferPlan is the plan for one offer.
type OfferPlan struct {
	ID      string        `json:"id"`
	Company string        `json:"company"`
	Regime  assess.Regime `json:"regime"`
	// Assessment is the regime's full assessment, reasons included.
	Assessment assess.Result `json:"assessment"`
	Deadline   bespoke.Date  `json:"deadline,omitzero"`
	// Asks are ranked: recommended first, then applicable asks by value, then the rest.
	Asks []Ask `json:"asks"`
	// Packages are the efficient packages, cheapest for the company first.
	Packages []Package `json:"packages"`
	Warnings []string  `json:"warnings"`
}

// Plan plans every offer of the workspace.
func Plan(w *bespoke.Workspace, opts Options) (*Report, error) {
	opts.defaults()
	rep := &Report{Offers: make([]OfferPlan, 0, len(w.Offers))}
	for i := range w.Offers {
		op, err := PlanOffer(w, &w.Offers[i], opts)
		if err != nil {
			return nil, err
		}
		rep.Offers = append(rep.Offers, op)
	}
	return rep, nil
}

// PlanOffer plans one offer of the workspace.
func PlanOffer(w *bespoke.Workspace, o *bespoke.Offer, opts Options) (OfferPlan, error) {
	opts.defaults()
	res := assess.AssessOffer(o, opts.Rules)
	op := OfferPlan{ID: o.ID, Company: o.Company.Name, Regime: res.Regime, Assessment: res, Deadline: o.Deadline, Warnings: []string{}}
	if !o.Deadline.IsZero() && o.Deadline.Before(opts.Today) {
		op.Warnings = append(op.Warnings, fmt.Sprintf("the offer's deadline, %s, has passed: confirm it is still open before asking for anything", o.Deadline))
	}
	for _, a := range gather(w, o, opts.Catalog) {
		ask, err := evaluate(w, o, a, &res, opts)
		if err != nil {
			return op, err
		}
		op.Asks = append(op.Asks, ask)
	}
	Recommend(op.Asks, &res, opts)
	addNarrativeWarnings(op.Asks)
	rank(op.Asks)
	pkgs, err := packages(op.Asks)
	switch {
	case bespoke.ErrorCode(err) == bespoke.EUNSUPPORTED:
		op.Warnings = append(op.Warnings, "too many efficient packages to list: "+bespoke.ErrorMessage(err))
	case err != nil:
		return op, err
	}
	op.Packages = pkgs
	return op, nil
}

// source says where an ask came from.
type source struct {
	ask       bespoke.Ask
	generated bool
}

// gather returns the workspace's asks for the offer, then the catalog's generated asks whose
// term no workspace ask already covers.
func gather(w *bespoke.Workspace, o *bespoke.Offer, c *catalog.Catalog) []source {
	var out []source
	for _, a := range w.Asks {
		if a.Offer == o.ID {
			out = append(out, source{ask: a})
		}
	}
	for _, a := range c.Suggest(w, o) {
		covered := slices.ContainsFunc(out, func(s source) bool { return s.ask.Term == a.Term })
		if !covered {
			out = append(out, source{ask: a, generated: true})
		}
	}
	return out
}

// rank orders the asks: recommended first, then applicable and valued by value, then
// applicable but not valued, then the asks that do not apply; ties keep their order.
func rank(asks []Ask) {
	group := func(a Ask) int {
		switch {
		case a.Recommended:
			return 0
		case a.Applicable && a.ValueToCandidate.Mean != nil:
			return 1
		case a.Applicable:
			return 2
		}
		return 3
	}
	slices.SortStableFunc(asks, func(a, b Ask) int {
		if c := cmp.Compare(group(a), group(b)); c != 0 {
			return c
		}
		return cmp.Compare(b.ValueToCandidate.mean(), a.ValueToCandidate.mean())
	})
	for i := range asks {
		asks[i].Rank = i + 1
	}
}
