package value

import (
	"strings"
	"testing"
)

// TestNoteNamesThePayrollTaxes checks that the valuation's tax note names the payroll taxes the
// engine charges for the states in play: FICA everywhere, a state's own (California SDI) only
// where one of the jobs is taxed in that state.
func TestNoteNamesThePayrollTaxes(t *testing.T) {
	for _, c := range []struct {
		states []string
		want   string
	}{
		{[]string{"WA"}, "payroll taxes (FICA) for"},
		{[]string{"TX", "NY", "PA"}, "payroll taxes (FICA) for"},
		{[]string{"WA", "CA", "CA"}, "payroll taxes (FICA, California SDI) for"},
	} {
		taxes, err := taxesFor(exampleWorkspace(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		e := taxes.(*engineTaxes)
		for _, s := range c.states {
			if _, err := e.params(2026, s); err != nil {
				t.Fatal(err)
			}
		}
		if n := e.note(); !strings.Contains(n, c.want) {
			t.Errorf("%v: note %q, want it to say %q", c.states, n, c.want)
		}
	}
}
