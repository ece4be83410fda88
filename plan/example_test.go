package plan_test

import (
	"fmt"

	"github.com/bespokehq/bespoke/internal/example"
	"github.com/bespokehq/bespoke/plan"
)

// The example workspace planned with valuations given as data (the valuation engine
// implements the same Valuer). Rocket is a system-driven offer, so the exercise window, worth
// the most to the candidate, is listed but not recommended.
func ExamplePlan() {
	valuer := values{
		"rocket exercise_window_days":      {Mean: 180000, Low: 150000, High: 210000, Level: 0.95},
		"rocket cash.base":                 {Mean: 33000, Low: 32000, High: 34000, Level: 0.95},
		"rocket equity[rocket-iso].shares": {Mean: 60000, Low: 20000, High: 100000, Level: 0.95},
	}
	rep, err := plan.Plan(example.Workspace(), plan.Options{Today: example.Today, Valuer: valuer})
	if err != nil {
		fmt.Println(err)
		return
	}
	rocket := rep.Offers[1]
	fmt.Println(rocket.ID, rocket.Regime)
	for _, a := range rocket.Asks[:4] {
		fmt.Printf("%-28s %-22s %-6s recommended=%v\n", a.Term, a.ValueToCandidate.Text(), a.SignalRisk.Level, a.Recommended)
	}
	// Output:
	// rocket system
	// equity[rocket-iso].shares    $60,000 ± $40,000      low    recommended=true
	// cash.base                    $33,000 ± $1,000       medium recommended=true
	// cash.sign_on                 $30,000 (cash)         low    recommended=true
	// exercise_window_days         $180,000 ± $30,000     low    recommended=false
}
