package draft

import (
	"fmt"
	"slices"
	"strings"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/plan"
)

// message writes the paragraphs of the counter-offer.
func message(w *bespoke.Workspace, o *bespoke.Offer, d *Draft, opts Options) []string {
	ps := []string{"Hi,",
		fmt.Sprintf("Thank you for the offer for the %s role at %s. I'd like to find terms that let me say yes.", title(o), o.Company.Name)}
	if asksForRange(d) {
		ps = append(ps, "First, could you share the range for this level, so I can see where the offer sits in it?")
	}
	if len(d.Asks) > 0 {
		ps = append(ps, "So that we can settle the whole package at once, here is everything I'd like to discuss:")
		lines := make([]string, len(d.Asks))
		for i, a := range d.Asks {
			lines[i] = fmt.Sprintf("%d. %s", i+1, a.Text)
		}
		ps = append(ps, strings.Join(lines, "\n"))
	}
	if exploding(o, opts) {
		ps = append(ps, fmt.Sprintf("The offer expires on %s. Since I want to give you a considered answer on all of this, could we move the deadline to %s?",
			long(o.Deadline), long(o.Deadline.AddDays(DeadlineExtensionDays))))
	}
	ps = append(ps, "Once we agree, could you send an updated offer letter with these terms, so that we both have them in writing?",
		"Thank you again. I'm looking forward to working this out together.")
	sign := "Best,"
	if name := strings.TrimSpace(w.Candidate.Name); name != "" {
		sign += "\n" + name
	}
	return append(ps, sign)
}

// asksForRange reports whether the message asks for the band: when it asks for more pay or
// equity, or asks for nothing at all.
func asksForRange(d *Draft) bool {
	return len(d.Asks) == 0 || slices.ContainsFunc(d.Asks, func(a Framed) bool {
		return a.Kind == "base" || a.Kind == "equity" || a.Kind == "bonus"
	})
}

// exploding reports whether the offer expires within opts.ExplodingDays of today (and has not
// expired yet).
func exploding(o *bespoke.Offer, opts Options) bool {
	if o.Deadline.IsZero() || opts.Today.IsZero() || o.Deadline.Before(opts.Today) {
		return false
	}
	return opts.Today.DaysUntil(o.Deadline) <= opts.ExplodingDays
}

// inDays says when something n days from today happens: today, in 1 day, in 3 days.
func inDays(n int) string {
	switch n {
	case 0:
		return "today"
	case 1:
		return "in 1 day"
	}
	return fmt.Sprintf("in %d days", n)
}

func long(d bespoke.Date) string { return d.Time().Format("January 2, 2006") }

// checklist is what the candidate should know before sending.
func checklist(w *bespoke.Workspace, o *bespoke.Offer, op *plan.OfferPlan, d *Draft, opts Options) []string {
	cl := []string{"Send it as one message: every ask is in it, so the company weighs the whole package instead of conceding one item at a time."}
	cl = append(cl, payHistory(w, o)...)
	cl = append(cl, "Get every agreement in writing, and don't resign until the signed offer letter shows every term.")
	switch {
	case !o.Deadline.IsZero() && o.Deadline.Before(opts.Today):
		d.Warnings = append(d.Warnings, fmt.Sprintf("the offer's deadline, %s, has passed: confirm it is still open before sending", o.Deadline))
	case exploding(o, opts):
		cl = append(cl, fmt.Sprintf("The offer expires %s: the message asks for %d more days.", inDays(opts.Today.DaysUntil(o.Deadline)), DeadlineExtensionDays))
	}
	for _, a := range op.Asks {
		switch {
		case a.Recommended:
			for _, warn := range a.Warnings {
				if warn != plan.WarnNoNarrative {
					cl = append(cl, fmt.Sprintf("%s: %s.", a.Kind, warn))
				}
			}
		case a.Applicable && !a.Generated:
			cl = append(cl, fmt.Sprintf("Left out: your %s ask (%s = %s), because %s.", a.Kind, a.Term, a.Value, leftOut(a)))
		}
	}
	return cl
}

// payHistory is the advice on current pay: never volunteer it, and say which laws back the
// candidate up.
func payHistory(w *bespoke.Workspace, o *bespoke.Offer) []string {
	out := []string{"Don't volunteer your current or past pay: the message never mentions it, and the offer should be priced on this role."}
	if states := banStates(w, o); len(states) > 0 {
		out[0] = fmt.Sprintf("Don't volunteer your current or past pay: the message never mentions it, and %s. If asked, say you'd rather focus on the range for this role.", banLaw(states))
	}
	for _, s := range []string{o.Terms.WorkState, w.Candidate.State} {
		if how, ok := PayRangeStates[s]; ok {
			out = append(out, fmt.Sprintf("%s requires employers to give the pay range %s: ask for it if you have not seen it.", s, how))
			break
		}
	}
	return out
}

// banStates returns the candidate's state and the offer's work state where a salary-history
// law applies, each once.
func banStates(w *bespoke.Workspace, o *bespoke.Offer) []string {
	var states []string
	for _, s := range []string{w.Candidate.State, o.Terms.WorkState} {
		if s != "" && bans(s) && !slices.Contains(states, s) {
			states = append(states, s)
		}
	}
	return states
}

// banLaw says what the salary-history laws of the states do: most bar employers from asking,
// a few only from refusing to hire someone who declines to answer.
func banLaw(states []string) string {
	var asking, refusing []string
	for _, s := range states {
		if slices.Contains(AskingAllowed, s) {
			refusing = append(refusing, s)
		} else {
			asking = append(asking, s)
		}
	}
	var parts []string
	if len(asking) > 0 {
		parts = append(parts, strings.Join(asking, " and ")+" law bars employers from asking for it")
	}
	if len(refusing) > 0 {
		parts = append(parts, strings.Join(refusing, " and ")+" law bars employers from refusing to hire you for declining to give it")
	}
	return strings.Join(parts, ", and ")
}

// leftOut says why the plan did not recommend an applicable ask.
func leftOut(a plan.Ask) string {
	switch {
	case !a.Lever:
		return "the offer's regime rarely moves it"
	case a.ValueToCandidate.Mean == nil && a.Kind == "remote":
		return "it has no value yet: set commute_value for the candidate, or a yearly_value on the ask"
	case a.ValueToCandidate.Mean == nil:
		return "it has no value yet: set a yearly_value on the ask"
	case *a.ValueToCandidate.Mean <= 0:
		return fmt.Sprintf("it is worth nothing to you as valued (%s)", bespoke.MoneyFromFloat(*a.ValueToCandidate.Mean).Format())
	}
	return "other asks are worth more within the signal budget"
}
