package tax

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/bespokehq/bespoke"
)

// Tables holds the compiled federal law of every published tax year. Load it once with
// LoadTables; it is read-only afterwards and safe for concurrent use.
type Tables struct {
	federal map[int]*[nStatus]FederalParams
	years   []int // ascending
}

// LoadTables reads, validates and compiles the embedded parameter files. An error means a
// parameter file is broken (a value without a source, a missing filing status, brackets out of
// order), which is a defect of the build, not of the user's input.
func LoadTables() (*Tables, error) {
	fed, err := loadFederal()
	if err != nil {
		return nil, fmt.Errorf("tax: %w", err)
	}
	t := &Tables{federal: fed}
	for y := range fed {
		t.years = append(t.years, y)
	}
	slices.Sort(t.years)
	if len(t.years) == 0 {
		return nil, fmt.Errorf("tax: no federal parameter files")
	}
	for i := 1; i < len(t.years); i++ {
		if t.years[i] != t.years[i-1]+1 {
			return nil, fmt.Errorf("tax: federal parameter files skip from %d to %d", t.years[i-1], t.years[i])
		}
	}
	return t, nil
}

// Years returns the tax years with published tables, ascending.
func (t *Tables) Years() []int { return slices.Clone(t.years) }

// Latest returns the latest tax year with published tables.
func (t *Tables) Latest() int { return t.years[len(t.years)-1] }

// For resolves the law for a tax year, filing status, state ("" for none) and city ("NYC" or
// "") into Params, once per workspace. Years after the latest published are projected: the
// latest published law with its brackets and thresholds indexed by inflation a year (see
// projectFederal), with Params.Projected set; a caller that wants published law only checks
// Latest first. Errors are *bespoke.Error: EINVALID for an unknown status, state, city, an
// inflation rate outside (−50%, 100%), or a projection more than 50 years ahead or by a factor
// outside 1/1,000 to 1,000; EUNSUPPORTED for a year before the first published.
func (t *Tables) For(year int, status bespoke.FilingStatus, state, city string, inflation float64) (*Params, error) {
	si := statusIndex(status)
	if si < 0 {
		return nil, bespoke.Errorf(bespoke.EINVALID, "unknown filing status %q (want single, married_joint, married_separate or head_of_household)", status)
	}
	if err := checkPlace(state, city); err != nil {
		return nil, err
	}
	if math.IsNaN(inflation) || inflation <= -0.5 || inflation >= 1 {
		return nil, bespoke.Errorf(bespoke.EINVALID, "inflation %v is out of range (want a yearly rate such as 0.025)", inflation)
	}
	if year > t.Latest() {
		if err := checkProjection(year, t.Latest(), inflation); err != nil {
			return nil, err
		}
	}
	p := &Params{Year: year, Status: status, StateCode: state, City: city}
	if err := t.federalFor(p, si, inflation); err != nil {
		return nil, err
	}
	sp, projected, err := loadStateParams(year, state, inflation)
	if err != nil {
		return nil, err
	}
	p.State = sp
	p.Estimated = sp.Estimated
	if projected && !p.Projected {
		p.Projected = true
		p.Note = fmt.Sprintf("%s state tables for %d are projected at %s inflation a year", state, year, percent(inflation))
	}
	return p, nil
}

func (t *Tables) federalFor(p *Params, si int, inflation float64) error {
	first, latest := t.years[0], t.Latest()
	switch {
	case p.Year < first:
		return &bespoke.Error{Code: bespoke.EUNSUPPORTED,
			Message: fmt.Sprintf("no federal tax tables for %d: tables are published for %s", p.Year, t.yearList()),
			Hint:    fmt.Sprintf("years after %d are projected from the %d law", latest, latest)}
	case p.Year <= latest:
		p.Federal = t.federal[p.Year][si]
	default:
		p.Federal = projectFederal(&t.federal[latest][si], p.Year, inflation)
		p.Projected = true
		p.Note = fmt.Sprintf("%d has no published tax tables: computed with the %d law, brackets and thresholds indexed at %s inflation a year",
			p.Year, latest, percent(inflation))
	}
	return nil
}

// Projections reach at most maxProjectionYears past the latest published tables, and index
// the law by a factor between 1/maxProjectionGrowth and maxProjectionGrowth: beyond that the
// brackets and thresholds, indexed in whole dollars, collapse into each other or outgrow what
// the engine's cent arithmetic holds, and a projection so far out says nothing about the law.
const (
	maxProjectionYears  = 50
	maxProjectionGrowth = 1000
)

// checkProjection refuses, as EINVALID, a projection to year from the latest tables that is
// too far ahead or indexes the law too much at the yearly inflation rate.
func checkProjection(year, latest int, inflation float64) error {
	ahead := year - latest
	if ahead > maxProjectionYears {
		return bespoke.Errorf(bespoke.EINVALID, "%d is too far ahead to project: projections reach %d, %d years past the %d tables",
			year, latest+maxProjectionYears, maxProjectionYears, latest)
	}
	g := math.Pow(1+inflation, float64(ahead))
	if g <= maxProjectionGrowth && g >= 1.0/maxProjectionGrowth {
		return nil
	}
	how := "multiply"
	if g < 1 {
		how = "divide"
	}
	return &bespoke.Error{Code: bespoke.EINVALID,
		Message: fmt.Sprintf("inflation of %s a year from %d to %d would %s the law's amounts by more than %d",
			percent(inflation), latest, year, how, maxProjectionGrowth),
		Hint: "give a yearly rate such as 0.025, or a nearer year"}
}

// yearList formats the published years as "2024, 2025 and 2026".
func (t *Tables) yearList() string {
	s := make([]string, len(t.years))
	for i, y := range t.years {
		s[i] = strconv.Itoa(y)
	}
	if len(s) == 1 {
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

// YearError returns the EUNSUPPORTED error for a year without published tables when the caller
// does not want a projection; its message names the published years.
func (t *Tables) YearError(year int) error {
	return &bespoke.Error{Code: bespoke.EUNSUPPORTED,
		Message: fmt.Sprintf("no tax tables for %d: tables are published for %s", year, t.yearList()),
		Hint:    fmt.Sprintf("give an inflation rate to project the %d law to %d", t.Latest(), year)}
}

func checkPlace(state, city string) error {
	if state != "" && !bespoke.IsState(state) {
		return bespoke.Errorf(bespoke.EINVALID, "unknown state %q (want a two-letter US state code such as CA, or none)", state)
	}
	switch {
	case city == "":
	case city != "NYC":
		return bespoke.Errorf(bespoke.EINVALID, "unknown city %q (the only city tax known is NYC)", city)
	case state != "NY":
		return bespoke.Errorf(bespoke.EINVALID, "city NYC needs state NY, not %q", state)
	}
	return nil
}

func percent(r float64) string { return strconv.FormatFloat(r*100, 'f', -1, 64) + "%" }
