package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/plan"
	"github.com/bespokehq/bespoke/value"
)

// engineValuer prices asks for the plan with the Monte Carlo valuation: each ask is the change
// in its offer's value over the same scenarios, after tax.
type engineValuer struct {
	ctx context.Context
	v   *value.Valuation
	bar *progressBar
	n   int
}

// AskValue implements plan.Valuer.
func (e *engineValuer) AskValue(_ *bespoke.Workspace, a bespoke.Ask) (plan.Estimate, error) {
	e.n++
	e.bar.phase(fmt.Sprintf("ask %d", e.n))
	est, err := e.v.Ask(e.ctx, a)
	if err != nil {
		return plan.Estimate{}, err
	}
	return plan.Estimate{Mean: est.Mean, Low: est.CILow, High: est.CIHigh, Level: 0.95}, nil
}

// valuer runs the valuation of the workspace for the plan, unless --no-valuation was given
// (then nil: the plan uses stated values, cash and fair values). --scenarios overrides the
// workspace's count.
func (o *planOptions) valuer(c *cobra.Command, a *app, w *bespoke.Workspace) (plan.Valuer, func(), error) {
	if o.noValuation {
		return nil, func() {}, nil
	}
	if o.scenarios > 0 {
		w.Assumptions.Scenarios = o.scenarios
	}
	ctx := c.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	bar := newProgressBar(a.stderr, a.now)
	bar.phase("scenarios")
	v, err := value.New(ctx, w, value.Options{Progress: bar.update})
	if err != nil {
		bar.clear()
		return nil, func() {}, err
	}
	return &engineValuer{ctx: ctx, v: v, bar: bar}, bar.clear, nil
}
