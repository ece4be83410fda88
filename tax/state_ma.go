package tax

import "fmt"

// maFile is a Massachusetts parameter file (params/states/ma/YEAR.json): Form 1 with its three
// classes of income (M.G.L. c.62 §4): Part A (interest, dividends, short-term gains), Part B
// (wages and other income) and Part C (long-term gains), the personal exemption, the deduction
// for social security and Medicare contributions, and the 4% surtax of c.62 §4(d).
type maFile struct {
	PartBRate          Sourced[float64]            `json:"part_b_rate"`
	PartAInterestRate  Sourced[float64]            `json:"part_a_interest_dividends_rate"`
	PartAShortTermRate Sourced[float64]            `json:"part_a_short_term_gain_rate"`
	PartCRate          Sourced[float64]            `json:"part_c_rate"`
	PersonalExemption  Sourced[stPerStatus[int64]] `json:"personal_exemption"`
	FICADeduction      struct {
		Cap  Sourced[int64]   `json:"cap_per_earner"`
		Rate Sourced[float64] `json:"contribution_rate"`
	} `json:"fica_deduction"`
	Surtax struct {
		Threshold Sourced[int64]   `json:"threshold"`
		Rate      Sourced[float64] `json:"rate"`
	} `json:"surtax"`
	Estimated Sourced[[]stEstimate] `json:"estimated"`
}

// maParams is Massachusetts law for one year in cents and exact rates.
type maParams struct {
	partB, partAInterest, partAShort, partC, ficaRate, surtaxRate stRate
	exemption                                                     [stNumStatus]int64
	ficaCap, surtaxThreshold                                      int64
}

func (f *maFile) estimated() []stEstimate { return f.Estimated.Value }

// index moves the surtax threshold forward (c.62 §4(d) indexes it to the CPI; every published
// threshold is a multiple of $50, and the projection rounds to $50). The personal exemptions
// and the $2,000 deduction are fixed dollar amounts.
func (f *maFile) index(inflation float64, years int) {
	f.Surtax.Threshold.Value = stIndexed(f.Surtax.Threshold.Value, inflation, years, 50)
}

// compile checks the file and converts it to cents and exact rates.
func (f *maFile) compile() (maParams, error) {
	var p maParams
	for _, c := range []struct {
		name string
		v    float64
		dst  *stRate
	}{
		{"part_b_rate", f.PartBRate.Value, &p.partB},
		{"part_a_interest_dividends_rate", f.PartAInterestRate.Value, &p.partAInterest},
		{"part_a_short_term_gain_rate", f.PartAShortTermRate.Value, &p.partAShort},
		{"part_c_rate", f.PartCRate.Value, &p.partC},
		{"fica_deduction.contribution_rate", f.FICADeduction.Rate.Value, &p.ficaRate},
		{"surtax.rate", f.Surtax.Rate.Value, &p.surtaxRate},
	} {
		r, err := stRateOf(c.name, c.v)
		if err != nil {
			return p, err
		}
		*c.dst = r
	}
	ex, err := f.PersonalExemption.Value.values("personal_exemption")
	if err != nil {
		return p, err
	}
	for i, v := range ex {
		p.exemption[i] = v * 100
	}
	p.ficaCap, p.surtaxThreshold = f.FICADeduction.Cap.Value*100, f.Surtax.Threshold.Value*100
	if p.ficaCap < 0 || p.surtaxThreshold <= 0 {
		return p, fmt.Errorf("fica_deduction.cap_per_earner and surtax.threshold must be positive")
	}
	return p, nil
}

// maCompute follows Form 1. Part B income is federal AGI less the Part A and Part C items
// (wages and any other income); it is reduced by each earner's social security and Medicare
// contributions up to the cap (employee FICA at the contribution rate reaches the cap long
// before the wage base) and by the personal exemption, whose excess reduces Part A and then
// Part C income (c.62 §3(B)(b)). A net short-term loss offsets long-term gain; other loss
// carryovers, the interest exclusion and the limited-income credit are not modelled. The surtax
// applies to the sum of Part A, B and C taxable income over the threshold, as c.62 §4(d) reads.
// RegularTax is the 5% and 8.5% tax; Surtax is the 4%. Compensation that is not FICA wages is
// Part B income (it is in federal AGI) but earns no FICA deduction. The federal IRC §1202
// exclusion is followed as it is: Massachusetts' own treatment (the Code as of 1 January 2022,
// so none of P.L. 119-21's three- and four-year tiers; a 50% exclusion by the DOR's tax
// expenditure budget; a 3% rate on Massachusetts qualified small business stock) is not
// modelled.
func maCompute(in *StateInput, p *maParams, out *StateResult) {
	st := stStatus(in.Status)
	short, long := in.STCG, in.LTCG
	if short < 0 {
		long, short = max(0, long+short), 0
	}
	long = max(0, long)
	interest := max(0, in.Interest+in.OrdinaryDividends)
	partB := max(0, in.AGI-interest-short-long)
	fica := min(p.ficaCap, stApply(max(0, in.Wages), p.ficaRate)) + min(p.ficaCap, stApply(max(0, in.SpouseWages), p.ficaRate))
	partB, rest := maExempt(partB, fica+p.exemption[st])
	interest, rest = maExempt(interest, rest)
	short, rest = maExempt(short, rest)
	long, _ = maExempt(long, rest)

	ti := interest + short + partB + long
	out.TaxableIncome = ti
	out.RegularTax = stApply(partB, p.partB) + stApply(interest, p.partAInterest) +
		stApply(short, p.partAShort) + stApply(long, p.partC)
	out.Surtax = stApply(max(0, ti-p.surtaxThreshold), p.surtaxRate)
	out.line("Form 1 line 19", "Part B taxable income", partB)
	out.line("Sch B", "Part A taxable interest and dividends", interest)
	out.line("Sch B", "Part A taxable short-term gains", short)
	out.line("Sch D", "Part C taxable long-term gains", long)
	out.line("Form 1 line 28", "tax at 5% and 8.5%", out.RegularTax)
	out.line("Form 1 line 28b", "4% surtax on taxable income over the threshold", out.Surtax)
}

// maExempt subtracts as much of a deduction as the income allows and returns what remains of
// each.
func maExempt(income, deduction int64) (int64, int64) {
	used := min(income, deduction)
	return income - used, deduction - used
}
