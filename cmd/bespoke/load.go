package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/wsfile"
)

// loadWorkspace reads the workspace file at path ("-" for standard input), decodes and
// validates it with today's date, and prints every problem to stderr as FILE:LINE:COL: PATH:
// MESSAGE in the order of the file, warnings marked "warning:". It returns the workspace
// when there is no error, else an EINVALID error saying how many problems were found; a file
// that cannot be read is ENOTFOUND or EINVALID.
func (a *app) loadWorkspace(path string) (*bespoke.Workspace, error) {
	name, data, err := a.readInput(path)
	if err != nil {
		return nil, err
	}
	return a.decodeWorkspace(name, data)
}

// decodeWorkspace is loadWorkspace for a workspace already in memory, named name in messages.
func (a *app) decodeWorkspace(name string, data []byte) (*bespoke.Workspace, error) {
	w, ds := wsfile.Load(name, data, bespoke.DateOf(a.now()))
	for _, d := range ds {
		fmt.Fprintln(a.stderr, d)
	}
	if n := len(ds.Errors()); n > 0 {
		return nil, bespoke.Errorf(bespoke.EINVALID, "%s: %d %s found", name, n, plural(n, "problem", "problems"))
	}
	return w, nil
}

// readInput reads at most one byte more than wsfile.MaxSize from the file at path, or from
// standard input for "-", and returns the name to show in messages with the data.
func (a *app) readInput(path string) (name string, data []byte, err error) {
	var r io.Reader
	name = inputName(path)
	if path == "-" {
		r = a.stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return "", nil, openError(path, err)
		}
		defer f.Close()
		r = f
	}
	data, err = io.ReadAll(io.LimitReader(r, wsfile.MaxSize+1))
	if err != nil {
		return "", nil, &bespoke.Error{Code: bespoke.EINVALID, Message: fmt.Sprintf("cannot read %s", name), Err: err}
	}
	return name, data, nil
}

// inputName is how messages name the input at path.
func inputName(path string) string {
	if path == "-" {
		return "<stdin>"
	}
	return path
}

func openError(path string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return &bespoke.Error{Code: bespoke.ENOTFOUND, Message: fmt.Sprintf("%s does not exist", path),
			Hint: fmt.Sprintf("create a workspace with: bespoke init %s", path), Err: err}
	}
	return &bespoke.Error{Code: bespoke.EINVALID, Message: fmt.Sprintf("cannot read %s: %v", path, cause(err)), Err: err}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// cause returns the reason inside a path error ("permission denied"), or err itself.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
