package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets testscript run the real command line as the "bespoke" program.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"bespoke": func() {
			a := &app{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, now: scriptNow}
			os.Exit(a.Main(os.Args[1:]))
		},
	})
}

// scriptNow is the clock of the end-to-end scripts: BESPOKE_NOW (RFC 3339 date) when set, so
// that deadline warnings do not change with the day the tests run.
func scriptNow() time.Time {
	if s := os.Getenv("BESPOKE_NOW"); s != "" {
		if t, err := time.Parse("2006-01-02", s); err == nil {
			return t
		}
	}
	return time.Now()
}

// TestScripts runs the end-to-end scripts in testdata/script. Each is a txtar archive of
// commands and the files they use; see testscript's documentation for the syntax.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(e *testscript.Env) error {
			e.Setenv("BESPOKE_NOW", "2026-11-29")
			return nil
		},
		RequireExplicitExec: true,
		Cmds:                map[string]func(*testscript.TestScript, bool, []string){"status": cmdStatus},
	})
}

// cmdStatus runs "status N PROGRAM ARGS..." and fails unless PROGRAM exits with status N; its
// output is then checked with stdout and stderr as after exec.
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: status N program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("status: %v", err)
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("status: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

// runMain runs the command line in-process with the given arguments and standard input and
// returns what it wrote and its exit status; table tests of the commands use it.
func runMain(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	a := &app{
		stdin:  bytes.NewBufferString(stdin),
		stdout: &out,
		stderr: &errOut,
		now:    func() time.Time { return time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC) },
	}
	code = a.Main(args)
	return out.String(), errOut.String(), code
}
