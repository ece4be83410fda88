package tax

import (
	"errors"
	"fmt"
	"slices"
)

// caFile is a California parameter file (params/states/ca/YEAR.json): Form 540 with its tax
// table, the exemption-credit and itemized-deduction limitations, the Mental Health Services
// Tax, and Schedule P (540) for the alternative minimum tax. Dollar amounts are whole dollars.
type caFile struct {
	Brackets Sourced[stPerStatus[[]stBracketJSON]] `json:"brackets"`
	TaxTable struct {
		Limit    Sourced[int64] `json:"limit"`
		RowWidth Sourced[int64] `json:"row_width"`
	} `json:"tax_table"`
	StandardDeduction  Sourced[stPerStatus[int64]] `json:"standard_deduction"`
	PersonalExemptions Sourced[stPerStatus[int64]] `json:"personal_exemptions"`
	PersonalCredit     Sourced[int64]              `json:"personal_exemption_credit"`
	Phaseout           struct {
		Threshold Sourced[stPerStatus[int64]] `json:"threshold"`
		Step      Sourced[stPerStatus[int64]] `json:"step"`
		Reduction Sourced[int64]              `json:"reduction_per_credit"`
	} `json:"exemption_credit_phaseout"`
	ItemizedLimitation struct {
		AGIRate  Sourced[float64] `json:"agi_rate"`
		MaxShare Sourced[float64] `json:"max_share"`
	} `json:"itemized_limitation"`
	MentalHealth struct {
		Threshold Sourced[int64]   `json:"threshold"`
		Rate      Sourced[float64] `json:"rate"`
	} `json:"mental_health_services_tax"`
	AMT struct {
		Rate              Sourced[float64]            `json:"rate"`
		Exemption         Sourced[stPerStatus[int64]] `json:"exemption"`
		PhaseoutThreshold Sourced[stPerStatus[int64]] `json:"phaseout_threshold"`
		PhaseoutRate      Sourced[float64]            `json:"phaseout_rate"`
	} `json:"amt"`
	Estimated Sourced[[]stEstimate] `json:"estimated"`
}

// caParams is California's law for one year in cents and exact rates.
type caParams struct {
	sched                  [stNumStatus]Schedule
	tableLimit, tableRow   int64
	std                    [stNumStatus]int64
	exemptions             [stNumStatus]int64
	credit                 int64 // per personal exemption
	threshold              [stNumStatus]int64
	step                   [stNumStatus]int64
	reduction              int64
	itemAGIRate, itemShare int64
	mhstThreshold          int64
	mhstRate               int64
	amtRate, amtPhaseRate  int64
	amtExemption           [stNumStatus]int64
	amtThreshold           [stNumStatus]int64
}

// estimated returns the parameters the file marks as derived or secondary rather than published.
func (f *caFile) estimated() []stEstimate { return f.Estimated.Value }

// index moves the file's indexed amounts forward by years of inflation, the way R&TC §17041(h)
// indexes them: each amount from the previous year's, rounded to the nearest dollar. Joint and
// surviving-spouse brackets, standard deduction and credit are twice the single ones (R&TC
// §17041(a)(2), §17073.5, §17054); the married-separate brackets are the single ones.
func (f *caFile) index(inflation float64, years int) {
	b := f.Brackets.Value
	single := stIndexBrackets(b[stStatusKeys[stSingle]], inflation, years, 1)
	joint := make([]stBracketJSON, len(single))
	for i, br := range single {
		joint[i] = stBracketJSON{Over: 2 * br.Over, Rate: br.Rate}
	}
	b[stStatusKeys[stSingle]], b[stStatusKeys[stSeparate]], b[stStatusKeys[stJoint]] = single, single, joint
	b[stStatusKeys[stHead]] = stIndexBrackets(b[stStatusKeys[stHead]], inflation, years, 1)
	std := stIndexed(f.StandardDeduction.Value[stStatusKeys[stSingle]], inflation, years, 1)
	for i, double := range [stNumStatus]int64{1, 2, 1, 2} {
		f.StandardDeduction.Value[stStatusKeys[i]] = std * double
	}
	f.PersonalCredit.Value = stIndexed(f.PersonalCredit.Value, inflation, years, 1)
	for _, m := range []stPerStatus[int64]{f.Phaseout.Threshold.Value, f.AMT.Exemption.Value, f.AMT.PhaseoutThreshold.Value} {
		for k, v := range m {
			m[k] = stIndexed(v, inflation, years, 1)
		}
	}
}

