package tax

import (
	"errors"
	"fmt"
)

// genAMTJSON is a state minimum tax: Rate times a base, owed as far as it exceeds the regular
// tax. Base is "federal_amti" (Colorado: federal alternative minimum taxable income less the
// federal exemption, with the state's additions that the federal AMT does not already make)
// or "agi_plus_preferences" (Minnesota: federal AGI plus the federal AMT adjustments and
// preferences, here the ISO bargain element, less the state's own exemption, which phases out
// at PhaseoutRate of the base over PhaseoutStart). FederalCreditShare, when given, is a credit of
// that share of the federal minimum tax credit used, against the year's tax and not carried
// forward (Colorado, C.R.S. 39-22-105(3)).
type genAMTJSON struct {
	Base               Sourced[string]              `json:"base"`
	Rate               Sourced[float64]             `json:"rate"`
	Exemption          *Sourced[stPerStatus[int64]] `json:"exemption"`
	PhaseoutStart      *Sourced[stPerStatus[int64]] `json:"phaseout_start"`
	PhaseoutRate       *Sourced[float64]            `json:"phaseout_rate"`
	FederalCreditShare *Sourced[float64]            `json:"federal_credit_share"`
}

// Minimum tax bases.
const (
	genAMTNone uint8 = iota
	genAMTFederal
	genAMTAGI
)

// genAMT is a compiled state minimum tax.
type genAMT struct {
	base          uint8
	rate          int64
	exemption     [stNumStatus]int64
	phaseoutStart [stNumStatus]int64
	phaseoutRate  int64
	creditShare   int64
}

// compileAMT compiles the minimum tax.
func (f *genFile) compileAMT(p *genParams) error {
	a := f.AMT
	if a == nil {
		return nil
	}
	m := &p.amt
	switch a.Base.Value {
	case "federal_amti":
		m.base = genAMTFederal
	case "agi_plus_preferences":
		m.base = genAMTAGI
		if a.Exemption == nil || a.PhaseoutStart == nil || a.PhaseoutRate == nil {
			return fmt.Errorf("amt: a base of agi_plus_preferences needs an exemption and its phase-out")
		}
	default:
		return fmt.Errorf("amt.base %q: want federal_amti or agi_plus_preferences", a.Base.Value)
	}
	return errors.Join(setRate(&m.rate, a.Rate.Value, "amt.rate"),
		optDollars(&m.exemption, a.Exemption, "amt.exemption"),
		optDollars(&m.phaseoutStart, a.PhaseoutStart, "amt.phaseout_start"),
		optRate(&m.phaseoutRate, a.PhaseoutRate, "amt.phaseout_rate"),
		optRate(&m.creditShare, a.FederalCreditShare, "amt.federal_credit_share"))
}

// genMinimumTax adds the minimum tax over the regular tax and applies the minimum tax credit
// (a share of the federal credit used, against the regular tax and then the minimum tax). It
// returns the regular tax and the minimum tax after the credit.
func genMinimumTax(in *StateInput, p *genParams, st int, regular int64, adds genAddbacks, out *StateResult) (int64, int64) {
	m := &p.amt
	if m.base == genAMTNone {
		return regular, 0
	}
	base := genAMTBase(in, p, st, adds)
	out.TentativeMinimumTax = mulRate(base, m.rate)
	amt := max(0, out.TentativeMinimumTax-regular)
	out.line(p.form, "alternative minimum taxable income less the exemption", base)
	out.line(p.form, "tentative minimum tax", out.TentativeMinimumTax)
	out.line(p.form, "alternative minimum tax", amt)
	if m.creditShare == 0 {
		return regular, amt
	}
	credit := min(mulRate(max(0, in.Federal.AMTCreditUsed), m.creditShare), regular+amt)
	out.line(p.form, "minimum tax credit (share of the federal credit used)", credit)
	fromRegular := min(credit, regular)
	return regular - fromRegular, amt - (credit - fromRegular)
}

// genAMTBase is the minimum tax's base after the exemption. A state that adds back the gain
// excluded under IRC §1202 taxes it under its minimum tax too: the part the federal AMT
// excluded, since the rest (QSBSExcludedRegularOnly) is in Form 6251 line 2k already.
func genAMTBase(in *StateInput, p *genParams, st int, adds genAddbacks) int64 {
	m := &p.amt
	qsbs := max(0, adds.qsbs-max(0, in.QSBSExcludedRegularOnly))
	if m.base == genAMTAGI {
		// Minnesota's M1MT: federal AGI plus the federal adjustments of Form 6251 lines 2c-3 the
		// engine knows (the ISO bargain element, line 2i, and the disposition of property, line
		// 2k), less the exemption reduced by the phase-out rate of the excess over the start; home
		// mortgage interest is not among the deductions allowed. Line 3's IRC §68 reversal only
		// undoes the federal reduction of itemized deductions that AGI never had.
		amti := max(0, max(0, in.AGI)+max(0, in.ISOBargain)+in.Federal.AMTDisposition+qsbs)
		ex := max(0, m.exemption[st]-mulRate(max(0, amti-m.phaseoutStart[st]), m.phaseoutRate))
		return max(0, amti-ex)
	}
	f := &in.Federal
	line2a := f.Deduction // Form 6251 line 2a: the standard deduction, or the taxes deducted
	if f.Itemized {
		line2a = f.SALT
	}
	// The deduction addback duplicates the federal AMT's own addback of line 2a, except for
	// the part of line 2a the state income tax addback already took back.
	additions := max(0, adds.deductions-(line2a-adds.salt))
	return max(0, f.AMTI-f.AMTExemption+additions+qsbs)
}
