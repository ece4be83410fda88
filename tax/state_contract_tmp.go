package tax

// This file stands in for the state engine's side of the contract (tax/state.go) so that the
// federal engine builds and is tested on its own. It computes no state tax: every state but
// none is refused by loadStateParams. Delete it when tax/state.go lands.

import "github.com/bespokehq/bespoke"

// StateInput is what the federal computation hands the state engine.
type StateInput struct {
	Year                                                              int
	Status                                                            bespoke.FilingStatus
	City                                                              string
	AGI, Wages, SpouseWages, ISOBargain, LTCG, STCG                   int64
	QualifiedDividends, OrdinaryDividends, Interest, MortgageInterest int64
	PriorStateAMTCredit                                               int64
}

// StateParams is a state's compiled law; empty when there is no state.
type StateParams struct{ Code string }

// StateResult is the state return's summary.
type StateResult struct {
	Code                                                    string
	TaxableIncome, RegularTax, AMT, MentalHealthServicesTax int64
	Total                                                   int64
}

func computeState(_ *StateInput, p *StateParams, out *StateResult) { *out = StateResult{Code: p.Code} }

func loadStateParams(year int, state string, _ float64) (StateParams, bool, error) {
	if state == "" {
		return StateParams{}, false, nil
	}
	return StateParams{}, false, bespoke.Errorf(bespoke.EUNSUPPORTED, "state income tax for %s in %d is not available in this build", state, year)
}
