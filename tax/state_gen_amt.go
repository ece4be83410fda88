package tax

import "fmt"

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
	rate          stRate
	exemption     [stNumStatus]int64
	phaseoutStart [stNumStatus]int64
	phaseoutRate  stRate
	creditShare   stRate
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
	var err error
	if m.rate, err = stRateOf("amt.rate", a.Rate.Value); err != nil {
		return err
	}
	if a.Exemption != nil {
		if m.exemption, err = genDollars(a.Exemption.Value, "amt.exemption"); err != nil {
			return err
		}
	}
	if a.PhaseoutStart != nil {
		if m.phaseoutStart, err = genDollars(a.PhaseoutStart.Value, "amt.phaseout_start"); err != nil {
			return err
		}
	}
	if a.PhaseoutRate != nil {
		if m.phaseoutRate, err = stRateOf("amt.phaseout_rate", a.PhaseoutRate.Value); err != nil {
			return err
		}
	}
	if a.FederalCreditShare != nil {
		m.creditShare, err = stRateOf("amt.federal_credit_share", a.FederalCreditShare.Value)
	}
	return err
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
	out.TentativeMinimumTax = stApply(base, m.rate)
	amt := max(0, out.TentativeMinimumTax-regular)
	out.line(p.form, "alternative minimum taxable income less the exemption", base)
	out.line(p.form, "tentative minimum tax", out.TentativeMinimumTax)
	out.line(p.form, "alternative minimum tax", amt)
	if m.creditShare == 0 {
		return regular, amt
	}
	credit := min(stApply(max(0, in.Federal.AMTCreditUsed), m.creditShare), regular+amt)
	out.line(p.form, "minimum tax credit (share of the federal credit used)", credit)
	fromRegular := min(credit, regular)
	return regular - fromRegular, amt - (credit - fromRegular)
}

// genAMTBase is the minimum tax's base after the exemption.
func genAMTBase(in *StateInput, p *genParams, st int, adds genAddbacks) int64 {
	m := &p.amt
	if m.base == genAMTAGI {
		// Minnesota's M1MT: federal AGI plus the ISO bargain element (the only federal
		// adjustment the engine knows), less the exemption reduced by the phase-out rate of the
		// excess over the start; home mortgage interest is not among the deductions allowed.
		amti := max(0, in.AGI) + max(0, in.ISOBargain)
		ex := max(0, m.exemption[st]-stApply(max(0, amti-m.phaseoutStart[st]), m.phaseoutRate))
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
	return max(0, f.AMTI-f.AMTExemption+additions)
}
