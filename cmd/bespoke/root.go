package main

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/bespokehq/bespoke"
	"github.com/bespokehq/bespoke/table"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3"; otherwise it comes from
// the module's build information.
var version = ""

// Exit statuses that scripts can rely on.
const (
	exitOK      = 0
	exitInvalid = 1 // invalid input, a failed check, or any other failure
	exitUsage   = 2 // the command line is wrong
)

// commands holds the constructor of every subcommand; each command's file registers its own in
// an init function, so adding a verb touches one file.
var commands []func(*app) *cobra.Command

func register(f func(*app) *cobra.Command) { commands = append(commands, f) }

// Main runs the command line and returns the exit status.
func (a *app) Main(args []string) int {
	root := a.rootCmd()
	root.SetArgs(args)
	err := root.Execute()
	return a.report(err)
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "bespoke",
		Short: "A negotiation workbench for senior engineers holding a job offer",
		Long: `bespoke compares job offers year by year, values equity and bespoke terms after tax,
says whether a company is likely to build a bespoke offer, and drafts the counter-offer.

Everything runs on this machine. Not financial, tax or legal advice.`,
		Example: `  bespoke demo
  bespoke init offers.yaml
  bespoke check offers.yaml
  bespoke compare offers.yaml --output markdown`,
		Version:       buildVersion(),
		SilenceErrors: true,
		SilenceUsage:  true,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) > 0 {
				return &bespoke.Error{Code: bespoke.EUSAGE, Message: fmt.Sprintf("unknown command %q", args[0]),
					Hint: "run 'bespoke --help' for the list of commands"}
			}
			return nil
		},
		RunE: func(c *cobra.Command, _ []string) error { return c.Help() },
	}
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError(c, "%v", err)
	})
	for _, f := range commands {
		root.AddCommand(f(a))
	}
	addCompletionExamples(root)
	strictHelp(root)
	return root
}

var shellExamples = map[string]string{
	"bash":       "  source <(bespoke completion bash)",
	"zsh":        "  bespoke completion zsh > \"${fpath[1]}/_bespoke\"",
	"fish":       "  bespoke completion fish | source",
	"powershell": "  bespoke completion powershell | Out-String | Invoke-Expression",
}

// addCompletionExamples gives cobra's completion command and its shells an example each, and
// makes a shell it does not know a usage error (cobra would print the help and succeed).
func addCompletionExamples(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		c.Example = "  bespoke completion bash > /etc/bash_completion.d/bespoke\n  bespoke completion zsh > \"${fpath[1]}/_bespoke\"\n  bespoke completion fish > ~/.config/fish/completions/bespoke.fish"
		var shells []string
		for _, sh := range c.Commands() {
			sh.Example = shellExamples[sh.Name()]
			shells = append(shells, sh.Name())
		}
		c.Args = func(c *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError(c, "unknown shell %q (want %s)", args[0], strings.Join(shells, "|"))
			}
			return nil
		}
		c.RunE = func(c *cobra.Command, _ []string) error { return c.Help() }
	}
}

// strictHelp makes help on a topic that is not a command a usage error; cobra's help command
// would print the usage and succeed.
func strictHelp(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	for _, c := range root.Commands() {
		if c.Name() != "help" {
			continue
		}
		c.Run = nil
		c.RunE = func(c *cobra.Command, args []string) error {
			cmd, rest, err := c.Root().Find(args)
			if err != nil || cmd == nil || len(rest) > 0 {
				return usageError(c, "no help topic %q", strings.Join(args, " "))
			}
			cmd.InitDefaultHelpFlag()
			cmd.InitDefaultVersionFlag()
			return cmd.Help()
		}
	}
}

