package main

import (
	"path/filepath"
	"testing"
)

// TestOptionValueGolden prices Hull's examples (Example 15.6; the chapter 19 hedging example;
// the index option of Example 17.1) and compares the output with golden files.
func TestOptionValueGolden(t *testing.T) {
	tests := []struct {
		golden string
		args   []string
	}{
		{"value/hull-15.6.table.golden", []string{"option-value", "--spot", "42", "--strike", "40", "--years", "0.5", "--vol", "0.2", "--rate", "0.1"}},
		{"value/hull-15.6.json.golden", []string{"option-value", "--spot", "42", "--strike", "40", "--years", "0.5", "--vol", "0.2", "--rate", "0.1", "-o", "json"}},
		{"value/hull-17.1.json.golden", []string{"option-value", "--spot", "930", "--strike", "900", "--years", "0.1666666667", "--vol", "0.2", "--rate", "0.08", "--dividend", "0.03", "-o", "json"}},
	}
	for _, tt := range tests {
		out, errOut, code := runMain(t, "", tt.args...)
		if code != 0 {
			t.Fatalf("%v: status %d: %s", tt.args, code, errOut)
		}
		checkGolden(t, filepath.Join("testdata", tt.golden), out)
	}
}
