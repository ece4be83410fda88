package tax

import (
	"embed"
	"fmt"
	"math"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/bespokehq/bespoke"
)

// stateFiles holds one parameter file per modelled state and tax year, and the list of states
// without a tax on wages.
//
//go:embed params/states
var stateFiles embed.FS

// stCodes are the postal codes of the fifty states and the District of Columbia.
var stCodes = strings.Fields(`AK AL AR AZ CA CO CT DC DE FL GA HI IA ID IL IN KS KY LA MA MD ME
	MI MN MO MS MT NC ND NE NH NJ NM NV NY OH OK OR PA RI SC SD TN TX UT VA VT WA WI WV WY`)

// stModelled maps the states with parameter files to their computation.
var stModelled = map[string]stKind{
	"CA": stKindCA, "NY": stKindNY, "MA": stKindMA, "WA": stKindWA, "NH": stKindNH,
	"AZ": stKindGen, "CO": stKindGen, "GA": stKindGen, "IL": stKindGen, "IN": stKindGen, "KY": stKindGen, "MD": stKindGen, "MI": stKindGen, "MN": stKindGen, "NC": stKindGen, "NJ": stKindGen, "OR": stKindGen, "PA": stKindGen, "SC": stKindGen, "UT": stKindGen, "VA": stKindGen,
}

// stNoTaxFile lists the states that tax neither wages nor investment income, and the year New
// Hampshire's interest and dividends tax ends.
type stNoTaxFile struct {
	States            Sourced[[]string] `json:"states"`
	NewHampshireUntil Sourced[int]      `json:"new_hampshire_taxed_until"`
}

// loadStateParams loads and compiles a state's law for a tax year. An empty state means no state
// tax. For a year after the latest published tables, when inflation is a number (not NaN), the
// latest law is used with its indexed amounts moved forward by inflation a year, rounded as each
// state rounds, and projected is true. Values the file marks as derived or secondary are listed in
// the result's Estimated; they do not make a published year projected.
//
// Errors are *bespoke.Error: EINVALID for an unknown state code, EUNSUPPORTED for a state that
// is not modelled (naming those that are) or a year without tables (naming the years that have
// them).
func loadStateParams(year int, state string, inflation float64) (StateParams, bool, error) {
	code := strings.ToUpper(strings.TrimSpace(state))
	if code == "" {
		return StateParams{Year: year}, false, nil
	}
	if !slices.Contains(stCodes, code) {
		return StateParams{}, false, bespoke.Errorf(bespoke.EINVALID,
			"unknown state %q: use a two-letter US postal code such as CA or NY", state)
	}
	noTax, err := stNoTax()
	if err != nil {
		return StateParams{}, false, err
	}
	if slices.Contains(noTax.States.Value, code) && (code != "NH" || year > noTax.NewHampshireUntil.Value) {
		return StateParams{Code: code, Year: year}, false, nil
	}
	kind, ok := stModelled[code]
	if !ok {
		return StateParams{}, false, &bespoke.Error{Code: bespoke.EUNSUPPORTED,
			Message: fmt.Sprintf("state income tax for %s is not modelled", code),
			Hint:    "supported states: " + strings.Join(stSupported(noTax.States.Value), ", ")}
	}
	return stLoadYear(code, kind, year, inflation)
}

// StateModelled reports whether the tax engine computes the income tax of a state: one it
// models, one without a wage income tax, or none (""). Codes are two-letter postal codes.
func StateModelled(state string) bool {
	code := strings.ToUpper(strings.TrimSpace(state))
	if code == "" {
		return true
	}
	if _, ok := stModelled[code]; ok {
		return true
	}
	noTax, err := stNoTax()
	return err == nil && slices.Contains(noTax.States.Value, code)
}

// stSupported lists every state code loadStateParams accepts, in order.
func stSupported(noTax []string) []string {
	out := append([]string(nil), noTax...)
	for code := range stModelled {
		if !slices.Contains(out, code) {
			out = append(out, code)
		}
	}
	slices.Sort(out)
	return out
}