// compile checks the file and converts it to cents and exact rates.
func (f *caFile) compile() (caParams, error) {
	var p caParams
	p.tableLimit, p.tableRow = f.TaxTable.Limit.Value*100, f.TaxTable.RowWidth.Value*100
	if p.tableRow <= 0 || p.tableLimit < 0 {
		return p, fmt.Errorf("tax_table: limit and row width must be positive")
	}
	p.credit, p.reduction = f.PersonalCredit.Value*100, f.Phaseout.Reduction.Value*100
	p.mhstThreshold = f.MentalHealth.Threshold.Value * 100
	var err error
	p.exemptions, err = f.PersonalExemptions.Value.values("personal_exemptions")
	err = errors.Join(err, stSchedules(&p.sched, f.Brackets.Value, "brackets", 1),
		setDollars(&p.std, f.StandardDeduction.Value, "standard_deduction"),
		setDollars(&p.threshold, f.Phaseout.Threshold.Value, "exemption_credit_phaseout.threshold"),
		setDollars(&p.step, f.Phaseout.Step.Value, "exemption_credit_phaseout.step"),
		setDollars(&p.amtExemption, f.AMT.Exemption.Value, "amt.exemption"),
		setDollars(&p.amtThreshold, f.AMT.PhaseoutThreshold.Value, "amt.phaseout_threshold"),
		setRate(&p.itemAGIRate, f.ItemizedLimitation.AGIRate.Value, "itemized_limitation.agi_rate"),
		setRate(&p.itemShare, f.ItemizedLimitation.MaxShare.Value, "itemized_limitation.max_share"),
		setRate(&p.mhstRate, f.MentalHealth.Rate.Value, "mental_health_services_tax.rate"),
		setRate(&p.amtRate, f.AMT.Rate.Value, "amt.rate"),
		setRate(&p.amtPhaseRate, f.AMT.PhaseoutRate.Value, "amt.phaseout_rate"))
	if err == nil && (slices.Contains(p.step[:], 0) || slices.Min(p.exemptions[:]) < 0) {
		err = fmt.Errorf("exemption_credit_phaseout.step must be positive and personal_exemptions not negative")
	}
	return p, err
}

