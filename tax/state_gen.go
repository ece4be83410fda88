package tax

import (
	"fmt"
	"slices"
)

// genFile is the parameter file of a state the generic model computes
// (params/states/XX/YEAR.json for the states in stModelled with stKindGen). Most state income
// taxes are the same few steps in a different order of magnitude: a starting point on the
// federal return (AGI or taxable income) with additions and a capital-gain exclusion, a
// standard or itemized deduction with its phase-out, personal exemptions and credits that phase
// out with AGI, a rate schedule per filing status, surtaxes, a minimum tax and a local tax. Each
// block below is optional except the starting point, the rates, the indexing rule and the
// estimates list; a block the file leaves out does not apply in that state and year. Dollar
// amounts are whole dollars; rates are decimal fractions exact to 0.001%.
type genFile struct {
	Form                  Sourced[string]                         `json:"form"`
	StartingPoint         Sourced[string]                         `json:"starting_point"`
	Brackets              *Sourced[stPerStatus[[]genBracketJSON]] `json:"brackets"`
	FlatRate              *Sourced[float64]                       `json:"flat_rate"`
	TaxTable              *genTableJSON                           `json:"tax_table"`
	StateIncomeTaxAddback *Sourced[bool]                          `json:"state_income_tax_addback"`
	DeductionAddback      *genAddbackJSON                         `json:"deduction_addback"`
	CapitalGainExclusion  *Sourced[float64]                       `json:"capital_gain_exclusion"`
	StandardDeduction     *Sourced[stPerStatus[int64]]            `json:"standard_deduction"`
	StandardDeductionAGI  *genStdAGIJSON                          `json:"standard_deduction_of_agi"`
	StandardPhaseout      *genPhaseJSON                           `json:"standard_deduction_phaseout"`
	Itemized              *genItemizedJSON                        `json:"itemized_deductions"`
	Exemption             *Sourced[stPerStatus[[]genStepJSON]]    `json:"exemption"`
	PersonalCredit        *Sourced[stPerStatus[[]genStepJSON]]    `json:"personal_credit"`
	FederalTaxSubtraction *Sourced[stPerStatus[[]genStepJSON]]    `json:"federal_tax_subtraction"`
	DeductionCredit       *genDedCreditJSON                       `json:"federal_deduction_credit"`
	Surtaxes              []genSurtaxJSON                         `json:"surtaxes"`
	AMT                   *genAMTJSON                             `json:"amt"`
	LocalTax              *genLocalJSON                           `json:"local_tax"`
	Indexing              Sourced[map[string]int64]               `json:"indexing"`
	Estimated             Sourced[[]stEstimate]                   `json:"estimated"`
}

// genBracketJSON is one line of a rate schedule. Fixed marks a threshold the state does not
// index (Oregon's $125,000 and $250,000) when the others are.
type genBracketJSON struct {
	Over  int64   `json:"over"`
	Rate  float64 `json:"rate"`
	Fixed bool    `json:"fixed,omitempty"`
}

// genTableJSON is a published tax table: below Limit, the tax on the middle of the RowWidth-wide
// row, rounded to the dollar.
type genTableJSON struct {
	Limit    Sourced[int64] `json:"limit"`
	RowWidth Sourced[int64] `json:"row_width"`
}

// genAddbackJSON adds back the part of the federal deduction (standard or itemized) above Limit
// when AGI is at least AGIAtLeast, less the state income tax already added back (Colorado).
type genAddbackJSON struct {
	AGIAtLeast Sourced[int64]              `json:"agi_at_least"`
	Limit      Sourced[stPerStatus[int64]] `json:"limit"`
}

// genStdAGIJSON is a standard deduction that is a share of AGI between a floor and a ceiling
// (Maryland before 2025).
type genStdAGIJSON struct {
	Rate Sourced[float64]            `json:"rate"`
	Min  Sourced[stPerStatus[int64]] `json:"min"`
	Max  Sourced[stPerStatus[int64]] `json:"max"`
}

