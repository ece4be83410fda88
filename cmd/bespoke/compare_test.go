package main

import (
	"path/filepath"
	"testing"
)

// TestCompareGolden checks every output format of compare, and of the demo, against golden
// files (go test ./cmd/bespoke -run TestCompareGolden -update rewrites them).
func TestCompareGolden(t *testing.T) {
	inputs := map[string][]string{
		"example": {"compare", "../../examples/workspace.yaml"},
		"shapes":  {"compare", "testdata/compare/shapes.yaml"},
		"demo":    {"demo"},
	}
	exts := map[string]string{"table": "txt", "json": "json", "markdown": "md", "csv": "csv"}
	for name, args := range inputs {
		for format, ext := range exts {
			t.Run(name+"/"+format, func(t *testing.T) {
				out, errOut, code := runMain(t, "", append(args, "--output", format)...)
				if code != exitOK {
					t.Fatalf("exit %d: %s", code, errOut)
				}
				checkGolden(t, filepath.Join("testdata", "compare", name+"."+ext), out)
			})
		}
	}
}

// TestDemoIsTheExample checks that the demo shows exactly what compare shows for the example
// file, so the README's first command demonstrates the real thing.
func TestDemoIsTheExample(t *testing.T) {
	demo, _, _ := runMain(t, "", "demo", "-o", "json")
	file, _, _ := runMain(t, "", "compare", "../../examples/workspace.yaml", "-o", "json")
	if demo != file || demo == "" {
		t.Error("demo and compare of examples/workspace.yaml differ")
	}
}
