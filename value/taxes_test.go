package value

import (
	"math"
	"testing"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/tax"
)

// TestJobTaxIsIncremental checks the seam to the tax engine on a salary alone in Washington
// (no state income tax to deduct): each year's tax is the tax on the salary and the other
// income less the tax on the other income alone, under the law of tax_year + k − 1.
func TestJobTaxIsIncremental(t *testing.T) {
	ws := optionWorkspace(85, 85, 0.4, 0.05, 10, 90)
	ws.Offers[0].Equity = nil
	ws.Offers[0].Cash.Base = bespoke.Dollars(250_000)
	ws.Candidate.OtherIncome.Interest = bespoke.Dollars(5_000)
	ws.Candidate.TaxYear = 2025
	ws.Assumptions.TenureYears.Min, ws.Assumptions.TenureYears.Max = 5, 6
	jobs, err := Deterministic(ws, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tables, err := tax.LoadTables()
	if err != nil {
		t.Fatal(err)
	}
	for k, y := range jobs[0].Years {
		p, err := tables.For(2025+k, bespoke.Single, "WA", "", 0.025)
		if err != nil {
			t.Fatal(err)
		}
		var with, without tax.Result
		r := tax.Return{Year: p.Year, Status: bespoke.Single, State: "WA", Wages: 250_000_00, Interest: 5_000_00}
		tax.Compute(&r, p, &with)
		r.Wages = 0
		tax.Compute(&r, p, &without)
		if want := with.TotalTax() - without.TotalTax(); int64(y.Tax) != want || y.TaxYear != 2025+k {
			t.Errorf("year %d (tax year %d): tax %v, want %v", k+1, y.TaxYear, y.Tax, bespoke.Money(want))
		}
		if y.AfterTax != bespoke.Dollars(250_000)-y.Tax {
			t.Errorf("year %d: after tax %v", k+1, y.AfterTax)
		}
	}
}

// TestDisqualifyingDispositionPaysNoPayrollTax values 1,000 ISOs at $40 that vest at once at a
// public company whose shares stay at $100 (California): the rule exercises and sells on the
// day, a disqualifying disposition whose $60,000 is ordinary income outside FICA and SDI. The
// year's tax is the tax engine's on that return, with no Social Security, Medicare or SDI.
func TestDisqualifyingDispositionPaysNoPayrollTax(t *testing.T) {
	ws := optionWorkspace(100, 40, 0, 0, 10, 90)
	ws.Offers[0].Equity[0].Type = bespoke.ISO
	ws.Candidate.State = "CA"
	jobs, err := Deterministic(ws, Options{})
	if err != nil {
		t.Fatal(err)
	}
	y := jobs[0].Years[0]
	tables, err := tax.LoadTables()
	if err != nil {
		t.Fatal(err)
	}
	p, err := tables.For(y.TaxYear, bespoke.Single, "CA", "", ws.Assumptions.Inflation)
	if err != nil {
		t.Fatal(err)
	}
	r := tax.Return{Year: p.Year, Status: bespoke.Single, State: "CA", NonFICACompensation: 60_000_00}
	var res tax.Result
	tax.Compute(&r, p, &res)
	if y.PreTax != bespoke.Dollars(60_000) || int64(y.Tax) != res.TotalTax() || res.PayrollTax() != 0 {
		t.Errorf("year 1: pre-tax %v tax %v; the return gives %v with payroll tax %v", y.PreTax, y.Tax,
			bespoke.Money(res.TotalTax()), bespoke.Money(res.PayrollTax()))
	}
	// Filed as wages, as the engine once did, it would also have paid 6.2% + 1.45% + 1.3% SDI.
	r.Wages, r.NonFICACompensation = 60_000_00, 0
	var asWages tax.Result
	tax.Compute(&r, p, &asWages)
	if d := asWages.TotalTax() - int64(y.Tax); d != asWages.PayrollTax() || d != 5_370_00 {
		t.Errorf("as wages the year would cost %v more, want the payroll tax 5,370", bespoke.Money(d))
	}
}

// TestSellBooksWhatTheLawSays sells lots of ISO shares exercised with a $5,000 bargain element
// in 2027 (1,000 shares, strike $3.10, fair market value $8.10) and checks the book of the year
// of sale: ordinary income outside FICA, capital gain, the AMT reversal (Form 6251 line 2k) and
// the QSBS figures.
func TestSellBooksWhatTheLawSays(t *testing.T) {
	ws := exampleWorkspace()
	ws.Offers[1].Company.QSBS = true
	m, err := compile(ws, noTaxes{}, true)
	if err != nil {
		t.Fatal(err)
	}
	grant, ex := m.day(date(2027, 1, 4)), m.day(date(2027, 6, 1))
	iso := lot{n: 1000, iso: true, strike: px(3.1), bargain: 5_000_00, basis: 3_100_00, acquired: ex, grant: grant}
	tests := []struct {
		name string
		sold bespoke.Date
		px   float64
		qsbs bool
		want book
	}{
		// Same year: a disqualifying disposition taxed alike by both taxes, no AMT adjustment.
		{"same year", date(2027, 9, 1), 20, false, book{ordinary: 5_000_00, stcg: 11_900_00}},
		// Next year, within a year of the exercise: the bargain element is ordinary income; the
		// AMT counted it at exercise, so line 2k takes it back out.
		{"disqualifying", date(2028, 3, 1), 20, false,
			book{ordinary: 5_000_00, stcg: 11_900_00, amt: tax.Disposition{Ordinary: -5_000_00}}},
		// Sold at $6, below the fair market value at exercise: ordinary income only up to the
		// 2,900 gain; the AMT has a 2,100 short-term loss.
		{"disqualifying at a loss to the AMT", date(2028, 3, 1), 6, false,
			book{ordinary: 2_900_00, amt: tax.Disposition{Ordinary: -2_900_00, STCG: -2_100_00}}},
		// Qualifying (two years from the grant, more than one from the exercise): all long-term;
		// the AMT's gain is 5,000 smaller.
		{"qualifying", date(2029, 7, 1), 20, false, book{ltcg: 16_900_00, amt: tax.Disposition{LTCG: -5_000_00}}},
		// QSBS after three years: 50% of the 16,900 excluded, the other half section 1202 gain.
		// The AMT excludes half of its 11,900 (5,950), 2,500 less than the regular tax.
		{"QSBS 50%", date(2030, 7, 1), 20, true, book{ltcg: 8_450_00, amt: tax.Disposition{LTCG: -2_500_00},
			qsbs: qsbsBook{excluded: 8_450_00, rate28: 8_450_00, regularOnly: 2_500_00}}},
		// After five years all of both gains is excluded: no line 2k federally; California,
		// which taxes the gain, takes the 5,000 difference as its own adjustment.
		{"QSBS 100%", date(2032, 7, 1), 20, true, book{qsbs: qsbsBook{excluded: 16_900_00, regularOnly: 5_000_00}}},
	}
	for _, tt := range tests {
		j := m.jobs[2]
		j.co.qsbs = tt.qsbs
		s := newSim(m, j)
		s.reset(float64(m.maxDay) / daysPerYear)
		l := iso
		d := m.day(tt.sold)
		s.sell(&l, d, px(tt.px))
		got := *s.year(d)
		got.cash = 0
		if got != tt.want {
			t.Errorf("%s: book %+v\n want %+v", tt.name, got, tt.want)
		}
	}
}

// TestSaleYearRecoversTheCredit files two years of the current job (California): an ISO
// exercise whose $400,000 bargain element creates federal and California minimum tax credits,
// then the sale of the shares, whose AMT reversal lets more of both credits be used than the
// same sale without it. The year of sale is the tax engine's return, field for field.
func TestSaleYearRecoversTheCredit(t *testing.T) {
	ws := exampleWorkspace()
	taxes, err := taxesFor(ws, Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, err := compile(ws, taxes, false)
	if err != nil {
		t.Fatal(err)
	}
	j := m.jobs[0]
	var w workspace
	var credit [2]int64
	m.yearTax(j, 0, &book{wages: 300_000_00, iso: 400_000_00}, 0, &credit, &w)
	if credit[0] <= 0 || credit[1] <= 0 {
		t.Fatalf("the exercise year created no credit: %v", credit)
	}
	carried := credit
	sale := book{wages: 300_000_00, ltcg: 500_000_00, amt: tax.Disposition{LTCG: -400_000_00}}
	with := carried
	taxWith := m.yearTax(j, 1, &sale, 0, &with, &w)
	plain := sale
	plain.amt = tax.Disposition{}
	without := carried
	taxWithout := m.yearTax(j, 1, &plain, 0, &without, &w)
	if taxWith >= taxWithout || with[0] >= without[0] || with[1] >= without[1] {
		t.Errorf("with the reversal: tax %v, credits left %v; without: %v, %v", bespoke.Money(taxWith), with,
			bespoke.Money(taxWithout), without)
	}
	p := taxes.(*engineTaxes).p[j.taxP[1]]
	r := tax.Return{Year: p.Year, Status: p.Status, State: p.StateCode, Wages: 300_000_00, LTCG: 500_000_00,
		AMTDisposition: tax.Disposition{LTCG: -400_000_00}, Interest: 2_000_00, StateIncomeTaxPaid: j.saltPaid[1],
		PriorAMTCredit: carried[0], PriorStateAMTCredit: carried[1]}
	var res tax.Result
	tax.Compute(&r, p, &res)
	if res.TotalTax() != taxWith || res.Federal.AMTCreditCarryforward != with[0] || res.State.AMTCreditCarryforward != with[1] {
		t.Errorf("the engine's return gives tax %v and credits %d, %d; the valuation filed %v and %v",
			bespoke.Money(res.TotalTax()), res.Federal.AMTCreditCarryforward, res.State.AMTCreditCarryforward, bespoke.Money(taxWith), with)
	}
}

// TestEngineFilesEveryField checks the seam field by field on a California return with every
// equity event, and that it keeps the parts within what holds them.
func TestEngineFilesEveryField(t *testing.T) {
	ws := exampleWorkspace()
	taxes, err := taxesFor(ws, Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := taxes.(*engineTaxes)
	h, err := e.params(2026, "CA")
	if err != nil {
		t.Fatal(err)
	}
	in := taxIn{Year: 2026, Wages: 200_000_00, NonFICACompensation: 40_000_00, ISOBargain: 10_000_00,
		AMTDisposition: tax.Disposition{Ordinary: -40_000_00, LTCG: -30_000_00}, LTCG: 300_000_00, Rate28Gain: 400_000_00,
		QSBSExcluded: 100_000_00, QSBSExcludedRegularOnly: 150_000_00, PriorAMTCredit: 5_000_00}
	var out taxOut
	var res tax.Result
	e.compute(h, &in, &out, &res)
	p := e.p[h]
	r := tax.Return{Year: 2026, Status: p.Status, State: "CA", Wages: 200_000_00, NonFICACompensation: 40_000_00,
		ISOBargain: 10_000_00, AMTDisposition: in.AMTDisposition, LTCG: 300_000_00, Rate28Gain: 300_000_00,
		QSBSExcluded: 100_000_00, QSBSExcludedRegularOnly: 100_000_00, PriorAMTCredit: 5_000_00}
	if err := r.Validate(p); err != nil {
		t.Fatal(err)
	}
	var want tax.Result
	tax.Compute(&r, p, &want)
	if out.Total != want.TotalTax() || out.AMTCredit != want.Federal.AMTCreditCarryforward || out.State != want.State.Total {
		t.Errorf("filed %+v, want total %d state %d credit %d", out, want.TotalTax(), want.State.Total, want.Federal.AMTCreditCarryforward)
	}
	if res.FICA.Medicare != 2_900_00 {
		t.Errorf("Medicare %v, want 1.45%% of the wages alone", bespoke.Money(res.FICA.Medicare))
	}
}

// TestAcquisitionCashesOutISOsAsWages checks what vested ISOs bring at an acquisition while the
// candidate works there: cancelled for their spread, they are wages, payroll taxes included,
// not a disqualifying disposition (which the same spread is when the shares are bought and
// sold after an IPO).
func TestAcquisitionCashesOutISOsAsWages(t *testing.T) {
	ws := exampleWorkspace()
	m, err := compile(ws, noTaxes{}, true)
	if err != nil {
		t.Fatal(err)
	}
	j := m.jobs[2] // rocket: its first issue is the ISO grant at $3.10
	exit := m.day(date(2029, 6, 1))
	spread := px(20 - 3.1).Value(1000).Cents()
	for _, tt := range []struct {
		fate fate
		want book
	}{
		{fateAcquisition, book{wages: spread}},
		{fateIPO, book{ordinary: spread}},
	} {
		s := newSim(m, j)
		s.reset(float64(m.maxDay) / daysPerYear)
		s.p = path{m: m, co: &j.co, fate: tt.fate, exit: exit, exitPx: 20, anchor: exit, anchorLog: math.Log(20)}
		s.vested[0] = [2]int64{1000, 0}
		s.exerciseSell(0, exit, px(20))
		got := *s.year(exit)
		got.cash = 0
		if got != tt.want {
			t.Errorf("fate %d: book %+v, want %+v", tt.fate, got, tt.want)
		}
	}
}

// TestEarlyExerciseTaxesTheSpread checks what an early exercise with an 83(b) election books
// when the 409A value ($4.00) is above the strike ($3.10): the NSOs' $0.90 spread is wages at
// the exercise and the ISOs' an AMT bargain element, whatever becomes of the shares (here the
// company fails, so they are never sold); shares unvested at the departure are bought back
// at the lower of cost and 409A value.
func TestEarlyExerciseTaxesTheSpread(t *testing.T) {
	ws := exampleWorkspace()
	m, err := compile(ws, noTaxes{}, true)
	if err != nil {
		t.Fatal(err)
	}
	j := m.jobs[2] // rocket: its first issue is the ISO grant at $3.10
	grant, vest, dep := j.start, j.start+400, j.start+700
	for _, tt := range []struct {
		name string
		day  int
		back int64
	}{{"vested", vest, 0}, {"bought back", dep + 1, 3_100_00}} {
		s := newSim(m, j)
		s.resetAt(dep)
		s.p = path{m: m, co: &j.co, start: j.start, fate: fateFailure, exit: dep + 2000}
		tr := tranche{day: tt.day, shares: 1000, iso: 600}
		s.ownEarly(0, &tr, grant, px(4))
		want := book{wages: 360_00, iso: 540_00}
		if got := *s.year(grant); got != want {
			t.Errorf("%s: book of the exercise year %+v, want %+v", tt.name, got, want)
		}
		if got := s.year(dep).cash; got != tt.back { // the departure falls in year 2
			t.Errorf("%s: cash at the departure %d, want %d", tt.name, got, tt.back)
		}
	}
}
