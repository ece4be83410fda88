package tax

// scheduleDTax is the Schedule D Tax Worksheet (Schedule D instructions, lines 1-47), which
// replaces the QDCG worksheet when there is 28% rate gain (Schedule D line 18). qdcg is
// qualified dividends plus net capital gain (the worksheet's line 10) and rate28 the 28% rate
// gain; the engine has no Form 4952 investment-interest election (lines 3-5 and 8 are zero, so
// line 6 is the qualified dividends and line 9 the net capital gain) and no unrecaptured section
// 1250 gain (Schedule D line 19 is zero, so lines 35-40 are too).
//
// The 28% rate gain is taxed at the ordinary rates as long as they are below 28%: line 21 is
// the larger of the income that is not gain (line 18) and the taxable income other than the
// 0/15/20% gain up to the top of the 24% bracket (lines 14, 19 and 20); what remains of it is
// taxed at 28% (lines 41-43). Lines 31, 34, 43 and 44 are summed exactly on line 45 and rounded
// once (see arith.go). The worksheet's skips ("if line 1 equals line 16...") are shortcuts:
// the lines they skip come to zero, which TestScheduleDSkips checks.
func scheduleDTax(f *FederalParams, ti, qdcg, rate28 int64, e *Explanation) (int64, gainsWorksheet) {
	cg := &f.CapitalGain
	l1, l10 := ti, qdcg
	l12 := min(l10, rate28) // line 9 is the net capital gain, which holds the 28% rate gain
	l13 := l10 - l12
	l14 := pos(l1 - l13)
	l16 := min(l1, cg.ZeroTop)
	l17 := min(l14, l16)
	l18 := pos(l1 - l10)
	l19 := min(l1, f.belowRate28())
	l20 := min(l14, l19)
	l21 := max(l18, l20)
	l22 := l16 - l17 // taxed at 0%
	l23 := min(l1, l13)
	l25 := pos(l23 - l22) // line 24 is line 22
	l27 := min(l1, cg.FifteenTop)
	l29 := pos(l27 - (l21 + l22))
	l30 := min(l25, l29)
	l33 := l23 - (l22 + l30) // line 32 is line 22 + line 30
	l42 := l1 - (l21 + l22 + l30 + l33)
	l44m := f.Ordinary.tableTaxMicro(l21)
	l45m := l22*cg.Rate0 + l30*cg.Rate15 + l33*cg.Rate20 + l42*cg.Rate28 + l44m
	l46m := f.Ordinary.tableTaxMicro(l1)
	l47 := round(min(l45m, l46m))
	for _, l := range [...]lineEntry{{lD1, l1}, {lD10, l10}, {lD11, rate28}, {lD13, l13}, {lD14, l14}, {lD18, l18},
		{lD19, l19}, {lD21, l21}, {lD22, l22}, {lD30, l30}, {lD31, round(l30 * cg.Rate15)}, {lD33, l33},
		{lD34, round(l33 * cg.Rate20)}, {lD42, l42}, {lD43, round(l42 * cg.Rate28)}, {lD44, round(l44m)},
		{lD45, round(l45m)}, {lD46, round(l46m)}, {lD47, l47}} {
		e.add(l.id, l.amount)
	}
	return l47, gainsWorksheet{preferential: l13, line20: l14, line27: l21}
}

// amtGains refigures the year's gains for the AMT: the regular gains with the disposition
// adjustments, netted as Schedule D nets them (a net loss is not deducted, as for the regular
// tax). It returns Form 6251 line 2k, the AMT's income from the sales less the regular tax's,
// and the AMT's net capital gain (its QDCG or Schedule D Tax Worksheet line 9).
func amtGains(r *Return) (line2k, netCapitalGain int64) {
	a := &r.AMTDisposition
	if *a == (Disposition{}) {
		return 0, r.LTCG
	}
	lt, st := NetGains(r.LTCG+a.LTCG, r.STCG+a.STCG)
	return a.Ordinary + lt + st - r.LTCG - r.STCG, lt
}

// NetGains nets long- and short-term gains as Schedule D does and returns the net long- and
// short-term gains to file; a net loss is dropped (the engine deducts no capital loss).
func NetGains(lt, st int64) (int64, int64) {
	switch {
	case lt+st <= 0:
		return 0, 0
	case lt < 0:
		return 0, st + lt
	case st < 0:
		return lt + st, 0
	}
	return lt, st
}
