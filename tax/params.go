package tax

import (
	"embed"
	"fmt"
	"math"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/bespokehq/bespoke"
)

//go:embed params/federal/*.json
var federalFiles embed.FS

// statuses lists the filing statuses in the order of the compiled arrays.
var statuses = [nStatus]bespoke.FilingStatus{bespoke.Single, bespoke.MarriedJoint, bespoke.MarriedSeparate, bespoke.HeadOfHousehold}

const nStatus = 4

// statusIndex returns the position of s in statuses, or -1.
func statusIndex(s bespoke.FilingStatus) int {
	return slices.Index(statuses[:], s)
}

// byStatus is a parameter with one value per filing status, keyed by the status's name.
type byStatus[T any] map[string]T

// fraction is an exact rational rate such as 2/37.
type fraction struct {
	Numerator   int64 `json:"numerator"`
	Denominator int64 `json:"denominator"`
}

// federalFile is the shape of params/federal/YEAR.json. Amounts are whole dollars; rates are
// decimal fractions (0.22 for 22%) and must be whole basis points.
type federalFile struct {
	Year                Sourced[int]               `json:"year"`
	OrdinaryRates       Sourced[[]float64]         `json:"ordinary_rates"`
	OrdinaryBracketTops Sourced[byStatus[[]int64]] `json:"ordinary_bracket_tops"`
	StandardDeduction   Sourced[byStatus[int64]]   `json:"standard_deduction"`
	CapitalGainRates    Sourced[[]float64]         `json:"capital_gain_rates"`
	CapitalGainTops     Sourced[byStatus[[]int64]] `json:"capital_gain_tops"`
	CapitalGainRate28   Sourced[float64]           `json:"capital_gain_rate_28"`
	AMT                 struct {
		Exemption           Sourced[byStatus[int64]] `json:"exemption"`
		PhaseoutStart       Sourced[byStatus[int64]] `json:"phaseout_start"`
		PhaseoutRate        Sourced[float64]         `json:"phaseout_rate"`
		Rates               Sourced[[]float64]       `json:"rates"`
		RateBreakpoint      Sourced[byStatus[int64]] `json:"rate_breakpoint"`
		SeparateAddbackRate Sourced[float64]         `json:"separate_addback_rate"`
	} `json:"amt"`
	SALT struct {
		Cap                Sourced[byStatus[int64]] `json:"cap"`
		PhasedownThreshold Sourced[byStatus[int64]] `json:"phasedown_threshold"`
		PhasedownRate      Sourced[float64]         `json:"phasedown_rate"`
		Floor              Sourced[byStatus[int64]] `json:"floor"`
	} `json:"salt"`
	ItemizedLimitation Sourced[fraction] `json:"itemized_limitation"`
	NIIT               struct {
		Rate      Sourced[float64]         `json:"rate"`
		Threshold Sourced[byStatus[int64]] `json:"threshold"`
	} `json:"niit"`
	FICA struct {
		SocialSecurityRate          Sourced[float64]         `json:"social_security_rate"`
		SocialSecurityWageBase      Sourced[int64]           `json:"social_security_wage_base"`
		MedicareRate                Sourced[float64]         `json:"medicare_rate"`
		AdditionalMedicareRate      Sourced[float64]         `json:"additional_medicare_rate"`
		AdditionalMedicareThreshold Sourced[byStatus[int64]] `json:"additional_medicare_threshold"`
	} `json:"fica"`
}

// loadFederal reads and compiles every embedded federal parameter file, keyed by tax year.
func loadFederal() (map[int]*[nStatus]FederalParams, error) {
	entries, err := federalFiles.ReadDir("params/federal")
	if err != nil {
		return nil, err
	}
	years := make(map[int]*[nStatus]FederalParams, len(entries))
	for _, e := range entries {
		name := path.Join("params/federal", e.Name())
		data, err := federalFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var f federalFile
		if err := decodeParams(name, data, &f); err != nil {
			return nil, err
		}
		if want := strings.TrimSuffix(e.Name(), ".json"); strconv.Itoa(f.Year.Value) != want {
			return nil, fmt.Errorf("%s: year is %d, want %s", name, f.Year.Value, want)
		}
		compiled, err := f.compile()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		years[f.Year.Value] = compiled
	}
	return years, nil
}

