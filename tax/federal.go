package tax

// computeFederal fills out.Federal and out.FICA for r under f, following Form 1040 with
// Schedule A, the Qualified Dividends and Capital Gain Tax Worksheet, Forms 6251, 8801, 8960
// and 8959. It records every line it uses in out.Lines.
func computeFederal(r *Return, f *FederalParams, out *Result) {
	e := &out.Lines
	wages := r.Wages + r.SpouseWages
	agi := adjustedGrossIncome(r, wages, e)
	d := deductions(r, f, agi, e)
	ti := pos(agi - d.amount)
	e.add(lTaxableIncome, ti)

	regular, w := regularTax(f, ti, r, e)
	e.add(lRegularTax, regular)

	disposition, amtGain := amtGains(r)
	a := amtInput{line1: agi - d.amount, addback: d.amtAddback, adj68: -d.limit68, iso: r.ISOBargain,
		disposition: disposition, gain: r.QualifiedDividends + amtGain - min(amtGain, r.Rate28Gain),
		regularGain: w.preferential, line20: w.line20, line27: w.line27, regular: regular}
	m := alternativeMinimumTax(f, &a, e)
	credit := minimumTaxCredit(f, &a, &m, r.PriorAMTCredit, e)
	niit := netInvestmentIncomeTax(r, f, agi, e)
	fica := payrollTaxes(r, f, wages, e)

	total := regular + m.amt - credit.used + niit + fica.AdditionalMedicare
	e.add(lFederalTotal, total)
	out.Federal = FederalResult{
		AGI: agi, Deduction: d.amount, Itemized: d.itemized, TaxableIncome: ti, RegularTax: regular,
		AMTI: m.amti, AMTExemption: m.exemption, TentativeMinimumTax: m.tmt, AMT: m.amt,
		AMTCreditGenerated: credit.generated, AMTCreditUsed: credit.used, AMTCreditCarryforward: credit.carryforward,
		NIIT: niit, AdditionalMedicareTax: fica.AdditionalMedicare, Total: total,
	}
	out.FICA = fica
}

// adjustedGrossIncome is Form 1040 lines 1z through 11; the engine knows no adjustments. Line
// 1z holds the compensation that is not FICA wages too (it is W-2 box 1 income); the gain
// excluded under IRC §1202 is in no line of it.
func adjustedGrossIncome(r *Return, wages int64, e *Explanation) int64 {
	gain := r.LTCG + r.STCG
	agi := wages + r.NonFICACompensation + r.Interest + r.OrdinaryDividends + gain
	e.add(lWages, wages+r.NonFICACompensation)
	if r.NonFICACompensation > 0 {
		e.add(lNonFICA, r.NonFICACompensation)
	}
	e.add(lInterest, r.Interest)
	e.add(lQualifiedDividends, r.QualifiedDividends)
	e.add(lOrdinaryDividends, r.OrdinaryDividends)
	if r.QSBSExcluded > 0 {
		e.add(lQSBSExcluded, r.QSBSExcluded)
	}
	if r.Rate28Gain > 0 {
		e.add(lRate28Gain, r.Rate28Gain)
	}
	e.add(lCapitalGain, gain)
	e.add(lAGI, agi)
	return agi
}

// deduction is the outcome of Form 1040 line 12.
type deduction struct {
	amount     int64
	itemized   bool
	amtAddback int64 // Form 6251 line 2a: taxes deducted on Schedule A, or the standard deduction
	limit68    int64 // the IRC §68 reduction, which the AMT does not apply
}

// deductions takes the larger of the standard deduction and the itemized deductions (state and
// local taxes under the cap, mortgage interest, less the IRC §68 limitation). Ties go to the
// standard deduction.
func deductions(r *Return, f *FederalParams, agi int64, e *Explanation) deduction {
	limit := saltLimit(f, agi)
	salt := min(r.StateIncomeTaxPaid, limit)
	before := salt + r.MortgageInterest
	var lim int64
	if f.ItemizedLimitNum > 0 {
		// IRC §68(a): taxable income before §68, increased by the itemized deductions, is AGI
		// here (the engine knows no other deduction).
		lim = mulFrac(min(before, pos(agi-f.topBracketStart())), f.ItemizedLimitNum, f.ItemizedLimitDen)
	}
	itemized := before - lim
	e.add(lSALTPaid, r.StateIncomeTaxPaid)
	e.add(lSALTLimit, limit)
	e.add(lSALTDeduction, salt)
	e.add(lMortgageInterest, r.MortgageInterest)
	if lim > 0 {
		e.add(lItemizedBefore68, before)
		e.add(lLimitation68, lim)
	}
	e.add(lItemized, itemized)
	e.add(lStandardDeduction, f.StandardDeduction)
	d := deduction{amount: f.StandardDeduction, amtAddback: f.StandardDeduction}
	if itemized > f.StandardDeduction {
		d = deduction{amount: itemized, itemized: true, amtAddback: salt, limit68: lim}
	}
	e.add(lDeduction, d.amount)
	return d
}

