package tax

import "fmt"

// nyFile is a New York parameter file (params/states/ny/YEAR.json): the IT-201 rate schedules
// and tax table, the tax computation worksheets that recapture the benefit of the lower brackets
// above $107,650 of AGI (Tax Law §601(d-1)), the standard deduction, the itemized deduction
// reduction of Tax Law §615(g), and the New York City resident tax (NYC Admin. Code §11-1701).
type nyFile struct {
	Brackets          Sourced[stPerStatus[[]stBracketJSON]] `json:"brackets"`
	TaxTableLimit     Sourced[int64]                        `json:"tax_table_limit"`
	StandardDeduction Sourced[stPerStatus[int64]]           `json:"standard_deduction"`
	Recapture         struct {
		AGIFloor  Sourced[int64]                     `json:"agi_floor"`
		PhaseIn   Sourced[int64]                     `json:"phase_in"`
		FlatLimit Sourced[stPerStatus[int64]]        `json:"flat_limit"`
		FlatRate  Sourced[stPerStatus[float64]]      `json:"flat_rate"`
		Tiers     Sourced[stPerStatus[[]nyTierJSON]] `json:"tiers"`
		TopAGI    Sourced[int64]                     `json:"top_agi"`
	} `json:"recapture"`
	ItemizedReduction struct {
		Threshold   Sourced[stPerStatus[int64]] `json:"threshold"`
		Rate        Sourced[float64]            `json:"rate"`
		SecondStart Sourced[int64]              `json:"second_start"`
		Cap         Sourced[float64]            `json:"cap"`
		Disallowed  Sourced[int64]              `json:"disallowed_over"`
	} `json:"itemized_reduction"`
	City struct {
		Brackets      Sourced[stPerStatus[[]stBracketJSON]] `json:"brackets"`
		TaxTableLimit Sourced[int64]                        `json:"tax_table_limit"`
	} `json:"nyc"`
	Estimated Sourced[[]stEstimate] `json:"estimated"`
}

// nyTierJSON is one tax computation worksheet above the flat-rate one: for taxable income over
// Over, the tax is the schedule's plus Base plus Increment phased in over AGI above Over.
type nyTierJSON struct {
	Over      int64 `json:"over"`
	Base      int64 `json:"base"`
	Increment int64 `json:"increment"`
}

const nyMaxTiers = 6

// nyRecapture is one filing status's tax computation worksheets, in cents.
type nyRecapture struct {
	flatLimit int64
	flatRate  stRate
	n         int
	over      [nyMaxTiers]int64
	base      [nyMaxTiers]int64
	increment [nyMaxTiers]int64
}

// nyParams is New York State and City law for one year.
type nyParams struct {
	sched, city                    [stNumStatus]stSchedule
	tableLimit, cityTableLimit     int64
	std                            [stNumStatus]int64
	agiFloor, phaseIn, topAGI      int64
	recapture                      [stNumStatus]nyRecapture
	reduceThreshold                [stNumStatus]int64
	reduceRate, reduceCap          stRate
	reduceSecondStart, disallowAGI int64
}

func (f *nyFile) estimated() []stEstimate { return f.Estimated.Value }

// index leaves New York unchanged: the Tax Law §601 brackets, the standard deduction (§614) and
// the worksheet amounts are fixed dollar amounts, not indexed for inflation.
func (f *nyFile) index(float64, int) {}

// compile checks the file and converts it to cents and exact rates.
func (f *nyFile) compile() (nyParams, error) {
	var p nyParams
	if err := nySchedules(&p.sched, f.Brackets.Value, "brackets"); err != nil {
		return p, err
	}
	if err := nySchedules(&p.city, f.City.Brackets.Value, "nyc.brackets"); err != nil {
		return p, err
	}
	p.tableLimit, p.cityTableLimit = f.TaxTableLimit.Value*100, f.City.TaxTableLimit.Value*100
	r := &f.Recapture
	p.agiFloor, p.phaseIn, p.topAGI = r.AGIFloor.Value*100, r.PhaseIn.Value*100, r.TopAGI.Value*100
	if p.phaseIn <= 0 {
		return p, fmt.Errorf("recapture.phase_in must be positive")
	}
	std, err := f.StandardDeduction.Value.values("standard_deduction")
	if err != nil {
		return p, err
	}
	for i, v := range std {
		p.std[i] = v * 100
	}
	if err := nyCompileRecapture(&p, f); err != nil {
		return p, err
	}
	return p, nyCompileReduction(&p, f)
}

