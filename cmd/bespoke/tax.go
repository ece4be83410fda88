package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/table"
	"github.com/bespokehq/bespoke/tax"
)

func init() { register(newTaxCmd) }

// taxOptions holds what the tax command was asked: the input file, the fields set by flags
// (which override the file's), and how to print.
type taxOptions struct {
	input     string
	output    table.Format
	explain   bool
	inflation float64
	project   bool // --inflation was given: years after the latest tables are projected
	fields    taxInput
	set       map[string]bool // input fields given by a flag
}

// defaultInflation projects a state's unpublished tables when --inflation is not given: the
// workspace's default assumption (assumptions.inflation).
const defaultInflation = 0.025

func newTaxCmd(a *app) *cobra.Command {
	o := &taxOptions{set: map[string]bool{}}
	c := &cobra.Command{
		Use:   "tax",
		Short: "Compute one year's federal and state income tax, FICA and state payroll tax",
		Long: `Compute one tax year's federal income tax (regular tax, AMT with the ISO preference and the
minimum tax credit, net investment income tax, Additional Medicare Tax), the employee's FICA,
the state income tax and the state's payroll tax (California SDI), from a JSON file and/or
flags. Amounts are dollars. Flags override the file. --explain lists every form line used,
federal and state. The output names any value of the year's tables that is derived rather
than published.

Years after the latest published federal tables are computed only with --inflation, which
indexes the latest law's brackets and thresholds at that yearly rate; the output then says so.
A state whose tables for a published federal year are not out yet is projected the same way,
at --inflation (default 2.5%, the workspace's default), and the output says so.

Input fields (JSON keys; each is also a flag: --year, --status, --state, --city, and each
amount's name with dashes, e.g. --non-fica-compensation):
` + inputFieldsHelp(95) + `

Amounts are dollars. Missing ones are 0, and all are zero or more except the
amt_disposition_* adjustments (give a negative one as --amt-disposition-ltcg=-200000).`,
		Example: `  bespoke tax --year 2026 --status single --wages 250000 --iso-bargain 400000
  bespoke tax --year 2026 --wages 150000 --ltcg 250000 --amt-disposition-ltcg=-200000 --prior-amt-credit 43483
  bespoke tax --year 2025 --state CA --wages 200000 --ltcg 500000 --rate-28-gain 500000 --qsbs-excluded 500000
  bespoke tax --input return.json --output json
  echo '{"tax_year": 2025, "filing_status": "married_joint", "wages": 500000}' | bespoke tax --input - --explain
  bespoke tax --year 2028 --inflation 0.025 --wages 300000`,
		Args: maxArgs(0, "no arguments"),
		RunE: run(func(c *cobra.Command, _ []string) error {
			c.Flags().Visit(func(f *pflag.Flag) { o.set[strings.ReplaceAll(f.Name, "-", "_")] = true })
			o.project = o.set["inflation"]
			return runTax(a, o)
		}),
	}
	f := c.Flags()
	f.StringVarP(&o.input, "input", "i", "", "JSON file with the return (- for standard input)")
	addOutputFlag(c, &o.output, table.Text, table.JSON)
	f.BoolVar(&o.explain, "explain", false, "list every form line used")
	f.Float64Var(&o.inflation, "inflation", defaultInflation, "yearly inflation rate that projects tables not yet published (federal years only when given)")
	addInputFlags(f, &o.fields)
	return c
}

// moneyValue is a flag holding dollars, exact to the cent.
type moneyValue bespoke.Money

func (m *moneyValue) String() string     { return bespoke.Money(*m).String() }
func (m *moneyValue) Type() string       { return "dollars" }
func (m *moneyValue) Set(s string) error { return (*bespoke.Money)(m).UnmarshalText([]byte(s)) }

func runTax(a *app, o *taxOptions) error {
	in, err := readTaxInput(a, o)
	if err != nil {
		return err
	}
	tables, err := tax.LoadTables()
	if err != nil {
		return &bespoke.Error{Code: bespoke.EINTERNAL, Err: err}
	}
	r, p, err := resolveReturn(tables, in, o)
	if err != nil {
		return err
	}
	var res tax.Result
	tax.Compute(r, p, &res)
	if o.output == table.JSON {
		return writeJSON(a.stdout, taxJSON(p, &res, o.explain))
	}
	return table.Write(a.stdout, table.Text, taxTables(r, p, &res, o.explain)...)
}

// readTaxInput reads the file, if any, then applies the flags that were given.
func readTaxInput(a *app, o *taxOptions) (taxInput, error) {
	var in taxInput
	if o.input != "" {
		data, err := readInputFile(a, o.input)
		if err != nil {
			return in, err
		}
		if in, err = decodeTaxInput(data); err != nil {
			return in, err
		}
	}
	overrideInput(&in, &o.fields, o.set)
	return in, nil
}

// maxTaxInput is the largest tax input read, in bytes: a return is a few hundred.
const maxTaxInput = 1 << 20

// readInputFile reads the tax input from the file name, or standard input for "-", refusing
// one over maxTaxInput.
func readInputFile(a *app, name string) ([]byte, error) {
	var r io.Reader = a.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, &bespoke.Error{Code: bespoke.EINVALID, Message: fmt.Sprintf("cannot read %s: %v", name, err), Err: err}
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxTaxInput+1))
	if err != nil {
		return nil, &bespoke.Error{Code: bespoke.EINVALID, Message: fmt.Sprintf("cannot read %s: %v", name, err), Err: err}
	}
	if len(data) > maxTaxInput {
		return nil, &bespoke.Error{Code: bespoke.EINVALID, Message: fmt.Sprintf("%s is over the 1 MiB a tax input may be", inputName(name))}
	}
	return data, nil
}

// resolveReturn checks the input and resolves the law for it.
func resolveReturn(t *tax.Tables, in taxInput, o *taxOptions) (*tax.Return, *tax.Params, error) {
	if in.Year == 0 {
		return nil, nil, &bespoke.Error{Code: bespoke.EINVALID, Message: "no tax year given",
			Hint: "set tax_year in the input or pass --year"}
	}
	if in.Status == "" {
		in.Status = string(bespoke.Single)
	}
	if in.Year > t.Latest() && !o.project {
		return nil, nil, t.YearError(in.Year)
	}
	r := &tax.Return{Year: in.Year, Status: bespoke.FilingStatus(in.Status), State: strings.ToUpper(in.State), City: strings.ToUpper(in.City)}
	for i, dst := range returnAmounts(r) {
		*dst = in.Money[i].Cents()
	}
	p, err := t.For(r.Year, r.Status, r.State, r.City, o.inflation)
	if err != nil {
		return nil, nil, err
	}
	if err := r.Validate(p); err != nil {
		return nil, nil, err
	}
	return r, p, nil
}
