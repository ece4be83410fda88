// Package golden compares test output with golden files, and rewrites them when the tests run
// with -update. Every package's tests share this one flag.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// Update is the -update flag: rewrite the golden files with the current output.
var Update = flag.Bool("update", false, "rewrite the golden files with the current output")

// Check fails the test unless got equals the content of testdata/name; with -update it
// writes got there instead.
func Check(t testing.TB, name string, got []byte) {
	t.Helper()
	CheckFile(t, filepath.Join("testdata", name), got)
}

// CheckFile is Check for a file at path, relative to the package's directory.
func CheckFile(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the tests with -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("output differs from %s (run the tests with -update to accept it):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}
