package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/catalog"
	"github.com/bespokehq/bespoke/plan"
	"github.com/bespokehq/bespoke/table"
)

func init() { register(newPlanCmd) }

// planOptions holds what the plan command was asked.
type planOptions struct {
	file    string
	offer   string
	rules   string
	maxAsks int
	budget  int
	eorFee  float64
	output  table.Format
}

func newPlanCmd(a *app) *cobra.Command {
	o := &planOptions{}
	c := &cobra.Command{
		Use:   "plan FILE",
		Short: "Rank the asks that fit each offer and recommend which to make",
		Long: `Rank, for each offer, the asks in the workspace and the catalog's suggestions that fit it:
whether each applies, its value to you, its likely cost to the company, the signal it sends,
and the facts that can carry it. Recommend the few asks worth the most to you within a signal
budget, limited to what the offer's regime (bespoke assess) makes realistic, and list the
efficient packages: those no other package beats on both your value and the company's cost.

Values come from your stated yearly_value on an ask, or the cash it adds before tax, and say
which. See docs/asks.md for the catalog and the defaults of suggested asks.`,
		Example: `  bespoke plan offers.yaml
  bespoke plan offers.yaml --offer rocket --output json
  bespoke plan offers.yaml --max-asks 4 --signal-budget 6`,
		Args: exactArgs(1, "one workspace file"),
		RunE: run(func(c *cobra.Command, args []string) error {
			o.file = args[0]
			opts, err := o.options(c, a)
			if err != nil {
				return err
			}
			return runPlan(a, o, opts)
		}),
	}
	addPlanFlags(c, o)
	c.Flags().StringVar(&o.offer, "offer", "", "plan only the offer with this id")
	addOutputFlag(c, &o.output, table.Text, table.JSON, table.Markdown, table.CSV)
	return c
}

// addPlanFlags adds the flags plan and draft share.
func addPlanFlags(c *cobra.Command, o *planOptions) {
	f := c.Flags()
	f.StringVar(&o.rules, "rules", "", "rules file to use instead of the built-in rules (YAML)")
	f.IntVar(&o.maxAsks, "max-asks", plan.DefaultMaxAsks, "most asks to recommend for one offer")
	f.IntVar(&o.budget, "signal-budget", plan.DefaultSignalBudget, "signal points the recommended asks may spend (low 1, medium 2, high 5)")
	f.Float64Var(&o.eorFee, "eor-fee-pct", catalog.DefaultEORFeePct, "employer-of-record fee, percent of salary, for work in another country")
}

// options checks the shared flags and turns them into the plan's options.
func (o *planOptions) options(c *cobra.Command, a *app) (plan.Options, error) {
	switch {
	case o.maxAsks < 1:
		return plan.Options{}, usageError(c, "--max-asks must be at least 1 (got %d)", o.maxAsks)
	case o.budget < 1:
		return plan.Options{}, usageError(c, "--signal-budget must be at least 1 (got %d)", o.budget)
	case o.eorFee < 0 || o.eorFee > 100:
		return plan.Options{}, usageError(c, "--eor-fee-pct must be between 0 and 100 (got %g)", o.eorFee)
	}
	rules, err := loadRules(o.rules)
	if err != nil {
		return plan.Options{}, err
	}
	return plan.Options{
		Today:        bespoke.DateOf(a.now()),
		Rules:        rules,
		MaxAsks:      o.maxAsks,
		SignalBudget: o.budget,
		Costs:        catalog.CostParams{EORFeePct: o.eorFee},
	}, nil
}

func runPlan(a *app, o *planOptions, opts plan.Options) error {
	w, err := a.loadWorkspace(o.file)
	if err != nil {
		return err
	}
	if o.offer != "" {
		off, err := findOffer(w, o.offer)
		if err != nil {
			return err
		}
		w.Offers = []bespoke.Offer{*off}
	}
	rep, err := plan.Plan(w, opts)
	if err != nil {
		return err
	}
	if o.output == table.JSON {
		return writeJSON(a.stdout, rep)
	}
	return table.Write(a.stdout, o.output, planTables(rep)...)
}

// findOffer returns the workspace's offer with the given id, or an ENOTFOUND error that lists
// the ids there are.
func findOffer(w *bespoke.Workspace, id string) (*bespoke.Offer, error) {
	if o := w.Offer(id); o != nil {
		return o, nil
	}
	ids := make([]string, len(w.Offers))
	for i, o := range w.Offers {
		ids[i] = o.ID
	}
	return nil, &bespoke.Error{Code: bespoke.ENOTFOUND, Message: fmt.Sprintf("no offer %q in the workspace", id),
		Hint: "the offers are " + strings.Join(ids, ", ")}
}
