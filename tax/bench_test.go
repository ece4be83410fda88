package tax

import (
	"testing"

	"github.com/bespokehq/bespoke"
)

// benchReturn is a return that exercises every part of the engine: wages for two, an ISO
// exercise that triggers the AMT, gains and dividends (Part III, NIIT), itemized deductions
// under the SALT phase-down and §68.
func benchReturn() Return {
	return Return{Year: 2026, Status: bespoke.MarriedJoint, State: benchState, Wages: d(420000), SpouseWages: d(180000),
		ISOBargain: d(650000), LTCG: d(120000), STCG: d(8000), QualifiedDividends: d(12000), OrdinaryDividends: d(15000),
		Interest: d(4000), StateIncomeTaxPaid: d(70000), MortgageInterest: d(28000), PriorAMTCredit: d(20000)}
}

// benchEquityReturn is benchReturn in the year of a startup's exit: shares from an ISO
// exercised that year sold in a disqualifying disposition (compensation outside FICA), ISO
// shares exercised in an earlier year sold with their AMT basis (Form 6251 line 2k), and QSBS
// held three years (50% excluded, the rest 28% rate gain, which takes the Schedule D Tax
// Worksheet; California adds the exclusion back).
func benchEquityReturn() Return {
	r := benchReturn()
	r.NonFICACompensation = d(90000)
	r.LTCG, r.Rate28Gain, r.QSBSExcluded, r.QSBSExcludedRegularOnly = d(620000), d(500000), d(500000), d(40000)
	r.AMTDisposition = Disposition{Ordinary: d(-90000), LTCG: d(-160000)}
	return r
}

// benchState is the state of the benchmark return: California, with its AMT, Mental Health
// Services Tax, itemized-deduction limitation and SDI.
const benchState = "CA"

// BenchmarkCompute measures one complete return (federal, FICA and the state of benchReturn).
//
//	go test -run '^$' -bench . -benchmem -cpu 1 -count 10 ./tax
func BenchmarkCompute(b *testing.B) {
	r := benchReturn()
	p, err := testTables.For(r.Year, r.Status, r.State, r.City, 0.025)
	if err != nil {
		b.Fatal(err)
	}
	var out Result
	b.ReportAllocs()
	for b.Loop() {
		Compute(&r, p, &out)
	}
}

// BenchmarkComputeEquity measures benchEquityReturn, the engine's longest path.
func BenchmarkComputeEquity(b *testing.B) {
	r := benchEquityReturn()
	p, err := testTables.For(r.Year, r.Status, r.State, r.City, 0.025)
	if err != nil {
		b.Fatal(err)
	}
	if err := r.Validate(p); err != nil {
		b.Fatal(err)
	}
	var out Result
	b.ReportAllocs()
	for b.Loop() {
		Compute(&r, p, &out)
	}
}
