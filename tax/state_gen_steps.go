package tax

import "fmt"

// Amounts that step or phase out with federal AGI: exemptions, credits and the federal tax
// subtraction by AGI rows, deductions by phase-out tiers, and the credit on the federal
// deduction.

// genSteps is a compiled stepped amount, per filing status, in cents.
type genSteps struct {
	n      [stNumStatus]int
	over   [stNumStatus][genMaxSteps]int64 // the row applies when AGI is over this
	amount [stNumStatus][genMaxSteps]int64
}

// at returns the amount of the row AGI falls in (0 when the state has no such amount).
func (s *genSteps) at(st int, agi int64) int64 {
	k := s.n[st] - 1
	for k > 0 && agi <= s.over[st][k] {
		k--
	}
	if k < 0 {
		return 0
	}
	return s.amount[st][k]
}

// genPhase is a compiled phase-out; n == 0 means none.
type genPhase struct {
	n     int
	over  [genMaxTiers][stNumStatus]int64
	rate  [genMaxTiers][stNumStatus]stRate
	share stRate
}

// reduce returns amount after the phase-out at AGI.
func (ph *genPhase) reduce(amount int64, st int, agi int64) int64 {
	if ph.n == 0 || amount <= 0 {
		return amount
	}
	var cut int64
	for k := range ph.n {
		cut += stApply(max(0, agi-ph.over[k][st]), ph.rate[k][st])
	}
	return amount - min(cut, stApply(amount, ph.share))
}

// compileSteps compiles the exemptions, personal credits and the federal tax subtraction.
func (f *genFile) compileSteps(p *genParams) error {
	for _, c := range []struct {
		name string
		src  *Sourced[stPerStatus[[]genStepJSON]]
		dst  *genSteps
	}{
		{"exemption", f.Exemption, &p.exemption},
		{"personal_credit", f.PersonalCredit, &p.credit},
		{"federal_tax_subtraction", f.FederalTaxSubtraction, &p.fedSub},
	} {
		if c.src == nil {
			continue
		}
		if err := genCompileSteps(c.dst, c.src.Value, c.name); err != nil {
			return err
		}
	}
	return nil
}

// compileDeductionCredit compiles the credit on the federal deduction.
func (f *genFile) compileDeductionCredit(p *genParams) error {
	c := f.DeductionCredit
	if c == nil {
		return nil
	}
	var err error
	p.dedCredit = true
	if p.dedCreditRate, err = stRateOf("federal_deduction_credit.rate", c.Rate.Value); err != nil {
		return err
	}
	if p.dedCreditPhase, err = stRateOf("federal_deduction_credit.phaseout_rate", c.PhaseoutRate.Value); err != nil {
		return err
	}
	p.dedCreditOver, err = genDollars(c.Threshold.Value, "federal_deduction_credit.threshold")
	return err
}

// genCompileSteps compiles a stepped amount: rows ascending from 0, amounts not negative.
func genCompileSteps(dst *genSteps, m stPerStatus[[]genStepJSON], name string) error {
	rows, err := m.values(name)
	if err != nil {
		return err
	}
	for st, list := range rows {
		if len(list) == 0 || len(list) > genMaxSteps {
			return fmt.Errorf("%s.%s: want 1 to %d rows", name, stStatusKeys[st], genMaxSteps)
		}
		for k, row := range list {
			over, err := genStepOver(row)
			if err != nil {
				return fmt.Errorf("%s.%s[%d]: %w", name, stStatusKeys[st], k, err)
			}
			switch {
			case k == 0 && over > 0:
				return fmt.Errorf("%s.%s: the first row must start at 0", name, stStatusKeys[st])
			case k > 0 && over <= dst.over[st][k-1]:
				return fmt.Errorf("%s.%s[%d]: rows must ascend", name, stStatusKeys[st], k)
			case row.Amount < 0:
				return fmt.Errorf("%s.%s[%d]: negative amount", name, stStatusKeys[st], k)
			}
			dst.over[st][k], dst.amount[st][k] = over, row.Amount*100
		}
		dst.n[st] = len(list)
	}
	return nil
}

// genStepOver returns the AGI in cents above which a row applies: "over X" is X dollars, "from
// X" one cent less.
func genStepOver(row genStepJSON) (int64, error) {
	switch {
	case (row.AGIOver == nil) == (row.AGIFrom == nil):
		return 0, fmt.Errorf("give agi_over or agi_from")
	case row.AGIOver != nil:
		return *row.AGIOver * 100, nil
	case *row.AGIFrom == 0:
		return 0, nil
	}
	return *row.AGIFrom*100 - 1, nil
}

// genCompilePhase compiles an optional phase-out.
func genCompilePhase(dst *genPhase, ph *genPhaseJSON, name string) error {
	if ph == nil {
		return nil
	}
	tiers := ph.Tiers.Value
	if len(tiers) == 0 || len(tiers) > genMaxTiers {
		return fmt.Errorf("%s: want 1 to %d tiers", name, genMaxTiers)
	}
	for k, t := range tiers {
		over, err := genDollars(t.AGIOver, fmt.Sprintf("%s.tiers[%d].agi_over", name, k))
		if err != nil {
			return err
		}
		rates, err := t.Rate.values(fmt.Sprintf("%s.tiers[%d].rate", name, k))
		if err != nil {
			return err
		}
		dst.over[k] = over
		for st, r := range rates {
			if dst.rate[k][st], err = stRateOf(name+".rate", r); err != nil {
				return err
			}
		}
	}
	dst.n = len(tiers)
	if ph.MaxShare.Value == 1 { // the whole deduction can phase out
		dst.share = stRateScale
		return nil
	}
	var err error
	dst.share, err = stRateOf(name+".max_share", ph.MaxShare.Value)
	return err
}