// genPhaseJSON reduces a deduction by the sum over tiers of rate × (AGI − tier start), but by
// no more than MaxShare of the deduction.
type genPhaseJSON struct {
	Tiers    Sourced[[]genTierJSON] `json:"tiers"`
	MaxShare Sourced[float64]       `json:"max_share"`
}

type genTierJSON struct {
	AGIOver stPerStatus[int64]   `json:"agi_over"`
	Rate    stPerStatus[float64] `json:"rate"`
}

// genItemizedJSON allows itemizing home mortgage interest (the only itemized deduction the
// engine knows besides state income tax, which these states disallow). Rule says when:
// "larger" (whichever is larger), "as_federal" (itemize exactly when the federal return does),
// or "if_federal" (the larger, but itemizing only when the federal return itemizes). Cap limits
// the deduction (North Carolina's $20,000 on mortgage interest and property tax).
type genItemizedJSON struct {
	Rule     Sourced[string]              `json:"rule"`
	Cap      *Sourced[stPerStatus[int64]] `json:"cap"`
	Phaseout *genPhaseJSON                `json:"phaseout"`
}

// genStepJSON is one row of an amount that steps with federal AGI: Amount applies when AGI is
// over AGIOver (or at least AGIFrom) and below the next row. The first row starts at 0.
type genStepJSON struct {
	AGIOver *int64 `json:"agi_over,omitempty"`
	AGIFrom *int64 `json:"agi_from,omitempty"`
	Amount  int64  `json:"amount"`
}

// genDedCreditJSON is a credit of Rate times the federal deduction (standard, or itemized less
// the state and local income tax in it), reduced by PhaseoutRate of the state's income over
// Threshold (Utah's taxpayer tax credit, Utah Code 59-10-1018).
type genDedCreditJSON struct {
	Rate         Sourced[float64]            `json:"rate"`
	PhaseoutRate Sourced[float64]            `json:"phaseout_rate"`
	Threshold    Sourced[stPerStatus[int64]] `json:"threshold"`
}

// genSurtaxJSON is a tax of Rate on a base over a threshold, owed when AGI is over AGIOver.
// Base is "taxable_income", "net_investment_income" (interest, dividends and gains, as IRC
// §1411 and Minnesota's M1NI count them) or "net_capital_gain".
type genSurtaxJSON struct {
	Name    Sourced[string]             `json:"name"`
	Base    Sourced[string]             `json:"base"`
	Rate    Sourced[float64]            `json:"rate"`
	Over    Sourced[stPerStatus[int64]] `json:"over"`
	AGIOver Sourced[stPerStatus[int64]] `json:"agi_over"`
}

// genLocalJSON is a local income tax of Rate on the state's taxable income.
type genLocalJSON struct {
	Name Sourced[string]  `json:"name"`
	Rate Sourced[float64] `json:"rate"`
}

// Starting points.
const (
	genStartAGI uint8 = iota // federal adjusted gross income
	genStartFTI              // federal taxable income
)

// Itemizing rules.
const (
	genItemNone uint8 = iota // no itemized deductions
	genItemLarger
	genItemAsFederal
	genItemIfFederal
)

// Surtax bases.
const (
	genBaseTaxable uint8 = iota
	genBaseInvestment
	genBaseCapitalGain
)

const (
	genMaxSteps    = 8
	genMaxTiers    = 3
	genMaxSurtaxes = 3
)

type genSurtax struct {
	name          string
	base          uint8
	rate          stRate
	over, agiOver [stNumStatus]int64
}

// genParams is one state's law for one year under the generic model, in cents and exact rates.
type genParams struct {
	form           string
	start          uint8
	sched          [stNumStatus]stSchedule
	tableLimit     int64
	tableRow       int64
	saltAddback    bool
	dedAddback     bool
	dedAddbackAGI  int64
	dedAddbackMax  [stNumStatus]int64
	cgExclusion    stRate
	std            [stNumStatus]int64
	stdRate        stRate // a share of AGI when set, between stdMin and stdMax
	stdMin, stdMax [stNumStatus]int64
	stdPhase       genPhase
	itemRule       uint8
	itemCap        [stNumStatus]int64 // 0: no cap
	itemPhase      genPhase
	exemption      genSteps
	credit         genSteps
	fedSub         genSteps
	dedCredit      bool
	dedCreditRate  stRate
	dedCreditPhase stRate
	dedCreditOver  [stNumStatus]int64
	nSurtax        int
	surtax         [genMaxSurtaxes]genSurtax
	amt            genAMT
	localName      string
	localRate      stRate
}

