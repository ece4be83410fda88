package tax

// netInvestmentIncomeTax is Form 8960: NIITRate of the smaller of net investment income
// (interest, ordinary dividends and net gain, lines 1-8, with no deductions on lines 9-11) and
// modified AGI (AGI here) over the threshold.
func netInvestmentIncomeTax(r *Return, f *FederalParams, agi int64, e *Explanation) int64 {
	nii := r.Interest + r.OrdinaryDividends + r.LTCG + r.STCG
	over := pos(agi - f.NIITThreshold)
	base := min(nii, over)
	tax := mulRate(base, f.NIITRate)
	e.add(lN8, nii)
	e.add(lN13, agi)
	e.add(lN14, f.NIITThreshold)
	e.add(lN15, over)
	e.add(lN16, base)
	e.add(lN17, tax)
	return tax
}

// payrollTaxes is the employee's FICA: Social Security on each earner's wages up to the wage
// base (two employers of one earner would each withhold more; the excess is refundable, so
// the liability is what is computed here), Medicare on all wages, and Form 8959 Part I's
// Additional Medicare Tax on the couple's combined wages over the threshold. Each product is
// rounded to the cent.
func payrollTaxes(r *Return, f *FederalParams, wages int64, e *Explanation) FICAResult {
	ss := mulRate(min(r.Wages, f.SocialSecurityWageBase), f.SocialSecurityRate) +
		mulRate(min(r.SpouseWages, f.SocialSecurityWageBase), f.SocialSecurityRate)
	med := mulRate(wages, f.MedicareRate)
	over := pos(wages - f.AdditionalMedicareThreshold)
	add := mulRate(over, f.AdditionalMedicareRate)
	e.add(lM1, wages)
	e.add(lM5, f.AdditionalMedicareThreshold)
	e.add(lM6, over)
	e.add(lM7, add)
	e.add(lSocialSecurity, ss)
	e.add(lMedicare, med)
	e.add(lFICATotal, ss+med+add)
	return FICAResult{SocialSecurity: ss, Medicare: med, AdditionalMedicare: add, Total: ss + med + add}
}
