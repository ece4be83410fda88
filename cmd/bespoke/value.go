package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/table"
	"github.com/bespokehq/bespoke/value"
)

func init() { register(newValueCmd) }

// valueOptions holds what the value command was asked.
type valueOptions struct {
	file      string
	output    table.Format
	scenarios int
	seed      uint64
	preTax    bool
	terms     []string
	set       map[string]bool // flags given
}

func newValueCmd(a *app) *cobra.Command {
	o := &valueOptions{set: map[string]bool{}}
	c := &cobra.Command{
		Use:   "value FILE",
		Short: "Value each job and each ask by Monte Carlo, after tax",
		Long: `Value the current job and every offer of a workspace over many scenarios of the future
(share prices, a private company's exit or failure, when the candidate leaves), after tax, as
present values over the horizon: mean, median, percentiles, the chance of ending below the
current job, the certainty equivalent for the candidate's wealth and risk aversion, after-tax
cash by year, and the most cash leaving could demand to exercise options.

The current job's options vested by the leave date count in every job's value: put to the
exercise rule within the current job's window on leaving for an offer; while the candidate
stays, held or decided on as leaving would force, whichever is worth more on average. The
report says which, what they add to each job and what leaving them costs.

Each ask of the workspace, and each --term, is priced as the change in its offer's value over
the same scenarios, with a 95% confidence interval.

The same seed gives the same output whatever the number of cores.
The model, its rules and its simplifications: docs/valuation.md.`,
		Example: `  bespoke value offers.yaml
  bespoke value offers.yaml --scenarios 100000 --seed 42 --output json
  bespoke value offers.yaml --term rocket.exercise_window_days=1825 --term acme.cash.base=340000
  bespoke value offers.yaml --pre-tax --output markdown`,
		Args: exactArgs(1, "one workspace file"),
		RunE: run(func(c *cobra.Command, args []string) error {
			o.file = args[0]
			c.Flags().Visit(func(f *pflag.Flag) { o.set[f.Name] = true })
			if o.set["scenarios"] && (o.scenarios < 1 || o.scenarios > 10_000_000) {
				return usageError(c, "--scenarios is %d; want 1 to 10,000,000", o.scenarios)
			}
			return runValue(c, a, o)
		}),
	}
	f := c.Flags()
	f.IntVar(&o.scenarios, "scenarios", 0, "number of scenarios (default: the workspace's assumptions.scenarios)")
	f.Uint64Var(&o.seed, "seed", 0, "random seed (default: the workspace's assumptions.seed)")
	f.BoolVar(&o.preTax, "pre-tax", false, "turn taxes off: every figure before tax")
	f.StringArrayVar(&o.terms, "term", nil, "price a change, OFFER.PATH=VALUE (repeatable), as an ask (not the start date)")
	addOutputFlag(c, &o.output, table.Text, table.JSON, table.Markdown)
	return c
}

// valueReport is the command's result: the valuation, the asks priced against it, and what
// the current job's options vested by the leave date are worth in each job's world (absent
// when there are none).
type valueReport struct {
	*value.Result
	Asks   []askValue           `json:"asks"`
	Vested *value.VestedOptions `json:"vested_options,omitempty"`
}

// askValue is one ask priced.
type askValue struct {
	Offer string         `json:"offer"`
	Term  string         `json:"term"`
	Value bespoke.Scalar `json:"value"`
	Worth value.Estimate `json:"value_to_candidate"`
}

