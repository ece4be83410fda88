package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

// TestCheckExample checks the normative example through the command line.
func TestCheckExample(t *testing.T) {
	stdout, stderr, code := runMain(t, "", "check", "../../examples/workspace.yaml")
	if code != 0 || stdout != "../../examples/workspace.yaml: ok\n" || stderr != "" {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, stdout, stderr)
	}
}

// TestSchemaIsCheckedIn checks that the schema command prints the checked-in schema.
func TestSchemaIsCheckedIn(t *testing.T) {
	want, err := os.ReadFile("../../schema/workspace.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	stdout, _, code := runMain(t, "", "schema")
	if code != 0 || stdout != string(want) {
		t.Errorf("bespoke schema differs from schema/workspace.schema.json (exit %d)", code)
	}
}

// TestLoadWorkspace checks the shared loader that every workspace verb calls.
func TestLoadWorkspace(t *testing.T) {
	var out, errOut bytesBuffer
	a := &app{stdin: stringsReader(lateWorkspace), stdout: &out, stderr: &errOut, now: fixedNow}
	w, err := a.loadWorkspace("-")
	if err != nil || w == nil || w.Offers[0].ID != "acme" {
		t.Fatalf("loadWorkspace: %v, %v", w, err)
	}
	if got := errOut.String(); got != "<stdin>:9:15: offers[0].deadline: warning: the deadline (2026-11-01) has passed\n" {
		t.Errorf("warnings: %q", got)
	}
	a.stdin, errOut = stringsReader("version: 2\n"), bytesBuffer{}
	w, err = a.loadWorkspace("-")
	if w != nil || err == nil || err.Error() != "<stdin>: 3 problems found" {
		t.Errorf("loadWorkspace of a bad file: %v, %v", w, err)
	}
}

const lateWorkspace = `version: 1
candidate: {state: CA}
offers:
  - id: acme
    company: {name: Acme, stage: public, share_price: 85}
    role: {level: staff}
    cash: {base: 300000}
    start_date: 2027-01-04
    deadline: 2026-11-01
`

type bytesBuffer = bytes.Buffer

func stringsReader(s string) *strings.Reader { return strings.NewReader(s) }

func fixedNow() time.Time { return time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC) }
