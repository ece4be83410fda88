package main

import (
	"github.com/spf13/cobra"

	"github.com/bespokehq/bespoke/wsfile"
)

func init() { register(newSchemaCmd) }

func newSchemaCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the workspace file",
		Long: `schema prints the JSON Schema (draft 2020-12) of the workspace file, generated from the
same definitions the decoder uses: every key with its type, description, default, bounds and
allowed values. Editors use it to check and complete workspace files as they are typed.`,
		Example: `  bespoke schema > workspace.schema.json
  # VS Code (YAML extension): first line of workspace.yaml
  # yaml-language-server: $schema=./workspace.schema.json`,
		Args: exactArgs(0, "no arguments"),
		RunE: run(func(*cobra.Command, []string) error {
			_, err := a.stdout.Write(wsfile.Schema())
			return err
		}),
	}
}
