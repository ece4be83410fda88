package examples_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/bespokehq/bespoke/examples"
)

// TestWorkspaceIsTheFileOnDisk guards against the embedded bytes and the documented file
// drifting apart.
func TestWorkspaceIsTheFileOnDisk(t *testing.T) {
	b, err := os.ReadFile("workspace.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, examples.Workspace) || len(b) == 0 {
		t.Error("embedded example differs from examples/workspace.yaml")
	}
}