func (f *genFile) estimated() []stEstimate { return f.Estimated.Value }

// compile checks the file and converts it to cents and exact rates.
func (f *genFile) compile() (genParams, error) {
	p := genParams{form: f.Form.Value}
	if p.form == "" {
		return p, fmt.Errorf("form: name the state's return")
	}
	for _, step := range []func(*genParams) error{
		f.compileStart, f.compileRates, f.compileAddbacks, f.compileDeductions, f.compileItemized,
		f.compileSteps, f.compileDeductionCredit, f.compileSurtaxes, f.compileAMT, f.compileLocal, f.compileIndexing,
	} {
		if err := step(&p); err != nil {
			return p, err
		}
	}
	return p, nil
}

func (f *genFile) compileStart(p *genParams) error {
	switch f.StartingPoint.Value {
	case "federal_agi":
		p.start = genStartAGI
	case "federal_taxable_income":
		p.start = genStartFTI
	default:
		return fmt.Errorf("starting_point %q: want federal_agi or federal_taxable_income", f.StartingPoint.Value)
	}
	return nil
}

// compileRates compiles the rate schedules (or the flat rate) and the tax table.
func (f *genFile) compileRates(p *genParams) error {
	var brackets [stNumStatus][]stBracketJSON
	switch {
	case (f.Brackets == nil) == (f.FlatRate == nil):
		return fmt.Errorf("give either brackets or flat_rate")
	case f.FlatRate != nil:
		for i := range brackets {
			brackets[i] = []stBracketJSON{{Over: 0, Rate: f.FlatRate.Value}}
		}
	default:
		b, err := f.Brackets.Value.values("brackets")
		if err != nil {
			return err
		}
		for i, list := range b {
			for _, br := range list {
				brackets[i] = append(brackets[i], stBracketJSON{Over: br.Over, Rate: br.Rate})
			}
		}
	}
	for i := range brackets {
		var err error
		if p.sched[i], err = stCompileSchedule("brackets."+stStatusKeys[i], brackets[i], 1); err != nil {
			return err
		}
	}
	if t := f.TaxTable; t != nil {
		p.tableLimit, p.tableRow = t.Limit.Value*100, t.RowWidth.Value*100
		if p.tableLimit <= 0 || p.tableRow <= 0 || p.tableLimit%p.tableRow != 0 {
			return fmt.Errorf("tax_table: the limit must be a positive multiple of the row width")
		}
	}
	return nil
}

// compileAddbacks compiles the additions to the starting point and the capital-gain exclusion.
func (f *genFile) compileAddbacks(p *genParams) error {
	p.saltAddback = f.StateIncomeTaxAddback != nil && f.StateIncomeTaxAddback.Value
	if a := f.DeductionAddback; a != nil {
		limits, err := genDollars(a.Limit.Value, "deduction_addback.limit")
		if err != nil {
			return err
		}
		p.dedAddback, p.dedAddbackAGI, p.dedAddbackMax = true, a.AGIAtLeast.Value*100, limits
	}
	if (p.saltAddback || p.dedAddback) && p.start != genStartFTI {
		return fmt.Errorf("the deduction addbacks apply to a state starting from federal taxable income")
	}
	if x := f.CapitalGainExclusion; x != nil {
		var err error
		if p.cgExclusion, err = stRateOf("capital_gain_exclusion", x.Value); err != nil {
			return err
		}
	}
	return nil
}

