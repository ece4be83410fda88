package tax

import "github.com/bespokehq/bespoke"

// FederalParams is one tax year's federal law for one filing status, compiled from the
// parameter files: amounts in cents, rates in basis points, no pointers, so that Compute reads
// it without indirection.
type FederalParams struct {
	Year   int
	Status bespoke.FilingStatus

	Ordinary          Schedule // IRC §1(j) rate schedule
	StandardDeduction int64
	CapitalGain       CapitalGainParams
	AMT               AMTParams

	// State and local tax deduction (Schedule A line 5e): the cap, reduced by SALTRate of
	// modified AGI above SALTThreshold, but not below SALTFloor (IRC §164(b)(6)-(7)).
	SALTCap, SALTThreshold, SALTRate, SALTFloor int64

	// IRC §68 (from 2026): itemized deductions reduced by Num/Den of the lesser of the
	// deductions or the income above the start of the top bracket; Num is 0 where it does not
	// apply.
	ItemizedLimitNum, ItemizedLimitDen int64

	NIITRate, NIITThreshold int64 // IRC §1411, Form 8960

	SocialSecurityRate, SocialSecurityWageBase          int64 // per earner, IRC §3101(a)
	MedicareRate                                        int64 // IRC §3101(b)(1)
	AdditionalMedicareRate, AdditionalMedicareThreshold int64 // IRC §3101(b)(2), Form 8959
}

// CapitalGainParams are the rates of IRC §1(h) and the taxable incomes at which the 0% and 15%
// rates end (Qualified Dividends and Capital Gain Tax Worksheet lines 6 and 13). Rate28 is the
// most 28% rate gain pays (IRC §1(h)(1)(F); Schedule D Tax Worksheet line 43).
type CapitalGainParams struct {
	ZeroTop, FifteenTop   int64
	Rate0, Rate15, Rate20 int64
	Rate28                int64
}

// AMTParams are the alternative minimum tax's exemption, its phase-out and its two rates
// (IRC §55; Form 6251).
type AMTParams struct {
	Exemption, PhaseoutStart, PhaseoutRate int64
	RateLow, RateHigh                      int64 // 26%, 28%
	Breakpoint                             int64 // taxable excess from which RateHigh applies

	// SeparateAddback is set for married filing separately: AMTI is increased by
	// SeparateAddbackRate of its excess over the amount at which the exemption reaches zero, up
	// to the exemption (IRC §55(d)(2); Form 6251 line 4).
	SeparateAddback     bool
	SeparateAddbackRate int64
}

// zeroExemptionAt returns the AMTI at which the exemption is fully phased out.
func (a *AMTParams) zeroExemptionAt() int64 {
	return a.PhaseoutStart + a.Exemption*bpScale/a.PhaseoutRate
}

// belowRate28 returns the taxable income the ordinary rates tax below the 28% rate gain's rate:
// the start of the first bracket whose rate is at least Rate28, which is the Schedule D Tax
// Worksheet's line 19 amount (the top of the 24% bracket, $197,300 single in 2025; IRC
// §1(h)(1)(A)(ii)(I)). Deriving it from the brackets keeps projected years consistent.
func (f *FederalParams) belowRate28() int64 {
	s := &f.Ordinary
	for i := 1; i < s.N; i++ {
		if s.Rate[i] >= f.CapitalGain.Rate28 {
			return s.Start[i]
		}
	}
	return maxAmount * 16 // every rate is below it: no taxable income reaches this
}

// topBracketStart returns the taxable income at which the top ordinary rate begins.
func (f *FederalParams) topBracketStart() int64 { return f.Ordinary.Start[f.Ordinary.N-1] }
