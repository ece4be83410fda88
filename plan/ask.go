package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/assess"
	"github.com/bespokehq/bespoke/catalog"
)

// Ask is one ask for an offer, as the plan sees it.
type Ask struct {
	Rank int    `json:"rank"`
	Kind string `json:"kind"`
	Term string `json:"term"`
	// Value is the value asked for; Current is the offer's value of the term.
	Value   bespoke.Scalar `json:"value"`
	Current bespoke.Scalar `json:"current"`
	// Generated is true for an ask the catalog suggested, false for one from the workspace.
	Generated  bool `json:"generated"`
	Applicable bool `json:"applicable"`
	// Lever is true when the offer's regime makes this kind of ask realistic.
	Lever            bool           `json:"lever"`
	ValueToCandidate Valuation      `json:"value_to_candidate"`
	CostToCompany    catalog.Cost   `json:"cost_to_company"`
	SignalRisk       catalog.Signal `json:"signal_risk"`
	Narrative        Narrative      `json:"narrative"`
	Warnings         []string       `json:"warnings"`
	Recommended      bool           `json:"recommended"`
	// Source is the ask as written, for the draft.
	Source bespoke.Ask `json:"-"`
}

// Narrative is what the candidate can say for the ask: the facts the ask references and
// prompts for finding more.
type Narrative struct {
	Facts   []bespoke.Fact `json:"facts"`
	Prompts []string       `json:"prompts"`
}

// Valuation is an ask's value to the candidate, in dollars of present value over the
// workspace's horizon. Mean is nil when nothing prices the ask; Low and High are set when the
// valuation engine gives a confidence interval.
type Valuation struct {
	Mean  *float64 `json:"mean"`
	Low   *float64 `json:"low,omitempty"`
	High  *float64 `json:"high,omitempty"`
	Level float64  `json:"level,omitempty"`
	// Source is engine (after tax, by Monte Carlo), stated (the candidate's own yearly value),
	// cash (the cash the ask adds, before tax), fair_value (the option or share fair value
	// the ask adds, before tax and risk) or none.
	Source string `json:"source"`
	Note   string `json:"note"`
}

// Sources of a Valuation.
const (
	ValueEngine    = "engine"
	ValueStated    = "stated"
	ValueCash      = "cash"
	ValueFairValue = "fair_value"
	ValueNone      = "none"
)

func (v Valuation) mean() float64 {
	if v.Mean == nil {
		return 0
	}
	return *v.Mean
}

// evaluate turns a gathered ask into a planned one.
func evaluate(w *bespoke.Workspace, o *bespoke.Offer, s source, res *assess.Result, opts Options) (Ask, error) {
	out := Ask{Term: s.ask.Term, Value: s.ask.Value, Generated: s.generated, Source: s.ask, Warnings: []string{}}
	a := canonical(o, s.ask)
	cur, _ := catalog.Current(w, o, a.Term)
	out.Current = bespoke.Scalar(cur)
	k := opts.Catalog.ForTerm(a.Term)
	if k == nil {
		out.Kind = "unknown"
		out.Warnings = append(out.Warnings, fmt.Sprintf("not applicable: the catalog has no kind of ask for the term %q", a.Term))
		out.ValueToCandidate = Valuation{Source: ValueNone, Note: "not valued"}
		out.CostToCompany = catalog.Cost{Basis: catalog.BasisNotEstimated}
		return out, nil
	}
	ctx := catalog.Context{Workspace: w, Offer: o, Ask: a, Today: opts.Today}
	out.Kind = k.ID
	notApplicable, prefers := k.Check(ctx)
	out.Applicable = len(notApplicable) == 0
	out.Lever = res.IsLever(k.ID)
	out.Narrative = narrative(w, a, k)
	out.SignalRisk = k.SignalFor(ctx, len(out.Narrative.Facts) > 0)
	out.CostToCompany = k.Cost(ctx, opts.Costs)
	for _, r := range notApplicable {
		out.Warnings = append(out.Warnings, "not applicable: "+r)
	}
	out.Warnings = append(out.Warnings, prefers...)
	if out.Applicable {
		v, err := value(w, o, a, k, opts.Valuer, out.CostToCompany, s.ask)
		if err != nil {
			return out, err
		}
		out.ValueToCandidate = v
		out.Warnings = append(out.Warnings, applicableWarnings(ctx, &out, k, res)...)
	} else {
		out.ValueToCandidate = Valuation{Source: ValueNone, Note: "not valued: the ask does not apply"}
		out.CostToCompany = catalog.Cost{Basis: catalog.BasisNotEstimated, Note: "not estimated: the ask does not apply"}
	}
	return out, nil
}

// Warnings about a missing narrative or value.
const (
	WarnNoNarrative = "no narrative: the ask references none of your facts, so the draft frames it neutrally; add facts to it"
	WarnNotValued   = "not valued: give the ask a yearly_value, or value it with the valuation engine"
)