// caCompute follows Form 540 (lines 13-33, 48, 61, 62), the Schedule CA itemized deductions
// worksheet, Schedule P (540) Parts I–II and form FTB 3510. California AGI is federal AGI plus
// the gain excluded federally under IRC §1202: California allows no QSBS exclusion (R&TC
// §18152.5 was held unconstitutional in Cutler v. Franchise Tax Board, 2012, and the FTB allows
// none since). Compensation that is not FICA wages is in federal AGI and so in California's,
// though not in its SDI wages. The exemption credits and the itemized deduction limitation
// use federal AGI (line 13), as their worksheets say.
func caCompute(in *StateInput, p *caParams, out *StateResult) {
	st := stStatus(in.Status)
	deduction, itemizing, limitation := caDeduction(in, p, st)
	agi := in.AGI + max(0, in.QSBSExcluded)
	ti := max(0, agi-deduction)
	tax := caTax(p, st, ti)
	credits := caExemptionCredits(p, st, in.AGI)
	afterCredits := max(0, tax-credits)
	out.TaxableIncome = ti
	out.line("540 line 13", "federal AGI", in.AGI)
	if agi != in.AGI {
		out.line("540 line 16", "additions: gain excluded federally under IRC §1202, which California taxes", agi-in.AGI)
		out.line("540 line 17", "California AGI", agi)
	}
	out.line("540 line 18", "deduction (standard or itemized after limitation)", deduction)
	out.line("540 line 19", "taxable income", ti)
	out.line("540 line 31", "tax (tax table up to $100,000, rate schedule above)", tax)
	out.line("540 line 32", "exemption credits after the AGI phase-out", credits)

	disposition := caDisposition(in)
	adjust := in.ISOBargain + disposition - limitation
	if !itemizing {
		adjust += deduction
	}
	if disposition != 0 {
		out.line("Sch P line 9", "adjusted gain or loss: AMT gain minus regular gain on property sold", disposition)
	}
	// Schedule P starts from taxable income before Form 540's floor at zero, as Form 6251 line 1
	// does: the standard deduction added back must not exceed what it took away.
	caAMT(in, p, st, agi-deduction+adjust, in.ISOBargain+disposition, tax, afterCredits, out)
	out.RegularTax = afterCredits - out.AMTCreditUsed
	out.line("540 line 48", "tax after credits", out.RegularTax)
	out.MentalHealthServicesTax = mulRate(max(0, ti-p.mhstThreshold), p.mhstRate)
	out.line("540 line 62", "Mental Health Services Tax", out.MentalHealthServicesTax)
}

// caDisposition is Schedule P (540) line 9, adjusted gain or loss: California's AMT income from
// the year's sales minus its regular income from them. California follows the federal AMT basis
// of ISO shares (R&TC §17062, conforming to IRC §56(b)(3)), so it starts from the federal
// adjustment, but it taxes the whole of a QSBS gain under both taxes: the part of the federal
// adjustment that comes from the federal AMT's smaller §1202 exclusion is taken back out. The
// gains are netted as the federal AMT nets them (California taxes them as ordinary income), and
// a net loss is not deducted.
func caDisposition(in *StateInput) int64 {
	a := &in.AMTDisposition
	if *a == (Disposition{}) && in.QSBSExcludedRegularOnly == 0 {
		return 0
	}
	excluded := max(0, in.QSBSExcluded)
	regular := in.LTCG + in.STCG + excluded
	lt, st := NetGains(in.LTCG+excluded+a.LTCG-in.QSBSExcludedRegularOnly, in.STCG+a.STCG)
	return a.Ordinary + lt + st - regular
}

// caDeduction returns the larger of the standard deduction and the itemized deductions after
// the limitation of the Schedule CA itemized deductions worksheet (the smaller of 6% of federal
// AGI over the threshold and 80% of the deductions it applies to), whether that is itemizing,
// and the limitation. California itemized deductions here are home mortgage interest: state
// income tax is not deductible (R&TC §17220).
func caDeduction(in *StateInput, p *caParams, st int) (deduction int64, itemizing bool, limitation int64) {
	itemized := max(0, in.MortgageInterest)
	if in.AGI > p.threshold[st] && itemized > 0 {
		limitation = min(mulRate(itemized, p.itemShare), mulRate(in.AGI-p.threshold[st], p.itemAGIRate))
	}
	if itemized-limitation > p.std[st] {
		return itemized - limitation, true, limitation
	}
	return p.std[st], false, 0
}

// caTax is Form 540 line 31. Up to the table limit the FTB tax table applies: its rows are
// row-width wide and centred on multiples of the width (the last row ends at the limit and is
// centred on limit − width/4), and each row's tax is the rate schedule's at the centre, rounded
// to the whole dollar. Above the limit the rate schedule applies to the cent.
func caTax(p *caParams, st int, ti int64) int64 {
	s := &p.sched[st]
	if ti > p.tableLimit {
		return s.Tax(ti)
	}
	whole := roundTo(ti, 100)                              // the table is read in whole dollars
	centre := divRound(whole-100, p.tableRow) * p.tableRow // row [c−w/2+1, c+w/2] has centre c
	if whole > p.tableLimit-p.tableRow/2 {
		centre = p.tableLimit - p.tableRow/4
	}
	return roundTo(s.Tax(centre), 100)
}

