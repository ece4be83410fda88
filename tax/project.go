package tax

import "math"

// Projection of the federal law to a year without published tables.
//
// Every inflation-indexed amount of the latest published year is multiplied by
// (1 + inflation)^(years ahead) and rounded down the way the Code rounds its own adjustments:
//
//   - rate-schedule bracket tops: to a multiple of $25 (IRC §1(f)(7));
//   - capital-gain 0%/15% tops: to a multiple of $50 (this reproduces the published 2024-2026
//     amounts from their 2018 base, IRC §1(j)(5)(C));
//   - standard deduction: to a multiple of $50 (IRC §63(c)(4));
//   - AMT exemption, phase-out threshold and 28% breakpoint: to a multiple of $100 (IRC §55(d)(4));
//   - Social Security wage base: to the nearest multiple of $300, as 42 U.S.C. 430(b) rounds
//     it (the law indexes it by average wages; inflation stands in for them here).
//
// The SALT cap and its phase-down threshold follow the statute instead: 101% of the previous
// year's amount through 2029, then the cap falls back to the $10,000 floor (IRC §164(b)(7)).
// Amounts the Code does not index stay fixed: the NIIT and Additional Medicare Tax thresholds,
// every rate, and the §68 fraction.
const (
	saltGrowthLastYear = 2029
	saltGrowth         = 101_000 // 101%, in rate units
)

// projectFederal returns base's law indexed to year at the yearly inflation rate.
func projectFederal(base *FederalParams, year int, inflation float64) FederalParams {
	p := *base
	p.Year = year
	factor := math.Pow(1+inflation, float64(year-base.Year))
	for i := 1; i < p.Ordinary.N; i++ {
		p.Ordinary.Start[i] = indexDown(base.Ordinary.Start[i], factor, 25)
	}
	p.Ordinary.fillBases(1) // exact: $25 multiples at whole percents
	p.StandardDeduction = indexDown(base.StandardDeduction, factor, 50)
	p.CapitalGain.ZeroTop = indexDown(base.CapitalGain.ZeroTop, factor, 50)
	p.CapitalGain.FifteenTop = indexDown(base.CapitalGain.FifteenTop, factor, 50)
	p.AMT.Exemption = indexDown(base.AMT.Exemption, factor, 100)
	p.AMT.PhaseoutStart = indexDown(base.AMT.PhaseoutStart, factor, 100)
	p.AMT.Breakpoint = indexDown(base.AMT.Breakpoint, factor, 100)
	p.SocialSecurityWageBase = indexNearest(base.SocialSecurityWageBase, factor, 300)
	for y := base.Year + 1; y <= year; y++ {
		if y > saltGrowthLastYear {
			p.SALTCap = p.SALTFloor
			break
		}
		p.SALTCap = mulRate(p.SALTCap, saltGrowth)
		p.SALTThreshold = mulRate(p.SALTThreshold, saltGrowth)
	}
	return p
}

// indexDown returns cents × factor rounded down to a multiple of mult dollars, never below the
// starting amount's own multiple when factor is 1.
func indexDown(cents int64, factor float64, mult int64) int64 {
	step := mult * 100
	return int64(math.Floor(float64(cents)*factor/float64(step)+1e-9)) * step
}

// indexNearest returns cents × factor rounded to the nearest multiple of mult dollars.
func indexNearest(cents int64, factor float64, mult int64) int64 {
	step := mult * 100
	return int64(math.Round(float64(cents)*factor/float64(step))) * step
}
