package value

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/tax"
)

// taxesFor returns the tax engine a valuation of ws uses: none for a pre-tax valuation.
func taxesFor(ws *bespoke.Workspace, opt Options) (taxer, error) {
	if opt.PreTax {
		return noTaxes{}, nil
	}
	t, err := loadTables()
	if err != nil {
		return nil, &bespoke.Error{Code: bespoke.EINTERNAL, Err: err}
	}
	c := ws.Candidate
	return &engineTaxes{tables: t, status: c.FilingStatus, state: c.State, city: c.City, inflation: ws.Assumptions.Inflation,
		index: map[yearState]int{}}, nil
}

var loadTables = sync.OnceValues(tax.LoadTables)

type yearState struct {
	year  int
	state string
}

// engineTaxes is the tax package behind the valuation's seam: each year and state resolved
// once, then tax.Compute for every return.
type engineTaxes struct {
	tables    *tax.Tables
	status    bespoke.FilingStatus
	state     string // the candidate's state of residence
	city      string
	inflation float64
	index     map[yearState]int
	p         []*tax.Params
	omitted   []string // states whose income tax the tax engine does not model, left out
}

func (e *engineTaxes) params(year int, state string) (int, error) {
	if h, ok := e.index[yearState{year, state}]; ok {
		return h, nil
	}
	city := ""
	if state == e.state {
		city = e.city
	}
	if !tax.StateModelled(state) {
		// Federal tax and FICA are still right; the state's income tax is left out, and the
		// report says so, rather than refusing the whole valuation.
		if !slices.Contains(e.omitted, state) {
			e.omitted = append(e.omitted, state)
		}
		state, city = "", ""
	}
	p, err := e.tables.For(year, e.status, state, city, e.inflation)
	if err != nil {
		return 0, err
	}
	e.p = append(e.p, p)
	e.index[yearState{year, state}] = len(e.p) - 1
	return len(e.p) - 1, nil
}

// compute hands the return to tax.Compute: an ISO's disqualifying disposition as compensation
// outside FICA, the reversal of an earlier bargain element as Form 6251 line 2k, and the QSBS
// exclusion and the 28% rate gain it leaves as the tax engine's own fields, so that a state
// that does not follow IRC §1202 taxes the excluded gain. Amounts are kept within what the
// engine takes: the parts no larger than what holds them (28% rate gain within the long-term
// gain, as the 28% Rate Gain Worksheet's netting leaves it).
func (e *engineTaxes) compute(h int, in *taxIn, out *taxOut, res *tax.Result) {
	p := e.p[h]
	a := &in.AMTDisposition
	ltcg, qsbs := bound(in.LTCG), bound(in.QSBSExcluded)
	r := tax.Return{
		Year: p.Year, Status: p.Status, State: p.StateCode, City: p.City,
		Wages: bound(in.Wages), SpouseWages: bound(in.SpouseWages), NonFICACompensation: bound(in.NonFICACompensation),
		ISOBargain:     bound(in.ISOBargain),
		AMTDisposition: tax.Disposition{Ordinary: boundSigned(a.Ordinary), LTCG: boundSigned(a.LTCG), STCG: boundSigned(a.STCG)},
		LTCG:           ltcg, STCG: bound(in.STCG), Rate28Gain: min(bound(in.Rate28Gain), ltcg),
		QSBSExcluded: qsbs, QSBSExcludedRegularOnly: min(bound(in.QSBSExcludedRegularOnly), qsbs),
		QualifiedDividends: bound(in.QualifiedDividends),
		OrdinaryDividends:  bound(max(in.OrdinaryDividends, in.QualifiedDividends)), Interest: bound(in.Interest),
		StateIncomeTaxPaid: bound(in.StateIncomeTaxPaid), MortgageInterest: bound(in.MortgageInterest),
		PriorAMTCredit: bound(in.PriorAMTCredit), PriorStateAMTCredit: bound(in.PriorStateAMTCredit),
	}
	tax.Compute(&r, p, res)
	out.Total, out.State = res.TotalTax(), res.State.Total
	out.AMTCredit, out.StateAMTCredit = res.Federal.AMTCreditCarryforward, res.State.AMTCreditCarryforward
}

// maxReturnAmount is the largest amount the tax engine takes on a return: $100 billion.
const maxReturnAmount = 100_000_000_000_00

// bound keeps an amount within what the tax engine takes: zero or more, at most $100 billion
// (a figure only an absurd scenario reaches, taxed at the top rates either way).
func bound(x int64) int64 { return min(max(x, 0), maxReturnAmount) }

// boundSigned keeps an AMT adjustment within what the tax engine takes: $100 billion either way.
func boundSigned(x int64) int64 { return min(max(x, -maxReturnAmount), maxReturnAmount) }

func (e *engineTaxes) projected(h int) bool { return e.p[h].Projected }

func (e *engineTaxes) note() string {
	first, last := 0, 0
	var projected []int
	for _, p := range e.p {
		if first == 0 || p.Year < first {
			first = p.Year
		}
		last = max(last, p.Year)
		if p.Projected && !slices.Contains(projected, p.Year) {
			projected = append(projected, p.Year)
		}
	}
	n := fmt.Sprintf("taxes: federal and state income tax and payroll taxes (FICA, California SDI) for a %s filer, job-year k under the law of %d + k − 1",
		e.status, first)
	if len(projected) > 0 {
		slices.Sort(projected)
		n += fmt.Sprintf("; the law of %s is projected from the latest published tables (federal or state) at %s inflation a year",
			yearRanges(projected), strings.TrimSuffix(fmt.Sprintf("%.2f", 100*e.inflation), "0")+"%")
	}
	if len(e.omitted) > 0 {
		n += "; " + OmittedStatesNote(e.omitted)
	}
	return n
}

// OmittedStatesNote says that the income tax of the given states is left out.
func OmittedStatesNote(states []string) string {
	return fmt.Sprintf("the state income tax of %s is not modelled and is left out of every after-tax figure (federal tax, FICA and other states are in)",
		strings.Join(states, ", "))
}

// yearRanges writes sorted years as ranges: 2026–2029, 2031.
func yearRanges(ys []int) string {
	var parts []string
	for i := 0; i < len(ys); {
		j := i
		for j+1 < len(ys) && ys[j+1] == ys[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, fmt.Sprintf("%d–%d", ys[i], ys[j]))
		} else {
			parts = append(parts, fmt.Sprint(ys[i]))
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}
