package value

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/tax"
)

// BenchmarkValueExample values the example workspace (the current job and two offers, 4-year
// horizon, options held up to 10 years) after tax, with a federal and state return for every
// scenario-year that needs one, and summarises the result. It reports the returns computed per
// run (returns/op) and per scenario.
func BenchmarkValueExample(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("scenarios=%d", n), func(b *testing.B) {
			ws := exampleWorkspace()
			ws.Assumptions.Scenarios = n
			b.ReportAllocs()
			var returns int64
			for b.Loop() {
				t, err := taxesFor(ws, Options{})
				if err != nil {
					b.Fatal(err)
				}
				ct := &countingTaxes{taxer: t}
				m, err := compile(ws, ct, false)
				if err != nil {
					b.Fatal(err)
				}
				ct.n.Store(0)
				v, err := valueModel(context.Background(), ws, m, Options{})
				if err != nil {
					b.Fatal(err)
				}
				returns = ct.n.Load()
				_ = v.Result()
			}
			b.ReportMetric(float64(returns), "returns/op")
			b.ReportMetric(float64(returns)/float64(n), "returns/scenario")
		})
	}
}

// countingTaxes counts the returns computed.
type countingTaxes struct {
	taxer
	n atomic.Int64
}

func (c *countingTaxes) compute(p int, in *taxIn, out *taxOut, work *tax.Result) {
	c.n.Add(1)
	c.taxer.compute(p, in, out, work)
}

// BenchmarkAsk prices one ask of the example (a ten-year window at the private offer) against
// 100,000 scenarios already valued.
func BenchmarkAsk(b *testing.B) {
	ws := exampleWorkspace()
	ws.Assumptions.Scenarios = 100_000
	v := mustValue(b, ws, Options{})
	for b.Loop() {
		if _, err := v.Change(context.Background(), "rocket", func(o *bespoke.Offer) error {
			o.Terms.ExerciseWindowDays = 3650
			return nil
		}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVestedOptions values the example's current options vested by the epoch in every
// job's world against 100,000 scenarios already valued: the scenarios again with them left
// out, and the paired estimates.
func BenchmarkVestedOptions(b *testing.B) {
	ws := exampleWorkspace()
	ws.Assumptions.Scenarios = 100_000
	v := mustValue(b, ws, Options{})
	for b.Loop() {
		if _, err := v.VestedOptions(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}
