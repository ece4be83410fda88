package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/wsfile"
)

func init() { register(newInitCmd) }

type initOptions struct {
	path  string
	force bool
}

func newInitCmd(a *app) *cobra.Command {
	var opts initOptions
	c := &cobra.Command{
		Use:   "init [FILE]",
		Short: "Write a commented starter workspace",
		Long: `init writes a starter workspace to FILE (default workspace.yaml; "-" writes to standard
output): a candidate, a current job and one offer, with a comment on every section saying what
it holds and what each value means. Replace the figures with your own, then run bespoke check.

init never overwrites a file unless --force is given.`,
		Example: `  bespoke init
  bespoke init offers.yaml
  bespoke init --force workspace.yaml`,
		Args: maxArgs(1, "one file name"),
		RunE: run(func(_ *cobra.Command, args []string) error {
			opts.path = "workspace.yaml"
			if len(args) == 1 {
				opts.path = args[0]
			}
			return a.initWorkspace(opts)
		}),
	}
	c.Flags().BoolVarP(&opts.force, "force", "f", false, "overwrite FILE if it exists")
	return c
}

// initWorkspace writes the starter workspace, dated from today.
func (a *app) initWorkspace(opts initOptions) error {
	name := opts.path
	if name == "-" {
		name = "workspace.yaml"
	}
	data := wsfile.Starter(name, bespoke.DateOf(a.now()))
	if opts.path == "-" {
		_, err := a.stdout.Write(data)
		return err
	}
	if err := writeNew(opts.path, data, opts.force); err != nil {
		return err
	}
	_, err := fmt.Fprintf(a.stdout, "wrote %s; put in your own figures, then run: bespoke check %s\n", opts.path, opts.path)
	return err
}

// writeNew writes data to path, refusing to replace an existing file unless force is set. A
// new file is created exclusively, so a file that appears meanwhile is not replaced either; a
// forced write goes to a temporary file that then replaces path, so a failed write never
// leaves a half-written workspace.
func writeNew(path string, data []byte, force bool) error {
	if force {
		return replaceFile(path, data)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return &bespoke.Error{Code: bespoke.ECONFLICT, Message: fmt.Sprintf("%s already exists", path),
			Hint: fmt.Sprintf("use --force to overwrite it, or name another file: bespoke init new-%s", filepath.Base(path))}
	} else if err != nil {
		return writeError(path, err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return writeError(path, err)
	}
	return nil
}

func replaceFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".bespoke-init-*")
	if err != nil {
		return writeError(path, err)
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	return writeError(path, err)
}

func writeError(path string, err error) error {
	if err == nil {
		return nil
	}
	return &bespoke.Error{Code: bespoke.EINVALID, Message: fmt.Sprintf("cannot write %s: %v", path, cause(err)), Err: err}
}
