package main

import (
	"fmt"
	"math"

	"github.com/spf13/cobra"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/table"
	"github.com/bespokehq/bespoke/value"
)

func init() { register(newOptionValueCmd) }

// optionValueOptions holds the option to price and how to print it.
type optionValueOptions struct {
	in     value.BSInput
	output table.Format
}

func newOptionValueCmd(a *app) *cobra.Command {
	o := &optionValueOptions{}
	c := &cobra.Command{
		Use:   "option-value",
		Short: "Price a European option with Black–Scholes–Merton: the company's side of an option",
		Long: `Price a European call and put on a share paying a continuous dividend yield (the Black–
Scholes–Merton formula), with their greeks. This is how a company values the options it
grants (ASC 718): a longer exercise window lengthens the expected term, and the increase in
value is what the company expenses.

Rates and the dividend yield are yearly and continuously compounded, as fractions (0.05 = 5%).
Theta is per year, vega per 1.00 of volatility, rho per 1.00 of rate.`,
		Example: `  bespoke option-value --spot 42 --strike 40 --years 0.5 --vol 0.2 --rate 0.1
  bespoke option-value --spot 3.10 --strike 3.10 --years 6 --vol 0.6 --rate 0.04 --output json`,
		Args: maxArgs(0, "no arguments"),
		RunE: run(func(c *cobra.Command, _ []string) error {
			if err := checkOptionValue(c, o); err != nil {
				return err
			}
			return runOptionValue(a, o)
		}),
	}
	f := c.Flags()
	f.Float64Var(&o.in.Spot, "spot", 0, "share price now, in dollars (required)")
	f.Float64Var(&o.in.Strike, "strike", 0, "exercise price, in dollars (required)")
	f.Float64Var(&o.in.Years, "years", 0, "time to expiry, in years (required)")
	f.Float64Var(&o.in.Vol, "vol", 0, "yearly volatility, as a fraction (required)")
	f.Float64Var(&o.in.Rate, "rate", 0, "risk-free rate, as a yearly fraction")
	f.Float64Var(&o.in.Dividend, "dividend", 0, "dividend yield, as a yearly fraction")
	addOutputFlag(c, &o.output, table.Text, table.JSON)
	return c
}

// checkOptionValue refuses inputs the formula cannot take.
func checkOptionValue(c *cobra.Command, o *optionValueOptions) error {
	for _, name := range []string{"spot", "strike", "years", "vol"} {
		if !c.Flags().Changed(name) {
			return usageError(c, "--%s is required", name)
		}
	}
	in := o.in
	for _, f := range []struct {
		name string
		v    float64
		ok   bool
		want string
	}{
		{"spot", in.Spot, in.Spot > 0, "a positive price"},
		{"strike", in.Strike, in.Strike > 0, "a positive price"},
		{"years", in.Years, in.Years >= 0 && in.Years <= 100, "between 0 and 100"},
		{"vol", in.Vol, in.Vol >= 0 && in.Vol <= 10, "between 0 and 10 (a fraction: 0.4 is 40%)"},
		{"rate", in.Rate, in.Rate > -1 && in.Rate < 1, "between −1 and 1 (a fraction)"},
		{"dividend", in.Dividend, in.Dividend >= 0 && in.Dividend < 1, "between 0 and 1 (a fraction)"},
	} {
		if !f.ok {
			return usageError(c, "--%s is %v; want %s", f.name, f.v, f.want)
		}
	}
	return nil
}

// optionValueJSON is the command's JSON output.
type optionValueJSON struct {
	Inputs optionInputs `json:"inputs"`
	Call   float64      `json:"call"`
	Put    float64      `json:"put"`
	Greeks struct {
		Call greeks `json:"call"`
		Put  greeks `json:"put"`
	} `json:"greeks"`
}

type optionInputs struct {
	Spot     float64 `json:"spot"`
	Strike   float64 `json:"strike"`
	Years    float64 `json:"years"`
	Vol      float64 `json:"vol"`
	Rate     float64 `json:"rate"`
	Dividend float64 `json:"dividend"`
}

type greeks struct {
	Delta float64 `json:"delta"`
	Gamma float64 `json:"gamma"`
	Vega  float64 `json:"vega"`
	Theta float64 `json:"theta"`
	Rho   float64 `json:"rho"`
}

func runOptionValue(a *app, o *optionValueOptions) error {
	r := value.BlackScholes(o.in)
	if o.output == table.JSON {
		in := o.in
		out := optionValueJSON{Inputs: optionInputs(in), Call: round6(r.Call), Put: round6(r.Put)}
		out.Greeks.Call = greeks{round6(r.CallDelta), round6(r.Gamma), round6(r.Vega), round6(r.CallTheta), round6(r.CallRho)}
		out.Greeks.Put = greeks{round6(r.PutDelta), round6(r.Gamma), round6(r.Vega), round6(r.PutTheta), round6(r.PutRho)}
		return writeJSON(a.stdout, out)
	}
	t := &table.Table{
		Title: fmt.Sprintf("European option: spot %s, strike %s, %g years, volatility %g%%, rate %g%%, dividend yield %g%%",
			dollars(o.in.Spot), dollars(o.in.Strike), o.in.Years, 100*o.in.Vol, 100*o.in.Rate, 100*o.in.Dividend),
		Columns: []table.Column{{Name: ""}, {Name: "value", Align: table.Right}, {Name: "delta", Align: table.Right},
			{Name: "gamma", Align: table.Right}, {Name: "vega", Align: table.Right}, {Name: "theta/yr", Align: table.Right},
			{Name: "rho", Align: table.Right}},
		Notes: []string{"Black–Scholes–Merton; not financial advice."},
	}
	t.AddRow("call", f4(r.Call), f4(r.CallDelta), f4(r.Gamma), f4(r.Vega), f4(r.CallTheta), f4(r.CallRho))
	t.AddRow("put", f4(r.Put), f4(r.PutDelta), f4(r.Gamma), f4(r.Vega), f4(r.PutTheta), f4(r.PutRho))
	return table.Write(a.stdout, table.Text, t)
}

// round6 rounds to six decimals, so JSON output does not depend on the last bits of a platform's
// floating point.
func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

func f4(x float64) string { return fmt.Sprintf("%.4f", x) }

func dollars(x float64) string { return bespoke.PriceFromFloat(x).String() }
