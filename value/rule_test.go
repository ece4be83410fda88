package value

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/vest"
)

// TestTableMatchesTheScenarios checks that what the private rule expects of a share held to
// the exit (the table, integrated by quadrature) is what the scenarios deliver on average: the
// discounted sale price of a share over many draws of the company's fate, within four standard
// errors.
func TestTableMatchesTheScenarios(t *testing.T) {
	ws := exampleWorkspace()
	m, err := compile(ws, noTaxes{}, true)
	if err != nil {
		t.Fatal(err)
	}
	j := m.jobs[2] // rocket
	var pcg rand.PCG
	r := rand.New(&pcg)
	const n = 200_000
	var sum, sum2 float64
	var p path
	for i := range n {
		pcg.Seed(99, uint64(i))
		p.draw(m, &j.co, r, j.start)
		if p.fate == fateFailure {
			continue
		}
		sale := p.exit
		if p.fate == fateIPO {
			sale = p.lock
		}
		px, _ := p.saleable(sale)
		x := px.Float() * m.df[sale]
		sum += x
		sum2 += x * x
	}
	mean := sum / n
	se := math.Sqrt((sum2/n - mean*mean) / n)
	t.Logf("table %.4f, scenarios %.4f ± %.4f", j.table.share[0], mean, se)
	if got := j.table.share[0]; math.Abs(got-mean) > 4*se {
		t.Errorf("table: %.4f a share; scenarios: %.4f ± %.4f", got, mean, se)
	}
}

func TestSplitISOLimit(t *testing.T) {
	d := func(y int) bespoke.Date { return bespoke.MustDate(y, time.March, 1) }
	g := &bespoke.Grant{ID: "iso", Type: bespoke.ISO, Strike: bespoke.PriceFromFloat(10)}
	early := &bespoke.Grant{ID: "early", Type: bespoke.ISO, Strike: bespoke.PriceFromFloat(10), EarlyExercise: true}
	issues := []vest.Issue{
		// 15,000 options a year at $10: $150,000 a year, of which $100,000 (10,000) stay ISOs
		{Grant: g, GrantDate: d(2027), Tranches: []vest.Tranche{{Date: d(2028), Shares: 15000}, {Date: d(2029), Shares: 15000}}},
		// exercisable in full at its grant, in 2027, whose $100,000 is still free
		{Grant: early, GrantDate: d(2027).AddDays(1), Tranches: []vest.Tranche{{Date: d(2028), Shares: 6000}, {Date: d(2029), Shares: 6000}}},
	}
	got := splitISOLimit(issues)
	want := [][]int64{{10000, 10000}, {6000, 4000}}
	for i := range want {
		for k := range want[i] {
			if got[i][k] != want[i][k] {
				t.Errorf("issue %d tranche %d: %d ISOs, want %d", i, k, got[i][k], want[i][k])
			}
		}
	}
}

// TestQSBSExclusion checks the OBBBA tiers for stock acquired after 4 July 2025, the five-year
// rule before, and the cap.
func TestQSBSExclusion(t *testing.T) {
	ws := exampleWorkspace()
	ws.Offers[1].Company.QSBS = true
	m, err := compile(ws, noTaxes{}, true)
	if err != nil {
		t.Fatal(err)
	}
	s := newSim(m, m.jobs[2])
	acq := m.day(bespoke.MustDate(2027, 2, 1))
	for _, tt := range []struct {
		years float64
		want  int64
	}{{2.9, 0}, {3.01, 500}, {4.01, 750}, {5.01, 1000}} {
		s.qsbsUsed = 0
		l := &lot{acquired: acq, basis: 10_000}
		got := s.qsbsExclusion(l, acq+int(tt.years*daysPerYear), 1000)
		wantRate28 := int64(0)
		if tt.want > 0 {
			wantRate28 = 1000 - tt.want
		}
		if got.excluded != tt.want || got.rate28 != wantRate28 {
			t.Errorf("held %.2f years: excluded %d of 1000 with %d of section 1202 gain, want %d and %d", tt.years,
				got.excluded, got.rate28, tt.want, wantRate28)
		}
	}
	old := m.day(bespoke.MustDate(2025, 1, 1))
	s.qsbsUsed = 0
	if got := s.qsbsExclusion(&lot{acquired: old, basis: 10}, old+4*366+180, 1000); got != (qsbsBook{}) {
		t.Errorf("pre-OBBBA stock held 4.5 years: %+v, want nothing excluded", got)
	}
	s.qsbsUsed = qsbsCapNew - 100
	if got := s.qsbsExclusion(&lot{acquired: acq, basis: 1}, acq+6*366, 1000); got != (qsbsBook{excluded: 100}) {
		t.Errorf("near the cap: %+v, want 100 excluded", got)
	}
	// Under the 50% tier the cap limits the eligible gain, half of which is excluded: 100 of
	// eligible gain gives 50 excluded and 50 of section 1202 gain; the other 900 is ordinary
	// long-term gain.
	s.qsbsUsed = qsbsCapNew - 100
	if got := s.qsbsExclusion(&lot{acquired: acq, basis: 1}, acq+1100, 1000); got != (qsbsBook{excluded: 50, rate28: 50}) ||
		s.qsbsUsed != qsbsCapNew {
		t.Errorf("50%% tier near the cap: %+v, cap used %d", got, s.qsbsUsed)
	}
}

func TestQuantile(t *testing.T) {
	xs := []float64{1, 2, 3, 4, 5}
	for q, want := range map[float64]float64{0: 1, 0.5: 3, 1: 5, 0.1: 1.4, 0.9: 4.6} {
		if got := quantile(xs, q); math.Abs(got-want) > 1e-12 {
			t.Errorf("quantile %v = %v, want %v", q, got, want)
		}
	}
}

// TestAnniversary checks the integer calendar against bespoke.Date over twenty years of days
// around the epoch, leap days included, for one to five years.
func TestAnniversary(t *testing.T) {
	m, err := compile(exampleWorkspace(), noTaxes{}, true)
	if err != nil {
		t.Fatal(err)
	}
	for d := -3653; d <= 3653; d++ {
		for n := 1; n <= 5; n++ {
			if got, want := m.anniversary(d, n), m.day(m.epoch.AddDays(d).AddYears(n)); got != want {
				t.Fatalf("day %d (%v) + %d years: day %d, want %d", d, m.epoch.AddDays(d), n, got, want)
			}
		}
	}
}
