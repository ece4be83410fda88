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