// nySchedules compiles the four schedules of a table; New York states bases in whole dollars.
func nySchedules(dst *[stNumStatus]stSchedule, m stPerStatus[[]stBracketJSON], name string) error {
	b, err := m.values(name)
	if err != nil {
		return err
	}
	for i := range b {
		if dst[i], err = stCompileSchedule(name+"."+stStatusKeys[i], b[i], 100); err != nil {
			return err
		}
	}
	return nil
}

// nyCompileRecapture compiles the tax computation worksheets of each filing status.
func nyCompileRecapture(p *nyParams, f *nyFile) error {
	r := &f.Recapture
	limits, err := r.FlatLimit.Value.values("recapture.flat_limit")
	if err != nil {
		return err
	}
	rates, err := r.FlatRate.Value.values("recapture.flat_rate")
	if err != nil {
		return err
	}
	tiers, err := r.Tiers.Value.values("recapture.tiers")
	if err != nil {
		return err
	}
	for i := range stNumStatus {
		rc := &p.recapture[i]
		rc.flatLimit = limits[i] * 100
		if rc.flatRate, err = stRateOf("recapture.flat_rate", rates[i]); err != nil {
			return err
		}
		if len(tiers[i]) > nyMaxTiers {
			return fmt.Errorf("recapture.tiers.%s: at most %d tiers", stStatusKeys[i], nyMaxTiers)
		}
		rc.n = len(tiers[i])
		for k, t := range tiers[i] {
			if (k == 0 && t.Over != limits[i]) || (k > 0 && t.Over <= tiers[i][k-1].Over) {
				return fmt.Errorf("recapture.tiers.%s[%d]: tiers must start at the flat limit and ascend", stStatusKeys[i], k)
			}
			rc.over[k], rc.base[k], rc.increment[k] = t.Over*100, t.Base*100, t.Increment*100
		}
	}
	return nil
}

// nyCompileReduction compiles the Tax Law §615(g) itemized deduction reduction.
func nyCompileReduction(p *nyParams, f *nyFile) error {
	ir := &f.ItemizedReduction
	th, err := ir.Threshold.Value.values("itemized_reduction.threshold")
	if err != nil {
		return err
	}
	for i, v := range th {
		p.reduceThreshold[i] = v * 100
	}
	p.reduceSecondStart, p.disallowAGI = ir.SecondStart.Value*100, ir.Disallowed.Value*100
	if p.reduceRate, err = stRateOf("itemized_reduction.rate", ir.Rate.Value); err != nil {
		return err
	}
	p.reduceCap, err = stRateOf("itemized_reduction.cap", ir.Cap.Value)
	return err
}

// nyCompute follows IT-201 lines 33–39 and 47: New York AGI is taken to be federal AGI (no New
// York additions or subtractions are modelled), the deduction is the larger of the standard
// deduction and itemized home mortgage interest after the §615(g) reduction, and New York City
// tax applies to the same taxable income. RegularTax is the State tax; CityTax is the City's.
// New York follows the federal IRC §1202 exclusion (no addition for it) and taxes compensation
// that is not FICA wages as part of federal AGI.
func nyCompute(in *StateInput, p *nyParams, out *StateResult) {
	st := stStatus(in.Status)
	itemized := nyItemized(p, st, in.AGI, max(0, in.MortgageInterest))
	deduction := max(p.std[st], itemized)
	ti := max(0, in.AGI-deduction)
	out.TaxableIncome = ti
	out.RegularTax = nyStateTax(p, st, in.AGI, ti)
	out.line("IT-201 line 33", "New York AGI", in.AGI)
	out.line("IT-201 line 34", "deduction (standard or itemized)", deduction)
	out.line("IT-201 line 38", "taxable income", ti)
	out.line("IT-201 line 39", "New York State tax", out.RegularTax)
	if in.City == "NYC" {
		out.CityTax = nyTableOrSchedule(&p.city[st], p.cityTableLimit, ti)
		out.line("IT-201 line 47a", "New York City resident tax", out.CityTax)
	}
}

