package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/spf13/cobra"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/frontier"
	"github.com/bespokehq/bespoke/genius"
	"github.com/bespokehq/bespoke/table"
	"github.com/bespokehq/bespoke/wsfile"
)

func init() { register(newFrontierCmd) }

// maxDomainFile is the largest YAML domain file read.
const maxDomainFile = 4 << 20

// frontierOptions holds what the frontier command was asked.
type frontierOptions struct {
	args       []string // FILE, or DOMAIN PROFILE_A PROFILE_B with --genius
	genius     bool
	convention string
	output     table.Format
}

func newFrontierCmd(a *app) *cobra.Command {
	o := &frontierOptions{}
	c := &cobra.Command{
		Use:   "frontier FILE | --genius DOMAIN.xml PROFILE_A.xml PROFILE_B.xml",
		Short: "Find the efficient packages between two parties, and the fair points among them",
		Long: `Find the exact Pareto frontier of a two-party negotiation over discrete issues: the packages
acceptable to both parties (each at or above its reservation value) that no other package
beats for one party without costing the other. Then the fair points on it: Nash (the greatest
product of gains), Kalai-Smorodinsky (the most equal share of each party's possible gain),
egalitarian (the greatest smaller gain) and the welfare maximum (the greatest sum).

FILE is a YAML domain (see docs/frontier.md): issues and their values, and each party's
weights, scores and reservation value. With --genius the domain and the two profiles are
GeNIUS 10.x XML files. --convention says how gains are measured: standard (from the
reservation values, towards each party's best acceptable utility), genius or negmas (as those
tools compute their points).`,
		Example: `  bespoke frontier offer-domain.yaml
  bespoke frontier offer-domain.yaml --output json
  bespoke frontier --genius laptop_domain.xml laptop_buyer_utility.xml laptop_seller_utility.xml --convention genius`,
		Args: func(c *cobra.Command, args []string) error {
			if g, _ := c.Flags().GetBool("genius"); g {
				return exactArgs(3, "a domain and two profiles with --genius")(c, args)
			}
			return exactArgs(1, "one domain file")(c, args)
		},
		RunE: run(func(c *cobra.Command, args []string) error {
			o.args = args
			return runFrontier(a, o)
		}),
	}
	f := c.Flags()
	f.BoolVar(&o.genius, "genius", false, "read a GeNIUS domain and two profiles (XML) instead of a YAML file")
	f.StringVar(&o.convention, "convention", string(frontier.Standard), "how the fair points measure gains: standard|genius|negmas")
	_ = c.RegisterFlagCompletionFunc("convention", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"standard", "genius", "negmas"}, cobra.ShellCompDirectiveNoFileComp
	})
	addOutputFlag(c, &o.output, table.Text, table.JSON, table.Markdown, table.CSV)
	return c
}

func runFrontier(a *app, o *frontierOptions) error {
	conv := frontier.Convention(o.convention)
	if !slices.Contains(frontier.Conventions, conv) {
		return &bespoke.Error{Code: bespoke.EUSAGE, Message: fmt.Sprintf("unknown convention %q", o.convention),
			Hint: "use --convention standard, genius or negmas"}
	}
	pr, err := loadProblem(o)
	if err != nil {
		return err
	}
	an, err := frontier.Analyze(pr, frontier.Options{Convention: conv})
	if err != nil {
		return err
	}
	if o.output == table.JSON {
		return writeJSON(a.stdout, frontierJSONOf(an))
	}
	return table.Write(a.stdout, o.output, frontierTables(an)...)
}

// loadProblem reads the problem from a YAML file or from GeNIUS XML files.
func loadProblem(o *frontierOptions) (*frontier.Problem, error) {
	if o.genius {
		return genius.Load(o.args[0], [2]string{o.args[1], o.args[2]})
	}
	name := o.args[0]
	data, err := readLimited(name, maxDomainFile)
	if err != nil {
		return nil, err
	}
	var f frontier.File
	if err := wsfile.DecodeInto(name, data, &f); err != nil {
		return nil, err
	}
	pr, err := f.Problem()
	if err != nil {
		return nil, &bespoke.Error{Code: bespoke.ErrorCode(err), Message: name + ": " + bespoke.ErrorMessage(err)}
	}
	return pr, nil
}

// readLimited reads a file of at most limit bytes.
func readLimited(name string, limit int64) ([]byte, error) {
	f, err := os.Open(name)
	if errors.Is(err, os.ErrNotExist) {
		return nil, bespoke.Errorf(bespoke.ENOTFOUND, "%s: no such file", name)
	}
	if err != nil {
		return nil, &bespoke.Error{Code: bespoke.EINVALID, Message: name + ": cannot be read", Err: err}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, &bespoke.Error{Code: bespoke.EINVALID, Message: name + ": cannot be read", Err: err}
	}
	if int64(len(data)) > limit {
		return nil, bespoke.Errorf(bespoke.EINVALID, "%s: larger than %d bytes", name, limit)
	}
	return data, nil
}
