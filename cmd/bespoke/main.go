// Command bespoke is the negotiation workbench for senior engineers holding a job offer.
//
// This package only wires: it parses flags into each command's options, calls the engines and
// adapters, and writes what they return to the streams it was given.
package main

import (
	"io"
	"os"
	"time"

	"golang.org/x/term"
)

func main() {
	a := &app{
		stdin:  os.Stdin,
		stdout: os.Stdout,
		stderr: os.Stderr,
		now:    time.Now,
		isTTY:  term.IsTerminal(int(os.Stdout.Fd())),
	}
	os.Exit(a.Main(os.Args[1:]))
}

// app holds what the commands read and write: the streams, the clock and whether standard
// output is a terminal. Tests build their own.
type app struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	now    func() time.Time
	isTTY  bool
}