// nyItemized applies the Tax Law §615(g) reduction (IT-196 lines 45–47) to itemized deductions
// that are not charitable: none above the threshold; then the rate times the deductions, phased
// in over the next $50,000 of AGI; from the second start a further rate phased in over $50,000
// up to the cap; and over the disallowance AGI only charitable contributions remain, so nothing
// of these.
func nyItemized(p *nyParams, st int, agi, itemized int64) int64 {
	th := p.reduceThreshold[st]
	switch {
	case agi <= th:
		return itemized
	case agi > p.disallowAGI:
		return 0
	case agi < p.reduceSecondStart:
		return itemized - stApplyFraction(stApply(itemized, p.reduceRate), nyPhase(agi-th, p.phaseIn))
	}
	first := stApply(itemized, p.reduceRate)
	second := stApplyFraction(stApply(itemized, p.reduceCap-p.reduceRate), nyPhase(agi-p.reduceSecondStart, p.phaseIn))
	return itemized - min(first+second, stApply(itemized, p.reduceCap))
}

// nyPhase is the worksheets' fraction min(excess, width) / width rounded to four decimal places,
// in units of 1/10,000.
func nyPhase(excess, width int64) int64 {
	return stDivRound(min(max(0, excess), width)*10_000, width)
}

// stApplyFraction returns amount × f / 10,000, rounded to the cent.
func stApplyFraction(amount, f int64) int64 { return stDivRound(amount*f, 10_000) }

// nyStateTax is IT-201 line 39. With AGI up to $107,650 it is the tax table below the table
// limit and the rate schedule above. With more AGI it is the tax computation worksheet for the
// taxable income: the flat rate of the first worksheet phased in over $50,000 of AGI, or the
// schedule plus the recapture base plus the incremental benefit phased in over $50,000 of AGI
// above the worksheet's threshold; over the top AGI, the top rate on all taxable income.
func nyStateTax(p *nyParams, st int, agi, ti int64) int64 {
	s := &p.sched[st]
	if agi <= p.agiFloor {
		return nyTableOrSchedule(s, p.tableLimit, ti)
	}
	if agi > p.topAGI {
		return stApply(ti, s.top())
	}
	rc := &p.recapture[st]
	if ti <= rc.flatLimit {
		flat, tax := stApply(ti, rc.flatRate), s.tax(ti)
		return tax + stApplyFraction(flat-tax, nyPhase(agi-p.agiFloor, p.phaseIn))
	}
	k := rc.n - 1
	for k > 0 && ti <= rc.over[k] {
		k--
	}
	return s.tax(ti) + rc.base[k] + stApplyFraction(rc.increment[k], nyPhase(agi-rc.over[k], p.phaseIn))
}

// nyTableOrSchedule reads the New York State or City tax table below its limit: rows $50 wide
// ($12.50 and $25 at the very bottom), the tax at the row's middle rounded to the whole dollar;
// at and above the limit, the rate schedule.
func nyTableOrSchedule(s *stSchedule, limit, ti int64) int64 {
	if ti >= limit {
		return s.tax(ti)
	}
	width := int64(5000)
	switch {
	case ti < 2500:
		width = 1250
	case ti < 5000:
		width = 2500
	}
	return stRoundTo(s.tax(ti/width*width+width/2), 100)
}