// caExemptionCredits is Form 540 line 32 with the AGI limitation worksheet: each personal
// exemption credit falls by the reduction for each step of federal AGI, or part of one, over the
// threshold, and not below zero.
func caExemptionCredits(p *caParams, st int, agi int64) int64 {
	n := p.exemptions[st]
	credit := n * p.credit
	if agi > p.threshold[st] {
		steps := (agi - p.threshold[st] + p.step[st] - 1) / p.step[st]
		credit = max(0, credit-steps*p.reduction*n)
	}
	return credit
}

// caExemption is the Schedule P line 22 exemption worksheet: the exemption less the phase-out
// rate times AMTI over the threshold, not below zero.
func caExemption(p *caParams, st int, amti int64) int64 {
	return max(0, p.amtExemption[st]-mulRate(max(0, amti-p.amtThreshold[st]), p.amtPhaseRate))
}

// caAMTI applies the married-filing-separately add-back of Schedule P line 21: above the AMTI
// at which the exemption is gone, AMTI rises by the phase-out rate of the excess, up to the
// exemption (R&TC §17062(a), conforming to IRC §55(d)).
func caAMTI(p *caParams, st int, amti int64) int64 {
	if st != stSeparate || p.amtPhaseRate == 0 {
		return amti
	}
	zero := p.amtThreshold[st] + divRound(p.amtExemption[st]*rateScale, p.amtPhaseRate)
	if amti <= zero {
		return amti
	}
	return amti + min(mulRate(amti-zero, p.amtPhaseRate), p.amtExemption[st])
}

// caTMT is Schedule P lines 21–24: the tentative minimum tax on AMTI.
func caTMT(p *caParams, st int, amti int64) int64 {
	amti = caAMTI(p, st, amti)
	return mulRate(max(0, amti-caExemption(p, st, amti)), p.amtRate)
}

// caAMT computes Schedule P Part II and the minimum tax credit. AMTI is taxable income plus the
// standard deduction when not itemizing, plus the ISO bargain element and the disposition
// adjustment (R&TC §17062 conforms to IRC §56(b)(3)), less the itemized deduction limitation,
// which does not apply to AMT. The AMT is TMT over Form 540 line 31. The credit carried in (FTB
// 3510) reduces the tax after exemption credits, but not below TMT; the credit generated is the
// AMT less the AMT that exclusion items alone (the deduction adjustments) would have caused,
// deferral being the deferral items (the bargain element and the disposition adjustment).
func caAMT(in *StateInput, p *caParams, st int, amti, deferral, tax, afterCredits int64, out *StateResult) {
	tmt := caTMT(p, st, amti)
	out.TentativeMinimumTax = tmt
	out.AMT = max(0, tmt-tax)
	out.line("Sch P line 21", "alternative minimum taxable income", caAMTI(p, st, amti))
	out.line("Sch P line 24", "tentative minimum tax", tmt)
	out.line("Sch P line 26", "alternative minimum tax", out.AMT)
	out.AMTCreditUsed = min(max(0, in.PriorStateAMTCredit), max(0, afterCredits-tmt))
	if out.AMT > 0 {
		exclusionOnly := max(0, caTMT(p, st, amti-deferral)-tax)
		out.AMTCreditGenerated = max(0, out.AMT-exclusionOnly)
	}
	out.line("FTB 3510", "minimum tax credit used", out.AMTCreditUsed)
	out.line("FTB 3510", "minimum tax credit generated", out.AMTCreditGenerated)
}