// stLoadYear picks the parameter file for the year, or the latest one to project from.
func stLoadYear(code string, kind stKind, year int, inflation float64) (StateParams, bool, error) {
	years, err := stateYears(code)
	if err != nil {
		return StateParams{}, false, err
	}
	last := years[len(years)-1]
	fileYear, indexYears := year, 0
	if !slices.Contains(years, year) {
		if year < last || math.IsNaN(inflation) || math.IsInf(inflation, 0) || inflation <= -1 {
			return StateParams{}, false, stNoYear(code, year, years)
		}
		fileYear, indexYears = last, year-last
	}
	name := path.Join("params/states", strings.ToLower(code), strconv.Itoa(fileYear)+".json")
	data, err := stateFiles.ReadFile(name)
	if err != nil {
		return StateParams{}, false, stInternal(err)
	}
	p := StateParams{Code: code, Year: year, kind: kind}
	var estimated []stEstimate
	switch kind {
	case stKindCA:
		p.ca, estimated, err = stLoad[caFile, caParams](name, data, inflation, indexYears)
	case stKindNY:
		p.ny, estimated, err = stLoad[nyFile, nyParams](name, data, inflation, indexYears)
	case stKindMA:
		p.ma, estimated, err = stLoad[maFile, maParams](name, data, inflation, indexYears)
	case stKindWA:
		p.wa, estimated, err = stLoad[waFile, waParams](name, data, inflation, indexYears)
	case stKindNH:
		p.nh, estimated, err = stLoad[nhFile, nhParams](name, data, inflation, indexYears)
	case stKindGen:
		p.gen, estimated, err = stLoad[genFile, genParams](name, data, inflation, indexYears)
	}
	if err != nil {
		return StateParams{}, false, stInternal(err)
	}
	var payrollProjected bool
	if p.payroll, payrollProjected, err = loadPayroll(code, year); err != nil {
		return StateParams{}, false, err
	}
	p.Projected = indexYears > 0 || payrollProjected
	for _, e := range estimated {
		p.Estimated = append(p.Estimated, Estimate{Jurisdiction: code, Year: fileYear, Parameter: e.Parameter, Reason: e.Reason})
	}
	return p, p.Projected, nil
}

// stParamFile is what every state parameter file type provides.
type stParamFile[F, P any] interface {
	*F
	estimated() []stEstimate
	index(inflation float64, years int)
	compile() (P, error)
}

// stLoad decodes a parameter file (every value must carry a source), indexes it when projecting
// and compiles it; it also returns the values the file marks as derived or secondary.
func stLoad[F, P any, PF stParamFile[F, P]](name string, data []byte, inflation float64, years int) (P, []stEstimate, error) {
	var f F
	pf := PF(&f)
	var zero P
	if err := decodeParams(name, data, pf); err != nil {
		return zero, nil, err
	}
	for _, e := range pf.estimated() {
		if strings.TrimSpace(e.Parameter) == "" || strings.TrimSpace(e.Reason) == "" {
			return zero, nil, fmt.Errorf("%s: an estimated value needs a parameter and a reason", name)
		}
	}
	if years > 0 {
		pf.index(inflation, years)
	}
	p, err := pf.compile()
	if err != nil {
		return zero, nil, fmt.Errorf("%s: %w", name, err)
	}
	return p, pf.estimated(), nil
}

// stateYears lists the tax years that have a parameter file for the state, in order.
func stateYears(code string) ([]int, error) {
	entries, err := stateFiles.ReadDir(path.Join("params/states", strings.ToLower(code)))
	if err != nil {
		return nil, stInternal(err)
	}
	var years []int
	for _, e := range entries {
		if y, err := strconv.Atoi(strings.TrimSuffix(e.Name(), ".json")); err == nil && strings.HasSuffix(e.Name(), ".json") {
			years = append(years, y)
		}
	}
	if len(years) == 0 {
		return nil, stInternal(fmt.Errorf("no parameter files for %s", code))
	}
	slices.Sort(years)
	return years, nil
}

// stNoYear is the error for a year without tables.
func stNoYear(code string, year int, years []int) error {
	list := make([]string, len(years))
	for i, y := range years {
		list[i] = strconv.Itoa(y)
	}
	return &bespoke.Error{Code: bespoke.EUNSUPPORTED,
		Message: fmt.Sprintf("no %s tax tables for %d; years available: %s", code, year, strings.Join(list, ", ")),
		Hint:    fmt.Sprintf("later years are projected from %d when an inflation rate is given", years[len(years)-1])}
}

// stNoTax loads the list of states without a tax on wages.
func stNoTax() (stNoTaxFile, error) {
	var f stNoTaxFile
	const name = "params/states/no_wage_tax.json"
	data, err := stateFiles.ReadFile(name)
	if err == nil {
		err = decodeParams(name, data, &f)
	}
	if err != nil {
		return f, stInternal(err)
	}
	return f, nil
}

// stInternal wraps a failure of the embedded parameter files, which tests keep from happening.
func stInternal(err error) error {
	return &bespoke.Error{Code: bespoke.EINTERNAL, Message: "state tax parameters are broken", Err: err}
}