// compileDeductions compiles the standard deduction and its phase-out.
func (f *genFile) compileDeductions(p *genParams) error {
	var err error
	if f.StandardDeduction != nil && f.StandardDeductionAGI != nil {
		return fmt.Errorf("give standard_deduction or standard_deduction_of_agi, not both")
	}
	if f.StandardDeduction != nil {
		if p.std, err = genDollars(f.StandardDeduction.Value, "standard_deduction"); err != nil {
			return err
		}
	}
	if s := f.StandardDeductionAGI; s != nil {
		if p.stdRate, err = stRateOf("standard_deduction_of_agi.rate", s.Rate.Value); err != nil {
			return err
		}
		if p.stdMin, err = genDollars(s.Min.Value, "standard_deduction_of_agi.min"); err != nil {
			return err
		}
		if p.stdMax, err = genDollars(s.Max.Value, "standard_deduction_of_agi.max"); err != nil {
			return err
		}
	}
	return genCompilePhase(&p.stdPhase, f.StandardPhaseout, "standard_deduction_phaseout")
}

// compileItemized compiles the itemizing rule, its cap and its phase-out.
func (f *genFile) compileItemized(p *genParams) error {
	it := f.Itemized
	if it == nil {
		return nil
	}
	rules := map[string]uint8{"larger": genItemLarger, "as_federal": genItemAsFederal, "if_federal": genItemIfFederal}
	rule, ok := rules[it.Rule.Value]
	if !ok {
		return fmt.Errorf("itemized_deductions.rule %q: want larger, as_federal or if_federal", it.Rule.Value)
	}
	p.itemRule = rule
	if it.Cap != nil {
		var err error
		if p.itemCap, err = genDollars(it.Cap.Value, "itemized_deductions.cap"); err != nil {
			return err
		}
	}
	return genCompilePhase(&p.itemPhase, it.Phaseout, "itemized_deductions.phaseout")
}

// compileSurtaxes compiles the surtaxes.
func (f *genFile) compileSurtaxes(p *genParams) error {
	if len(f.Surtaxes) > genMaxSurtaxes {
		return fmt.Errorf("surtaxes: at most %d", genMaxSurtaxes)
	}
	bases := map[string]uint8{"taxable_income": genBaseTaxable, "net_investment_income": genBaseInvestment, "net_capital_gain": genBaseCapitalGain}
	for i, s := range f.Surtaxes {
		name := fmt.Sprintf("surtaxes[%d]", i)
		base, ok := bases[s.Base.Value]
		if !ok || s.Name.Value == "" {
			return fmt.Errorf("%s: a name, and a base of taxable_income, net_investment_income or net_capital_gain", name)
		}
		t := genSurtax{name: s.Name.Value, base: base}
		var err error
		if t.rate, err = stRateOf(name+".rate", s.Rate.Value); err != nil {
			return err
		}
		if t.over, err = genDollars(s.Over.Value, name+".over"); err != nil {
			return err
		}
		if t.agiOver, err = genDollars(s.AGIOver.Value, name+".agi_over"); err != nil {
			return err
		}
		p.surtax[i] = t
	}
	p.nSurtax = len(f.Surtaxes)
	return nil
}

// compileLocal compiles the local tax.
func (f *genFile) compileLocal(p *genParams) error {
	l := f.LocalTax
	if l == nil {
		return nil
	}
	var err error
	p.localName = l.Name.Value
	if p.localRate, err = stRateOf("local_tax.rate", l.Rate.Value); err != nil || p.localName == "" {
		return fmt.Errorf("local_tax: a name and a rate (%v)", err)
	}
	return nil
}

// compileIndexing checks that the indexing rule names only parameters the file has.
func (f *genFile) compileIndexing(*genParams) error {
	for key, unit := range f.Indexing.Value {
		if !slices.Contains(genIndexKeys, key) || unit <= 0 {
			return fmt.Errorf("indexing: %q with unit %d: want a positive rounding unit for one of %v", key, unit, genIndexKeys)
		}
	}
	return nil
}

// genDollars converts a per-status whole-dollar amount to cents, refusing a negative one.
func genDollars(m stPerStatus[int64], name string) ([stNumStatus]int64, error) {
	v, err := m.values(name)
	if err != nil {
		return v, err
	}
	for i, x := range v {
		if x < 0 {
			return v, fmt.Errorf("%s.%s: %d is negative", name, stStatusKeys[i], x)
		}
		v[i] = x * 100
	}
	return v, nil
}
