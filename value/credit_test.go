package value

import (
	"math/rand/v2"
	"testing"

	"github.com/bespokehq/bespoke/tax"
)

// TestCachedReturnsTakeCredits checks the shortcut for a cached return with minimum-tax
// credits carried in against the tax engine, for random credits up to twice the year's room,
// on every return the example caches (California and Washington, within the horizon and
// after it).
func TestCachedReturnsTakeCredits(t *testing.T) {
	tx, err := taxesFor(exampleWorkspace(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	m, err := compile(exampleWorkspace(), tx, false)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	work := new(tax.Result)
	used, checked := 0, 0
	for _, j := range m.jobs {
		type cached struct {
			c *taxCache
			p int // the law of its year
		}
		var caches []cached
		for k := range j.salary {
			caches = append(caches, cached{&j.salary[k], j.taxP[k]})
		}
		for k := range j.outside {
			caches = append(caches, cached{&j.outside[k].full, j.taxP[k]})
		}
		for _, cc := range caches {
			c := cc.c
			if !c.credits {
				t.Errorf("%s, tax year %d: the cached return does not take credits", j.id, c.in.Year)
				continue
			}
			if c.room[0] > 0 {
				used++
			}
			for range 50 {
				credit := [2]int64{r.Int64N(2*c.room[0] + 2), r.Int64N(2*c.room[1] + 2)}
				in := c.in
				in.PriorAMTCredit, in.PriorStateAMTCredit = credit[0], credit[1]
				var want, got taxOut
				m.taxes.compute(cc.p, &in, &want, work)
				c.apply(credit, &got)
				if got != want {
					t.Fatalf("%s, tax year %d, credits %v: %+v, the engine %+v", j.id, c.in.Year, credit, got, want)
				}
				checked++
			}
		}
	}
	if used == 0 || checked == 0 {
		t.Errorf("%d cached returns with room for a credit, %d credits checked", used, checked)
	}
	t.Logf("%d cached returns with room for a credit, %d credits checked", used, checked)
}
