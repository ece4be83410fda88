package catalog_test

import (
	"fmt"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/catalog"
	"github.com/bespokehq/bespoke/internal/example"
)

// The seed's extended exercise window, asked of both example offers: it applies only where
// there are options, and costs the company the extra fair value of a longer option life.
func ExampleKind_Check() {
	c := catalog.Default()
	w := example.Workspace()
	for _, id := range []string{"acme", "rocket"} {
		ask := bespoke.Ask{Offer: id, Term: "exercise_window_days", Value: "3650"}
		ctx := catalog.Context{Workspace: w, Offer: w.Offer(id), Ask: ask, Today: example.Today}
		k := c.ForTerm(ask.Term)
		notApplicable, _ := k.Check(ctx)
		if len(notApplicable) > 0 {
			fmt.Printf("%s: %s does not apply: %s\n", id, k.ID, notApplicable[0])
			continue
		}
		cost := k.Cost(ctx, catalog.CostParams{})
		fmt.Printf("%s: %s costs %s (%s), signal %s with a narrative\n", id, k.ID, cost.Amount.Format(), cost.Basis, k.SignalFor(ctx, true).Level)
	}
	// Output:
	// acme: exercise_window does not apply: Acme grants no stock options, so there is nothing to exercise
	// rocket: exercise_window costs $155,928.69 (fair_value), signal low with a narrative
}
