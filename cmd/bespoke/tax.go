package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
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

// taxInput is the command's input, as in the JSON file: amounts are dollars.
type taxInput struct {
	Year   int
	Status string
	State  string
	City   string
	Money  [len(moneyFields)]bespoke.Money
}

// moneyFields are the input's amounts, by JSON name, in the order of taxInput.Money and of
// returnAmounts.
var moneyFields = [...]string{"wages", "spouse_wages", "non_fica_compensation", "iso_bargain",
	"amt_disposition_ordinary", "amt_disposition_ltcg", "amt_disposition_stcg", "ltcg", "stcg", "rate_28_gain",
	"qsbs_excluded", "qsbs_excluded_regular_only", "qualified_dividends", "ordinary_dividends", "interest",
	"state_income_tax_paid", "mortgage_interest", "prior_amt_credit", "prior_state_amt_credit"}

// returnAmounts lists r's amounts in the order of moneyFields.
func returnAmounts(r *tax.Return) [len(moneyFields)]*int64 {
	a := &r.AMTDisposition
	return [...]*int64{&r.Wages, &r.SpouseWages, &r.NonFICACompensation, &r.ISOBargain,
		&a.Ordinary, &a.LTCG, &a.STCG, &r.LTCG, &r.STCG, &r.Rate28Gain,
		&r.QSBSExcluded, &r.QSBSExcludedRegularOnly, &r.QualifiedDividends, &r.OrdinaryDividends, &r.Interest,
		&r.StateIncomeTaxPaid, &r.MortgageInterest, &r.PriorAMTCredit, &r.PriorStateAMTCredit}
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

Input fields: tax_year, filing_status (single, married_joint, married_separate,
head_of_household), state (two letters, or empty), city (NYC or empty), and the amounts
` + wrapList(moneyFields[:], 95) + `.
Missing amounts are 0, and all are zero or more except the amt_disposition_* adjustments.

wages are Social Security and Medicare wages (salary, bonus, RSUs, NSO spreads);
non_fica_compensation is W-2 income that is not (the ordinary income of an ISO or ESPP
disqualifying disposition). amt_disposition_ordinary, _ltcg and _stcg are Form 6251 line 2k by
the income each changes: the AMT's income from shares sold minus the regular tax's, negative
for ISO shares whose bargain element was in an earlier year's AMT (give negative values as
--amt-disposition-ltcg=-200000). ltcg and stcg are after any exclusion; rate_28_gain is the
part of ltcg taxed at up to 28% (the section 1202 gain a 50% or 75% QSBS exclusion leaves);
qsbs_excluded is the gain excluded under IRC 1202, which California taxes;
qsbs_excluded_regular_only is the part of it the AMT does not exclude (shares with a higher AMT
basis). ordinary_dividends include qualified_dividends.`,
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
	f.IntVar(&o.fields.Year, "year", 0, "tax year")
	f.StringVar(&o.fields.Status, "status", "", "filing status: single, married_joint, married_separate or head_of_household")
	f.StringVar(&o.fields.State, "state", "", "state of residence, two letters (empty for none)")
	f.StringVar(&o.fields.City, "city", "", "city with an income tax: NYC (or empty)")
	for i, name := range moneyFields {
		f.Var((*moneyValue)(&o.fields.Money[i]), strings.ReplaceAll(name, "_", "-"), strings.ReplaceAll(name, "_", " ")+" in dollars")
	}
	return c
}

// wrapList joins items with commas into lines of at most width characters.
func wrapList(items []string, width int) string {
	var b strings.Builder
	line := 0
	for i, it := range items {
		if i > 0 {
			b.WriteString(",")
			line++
			if line+1+len(it) > width {
				b.WriteString("\n")
				line = 0
			} else {
				b.WriteString(" ")
				line++
			}
		}
		b.WriteString(it)
		line += len(it)
	}
	return b.String()
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
	if o.set["year"] {
		in.Year = o.fields.Year
	}
	if o.set["status"] {
		in.Status = o.fields.Status
	}
	if o.set["state"] {
		in.State = o.fields.State
	}
	if o.set["city"] {
		in.City = o.fields.City
	}
	for i, name := range moneyFields {
		if o.set[name] {
			in.Money[i] = o.fields.Money[i]
		}
	}
	return in, nil
}

func readInputFile(a *app, name string) ([]byte, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(io.LimitReader(a.stdin, 1<<20))
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return nil, &bespoke.Error{Code: bespoke.EINVALID, Message: fmt.Sprintf("cannot read %s: %v", name, err), Err: err}
	}
	return data, nil
}

// decodeTaxInput decodes the JSON input, naming the field of any error. Unknown fields are
// errors; null or missing fields are zero.
func decodeTaxInput(data []byte) (taxInput, error) {
	var in taxInput
	var raw map[string]json.RawMessage
	if err := json.NewDecoder(bytes.NewReader(data)).Decode(&raw); err != nil {
		return in, bespoke.Errorf(bespoke.EINVALID, "input is not a JSON object: %v", err)
	}
	targets := map[string]any{"tax_year": &in.Year, "filing_status": &in.Status, "state": &in.State, "city": &in.City}
	for i, name := range moneyFields {
		targets[name] = &in.Money[i]
	}
	for _, key := range sortedKeys(raw) {
		dst, ok := targets[key]
		if !ok {
			return in, &bespoke.Error{Code: bespoke.EINVALID, Message: fmt.Sprintf("unknown field %q in the input", key),
				Hint: "known fields: tax_year, filing_status, state, city, " + strings.Join(moneyFields[:], ", ")}
		}
		if err := json.Unmarshal(raw[key], dst); err != nil {
			return in, bespoke.Errorf(bespoke.EINVALID, "field %s: %s", key, bespoke.ErrorMessage(jsonCause(err)))
		}
	}
	return in, nil
}

// jsonCause turns encoding/json's errors into a *bespoke.Error with a readable message.
func jsonCause(err error) error {
	var be *bespoke.Error
	var te *json.UnmarshalTypeError
	if errors.As(err, &be) {
		return be
	}
	if errors.As(err, &te) {
		return bespoke.Errorf(bespoke.EINVALID, "want a %s, not a JSON %s", te.Type, te.Value)
	}
	return bespoke.Errorf(bespoke.EINVALID, "%v", err)
}

func sortedKeys(m map[string]json.RawMessage) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
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
