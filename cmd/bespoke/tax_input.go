package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/tax"
)

// taxInput is the command's input, as in the JSON file: amounts are dollars.
type taxInput struct {
	Year   int
	Status string
	State  string
	City   string
	Money  [len(moneyFields)]bespoke.Money
}

// inputField is one field of the command's input: its JSON key, its flag, what it is, and where
// it is kept in a taxInput (an *int, a *string or a *bespoke.Money). taxFields lists them all,
// and the decoder, the flags and the --help list are made from that one list.
type inputField struct {
	name, flag, help string
	ptr              func(*taxInput) any
}

// moneyFields are the input's amounts, in the order of taxInput.Money and of returnAmounts,
// with what each is.
var moneyFields = [...]struct{ name, help string }{
	{"wages", "Social Security and Medicare wages: salary, bonus, RSUs, NSO spreads"},
	{"spouse_wages", "the spouse's wages, on a married_joint return"},
	{"non_fica_compensation", "W-2 income that is not Social Security or Medicare wages: the ordinary income of an ISO or ESPP disqualifying disposition"},
	{"iso_bargain", "bargain element of incentive stock options exercised and kept past the year's end (Form 6251 line 2i)"},
	{"amt_disposition_ordinary", "Form 6251 line 2k on the ordinary income of shares sold: the AMT's income minus the regular tax's, negative for ISO shares whose bargain element was in an earlier year's AMT"},
	{"amt_disposition_ltcg", "the same on the long-term gain of shares sold"},
	{"amt_disposition_stcg", "the same on the short-term gain of shares sold"},
	{"ltcg", "net long-term capital gain, after any exclusion"},
	{"stcg", "net short-term capital gain"},
	{"rate_28_gain", "the part of ltcg taxed at up to 28%: the section 1202 gain a 50% or 75% QSBS exclusion leaves"},
	{"qsbs_excluded", "gain excluded under IRC 1202, which the states that do not follow it tax (CA and PA; NJ before 2026, OR from 2026)"},
	{"qsbs_excluded_regular_only", "the part of qsbs_excluded the AMT does not exclude (shares with a higher AMT basis)"},
	{"qualified_dividends", "qualified dividends, part of ordinary_dividends"},
	{"ordinary_dividends", "ordinary dividends, qualified ones included"},
	{"interest", "taxable interest"},
	{"state_income_tax_paid", "state and local income tax paid in the year (Schedule A line 5a)"},
	{"mortgage_interest", "deductible home mortgage interest (Schedule A line 8a)"},
	{"prior_amt_credit", "federal minimum tax credit carried into the year (Form 8801 line 21)"},
	{"prior_state_amt_credit", "the state's minimum tax credit carried into the year (California FTB 3510)"},
}

// taxFields is every input field: the return's place and year, then its amounts.
var taxFields = func() []inputField {
	fields := []inputField{
		{"tax_year", "year", "the tax year", func(in *taxInput) any { return &in.Year }},
		{"filing_status", "status", "single (the default), married_joint, married_separate or head_of_household",
			func(in *taxInput) any { return &in.Status }},
		{"state", "state", "state of residence, two letters, or empty for none", func(in *taxInput) any { return &in.State }},
		{"city", "city", "city with an income tax: NYC, or empty", func(in *taxInput) any { return &in.City }},
	}
	for i, m := range moneyFields {
		fields = append(fields, inputField{m.name, strings.ReplaceAll(m.name, "_", "-"), m.help,
			func(in *taxInput) any { return &in.Money[i] }})
	}
	return fields
}()

// returnAmounts lists r's amounts in the order of moneyFields.
func returnAmounts(r *tax.Return) [len(moneyFields)]*int64 {
	a := &r.AMTDisposition
	return [...]*int64{&r.Wages, &r.SpouseWages, &r.NonFICACompensation, &r.ISOBargain,
		&a.Ordinary, &a.LTCG, &a.STCG, &r.LTCG, &r.STCG, &r.Rate28Gain,
		&r.QSBSExcluded, &r.QSBSExcludedRegularOnly, &r.QualifiedDividends, &r.OrdinaryDividends, &r.Interest,
		&r.StateIncomeTaxPaid, &r.MortgageInterest, &r.PriorAMTCredit, &r.PriorStateAMTCredit}
}

