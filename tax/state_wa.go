package tax

// waFile is a Washington parameter file (params/states/wa/YEAR.json): the capital gains excise
// tax of RCW 82.87 on long-term capital gains. Washington taxes no wages.
type waFile struct {
	StandardDeduction Sourced[int64]        `json:"standard_deduction"`
	Rate              Sourced[float64]      `json:"rate"`
	AdditionalRate    Sourced[float64]      `json:"additional_rate"`
	AdditionalOver    Sourced[int64]        `json:"additional_over"`
	Estimated         Sourced[[]stEstimate] `json:"estimated"`
}

// waParams is Washington's capital gains excise tax for one year.
type waParams struct {
	deduction, additionalOver int64
	rate, additionalRate      stRate
}

func (f *waFile) estimated() []stEstimate { return f.Estimated.Value }

// index moves the standard deduction forward; RCW 82.87.150 indexes it, and every published
// amount ($250,000, $262,000, $270,000) is a multiple of $1,000, to which the projection
// rounds. The $1,000,000 threshold of the additional rate is not indexed.
func (f *waFile) index(inflation float64, years int) {
	f.StandardDeduction.Value = stIndexed(f.StandardDeduction.Value, inflation, years, 1000)
}

// compile converts the file to cents and exact rates.
func (f *waFile) compile() (waParams, error) {
	p := waParams{deduction: f.StandardDeduction.Value * 100, additionalOver: f.AdditionalOver.Value * 100}
	var err error
	if p.rate, err = stRateOf("rate", f.Rate.Value); err != nil {
		return p, err
	}
	p.additionalRate, err = stRateOf("additional_rate", f.AdditionalRate.Value)
	return p, err
}

// waCompute is the capital gains excise tax: the rate on long-term capital gains over the
// standard deduction (one deduction per individual, or per couple whether they file jointly or
// not, RCW 82.87.060), plus the additional rate on taxable gains over $1,000,000 from 2025
// (ESSB 5813). All long-term gains are taken to be Washington gains: the exemptions for real
// estate and retirement accounts are for the caller to apply. RegularTax is this excise tax.
// Washington capital gains start from the federal net long-term gain, so the federal IRC §1202
// exclusion carries through.
func waCompute(in *StateInput, p *waParams, out *StateResult) {
	taxable := max(0, in.LTCG-p.deduction)
	out.TaxableIncome = taxable
	out.RegularTax = stApply(taxable, p.rate) + stApply(max(0, taxable-p.additionalOver), p.additionalRate)
	out.line("CGT return", "long-term capital gains", in.LTCG)
	out.line("CGT return", "taxable gains after the standard deduction", taxable)
	out.line("CGT return", "capital gains excise tax", out.RegularTax)
}
