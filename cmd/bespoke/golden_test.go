package main

import (
	"flag"
	"os"
	"testing"
)

// update rewrites the golden files of every command's tests: go test ./cmd/bespoke -update.
var update = flag.Bool("update", false, "rewrite the golden files")

// checkGolden compares got with the golden file at path, or rewrites the file under -update.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/bespoke -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run go test ./cmd/bespoke -update if the change is intended)\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}
