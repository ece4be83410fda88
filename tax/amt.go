package tax

// amtInput carries what Form 6251 and Form 8801 need from the regular return.
type amtInput struct {
	line1       int64 // AGI − deduction (Form 6251 line 1; negative when deductions exceed AGI)
	addback     int64 // line 2a
	adj68       int64 // line 3: minus the IRC §68 reduction, which the AMT does not make (IRC §56(b)(1)(F))
	iso         int64 // line 2i
	disposition int64 // line 2k
	gain        int64 // Part III line 13: the worksheet's 0/15/20% gain, refigured for the AMT
	regularGain int64 // the same as the regular worksheet has it, for the exclusion items of Form 8801
	line20      int64 // Part III line 20 (QDCG line 5 or Schedule D Tax Worksheet line 14)
	line27      int64 // Part III line 27 (QDCG line 5 or Schedule D Tax Worksheet line 21)
	regular     int64 // line 10
}

// hasDeferral reports whether the return has AMT adjustments that are deferral items (IRC
// §53(d)(1)(B)): the ISO bargain element, or the disposition adjustment and the gains it
// refigures, timing differences that the minimum tax credit evens out.
func (in *amtInput) hasDeferral() bool {
	return in.iso != 0 || in.disposition != 0 || in.gain != in.regularGain
}

// amtOutcome is Form 6251's result.
type amtOutcome struct {
	amti, exemption, tmt, amt int64
}

// alternativeMinimumTax is Form 6251 Parts I-III. Line 4 adds the standard deduction or the
// taxes deducted (2a), the ISO bargain element (2i) and the disposition adjustment (2k, negative
// when shares' AMT basis is higher) to line 1, and subtracts the §68 reduction (3), since the
// AMT allows the itemized deductions in full. The exemption phases out at PhaseoutRate of AMTI
// over PhaseoutStart (25% through 2025, 50% from 2026). With qualified dividends or capital
// gain left after refiguring them for the AMT, Part III taxes them at the regular tax's
// capital-gain rates. There is no AMT foreign tax credit (line 8), so line 9 is line 7.
func alternativeMinimumTax(f *FederalParams, in *amtInput, e *Explanation) amtOutcome {
	a := &f.AMT
	before := in.line1 + in.addback + in.iso + in.disposition + in.adj68
	amti := before + a.separateAddback(before)
	ex := a.exemption(amti)
	l6 := pos(amti - ex)
	e.add(lA1, in.line1)
	e.add(lA2a, in.addback)
	e.add(lA2i, in.iso)
	if in.disposition != 0 {
		e.add(lA2k, in.disposition)
	}
	if in.adj68 != 0 {
		e.add(lA3, in.adj68)
	}
	if amti != before {
		e.add(lA4Before, before)
	}
	e.add(lA4, amti)
	e.add(lA5, ex)
	e.add(lA6, l6)
	tmt := tentativeTax(f, l6, in.gain, in, e)
	amt := pos(tmt - in.regular)
	e.add(lA7, tmt)
	e.add(lA9, tmt)
	e.add(lA10, in.regular)
	e.add(lA11, amt)
	return amtOutcome{amti: amti, exemption: ex, tmt: tmt, amt: amt}
}

// tentativeTax is Form 6251 line 7 for line 6 = l6 and Part III line 13 = gain: the 26%/28%
// tax, or Part III's when there are qualified dividends or capital gain. e may be nil to record
// nothing.
func tentativeTax(f *FederalParams, l6, gain int64, in *amtInput, e *Explanation) int64 {
	switch {
	case l6 == 0:
		return 0
	case gain == 0:
		return f.AMT.rateTax(l6)
	default:
		return partIII(f, l6, gain, in.line20, in.line27, e)
	}
}