// addNarrativeWarnings warns about a missing narrative or value on the asks the candidate
// wrote and on the recommended ones; a generated suggestion that is not recommended goes
// without, to keep the list readable.
func addNarrativeWarnings(asks []Ask) {
	for i := range asks {
		a := &asks[i]
		if !a.Applicable || (a.Generated && !a.Recommended) {
			continue
		}
		if len(a.Narrative.Facts) == 0 {
			a.Warnings = append([]string{WarnNoNarrative}, a.Warnings...)
		}
		if a.ValueToCandidate.Mean == nil {
			w := WarnNotValued
			if strings.HasPrefix(a.ValueToCandidate.Note, "not valued: ") {
				w = a.ValueToCandidate.Note
			}
			a.Warnings = append(a.Warnings, w)
		}
	}
}

// canonical returns the ask with its term path in canonical form (grants by id, not by
// position), so that the catalog finds its kind and grant; the path stays as written when it
// does not resolve.
func canonical(o *bespoke.Offer, a bespoke.Ask) bespoke.Ask {
	if p, err := o.TermPath(a.Term); err == nil {
		a.Term = p
	}
	return a
}

func narrative(w *bespoke.Workspace, a bespoke.Ask, k *catalog.Kind) Narrative {
	n := Narrative{Facts: []bespoke.Fact{}, Prompts: k.Prompts}
	for _, id := range a.Facts {
		if f := w.Fact(id); f != nil {
			n.Facts = append(n.Facts, *f)
		}
	}
	return n
}

// applicableWarnings are the warnings of an ask that applies: missing narrative or facts,
// deadlines, the tax rules it runs into, and whether the regime makes it realistic.
func applicableWarnings(c catalog.Context, a *Ask, k *catalog.Kind, res *assess.Result) []string {
	var ws []string
	for _, id := range c.Ask.Facts {
		if c.Workspace.Fact(id) == nil {
			ws = append(ws, fmt.Sprintf("the ask references the fact %q, which the candidate does not have", id))
		}
	}
	if !a.Lever {
		ws = append(ws, leverWarning(k.ID, res))
	}
	return append(ws, kindWarnings(c, k)...)
}

func leverWarning(kind string, res *assess.Result) string {
	if res.IsDiscouraged(kind) {
		var rules []string
		for _, d := range res.Discouraged {
			if d.Kind == kind {
				rules = append(rules, d.Rule)
			}
		}
		return fmt.Sprintf("unrealistic here (%s): not recommended", strings.Join(rules, ", "))
	}
	if res.Exceptions == 0 {
		return fmt.Sprintf("a %s offer rarely moves this: not recommended", res.Regime)
	}
	return fmt.Sprintf("an exception for a %s offer: at most %d can be recommended", res.Regime, res.Exceptions)
}

// kindWarnings are the deadlines and tax rules particular to a kind of ask.
func kindWarnings(c catalog.Context, k *catalog.Kind) []string {
	switch k.ID {
	case "early_exercise":
		return earlyExerciseWarnings(c)
	case "deferred_comp":
		ws := []string{fmt.Sprintf("as a new participant you must elect to defer within 30 days of becoming eligible: by %s if that is the start date (§409A)", catalog.NQDCElectionCloses(c.Offer))}
		if c.Offer.Terms.DeferredComp.MaxPctOfBase == 0 {
			ws = append(ws, "the offer gives no deferred_comp.max_pct_of_base, so the plan is valued as deferring nothing: to value it, set that field to the share of base you would ask to defer, leaving available false")
		}
		return ws
	case "exercise_window":
		days, _ := catalog.Number(c.Ask.Value)
		if days > 90 && slices.ContainsFunc(c.Offer.Equity, func(g bespoke.Grant) bool { return g.Type == bespoke.ISO }) {
			return []string{"ISOs exercised more than 3 months after leaving are taxed as NSOs (IRC §422(a)(2)): a longer window keeps the options, not their ISO treatment"}
		}
	}
	return nil
}

// earlyExerciseWarnings are the 83(b) deadline of an early exercise and, once it has passed for
// an exercise on the first day the grant could be exercised (the grant date or the start date,
// whichever is later, as the valuation assumes), that it has.
func earlyExerciseWarnings(c catalog.Context) []string {
	ws := []string{"file an 83(b) election with the IRS within 30 days of each early exercise; there is no extension (IRC §83(b)(2))"}
	first := c.Offer.StartDate
	if g := catalog.Grant(c.Offer, c.Ask.Term); g != nil && g.GrantDate.After(first) {
		first = g.GrantDate
	}
	if closes := first.AddDays(catalog.Election83bDays); c.Today.After(closes) {
		ws = append(ws, fmt.Sprintf("the 30-day 83(b) window for an early exercise on %s closed on %s: an exercise now needs its own election within 30 days of it, and the spread between the strike and the share's value then is taxed (for the AMT, on ISOs)", first, closes))
	}
	return ws
}