// report prints err, if any, and returns the exit status for it.
func (a *app) report(err error) int {
	if err == nil {
		return exitOK
	}
	var be *bespoke.Error
	if !errors.As(err, &be) {
		// Only cobra's own parsing errors reach here unwrapped: an unknown command or flag.
		be = &bespoke.Error{Code: bespoke.EUSAGE, Message: err.Error(), Hint: "run 'bespoke --help' for the list of commands"}
	}
	if be.Code == bespoke.EINTERNAL && be.Err != nil {
		fmt.Fprintf(a.stderr, "bespoke: internal error: %v\n", be.Err)
	} else {
		fmt.Fprintf(a.stderr, "bespoke: %s\n", bespoke.ErrorMessage(be))
	}
	if be.Hint != "" {
		fmt.Fprintf(a.stderr, "hint: %s\n", be.Hint)
	}
	if be.Code == bespoke.EUSAGE {
		return exitUsage
	}
	return exitInvalid
}

// usageError returns an EUSAGE error whose hint points at the command's help.
func usageError(c *cobra.Command, format string, args ...any) error {
	return &bespoke.Error{
		Code:    bespoke.EUSAGE,
		Message: fmt.Sprintf(format, args...),
		Hint:    fmt.Sprintf("run '%s --help' for usage", c.CommandPath()),
	}
}

// run adapts a command's function to cobra: any error that is not a *bespoke.Error is an
// internal failure and is wrapped as one, so that report can tell it from cobra's usage errors.
func run(f func(c *cobra.Command, args []string) error) func(*cobra.Command, []string) error {
	return func(c *cobra.Command, args []string) error {
		err := f(c, args)
		var be *bespoke.Error
		if err != nil && !errors.As(err, &be) {
			return &bespoke.Error{Code: bespoke.EINTERNAL, Err: err}
		}
		return err
	}
}

// exactArgs is cobra.ExactArgs with a usage error that names what is missing.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError(c, "%s takes %s (got %d %s)", c.CommandPath(), what, len(args), plural(len(args), "argument", "arguments"))
		}
		return nil
	}
}

// maxArgs is cobra.MaximumNArgs with a usage error.
func maxArgs(n int, what string) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) > n {
			return usageError(c, "%s takes at most %s (got %d %s)", c.CommandPath(), what, len(args), plural(len(args), "argument", "arguments"))
		}
		return nil
	}
}

// formatFlag is a --output flag limited to some formats.
type formatFlag struct {
	value   *table.Format
	allowed []table.Format
}

func (f *formatFlag) String() string { return string(*f.value) }
func (f *formatFlag) Type() string   { return "format" }

func (f *formatFlag) Set(s string) error {
	if !slices.Contains(f.allowed, table.Format(s)) {
		return fmt.Errorf("unknown output format %q (want %s)", s, f.names())
	}
	*f.value = table.Format(s)
	return nil
}

func (f *formatFlag) names() string {
	s := make([]string, len(f.allowed))
	for i, a := range f.allowed {
		s[i] = string(a)
	}
	return strings.Join(s, "|")
}

// addOutputFlag adds --output (-o) to c, defaulting to the first allowed format, with shell
// completion of the allowed values.
func addOutputFlag(c *cobra.Command, p *table.Format, allowed ...table.Format) {
	*p = allowed[0]
	f := &formatFlag{value: p, allowed: allowed}
	c.Flags().VarP(f, "output", "o", "output format: "+f.names())
	_ = c.RegisterFlagCompletionFunc("output", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return strings.Split(f.names(), "|"), cobra.ShellCompDirectiveNoFileComp
	})
}

var _ pflag.Value = (*formatFlag)(nil)

// buildVersion is the version --version prints: the one set at link time, else the one the
// go command stamped from the module or the checkout (none under -buildvcs=false), else "dev".
func buildVersion() string {
	if version != "" {
		return version
	}
	bi, ok := debug.ReadBuildInfo()
	if ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// writeJSON writes v as indented JSON followed by a newline.
func writeJSON(w io.Writer, v any) error {
	b, err := jsonMarshalIndent(v)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
