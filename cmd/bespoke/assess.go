package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/assess"
	"github.com/bespokehq/bespoke/catalog"
	"github.com/bespokehq/bespoke/plan"
	"github.com/bespokehq/bespoke/table"
)

func init() { register(newAssessCmd) }

// assessOptions holds what the assess command was asked.
type assessOptions struct {
	file       string
	rules      string
	printRules bool
	output     table.Format
}

func newAssessCmd(a *app) *cobra.Command {
	o := &assessOptions{}
	c := &cobra.Command{
		Use:   "assess FILE",
		Short: "Say whether each company is likely to build a bespoke offer",
		Long: `Say, for each offer, whether it most likely comes from the company's compensation system
(system), could go either way (borderline), or is likely to be built by hand with private
exceptions (bespoke), with the rules that fired and the inputs behind them.

The rules (company size, people at the level, the level, public or private, a quasi-executive
role) are data; --rules reads your own rules file instead (see docs/assess.md).`,
		Example: `  bespoke assess offers.yaml
  bespoke assess offers.yaml --output json
  bespoke assess --print-rules > my-rules.yaml
  bespoke assess offers.yaml --rules my-rules.yaml`,
		Args: func(c *cobra.Command, args []string) error {
			if o.printRules && len(args) > 0 {
				return usageError(c, "--print-rules takes no workspace file")
			}
			if o.printRules {
				return nil
			}
			return exactArgs(1, "one workspace file")(c, args)
		},
		RunE: run(func(_ *cobra.Command, args []string) error {
			if o.printRules {
				_, err := a.stdout.Write(assess.DefaultRulesYAML())
				return err
			}
			o.file = args[0]
			return runAssess(a, o)
		}),
	}
	c.Flags().StringVar(&o.rules, "rules", "", "rules file to use instead of the built-in rules (YAML)")
	c.Flags().BoolVar(&o.printRules, "print-rules", false, "print the built-in rules file, to copy and edit")
	addOutputFlag(c, &o.output, table.Text, table.JSON, table.Markdown, table.CSV)
	return c
}

func runAssess(a *app, o *assessOptions) error {
	rules, err := loadRules(o.rules)
	if err != nil {
		return err
	}
	w, err := a.loadWorkspace(o.file)
	if err != nil {
		return err
	}
	rep := assess.Assess(w, rules)
	if o.output == table.JSON {
		return writeJSON(a.stdout, rep)
	}
	return table.Write(a.stdout, o.output, assessTables(rep)...)
}

// loadRules reads a rules file, or returns the built-in rules for an empty path.
func loadRules(path string) (*assess.Rules, error) {
	if path == "" {
		return assess.DefaultRules(), nil
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &bespoke.Error{Code: bespoke.ENOTFOUND, Message: fmt.Sprintf("rules file %s does not exist", path), Err: err}
	}
	if err != nil {
		return nil, &bespoke.Error{Code: bespoke.EINVALID, Message: fmt.Sprintf("cannot read rules file %s", path), Err: err}
	}
	r, err := assess.ParseRules(path, data)
	if err != nil {
		return nil, err
	}
	return r, plan.CheckKinds(path, r, catalog.Default())
}
