package wsfile

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/bespokehq/bespoke"
)

// TestExampleIsClean checks the normative example: its field names are the interface.
func TestExampleIsClean(t *testing.T) {
	data, err := os.ReadFile("../examples/workspace.yaml")
	if err != nil {
		t.Fatal(err)
	}
	w, ds := Load("examples/workspace.yaml", data, today)
	if len(ds) > 0 {
		t.Fatalf("the example has problems:\n%s", ds.Error())
	}
	if len(w.Offers) != 2 || len(w.Asks) != 3 || w.Offer("rocket").Equity[1].Vesting.Months != 48 {
		t.Errorf("the example decoded wrongly: %+v", w)
	}
	for _, a := range w.Asks {
		if _, err := w.Offer(a.Offer).TermPath(a.Term); err != nil {
			t.Errorf("ask %s: %v", a.Term, err)
		}
	}
}

// TestStarterIsClean checks the starter workspace on days that stress its date arithmetic.
func TestStarterIsClean(t *testing.T) {
	for _, day := range []bespoke.Date{
		bespoke.MustDate(2026, time.November, 29),
		bespoke.MustDate(2028, time.February, 29),
		bespoke.MustDate(2030, time.December, 31),
		bespoke.DateOf(time.Now()),
	} {
		data := Starter("workspace.yaml", day)
		if _, ds := Load("workspace.yaml", data, day); len(ds) > 0 {
			t.Errorf("starter of %s:\n%s", day, diagnosticLines(ds))
		}
	}
}

func diagnosticLines(ds Diagnostics) string {
	s := ""
	for _, d := range ds {
		s += d.String() + "\n"
	}
	return s
}

func ExampleLoad() {
	text := []byte(`version: 1
candidate: {state: CA}
offers:
  - id: acme
    company: {name: Acme, stage: public, sahre_price: 85}
    role: {level: staff}
    cash: {base: 300000}
    start_date: 2027-01-04
    deadline: 2026-11-01
`)
	_, ds := Load("offers.yaml", text, bespoke.MustDate(2026, time.November, 29))
	for _, d := range ds {
		fmt.Println(d)
	}
	// Output:
	// offers.yaml:5:5: offers[0].company.share_price: a public company needs share_price greater than 0
	// offers.yaml:5:42: offers[0].company.sahre_price: unknown key; did you mean share_price?
	// offers.yaml:9:15: offers[0].deadline: warning: the deadline (2026-11-01) has passed
}