// addInputFlags adds a flag for every input field, kept in fields.
func addInputFlags(f *pflag.FlagSet, fields *taxInput) {
	for _, fl := range taxFields {
		switch p := fl.ptr(fields).(type) {
		case *int:
			f.IntVar(p, fl.flag, 0, fl.help)
		case *string:
			f.StringVar(p, fl.flag, "", fl.help)
		case *bespoke.Money:
			f.Var((*moneyValue)(p), fl.flag, strings.ReplaceAll(fl.name, "_", " ")+" in dollars")
		}
	}
}

// overrideInput copies into in the fields whose flag was given (set holds the flag names with
// underscores), from the flags' values in flags.
func overrideInput(in, flags *taxInput, set map[string]bool) {
	for _, fl := range taxFields {
		if !set[strings.ReplaceAll(fl.flag, "-", "_")] {
			continue
		}
		switch p := fl.ptr(in).(type) {
		case *int:
			*p = *fl.ptr(flags).(*int)
		case *string:
			*p = *fl.ptr(flags).(*string)
		case *bespoke.Money:
			*p = *fl.ptr(flags).(*bespoke.Money)
		}
	}
}

// inputFieldsHelp lists the input fields for --help, one a line: the name, then what it is,
// wrapped to width.
func inputFieldsHelp(width int) string {
	const column = 29 // two spaces, the longest name (26) and a space
	var b strings.Builder
	for i, fl := range taxFields {
		if i > 0 {
			b.WriteString("\n")
		}
		lines := wrapWords(fl.help, width-column)
		fmt.Fprintf(&b, "  %-*s %s", column-3, fl.name, strings.Join(lines, "\n"+strings.Repeat(" ", column)))
	}
	return b.String()
}

// wrapWords breaks text into lines of at most width characters, between words.
func wrapWords(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines, line = append(lines, line), ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}

// inputFieldNames lists the input fields' JSON keys, in order.
func inputFieldNames() []string {
	names := make([]string, len(taxFields))
	for i, fl := range taxFields {
		names[i] = fl.name
	}
	return names
}

// decodeTaxInput decodes the JSON input, naming the field of any error. The input is one JSON
// object and nothing after it but white space; unknown fields are errors; null or missing
// fields are zero.
func decodeTaxInput(data []byte) (taxInput, error) {
	var in taxInput
	var raw map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&raw); err != nil {
		return in, bespoke.Errorf(bespoke.EINVALID, "input is not a JSON object: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return in, &bespoke.Error{Code: bespoke.EINVALID, Message: "input has more after its JSON object",
			Hint: "give one JSON object, such as {\"tax_year\": 2025, \"wages\": 200000}"}
	}
	for _, key := range sortedKeys(raw) {
		i := slices.IndexFunc(taxFields, func(f inputField) bool { return f.name == key })
		if i < 0 {
			return in, &bespoke.Error{Code: bespoke.EINVALID, Message: fmt.Sprintf("unknown field %q in the input", key),
				Hint: "known fields: " + strings.Join(inputFieldNames(), ", ")}
		}
		if bytes.Equal(bytes.TrimSpace(raw[key]), []byte("null")) {
			continue // as if missing: bespoke.Money refuses null
		}
		if err := json.Unmarshal(raw[key], taxFields[i].ptr(&in)); err != nil {
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
		return bespoke.Errorf(bespoke.EINVALID, "want %s, not a JSON %s", jsonWant(te.Type), te.Value)
	}
	return bespoke.Errorf(bespoke.EINVALID, "%v", err)
}

// jsonWant names what a field of type t takes, for an error message.
func jsonWant(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int, reflect.Int64:
		return "a whole number"
	case reflect.String:
		return "a string"
	}
	return "a " + t.String()
}

func sortedKeys(m map[string]json.RawMessage) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