// compile checks the file's completeness and consistency and turns it into one FederalParams
// per filing status, in cents and basis points.
func (f *federalFile) compile() (*[nStatus]FederalParams, error) {
	c := &compiler{}
	var out [nStatus]FederalParams
	for i, s := range statuses {
		out[i] = c.status(f, s)
	}
	if len(c.errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(c.errs, "; "))
	}
	return &out, nil
}

// compiler collects the problems found while compiling a file, so that all are reported at once.
type compiler struct{ errs []string }

func (c *compiler) errorf(format string, args ...any) {
	c.errs = append(c.errs, fmt.Sprintf(format, args...))
}

func (c *compiler) status(f *federalFile, s bespoke.FilingStatus) FederalParams {
	p := FederalParams{Year: f.Year.Value, Status: s}
	p.Ordinary = c.schedule("ordinary_bracket_tops", f.OrdinaryRates.Value, c.list(f.OrdinaryBracketTops.Value, "ordinary_bracket_tops", s))
	p.StandardDeduction = c.amount(f.StandardDeduction.Value, "standard_deduction", s)
	p.CapitalGain = c.capitalGain(f, s)
	p.AMT = c.amt(f, s)
	p.SALTCap = c.amount(f.SALT.Cap.Value, "salt.cap", s)
	p.SALTThreshold = c.amount(f.SALT.PhasedownThreshold.Value, "salt.phasedown_threshold", s)
	p.SALTRate = c.rate("salt.phasedown_rate", f.SALT.PhasedownRate.Value)
	p.SALTFloor = c.amount(f.SALT.Floor.Value, "salt.floor", s)
	if p.SALTFloor > p.SALTCap {
		c.errorf("salt.floor for %s exceeds the cap", s)
	}
	p.ItemizedLimitNum, p.ItemizedLimitDen = f.ItemizedLimitation.Value.Numerator, f.ItemizedLimitation.Value.Denominator
	if p.ItemizedLimitDen <= 0 || p.ItemizedLimitNum < 0 || p.ItemizedLimitNum > p.ItemizedLimitDen {
		c.errorf("itemized_limitation must be a fraction between 0 and 1")
	}
	p.NIITRate = c.rate("niit.rate", f.NIIT.Rate.Value)
	p.NIITThreshold = c.amount(f.NIIT.Threshold.Value, "niit.threshold", s)
	p.SocialSecurityRate = c.rate("fica.social_security_rate", f.FICA.SocialSecurityRate.Value)
	p.SocialSecurityWageBase = c.dollars("fica.social_security_wage_base", f.FICA.SocialSecurityWageBase.Value)
	p.MedicareRate = c.rate("fica.medicare_rate", f.FICA.MedicareRate.Value)
	p.AdditionalMedicareRate = c.rate("fica.additional_medicare_rate", f.FICA.AdditionalMedicareRate.Value)
	p.AdditionalMedicareThreshold = c.amount(f.FICA.AdditionalMedicareThreshold.Value, "fica.additional_medicare_threshold", s)
	return p
}

func (c *compiler) capitalGain(f *federalFile, s bespoke.FilingStatus) CapitalGainParams {
	tops := c.list(f.CapitalGainTops.Value, "capital_gain_tops", s)
	rates := f.CapitalGainRates.Value
	if len(tops) != 2 || len(rates) != 3 {
		c.errorf("capital gains need 3 rates and 2 tops for %s", s)
		return CapitalGainParams{}
	}
	if tops[0] >= tops[1] {
		c.errorf("capital_gain_tops for %s are not ascending", s)
	}
	cg := CapitalGainParams{
		ZeroTop: c.dollars("capital_gain_tops", tops[0]), FifteenTop: c.dollars("capital_gain_tops", tops[1]),
		Rate0: c.rate("capital_gain_rates", rates[0]), Rate15: c.rate("capital_gain_rates", rates[1]), Rate20: c.rate("capital_gain_rates", rates[2]),
		Rate28: c.rate("capital_gain_rate_28", f.CapitalGainRate28.Value),
	}
	if cg.Rate28 <= cg.Rate20 {
		c.errorf("capital_gain_rate_28 must exceed the 20%% rate")
	}
	return cg
}

