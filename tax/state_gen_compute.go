package tax

// genCompute computes a state's income tax under the generic model, in the order the returns
// take the steps:
//
//  1. income: federal AGI, or federal taxable income plus the state income tax and deduction
//     addbacks, less the excluded share of net long-term capital gain;
//  2. the state's deduction (standard, or itemized home mortgage interest, after their
//     phase-outs), personal exemptions and the federal tax subtraction, giving taxable income;
//  3. the tax from the table or rate schedule, less personal credits (RegularTax);
//  4. the minimum tax over the regular tax (AMT), and the minimum tax credit;
//  5. surtaxes (Surtax) and the local tax on the same taxable income (CityTax).
//
// Amounts are exact cents throughout; each product is rounded once, to the cent.
func genCompute(in *StateInput, p *genParams, out *StateResult) {
	st := stStatus(in.Status)
	income, adds := genIncome(in, p, st, out)
	deduction := genDeduction(in, p, st)
	persons := int64(1)
	if st == stJoint {
		persons = 2
	}
	exemptions := p.exemption.at(st, in.AGI) * persons
	fedSub := min(max(0, in.Federal.IncomeTax), p.fedSub.at(st, in.AGI))
	ti := max(0, income-deduction-exemptions-fedSub)
	out.TaxableIncome = ti
	tax := p.tax(st, ti)
	credits := min(tax, p.credit.at(st, in.AGI)*persons+genDeductionCredit(in, p, st, income))
	regular := tax - credits
	if p.start == genStartAGI {
		out.line(p.form, "deduction (standard or itemized)", deduction)
	}
	if p.exemption.n[st] > 0 {
		out.line(p.form, "personal exemptions", exemptions)
	}
	if p.fedSub.n[st] > 0 {
		out.line(p.form, "federal income tax subtracted", fedSub)
	}
	out.line(p.form, "taxable income", ti)
	out.line(p.form, "tax", tax)
	if p.credit.n[st] > 0 || p.dedCredit {
		out.line(p.form, "credits", credits)
	}
	out.RegularTax, out.AMT = genMinimumTax(in, p, st, regular, adds, out)
	out.Surtax = genSurtaxes(in, p, st, ti, out)
	if p.localRate > 0 {
		out.CityTax = stApply(ti, p.localRate)
		out.line(p.form, p.localName, out.CityTax)
	}
}

// genAddbacks are the additions to federal taxable income.
type genAddbacks struct {
	salt       int64 // state income tax deducted on Schedule A
	deductions int64 // the federal deduction over the state's limit
}

// genIncome is the state's income before its deductions: the starting point with its additions,
// less the capital-gain exclusion. It also returns the additions, which the minimum tax partly
// counts.
func genIncome(in *StateInput, p *genParams, st int, out *StateResult) (int64, genAddbacks) {
	var income int64
	var adds genAddbacks
	if p.start == genStartAGI {
		income = in.AGI
		out.line(p.form, "federal adjusted gross income", in.AGI)
	} else {
		f := &in.Federal
		// Federal taxable income before 1040 line 15 floors it at zero: where deductions exceed
		// AGI, the excess still offsets the state's additions, as a negative line would.
		fti := in.AGI - f.Deduction
		out.line(p.form, "federal taxable income", fti)
		if p.saltAddback && f.Itemized {
			// The state income tax deducted, but no more than the itemized deductions' excess
			// over the standard deduction: the benefit the deduction actually gave.
			adds.salt = min(max(0, f.SALT), max(0, f.Deduction-f.StandardDeduction))
			out.line(p.form, "state income tax addback", adds.salt)
		}
		if p.dedAddback && in.AGI >= p.dedAddbackAGI {
			// Reduced by the state income tax already added back (1 CCR 201-2, Rule
			// 39-22-104(3)(p.5)(3)).
			adds.deductions = max(0, max(0, f.Deduction-p.dedAddbackMax[st])-adds.salt)
			out.line(p.form, "federal deduction addback", adds.deductions)
		}
		income = fti + adds.salt + adds.deductions
	}
	if p.cgExclusion > 0 {
		excluded := stApply(max(0, in.LTCG), p.cgExclusion)
		income -= excluded
		out.line(p.form, "capital gain exclusion", excluded)
	}
	return income, adds
}

// genDeduction is the state's standard deduction or itemized deductions (home mortgage
// interest), each after its phase-out, under the state's itemizing rule.
func genDeduction(in *StateInput, p *genParams, st int) int64 {
	std := p.std[st]
	if p.stdRate > 0 {
		std = min(max(stApply(max(0, in.AGI), p.stdRate), p.stdMin[st]), p.stdMax[st])
	}
	std = p.stdPhase.reduce(std, st, in.AGI)
	if p.itemRule == genItemNone {
		return std
	}
	item := max(0, in.MortgageInterest)
	if p.itemCap[st] > 0 {
		item = min(item, p.itemCap[st])
	}
	item = p.itemPhase.reduce(item, st, in.AGI)
	switch {
	case p.itemRule == genItemAsFederal && in.Federal.Itemized:
		return item
	case p.itemRule == genItemLarger || (p.itemRule == genItemIfFederal && in.Federal.Itemized):
		return max(std, item)
	}
	return std
}

// genDeductionCredit is the credit on the federal deduction (Utah's taxpayer tax credit): the
// rate times the federal standard deduction, or the itemized deductions less the state and
// local income tax in them, less the phase-out rate times the state income over the threshold.
func genDeductionCredit(in *StateInput, p *genParams, st int, income int64) int64 {
	if !p.dedCredit {
		return 0
	}
	f := &in.Federal
	base := f.Deduction
	if f.Itemized {
		base -= min(max(0, f.SALT), f.Deduction)
	}
	return max(0, stApply(base, p.dedCreditRate)-stApply(max(0, income-p.dedCreditOver[st]), p.dedCreditPhase))
}

// tax is the tax on taxable income: the published table's amount below its limit (the tax on
// the middle of the row, rounded to the dollar), the rate schedule's above.
func (p *genParams) tax(st int, ti int64) int64 {
	s := &p.sched[st]
	if ti < p.tableLimit {
		return stRoundTo(s.tax(ti/p.tableRow*p.tableRow+p.tableRow/2), 100)
	}
	return s.tax(ti)
}

// genSurtaxes adds up the surtaxes owed.
func genSurtaxes(in *StateInput, p *genParams, st int, ti int64, out *StateResult) int64 {
	var total int64
	for i := range p.nSurtax {
		s := &p.surtax[i]
		if in.AGI <= s.agiOver[st] {
			continue
		}
		base := ti
		switch s.base {
		case genBaseInvestment:
			base = max(0, in.Interest) + max(0, in.OrdinaryDividends) + max(0, in.LTCG) + max(0, in.STCG)
		case genBaseCapitalGain:
			base = max(0, in.LTCG)
		}
		tax := stApply(max(0, base-s.over[st]), s.rate)
		out.line(p.form, s.name, tax)
		total += tax
	}
	return total
}