// partIII is Form 6251 Part III (lines 12-40) without unrecaptured section 1250 gain (lines 14
// and 35-37 are zero, so line 15 is line 13). Lines 20 and 27 come from the regular tax's
// worksheet as figured for the regular tax; line 13 is refigured for the AMT. The 28% rate gain
// is not in line 13, so the AMT taxes it at 26%/28% like ordinary income.
func partIII(f *FederalParams, l12, l13, l20, l27 int64, e *Explanation) int64 {
	a, cg := &f.AMT, &f.CapitalGain
	l16 := min(l12, l13) // line 15 is line 13
	l17 := l12 - l16
	l21 := pos(cg.ZeroTop - l20)
	l22 := min(l12, l13)
	l23 := min(l21, l22) // taxed at 0%
	l24 := l22 - l23
	l29 := pos(cg.FifteenTop - (l21 + l27)) // lines 25-28: line 26 is line 21
	l30 := min(l24, l29)
	l33 := l22 - (l23 + l30) // line 32 is l23 + l30
	// Lines 18, 31 and 34 are summed exactly on line 38 and rounded once (see arith.go).
	l18m := a.rateTaxMicro(l17)
	l38m := l23*cg.Rate0 + l18m + l30*cg.Rate15 + l33*cg.Rate20
	l39m := a.rateTaxMicro(l12)
	l18, l31, l34, l38, l39 := round(l18m), round(l30*cg.Rate15), round(l33*cg.Rate20), round(l38m), round(l39m)
	l40 := round(min(l38m, l39m))
	if e != nil {
		for _, l := range [...]lineEntry{{lA12, l12}, {lA13, l13}, {lA16, l16}, {lA17, l17}, {lA18, l18}, {lA20, l20},
			{lA23, l23}, {lA27, l27}, {lA30, l30}, {lA31, l31}, {lA33, l33}, {lA34, l34}, {lA38, l38}, {lA39, l39}, {lA40, l40}} {
			if l.id != lA27 || l27 != l20 {
				e.add(l.id, l.amount)
			}
		}
	}
	return l40
}

// rateTax is 26% of the taxable excess up to the breakpoint and 28% above it, computed as the
// form does: 28% of the excess less 2% of the breakpoint.
func (a *AMTParams) rateTax(x int64) int64 { return round(a.rateTaxMicro(x)) }

// rateTaxMicro is rateTax in micro units, exact.
func (a *AMTParams) rateTaxMicro(x int64) int64 {
	if x <= a.Breakpoint {
		return x * a.RateLow
	}
	return x*a.RateHigh - a.Breakpoint*(a.RateHigh-a.RateLow)
}

// exemption is the Exemption Worksheet: the exemption less PhaseoutRate of AMTI over the
// threshold, rounded to the cent, not below zero.
func (a *AMTParams) exemption(amti int64) int64 {
	return pos(a.Exemption - mulRate(pos(amti-a.PhaseoutStart), a.PhaseoutRate))
}

// separateAddback is Form 6251 line 4's increase for married filing separately.
func (a *AMTParams) separateAddback(amti int64) int64 {
	if !a.SeparateAddback {
		return 0
	}
	return min(mulRate(pos(amti-a.zeroExemptionAt()), a.SeparateAddbackRate), a.Exemption)
}

// creditOutcome is the minimum tax credit's result for the year.
type creditOutcome struct{ generated, used, carryforward int64 }

// minimumTaxCredit is Form 8801. Part I recomputes the tentative minimum tax on exclusion items
// only (the standard deduction or taxes, and the §68 add-back; the ISO bargain element and the
// disposition adjustment are deferral items, IRC §53(d)(1)(B), left out with the AMT's own
// refiguring of the gains), so that the AMT attributable to deferral items, AMT − net minimum
// tax on exclusion items, becomes next year's credit (Part II lines 16-18). A negative
// disposition adjustment, the reversal of an earlier bargain element, lowers the AMT and the
// credit generated with it, and lowers the tentative minimum tax, which lets more of a prior
// credit be used. The prior credit is used up to regular tax − tentative minimum tax (lines
// 21-25), never beyond it.
func minimumTaxCredit(f *FederalParams, in *amtInput, m *amtOutcome, prior int64, e *Explanation) creditOutcome {
	var c creditOutcome
	if m.amt > 0 && in.hasDeferral() {
		before := in.line1 + in.addback + in.adj68
		amti := before + f.AMT.separateAddback(before)
		ex := f.AMT.exemption(amti)
		tmt := tentativeTax(f, pos(amti-ex), in.regularGain, in, nil)
		net := pos(tmt - in.regular)
		c.generated = pos(m.amt - net)
		e.add(lC4, amti)
		e.add(lC5, ex)
		e.add(lC13, tmt)
		e.add(lC15, net)
		e.add(lC18, c.generated)
	}
	room := pos(in.regular - m.tmt)
	c.used = min(prior, room)
	c.carryforward = prior - c.used + c.generated
	if prior > 0 {
		e.add(lC21, prior)
		e.add(lC22, in.regular)
		e.add(lC23, m.tmt)
		e.add(lC24, room)
		e.add(lC25, c.used)
	}
	if c.carryforward > 0 {
		e.add(lC26, c.carryforward)
	}
	return c
}
