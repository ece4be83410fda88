package draft_test

import (
	"fmt"

	"github.com/bespokehq/bespoke/draft"
	"github.com/bespokehq/bespoke/internal/example"
	"github.com/bespokehq/bespoke/plan"
)

// The example's Rocket offer made quasi-executive: the 10-year exercise window is recommended,
// and the draft frames it in the two facts the ask references.
func ExampleCompose() {
	w := bespokeRocket()
	op, err := plan.PlanOffer(w, w.Offer("rocket"), plan.Options{Today: example.Today})
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := draft.Compose(w, &op, draft.Options{Today: example.Today})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Asks[0].Text)
	// Output:
	// We just bought a house, so our savings are tied up in it. When I left my last company I exercised my options and paid a large AMT bill. That is why the exercise window matters to me: could the post-termination exercise window on my options be extended from 90 days to 10 years?
}
