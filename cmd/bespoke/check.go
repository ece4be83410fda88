package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func init() { register(newCheckCmd) }

func newCheckCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "check FILE",
		Short: "Check a workspace file and list every problem in it",
		Long: `check decodes and validates a workspace file ("-" reads standard input) and lists
every problem as FILE:LINE:COL: FIELD: MESSAGE, in the order of the file. Warnings, such as a
deadline that has passed, are listed too but do not fail the check.

Exit status: 0 when the file has no error, 1 when it has any.`,
		Example: `  bespoke check workspace.yaml
  bespoke init - | bespoke check -`,
		Args:              exactArgs(1, "one workspace file"),
		ValidArgsFunction: yamlFiles,
		RunE: run(func(_ *cobra.Command, args []string) error {
			return a.check(args[0])
		}),
	}
}

// check loads the workspace, which prints its problems, and says ok when there is no error.
func (a *app) check(path string) error {
	if _, err := a.loadWorkspace(path); err != nil {
		return err
	}
	_, err := fmt.Fprintf(a.stdout, "%s: ok\n", inputName(path))
	return err
}

// yamlFiles completes workspace file names.
func yamlFiles(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return []string{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
}
