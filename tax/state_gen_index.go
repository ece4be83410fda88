package tax

// genIndexKeys are the parameters a generic file's "indexing" rule may name, each with the
// multiple of dollars the state rounds the indexed amount to:
//
//   - brackets: every threshold not marked fixed;
//   - standard_deduction: the amounts, or the floor and ceiling of a share-of-AGI deduction;
//   - standard_deduction_phaseout, itemized_phaseout: the AGI where each tier starts;
//   - exemption, personal_credit, federal_tax_subtraction: the amounts, not the AGI rows;
//   - exemption_agi, personal_credit_agi: the AGI rows of those amounts;
//   - surtax_threshold: each surtax's threshold (not its AGI condition);
//   - federal_deduction_credit: the credit's phase-out thresholds;
//   - amt_exemption: the minimum tax's own exemption (not its phase-out start).
//
// Everything else (rates, statutory thresholds) is fixed dollars: a state that indexes it says
// so in its own statute, and the file names it here.
var genIndexKeys = []string{
	"brackets", "standard_deduction", "standard_deduction_phaseout", "itemized_phaseout",
	"exemption", "exemption_agi", "personal_credit", "personal_credit_agi",
	"federal_tax_subtraction", "surtax_threshold", "federal_deduction_credit", "amt_exemption",
}

// index moves the amounts the file's indexing rule names forward by years of inflation, each
// from the previous year's amount, rounded to the rule's unit.
func (f *genFile) index(inflation float64, years int) {
	for key, unit := range f.Indexing.Value {
		if unit <= 0 {
			continue // compile refuses it
		}
		ix := func(v int64) int64 { return stIndexed(v, inflation, years, unit) }
		switch key {
		case "brackets":
			f.indexBrackets(ix)
		case "standard_deduction":
			f.indexStandard(ix)
		case "standard_deduction_phaseout":
			genIndexPhase(f.StandardPhaseout, ix)
		case "itemized_phaseout":
			if f.Itemized != nil {
				genIndexPhase(f.Itemized.Phaseout, ix)
			}
		case "exemption", "exemption_agi":
			genIndexSteps(f.Exemption, ix, key == "exemption_agi")
		case "personal_credit", "personal_credit_agi":
			genIndexSteps(f.PersonalCredit, ix, key == "personal_credit_agi")
		case "federal_tax_subtraction":
			genIndexSteps(f.FederalTaxSubtraction, ix, false)
		case "federal_deduction_credit":
			if f.DeductionCredit != nil {
				genIndexPerStatus(f.DeductionCredit.Threshold.Value, ix)
			}
		case "amt_exemption":
			if f.AMT != nil && f.AMT.Exemption != nil {
				genIndexPerStatus(f.AMT.Exemption.Value, ix)
			}
		case "surtax_threshold":
			for i := range f.Surtaxes {
				genIndexPerStatus(f.Surtaxes[i].Over.Value, ix)
			}
		}
	}
}

func (f *genFile) indexBrackets(ix func(int64) int64) {
	if f.Brackets == nil {
		return
	}
	for _, list := range f.Brackets.Value {
		for i := range list {
			if !list[i].Fixed {
				list[i].Over = ix(list[i].Over)
			}
		}
	}
}

func (f *genFile) indexStandard(ix func(int64) int64) {
	if f.StandardDeduction != nil {
		genIndexPerStatus(f.StandardDeduction.Value, ix)
	}
	if s := f.StandardDeductionAGI; s != nil {
		genIndexPerStatus(s.Min.Value, ix)
		genIndexPerStatus(s.Max.Value, ix)
	}
}

func genIndexPerStatus(m stPerStatus[int64], ix func(int64) int64) {
	for k, v := range m {
		m[k] = ix(v)
	}
}

func genIndexPhase(ph *genPhaseJSON, ix func(int64) int64) {
	if ph == nil {
		return
	}
	for _, t := range ph.Tiers.Value {
		genIndexPerStatus(t.AGIOver, ix)
	}
}

// genIndexSteps indexes the amounts of a stepped parameter, or its AGI rows.
func genIndexSteps(s *Sourced[stPerStatus[[]genStepJSON]], ix func(int64) int64, rows bool) {
	if s == nil {
		return
	}
	for _, list := range s.Value {
		for i := range list {
			r := &list[i]
			switch {
			case !rows:
				r.Amount = ix(r.Amount)
			case r.AGIOver != nil && *r.AGIOver > 0:
				v := ix(*r.AGIOver)
				r.AGIOver = &v
			case r.AGIFrom != nil && *r.AGIFrom > 0:
				v := ix(*r.AGIFrom)
				r.AGIFrom = &v
			}
		}
	}
}