func (c *compiler) amt(f *federalFile, s bespoke.FilingStatus) AMTParams {
	a := &f.AMT
	p := AMTParams{
		Exemption:           c.amount(a.Exemption.Value, "amt.exemption", s),
		PhaseoutStart:       c.amount(a.PhaseoutStart.Value, "amt.phaseout_start", s),
		PhaseoutRate:        c.rate("amt.phaseout_rate", a.PhaseoutRate.Value),
		Breakpoint:          c.amount(a.RateBreakpoint.Value, "amt.rate_breakpoint", s),
		SeparateAddback:     s == bespoke.MarriedSeparate,
		SeparateAddbackRate: c.rate("amt.separate_addback_rate", a.SeparateAddbackRate.Value),
	}
	if len(a.Rates.Value) != 2 {
		c.errorf("amt.rates needs two rates")
		return p
	}
	p.RateLow, p.RateHigh = c.rate("amt.rates", a.Rates.Value[0]), c.rate("amt.rates", a.Rates.Value[1])
	if p.PhaseoutRate <= 0 {
		c.errorf("amt.phaseout_rate must be positive")
	}
	return p
}

// schedule compiles a rate schedule from its rates and the tops of every bracket but the last.
func (c *compiler) schedule(name string, rates []float64, tops []int64) Schedule {
	var sc Schedule
	if len(rates) != len(tops)+1 || len(rates) > maxBrackets {
		c.errorf("%s: %d rates for %d bracket tops (want one more rate than tops, at most %d)", name, len(rates), len(tops), maxBrackets)
		return sc
	}
	sc.N = len(rates)
	for i, r := range rates {
		sc.Rate[i] = c.rate(name, r)
		if i == 0 {
			continue
		}
		sc.Start[i] = c.dollars(name, tops[i-1])
		if sc.Start[i] <= sc.Start[i-1] {
			c.errorf("%s: brackets are not ascending at %d", name, tops[i-1])
		}
	}
	sc.fillBases()
	if !sc.exactBases() {
		c.errorf("%s: a bracket's base tax is not a whole number of cents", name)
	}
	return sc
}

func (c *compiler) list(m byStatus[[]int64], name string, s bespoke.FilingStatus) []int64 {
	v, ok := m[string(s)]
	if !ok {
		c.errorf("%s: no value for %s", name, s)
	}
	return v
}

func (c *compiler) amount(m byStatus[int64], name string, s bespoke.FilingStatus) int64 {
	v, ok := m[string(s)]
	if !ok {
		c.errorf("%s: no value for %s", name, s)
	}
	for k := range m {
		if statusIndex(bespoke.FilingStatus(k)) < 0 {
			c.errorf("%s: unknown filing status %q", name, k)
		}
	}
	return c.dollars(name, v)
}

// dollars converts whole dollars to cents, refusing negative amounts.
func (c *compiler) dollars(name string, d int64) int64 {
	if d < 0 || d > maxAmount/100 {
		c.errorf("%s: amount %d out of range", name, d)
	}
	return d * 100
}

// rate converts a decimal rate to basis points, refusing rates that are not whole basis points.
func (c *compiler) rate(name string, r float64) int64 {
	bp := math.Round(r * bpScale)
	if r < 0 || r > 1 || math.Abs(bp-r*bpScale) > 1e-6 {
		c.errorf("%s: rate %v is not a whole number of basis points between 0 and 1", name, r)
	}
	return int64(bp)
}
