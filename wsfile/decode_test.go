package wsfile

import (
	"errors"
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
)

// minimal is a workspace that decodes and validates clean; tests change one line of it.
const minimal = `version: 1
candidate:
  state: CA
offers:
  - id: acme
    company: {name: Acme, stage: public, share_price: 85}
    role: {level: staff}
    cash: {base: 300000}
    equity:
      - id: acme-rsu
        type: rsu
        shares: 1000
    start_date: 2027-01-04
`

var today = bespoke.MustDate(2026, 11, 29)

// diagnose loads text and returns its diagnostics, one a line.
func diagnose(t *testing.T, text string) string {
	t.Helper()
	_, ds := Load("w.yaml", []byte(text), today)
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

func TestMinimalIsClean(t *testing.T) {
	if got := diagnose(t, minimal); got != "" {
		t.Fatalf("minimal workspace has problems:\n%s", got)
	}
}

func TestDecodeProblems(t *testing.T) {
	tests := []struct {
		name, old, new, want string
	}{
		{"unknown key", "share_price: 85", "share_price: 85, volatilty: 0.3",
			"w.yaml:6:59: offers[0].company.volatilty: unknown key; did you mean volatility?"},
		{"unknown key far", "  state: CA\n", "  state: CA\n  zodiac: leo\n",
			"w.yaml:4:3: candidate.zodiac: unknown key; the keys here are name, filing_status, state, city, tax_year, other_income, cash_available, wealth, risk_aversion, pto_days_taken, commute_value, facts"},
		{"duplicate key", "  state: CA\n", "  state: CA\n  state: NY\n",
			"w.yaml:4:3: candidate.state: duplicate key (first at line 3)"},
		{"money", "base: 300000", "base: 300k",
			`w.yaml:8:18: offers[0].cash.base: expected an amount in dollars, got "300k"`},
		{"money underscores", "base: 300000", "base: 300_000", ""},
		{"money quoted", "base: 300000", `base: "300000"`, ""},
		{"money cents", "base: 300000", "base: 300000.005",
			"w.yaml:8:18: offers[0].cash.base: 300000.005 is more precise than a cent"},
		{"int", "shares: 1000", "shares: 1e3",
			`w.yaml:12:17: offers[0].equity[0].shares: expected a whole number, got "1e3"`},
		{"int underscores", "shares: 1000", "shares: 1_000", ""},
		{"bool", "stage: public", "stage: public, qsbs: yes",
			`w.yaml:6:48: offers[0].company.qsbs: expected true or false, got "yes"`},
		{"enum", "level: staff", "level: Staff",
			`w.yaml:7:19: offers[0].role.level: expected one of senior, staff, senior_staff, principal, distinguished, fellow, got "Staff"; did you mean staff?`},
		{"date", "start_date: 2027-01-04", "start_date: 2027-02-29",
			"w.yaml:13:17: offers[0].start_date: 2027-02-29 is not a date that exists"},
		{"mapping for scalar", "cash: {base: 300000}", "cash: {base: {amount: 1}}",
			"w.yaml:8:18: offers[0].cash.base: expected an amount in dollars, got a mapping"},
		{"scalar for mapping", "cash: {base: 300000}", "cash: 300000",
			`w.yaml:8:11: offers[0].cash: expected a mapping with keys such as base, bonus_target_pct, sign_on, got "300000"`},
		{"scalar for list", "equity:\n      - id: acme-rsu\n        type: rsu\n        shares: 1000\n", "equity: acme-rsu\n",
			`w.yaml:9:13: offers[0].equity: expected a list, got "acme-rsu"`},
		{"null list item", "offers:\n", "offers:\n  -\n",
			"w.yaml:5:4: offers[0]: expected a mapping, got nothing"},
		{"missing required", "role: {level: staff}", "role: {title: Staff}",
			"w.yaml:7:5: offers[0].role.level: is required (one of senior, staff, senior_staff, principal, distinguished, fellow)"},
		{"null required", "  state: CA\n", "  state:\n",
			"w.yaml:3:3: candidate.state: is required (text)"},
		{"missing required mapping", "    cash: {base: 300000}\n", "",
			"w.yaml:5:5: offers[0].cash: is required"},
		{"key not text", "  state: CA\n", "  state: CA\n  [a]: 1\n",
			"w.yaml:4:3: candidate: a key must be plain text, not a list"},
		{"not a mapping", minimal, "- 1\n",
			"w.yaml:1:1: expected a mapping with keys such as version, candidate, current, got a list"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(minimal, tt.old) {
				t.Fatalf("minimal has no %q", tt.old)
			}
			got := diagnose(t, strings.Replace(minimal, tt.old, tt.new, 1))
			if got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestSyntaxErrors(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"first line", "version: 1: 2\n", "w.yaml:1:1: invalid YAML: mapping values are not allowed in this context"},
		{"parser line", "version: 1\ncandidate:\n  - a\n  b: 1\n", "w.yaml:3:3: invalid YAML: did not find expected '-' indicator"},
		{"flow", "version: 1\noffers: [1, 2\n", "w.yaml:2:1: invalid YAML: did not find expected ',' or ']'"},
		{"tab", "version: 1\ncandidate:\n\tstate: CA\n", "w.yaml:3:1: a tab indents this line; YAML indents with spaces only"},
		{"tab after spaces", "version: 1\ncandidate:\n  \tstate: CA\n", "w.yaml:3:3: a tab indents this line; YAML indents with spaces only"},
		{"unknown anchor", "version: 1\ncandidate: {state: CA}\noffers: [*nope]\n", "w.yaml:3:10: alias *nope refers to no anchor &nope written before it"},
		{"unterminated", "version: 1\ncandidate: {state: \"CA}\n", "w.yaml:2:1: invalid YAML: found unexpected end of stream"},
		{"two documents", "version: 1\n---\nversion: 1\n", "w.yaml:2:1: a second YAML document begins here; a workspace file holds one (remove the ---)"},
		{"bad second document", "version: 1\n---\n[\n", "w.yaml:4:1: invalid YAML: did not find expected node content"},
		{"empty", "", "w.yaml:1:1: the file is empty; it should be a mapping with keys such as version, candidate, current"},
		{"comments only", "# nothing\n", "w.yaml:1:1: the file is empty; it should be a mapping with keys such as version, candidate, current"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := diagnose(t, tt.text); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestDecodeErrorIsDiagnostics(t *testing.T) {
	w, idx, err := Decode("w.yaml", []byte(strings.Replace(minimal, "shares: 1000", "shares: many", 1)))
	var ds Diagnostics
	if !errors.As(err, &ds) || len(ds) != 1 || ds[0].Path != "offers[0].equity[0].shares" || bespoke.ErrorCode(err) != bespoke.EINVALID {
		t.Fatalf("err = %#v", err)
	}
	if w == nil || idx == nil || w.Offers[0].ID != "acme" {
		t.Error("Decode returned no partial workspace and index")
	}
	if err.Error() != `w.yaml:12:17: offers[0].equity[0].shares: expected a whole number, got "many"` {
		t.Errorf("Error() = %s", err)
	}
	if w, idx, err := Decode("w.yaml", []byte("a: [")); w != nil || idx != nil || err == nil {
		t.Error("Decode of unparseable YAML returned a workspace")
	}
}

func TestLoadLeavesOutConsequences(t *testing.T) {
	// A share_price that does not decode is not also reported as missing by validation.
	got := diagnose(t, strings.Replace(minimal, "share_price: 85", "share_price: eighty", 1))
	want := `w.yaml:6:55: offers[0].company.share_price: expected a price in dollars, got "eighty"`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestLoadSortsAndCollects(t *testing.T) {
	text := strings.NewReplacer("state: CA", "state: ZZ", "shares: 1000", "shares: -1", "level: staff", "level: boss").Replace(minimal)
	got := diagnose(t, text)
	want := `w.yaml:3:10: candidate.state: "ZZ" is not a US state code: write the state's two capital letters, such as CA or NY; did you mean AZ?
w.yaml:7:19: offers[0].role.level: expected one of senior, staff, senior_staff, principal, distinguished, fellow, got "boss"
w.yaml:12:17: offers[0].equity[0].shares: must be at least 0, got -1`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestWarnings(t *testing.T) {
	text := strings.Replace(minimal, "    start_date: 2027-01-04\n", "    start_date: 2027-01-04\n    deadline: 2026-11-01\n", 1)
	_, ds := Load("w.yaml", []byte(text), today)
	if ds.HasErrors() || len(ds.Warnings()) != 1 {
		t.Fatalf("diagnostics: %v", ds)
	}
	if got, want := ds[0].String(), "w.yaml:14:15: offers[0].deadline: warning: the deadline (2026-11-01) has passed"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if ds.Error() != "" {
		t.Errorf("Error() of warnings only = %q", ds.Error())
	}
}

func TestTooManyProblems(t *testing.T) {
	var b strings.Builder
	b.WriteString(minimal + "assumptions:\n")
	for i := range 150 {
		b.WriteString("  unknown" + string(rune('a'+i%26)) + strings.Repeat("x", i) + ": 1\n")
	}
	_, ds := Load("w.yaml", []byte(b.String()), today)
	if len(ds) != MaxProblems+1 {
		t.Fatalf("%d diagnostics, want %d", len(ds), MaxProblems+1)
	}
	if last := ds[len(ds)-1]; last.Message != "more than 100 problems; stopping here" {
		t.Errorf("last diagnostic: %s", last)
	}
}

// TestManyWarningsOnly checks that a file with more warnings than are listed, and no error,
// still passes, and that the line counting the rest is an error only when an error is hidden.
func TestManyWarningsOnly(t *testing.T) {
	var b strings.Builder
	b.WriteString(minimal + "asks:\n")
	for range MaxProblems + 21 { // every ask after the first repeats it: a warning each
		b.WriteString("  - {offer: acme, term: cash.base, value: 310000}\n")
	}
	_, ds := Load("w.yaml", []byte(b.String()), today)
	if ds.HasErrors() {
		t.Fatalf("warnings only, but errors: %v", ds.Errors())
	}
	if len(ds) != MaxProblems+1 || ds[MaxProblems].Message != "20 more problems not shown" {
		t.Errorf("%d diagnostics, the last %v", len(ds), ds[len(ds)-1])
	}
	b.WriteString("  - {offer: nobody, term: cash.base, value: 310000}\n")
	_, ds = Load("w.yaml", []byte(b.String()), today)
	if last := ds[len(ds)-1]; !ds.HasErrors() || last.IsWarning() {
		t.Errorf("an error is hidden, but the last line is %v", last)
	}
}
