package tax

import "errors"

// nhFile is a New Hampshire parameter file (params/states/nh/YEAR.json): the interest and
// dividends tax of RSA 77, the state's only tax on individuals' income, repealed for tax years
// from 2025.
type nhFile struct {
	Rate      Sourced[float64]            `json:"rate"`
	Exemption Sourced[stPerStatus[int64]] `json:"exemption"`
	Estimated Sourced[[]stEstimate]       `json:"estimated"`
}

// nhParams is the interest and dividends tax for one year.
type nhParams struct {
	rate      int64
	exemption [stNumStatus]int64
}

func (f *nhFile) estimated() []stEstimate { return f.Estimated.Value }

// index is never used: the tax has no year after its repeal to project to.
func (f *nhFile) index(float64, int) {}

// compile converts the file to cents and exact rates.
func (f *nhFile) compile() (nhParams, error) {
	var p nhParams
	return p, errors.Join(setDollars(&p.exemption, f.Exemption.Value, "exemption"), setRate(&p.rate, f.Rate.Value, "rate"))
}

// nhCompute taxes interest and dividends over the exemption. RegularTax is this tax.
func nhCompute(in *StateInput, p *nhParams, out *StateResult) {
	taxable := max(0, in.Interest+in.OrdinaryDividends-p.exemption[stStatus(in.Status)])
	out.TaxableIncome = taxable
	out.RegularTax = mulRate(taxable, p.rate)
	out.line("DP-10", "interest and dividends over the exemption", taxable)
	out.line("DP-10", "interest and dividends tax", out.RegularTax)
}
