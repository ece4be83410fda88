package catalog

import (
	"fmt"
	"slices"

	"github.com/bespokehq/bespoke"
)

// Context is what the catalog looks at to decide about one ask: the workspace, the offer the
// ask is for, the ask, and the day it is.
type Context struct {
	Workspace *bespoke.Workspace
	Offer     *bespoke.Offer
	Ask       bespoke.Ask
	Today     bespoke.Date
}

// condition is a named test of an ask's context; why says, when it fails, why.
type condition struct {
	holds func(c Context) bool
	why   func(c Context) string
}

// NQDCElectionDays is the number of days after becoming eligible in which a new participant in
// a deferred compensation plan may elect to defer pay for later services (Treas. Reg.
// §1.409A-2(a)(7)).
const NQDCElectionDays = 30

// Election83bDays is the number of days after a transfer of restricted property, such as the
// shares of an early exercise, within which an 83(b) election must be filed; there is no
// extension (IRC §83(b)(2)).
const Election83bDays = 30

// conditions are the tests the catalog's requires and prefers name.
var conditions = map[string]condition{
	"has_options": {
		holds: func(c Context) bool { return slices.ContainsFunc(c.Offer.Equity, isOption) },
		why: func(c Context) string {
			return fmt.Sprintf("%s grants no stock options, so there is nothing to exercise", c.Offer.Company.Name)
		},
	},
	"grant_is_option": {
		holds: func(c Context) bool {
			g := Grant(c.Offer, c.Ask.Term)
			return g != nil && g.Type.IsOption()
		},
		why: func(c Context) string {
			g := Grant(c.Offer, c.Ask.Term)
			if g == nil {
				return fmt.Sprintf("the offer has no grant %q", Name(c.Ask.Term))
			}
			return fmt.Sprintf("%s is an RSU grant: there is nothing to exercise early", g.ID)
		},
	},
	"has_equity": {
		holds: func(c Context) bool { return len(c.Offer.Equity) > 0 },
		why:   func(c Context) string { return "the offer has no equity" },
	},
	"metered_pto": {
		holds: func(c Context) bool { return c.Offer.Terms.PTO.Policy != bespoke.PTOUnlimited },
		why: func(c Context) string {
			return "PTO is unlimited: there are no days to add (ask for a minimum instead, in a note)"
		},
	},
	"nqdc_window_open": {
		holds: func(c Context) bool { return !c.Today.After(NQDCElectionCloses(c.Offer)) },
		why: func(c Context) string {
			return fmt.Sprintf("the 30-day election window for new participants closed on %s", NQDCElectionCloses(c.Offer))
		},
	},
	"public": {
		holds: func(c Context) bool { return c.Offer.Company.Stage == bespoke.Public },
		why: func(c Context) string {
			return fmt.Sprintf("deferred compensation plans are mostly found at public companies, and %s is private", c.Offer.Company.Name)
		},
	},
	"private": {
		holds: func(c Context) bool { return c.Offer.Company.Stage == bespoke.Private },
		why: func(c Context) string {
			return fmt.Sprintf("%s is public: options can be exercised and sold at once, so financing is rarely needed", c.Offer.Company.Name)
		},
	},
}

func isOption(g bespoke.Grant) bool { return g.Type.IsOption() }

// NQDCElectionCloses returns the last day a new hire may elect to defer pay: 30 days after the
// start date, when they become eligible.
func NQDCElectionCloses(o *bespoke.Offer) bespoke.Date { return o.StartDate.AddDays(NQDCElectionDays) }

// Check says whether the ask applies: the reasons it does not (empty when it applies), and
// warnings for the conditions it prefers but the offer does not meet. An ask that asks for
// what the offer already has does not apply either.
func (k *Kind) Check(c Context) (notApplicable, warnings []string) {
	for _, name := range k.Requires {
		if cond := conditions[name]; !cond.holds(c) {
			notApplicable = append(notApplicable, cond.why(c))
		}
	}
	if cur, ok := Current(c.Workspace, c.Offer, c.Ask.Term); ok && len(notApplicable) == 0 && Same(bespoke.Scalar(cur), c.Ask.Value) {
		notApplicable = append(notApplicable, fmt.Sprintf("the offer already has %s = %s", c.Ask.Term, cur))
	}
	for _, name := range k.Prefers {
		if cond := conditions[name]; !cond.holds(c) {
			warnings = append(warnings, cond.why(c))
		}
	}
	return notApplicable, warnings
}
