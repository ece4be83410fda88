package main

import (
	"testing"

	"github.com/bespokehq/bespoke/internal/golden"
)

// update is the shared -update flag: go test ./cmd/bespoke -update rewrites the golden files.
var update = golden.Update

// checkGolden compares got with the golden file at path, or rewrites the file under -update.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	golden.CheckFile(t, path, []byte(got))
}
