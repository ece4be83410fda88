package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTaxGolden runs the tax command on fixed returns and compares its output with the golden
// files in testdata/tax (rewritten with go test ./cmd/bespoke -run TestTaxGolden -update).
func TestTaxGolden(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"joint2026.json.golden", []string{"tax", "--input", "testdata/tax/joint2026.json", "--output", "json"}},
		{"joint2026.table.golden", []string{"tax", "--input", "testdata/tax/joint2026.json"}},
		{"joint2026.explain.golden", []string{"tax", "--input", "testdata/tax/joint2026.json", "--explain"}},
		{"joint2026.explain-json.golden", []string{"tax", "--input", "testdata/tax/joint2026.json", "--explain", "-o", "json"}},
		{"tenforty2024.table.golden", []string{"tax", "--year", "2024", "--wages", "150000", "--iso-bargain", "200000"}},
		{"projected2028.json.golden", []string{"tax", "--year", "2028", "--inflation", "0.025", "--wages", "300000", "-o", "json"}},
		{"ca2025.table.golden", []string{"tax", "--input", "testdata/tax/ca2025.json"}},
		{"ca2025.explain-json.golden", []string{"tax", "--input", "testdata/tax/ca2025.json", "--explain", "-o", "json"}},
		{"flags-override.json.golden", []string{"tax", "--input", "testdata/tax/joint2026.json", "--iso-bargain", "0", "--year", "2025", "-o", "json"}},
		// ISO shares exercised in 2025 sold in 2026: Form 6251 line 2k and Schedule P line 9
		// reverse the bargain element, and the minimum tax credits are recovered.
		{"iso-sale2026.explain.golden", []string{"tax", "--input", "testdata/tax/iso-sale2026.json", "--explain"}},
		{"iso-sale2026.json.golden", []string{"tax", "--input", "testdata/tax/iso-sale2026.json", "-o", "json"}},
		// A disqualifying disposition: compensation outside FICA and SDI.
		{"disqualifying2025.table.golden", []string{"tax", "--year", "2025", "--state", "CA", "--wages", "150000",
			"--non-fica-compensation", "50000", "--explain"}},
		// QSBS held three years: half excluded (California taxes it), half 28% rate gain.
		{"qsbs2025.explain.golden", []string{"tax", "--year", "2025", "--state", "CA", "--wages", "200000", "--ltcg", "500000",
			"--rate-28-gain", "500000", "--qsbs-excluded", "500000", "--explain"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runMain(t, "", tt.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			path := filepath.Join("testdata", "tax", tt.name)
			if *update {
				if err := os.WriteFile(path, []byte(stdout), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if stdout != string(want) {
				t.Errorf("output differs from %s:\n%s", path, stdout)
			}
		})
	}
}

func TestTaxErrors(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"negative wages", "", []string{"tax", "--year", "2025", "--wages=-5"}, "wages is negative"},
		{"negative in file", `{"tax_year": 2025, "ltcg": -1}`, []string{"tax", "--input", "-"}, "ltcg is negative"},
		{"unknown field", `{"tax_year": 2025, "salary": 1}`, []string{"tax", "-i", "-"}, `unknown field "salary"`},
		{"unknown state", "", []string{"tax", "--year", "2025", "--state", "ZZ"}, `unknown state "ZZ"`},
		{"year without tables", "", []string{"tax", "--year", "2019"}, "no federal tax tables for 2019"},
		{"future year without inflation", "", []string{"tax", "--year", "2030"}, "no tax tables for 2030: tables are published for 2024, 2025 and 2026"},
		{"no year", "", []string{"tax", "--wages", "1"}, "no tax year given"},
		{"bad amount", `{"tax_year": 2025, "wages": "lots"}`, []string{"tax", "-i", "-"}, "field wages"},
		{"sub-cent amount in file", `{"tax_year": 2025, "wages": 1.001}`, []string{"tax", "-i", "-"}, "more precise than a cent"},
		{"unknown status", "", []string{"tax", "--year", "2025", "--status", "widow"}, `unknown filing status "widow"`},
		{"spouse wages on single", "", []string{"tax", "--year", "2025", "--spouse-wages", "10"}, "spouse_wages belong on a married_joint return"},
		{"missing file", "", []string{"tax", "-i", "testdata/tax/nope.json"}, "cannot read testdata/tax/nope.json"},
		{"negative non-FICA compensation", "", []string{"tax", "--year", "2025", "--non-fica-compensation=-1"}, "non_fica_compensation is negative"},
		{"28% gain beyond the gain", `{"tax_year": 2025, "ltcg": 10, "rate_28_gain": 20}`, []string{"tax", "-i", "-"}, "rate_28_gain (20.00) exceeds ltcg"},
		{"AMT-only QSBS beyond the exclusion", "", []string{"tax", "--year", "2025", "--qsbs-excluded-regular-only", "5"}, "qsbs_excluded_regular_only"},
		{"malformed JSON", `{"tax_year": 2025, "wages": 1`, []string{"tax", "-i", "-"}, "input is not a JSON object"},
		{"a second object", `{"tax_year": 2025, "wages": 1} {"wages": 2}`, []string{"tax", "-i", "-"}, "input has more after its JSON object"},
		{"text after the object", `{"tax_year": 2025, "wages": 1} wages`, []string{"tax", "-i", "-"}, "input has more after its JSON object"},
		{"status typo in file", `{"tax_year": 2025, "filing_status": "married_jiont"}`, []string{"tax", "-i", "-"}, `unknown filing status "married_jiont"`},
		{"fractional year", `{"tax_year": 2025.5}`, []string{"tax", "-i", "-"}, "field tax_year: want a whole number, not a JSON number 2025.5"},
		{"status as a number", `{"tax_year": 2025, "filing_status": 1}`, []string{"tax", "-i", "-"}, "field filing_status: want a string, not a JSON number"},
		{"year past the tables in file", `{"tax_year": 2031}`, []string{"tax", "-i", "-"}, "no tax tables for 2031"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runMain(t, tt.stdin, tt.args...)
			if code != 1 || !contains(stderr, tt.want) || stdout != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 saying %q", code, stdout, stderr, tt.want)
			}
		})
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
