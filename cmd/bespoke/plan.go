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
	// scenarios overrides the workspace's count; noValuation skips the Monte Carlo.
	scenarios   int
	noValuation bool
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

Values come from the Monte Carlo valuation (after tax, with a 95% confidence interval), or,
for terms it does not model and with --no-valuation, from your stated yearly_value, the cash
an ask adds before tax or the fair value of the equity it adds; each value says which. See
docs/asks.md for the catalog and the defaults of suggested asks.`,
		Example: `  bespoke plan offers.yaml
  bespoke plan offers.yaml --offer rocket --output json
  bespoke plan offers.yaml --max-asks 4 --signal-budget 6
  bespoke plan offers.yaml --no-valuation`,
		Args: exactArgs(1, "one workspace file"),
		RunE: run(func(c *cobra.Command, args []string) error {
			o.file = args[0]
			opts, err := o.options(c, a)
			if err != nil {
				return err
			}
			return runPlan(c, a, o, opts)
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
	f.IntVar(&o.scenarios, "scenarios", 0, "scenarios of the valuation (default: the workspace's assumptions.scenarios)")
	f.BoolVar(&o.noValuation, "no-valuation", false, "skip the Monte Carlo valuation: value asks by stated values, cash and fair values")
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
	case o.scenarios < 0 || o.scenarios > 10_000_000:
		return plan.Options{}, usageError(c, "--scenarios is %d; want 1 to 10,000,000", o.scenarios)
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

func runPlan(c *cobra.Command, a *app, o *planOptions, opts plan.Options) error {
	w, err := a.loadWorkspace(o.file)
	if err != nil {
		return err
	}
	offers := w.Offers
	if o.offer != "" {
		off, err := findOffer(w, o.offer)
		if err != nil {
			return err
		}
		offers = []bespoke.Offer{*off}
	}
	v, done, err := o.valuer(c, a, w)
	if err != nil {
		return err
	}
	opts.Valuer = v
	rep := &plan.Report{}
	for i := range offers {
		op, err := plan.PlanOffer(w, &offers[i], opts)
		if err != nil {
			done()
			return err
		}
		rep.Offers = append(rep.Offers, op)
	}
	done()
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