func runValue(c *cobra.Command, a *app, o *valueOptions) error {
	ws, err := a.loadWorkspace(o.file)
	if err != nil {
		return err
	}
	if o.set["scenarios"] {
		ws.Assumptions.Scenarios = o.scenarios
	}
	if o.set["seed"] {
		ws.Assumptions.Seed = o.seed
	}
	asks, err := termAsks(c, ws, o.terms)
	if err != nil {
		return err
	}
	if err := checkTermAsks(ws, asks, o.terms, bespoke.DateOf(a.now())); err != nil {
		return err
	}
	asks = append(ws.Asks, asks...)
	bar := newProgressBar(a.stderr, a.now)
	defer bar.clear()
	bar.phase("scenarios")
	ctx := c.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	v, err := value.New(ctx, ws, value.Options{PreTax: o.preTax, Progress: bar.update})
	if err != nil {
		return err
	}
	rep := valueReport{Result: v.Result(), Asks: []askValue{}}
	for i, ask := range asks {
		bar.phase(fmt.Sprintf("ask %d of %d", i+1, len(asks)))
		e, err := v.Ask(ctx, ask)
		if bespoke.ErrorCode(err) == bespoke.EUNSUPPORTED && i < len(ws.Asks) {
			// a workspace ask the valuation does not price (a start date): say so, value the rest
			rep.Notes = append(rep.Notes, fmt.Sprintf("asks[%d] (%s of %s) is not priced: %s", i, ask.Term, ask.Offer, bespoke.ErrorMessage(err)))
			continue
		}
		if err != nil && i >= len(ws.Asks) {
			return &bespoke.Error{Code: bespoke.ErrorCode(err), Message: fmt.Sprintf("--term %q: %s", o.terms[i-len(ws.Asks)], bespoke.ErrorMessage(err))}
		}
		if err != nil {
			return err
		}
		rep.Asks = append(rep.Asks, askValue{Offer: ask.Offer, Term: ask.Term, Value: ask.Value, Worth: e})
		if e.Mean == 0 && e.StdErr == 0 {
			rep.Notes = append(rep.Notes, fmt.Sprintf("%s %s → %s changes no figure in any scenario: the valuation does not model the term, or it is worth nothing as the workspace states it (as remote work is without a commute_value); bespoke plan says what the catalog knows of it", ask.Offer, ask.Term, ask.Value))
		}
	}
	bar.phase("vested options")
	vo, err := v.VestedOptions(ctx)
	if err != nil {
		return err
	}
	if vo.Options > 0 {
		rep.Vested = vo
	}
	bar.clear()
	return writeValue(a, o.output, &rep)
}

// termAsks parses --term flags, OFFER.PATH=VALUE, into asks, checking that the offer and the
// path exist and that the value fits the term. A malformed flag is a usage error; a flag that
// names what the workspace does not have is invalid input.
func termAsks(c *cobra.Command, ws *bespoke.Workspace, terms []string) ([]bespoke.Ask, error) {
	var asks []bespoke.Ask
	for _, t := range terms {
		lhs, val, ok := strings.Cut(t, "=")
		id, path, ok2 := strings.Cut(lhs, ".")
		if !ok || !ok2 || id == "" || path == "" {
			return nil, usageError(c, "--term %q: want OFFER.PATH=VALUE, such as rocket.exercise_window_days=1825", t)
		}
		o, err := findOffer(ws, id)
		if err != nil {
			return nil, &bespoke.Error{Code: bespoke.ErrorCode(err), Message: fmt.Sprintf("--term %q: %s", t, bespoke.ErrorMessage(err)),
				Hint: bespoke.ErrorHint(err)}
		}
		if err := o.Clone().SetTerm(path, bespoke.Scalar(val)); err != nil {
			return nil, bespoke.Errorf(bespoke.EINVALID, "--term %q: %s", t, bespoke.ErrorMessage(err))
		}
		asks = append(asks, bespoke.Ask{Offer: id, Term: path, Value: bespoke.Scalar(val)})
	}
	return asks, nil
}

// checkTermAsks checks each --term as the workspace's own asks are checked: the value must
// fit the term and leave the offer valid (a window of -100 days, a negative base or a work
// state that is not one would otherwise be valued). flags are the --term flags as written,
// in the order of asks. The first error is returned, naming the flag, as invalid input.
func checkTermAsks(ws *bespoke.Workspace, asks []bespoke.Ask, flags []string, today bespoke.Date) error {
	if len(asks) == 0 {
		return nil
	}
	probe := *ws
	probe.Asks, probe.Rounds = asks, nil
	for _, p := range probe.Validate(today).Errors() {
		var i int
		if n, _ := fmt.Sscanf(p.Path, "asks[%d]", &i); n == 1 && i < len(flags) {
			return bespoke.Errorf(bespoke.EINVALID, "--term %q: %s", flags[i], p.Message)
		}
	}
	return nil
}