// value prices an ask for the candidate: the valuation engine for the kinds it models, else
// the candidate's stated yearly value, else the cash the ask adds, else the fair value of the
// equity it adds. A yearly_value the candidate wrote on the ask comes first: it is their own
// price. a has the canonical term path; the engine gets the ask as written.
func value(w *bespoke.Workspace, o *bespoke.Offer, a bespoke.Ask, k *catalog.Kind, v Valuer, cost catalog.Cost, written bespoke.Ask) (Valuation, error) {
	if a.YearlyValue != 0 {
		s, _ := stated(w, o, a, k)
		return s, nil
	}
	if k.ID == "remote" && w.Candidate.CommuteValue == 0 {
		return Valuation{Source: ValueNone, Note: "not valued: remote work is priced by the candidate's commute_value, which is not set; set it, or give the ask a yearly_value"}, nil
	}
	if v != nil && k.Value == catalog.ValueEngine {
		e, err := v.AskValue(w, written)
		switch {
		case err == nil:
			mean, low, high := cents(e.Mean), cents(e.Low), cents(e.High)
			return Valuation{Mean: &mean, Low: &low, High: &high, Level: e.Level, Source: ValueEngine,
				Note: "present value after tax, paired over the scenarios"}, nil
		case bespoke.ErrorCode(err) != bespoke.EUNSUPPORTED:
			return Valuation{}, fmt.Errorf("valuing %s for %s: %w", a.Term, a.Offer, err)
		}
	}
	if s, ok := stated(w, o, a, k); ok {
		return s, nil
	}
	if c, ok := cash(w, o, a, k); ok {
		return c, nil
	}
	if k.Value == catalog.ValueEngine && cost.Basis == catalog.BasisFairValue && cost.Amount != nil {
		fv := cost.Amount.Float()
		return Valuation{Mean: &fv, Source: ValueFairValue,
			Note: "the market's fair value of the equity added, before tax and risk: " + cost.Note}, nil
	}
	return Valuation{Source: ValueNone, Note: "not valued"}, nil
}

func stated(w *bespoke.Workspace, o *bespoke.Offer, a bespoke.Ask, k *catalog.Kind) (Valuation, bool) {
	yearly := a.YearlyValue.Float()
	note := "your stated value of %s a year, over %d years"
	if a.YearlyValue == 0 && k.ID == "remote" {
		yearly = commuteSaved(o.Terms.Remote, bespoke.Remote(a.Value)) * w.Candidate.CommuteValue.Float()
		note = "your commute_value (" + w.Candidate.CommuteValue.Format() + " a year) for the commuting saved: %s a year, over %d years"
	}
	if yearly == 0 {
		return Valuation{}, false
	}
	pv := cents(yearly * catalog.Annuity(w))
	return Valuation{Mean: &pv, Source: ValueStated, Note: fmt.Sprintf(note, money(yearly), catalog.Horizon(w))}, true
}

// commuteSaved is the share of a year's commute that a change of arrangement saves: all of it
// from on-site to remote, half between hybrid and either.
func commuteSaved(from, to bespoke.Remote) float64 {
	level := map[bespoke.Remote]float64{bespoke.Onsite: 0, bespoke.Hybrid: 0.5, bespoke.RemoteWork: 1}
	f, okf := level[from]
	t, okt := level[to]
	if !okf || !okt {
		return 0
	}
	return t - f
}

// cash is the first-order value of the kinds that add cash: the extra cash before tax, over
// the horizon for yearly pay. The valuation engine replaces it with the value after tax.
func cash(w *bespoke.Workspace, o *bespoke.Offer, a bespoke.Ask, k *catalog.Kind) (Valuation, bool) {
	cur, _ := catalog.Current(w, o, a.Term)
	x, okx := catalog.Number(bespoke.Scalar(cur))
	y, oky := catalog.Number(a.Value)
	if !okx || !oky {
		return Valuation{}, false
	}
	d, yearly := y-x, true
	switch catalog.Pattern(a.Term) {
	case "cash.base":
	case "cash.bonus_target_pct":
		d = d / 100 * o.Cash.Base.Float()
	case "pto.days":
		d *= o.Cash.Base.Float() / 260
	case "cash.sign_on", "cash.relocation":
		yearly = false
	default:
		return Valuation{}, false
	}
	pv, note := cents(d), "paid once, before tax"
	if yearly {
		pv = cents(d * catalog.Annuity(w))
		note = fmt.Sprintf("%s a year before tax, over %d years", money(d), catalog.Horizon(w))
	}
	return Valuation{Mean: &pv, Source: ValueCash, Note: note}, true
}

func money(f float64) string { return bespoke.MoneyFromFloat(f).Format() }

// cents rounds a dollar value to the cent, so that values read as money.
func cents(f float64) float64 { return bespoke.MoneyFromFloat(f).Float() }