// saltLimit is the cap on state and local taxes after the phase-down: the cap less
// SALTRate of modified AGI (AGI here) over the threshold, rounded to the cent, but not below
// the floor (IRC §164(b)(7)(B)).
func saltLimit(f *FederalParams, agi int64) int64 {
	if f.SALTRate == 0 {
		return f.SALTCap
	}
	return max(f.SALTCap-mulRate(pos(agi-f.SALTThreshold), f.SALTRate), f.SALTFloor)
}

// gainsWorksheet is what Form 6251 Part III takes from the worksheet that figured the regular
// tax (the Qualified Dividends and Capital Gain Tax Worksheet, or the Schedule D Tax
// Worksheet): the dividends and gain taxed at 0/15/20% (QDCG line 4, SDTW line 13), and the
// taxable income the worksheet set apart from them (Form 6251 line 20: QDCG line 5, SDTW line
// 14) and taxed at ordinary rates (line 27: QDCG line 5, SDTW line 21). Without either
// worksheet, both are the taxable income.
type gainsWorksheet struct {
	preferential, line20, line27 int64
}

// regularTax is Form 1040 line 16. Without qualified dividends or capital gain it is the Tax
// Table's amount (taxable income under $100,000) or the rate schedule's; with 28% rate gain it
// follows the Schedule D Tax Worksheet, otherwise the Qualified Dividends and Capital Gain Tax
// Worksheet (QDCG line 4: qualified dividends plus net capital gain, which is the net long-term
// gain, Schedule D line 15; gains are never negative here, so it is also the smaller of lines
// 15 and 16).
func regularTax(f *FederalParams, ti int64, r *Return, e *Explanation) (int64, gainsWorksheet) {
	qdcg := r.QualifiedDividends + r.LTCG
	switch {
	case qdcg == 0:
		return f.Ordinary.TableTax(ti), gainsWorksheet{line20: ti, line27: ti}
	case r.Rate28Gain > 0:
		return scheduleDTax(f, ti, qdcg, r.Rate28Gain, e)
	}
	tax, l5 := qdcgTax(f, ti, qdcg, e)
	return tax, gainsWorksheet{preferential: qdcg, line20: l5, line27: l5}
}

// qdcgTax is the Qualified Dividends and Capital Gain Tax Worksheet for taxable income ti and
// line 4 = l4. It returns line 25 and line 5.
func qdcgTax(f *FederalParams, ti, l4 int64, e *Explanation) (tax, line5 int64) {
	cg := &f.CapitalGain
	l5 := pos(ti - l4)
	l7 := min(ti, cg.ZeroTop)
	l9 := l7 - min(l5, l7) // taxed at 0%
	l10 := min(ti, l4)
	l12 := l10 - l9
	l14 := min(ti, cg.FifteenTop)
	l16 := pos(l14 - (l5 + l9))
	l17 := min(l12, l16)
	l20 := l10 - (l9 + l17)
	// Lines 18, 21 and 22 are summed exactly on line 23 and rounded once (see arith.go).
	l22m := f.Ordinary.tableTaxMicro(l5)
	l23m := l9*cg.Rate0 + l17*cg.Rate15 + l20*cg.Rate20 + l22m
	l24m := f.Ordinary.tableTaxMicro(ti)
	l18, l21, l22, l23, l24 := round(l17*cg.Rate15), round(l20*cg.Rate20), round(l22m), round(l23m), round(l24m)
	l25 := round(min(l23m, l24m))
	for _, l := range [...]lineEntry{{lQD1, ti}, {lQD4, l4}, {lQD5, l5}, {lQD9, l9}, {lQD17, l17}, {lQD18, l18},
		{lQD20, l20}, {lQD21, l21}, {lQD22, l22}, {lQD23, l23}, {lQD24, l24}, {lQD25, l25}} {
		e.add(l.id, l.amount)
	}
	return l25, l5
}
