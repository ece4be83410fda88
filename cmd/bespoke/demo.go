package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/bespokehq/bespoke/examples"
	"github.com/bespokehq/bespoke/table"
)

func init() { register(newDemoCmd) }

func newDemoCmd(a *app) *cobra.Command {
	var output table.Format
	c := &cobra.Command{
		Use:   "demo",
		Short: "Compare the offers of the built-in example workspace",
		Long: `Demo runs compare on the built-in example workspace: a Staff engineer at a private company
weighing a Senior Staff offer from a public company (RSUs and refreshers) and a Principal offer
from a private one (options, one grant back-loaded). No file and no setup are needed.

Write the example out with 'bespoke demo --workspace' to start from it.`,
		Example: `  bespoke demo
  bespoke demo --output markdown
  bespoke demo --workspace > offers.yaml`,
		Args: exactArgs(0, "no arguments"),
		RunE: run(func(c *cobra.Command, _ []string) error {
			if ws, _ := c.Flags().GetBool("workspace"); ws {
				_, err := a.stdout.Write(examples.Workspace)
				return err
			}
			return a.demo(output)
		}),
	}
	addOutputFlag(c, &output, table.Text, table.JSON, table.Markdown, table.CSV)
	c.Flags().Bool("workspace", false, "print the example workspace instead of comparing it")
	return c
}

func (a *app) demo(output table.Format) error {
	w, err := a.decodeWorkspace(examples.WorkspaceName, examples.Workspace)
	if err != nil {
		return err
	}
	cmp, err := compareAfterTax(w)
	if err != nil {
		return err
	}
	if err := writeComparison(a, cmp, output); err != nil {
		return err
	}
	if output == table.Text {
		fmt.Fprintln(a.stderr, "\nThis is the built-in example. Start your own with: bespoke init offers.yaml")
	}
	return nil
}
