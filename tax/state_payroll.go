package tax

import "fmt"

// Employee payroll taxes a state withholds from wages, apart from its income tax: California's
// State Disability Insurance (which also funds Paid Family Leave). They are published on their
// own calendar (the EDD announces each year's rate in the autumn before it), so they live in
// their own file, params/states/ca/sdi.json, one sourced entry per year.

// sdiFile is params/states/ca/sdi.json.
type sdiFile struct {
	Rates     []Sourced[sdiYear] `json:"rates"`
	WageLimit Sourced[int64]     `json:"wage_limit"`
}

type sdiYear struct {
	Year int     `json:"year"`
	Rate float64 `json:"rate"`
}

// payrollParams is a state's employee payroll tax for one year: rate × each earner's wages, up
// to the wage limit (cents; 0 for none).
type payrollParams struct {
	rate      int64
	wageLimit int64
	name      string // what it is called, "" for none
	label     string // form and line it is reported on
}

// PayrollTaxName names the employee payroll tax the state withholds from wages apart from its
// income tax and that StateResult.PayrollTax holds ("California SDI"), or returns "" when the
// engine charges none for the state.
func (p *StateParams) PayrollTaxName() string { return p.payroll.name }

// loadPayroll loads California's SDI for the year. A year after the last published rate uses
// that rate; projected reports it.
func loadPayroll(code string, year int) (payrollParams, bool, error) {
	if code != "CA" {
		return payrollParams{}, false, nil
	}
	const name = "params/states/ca/sdi.json"
	data, err := stateFiles.ReadFile(name)
	if err != nil {
		return payrollParams{}, false, stInternal(err)
	}
	var f sdiFile
	if err := decodeParams(name, data, &f); err != nil {
		return payrollParams{}, false, stInternal(err)
	}
	if len(f.Rates) == 0 || f.WageLimit.Value < 0 {
		return payrollParams{}, false, stInternal(fmt.Errorf("%s: no rates, or a negative wage limit", name))
	}
	pick, last := -1, f.Rates[len(f.Rates)-1].Value
	for i, r := range f.Rates {
		if i > 0 && r.Value.Year != f.Rates[i-1].Value.Year+1 {
			return payrollParams{}, false, stInternal(fmt.Errorf("%s: rates skip from %d to %d", name, f.Rates[i-1].Value.Year, r.Value.Year))
		}
		if r.Value.Year == year {
			pick = i
		}
	}
	y, projected := last, year > last.Year
	switch {
	case pick >= 0:
		y = f.Rates[pick].Value
	case year < f.Rates[0].Value.Year:
		return payrollParams{}, false, stNoYear("CA SDI", year, []int{f.Rates[0].Value.Year, last.Year})
	}
	rate, err := rateOf(name+" rate", y.Rate)
	if err != nil {
		return payrollParams{}, false, stInternal(err)
	}
	return payrollParams{rate: rate, wageLimit: f.WageLimit.Value * 100, name: "California SDI", label: "W-2 box 14"}, projected, nil
}

// payroll is the employee payroll tax on each earner's wages.
func (p *payrollParams) payroll(wages, spouseWages int64) int64 {
	if p.rate == 0 {
		return 0
	}
	return mulRate(p.capped(wages), p.rate) + mulRate(p.capped(spouseWages), p.rate)
}

func (p *payrollParams) capped(wages int64) int64 {
	if p.wageLimit > 0 {
		return min(max(0, wages), p.wageLimit)
	}
	return max(0, wages)
}
