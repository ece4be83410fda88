package main

import (
	"io"
	"slices"

	"github.com/spf13/cobra"

	"github.com/bespokehq/bespoke/draft"
	"github.com/bespokehq/bespoke/plan"
)

func init() { register(newDraftCmd) }

// draftOptions holds what the draft command was asked.
type draftOptions struct {
	planOptions
	format string
}

// draftFormats are the formats draft writes.
var draftFormats = []string{"markdown", "text", "json"}

func newDraftCmd(a *app) *cobra.Command {
	o := &draftOptions{}
	c := &cobra.Command{
		Use:   "draft FILE --offer ID",
		Short: "Write the counter-offer for one offer",
		Long: `Write the counter-offer to one company: a short message to the recruiter with the asks the
plan recommends, in priority order, each framed in the facts from your workspace that the ask
references (an ask without facts is asked plainly, and the draft warns about it).

The message asks for everything at once, asks for the range before any number, never mentions
your current pay, asks for the agreement in writing, and asks for more time when the offer
expires within a few days. A checklist of what to know before sending follows it.`,
		Example: `  bespoke draft offers.yaml --offer rocket
  bespoke draft offers.yaml --offer acme --format text > counter.txt`,
		Args: exactArgs(1, "one workspace file"),
		RunE: run(func(c *cobra.Command, args []string) error {
			o.file = args[0]
			if o.offer == "" {
				return usageError(c, "draft needs --offer: the id of the offer to answer")
			}
			if !slices.Contains(draftFormats, o.format) {
				return usageError(c, "unknown format %q (want markdown, text or json)", o.format)
			}
			opts, err := o.options(c, a)
			if err != nil {
				return err
			}
			return runDraft(c, a, o, opts)
		}),
	}
	addPlanFlags(c, &o.planOptions)
	c.Flags().StringVar(&o.offer, "offer", "", "id of the offer to answer (required)")
	c.Flags().StringVar(&o.format, "format", "markdown", "output format: markdown, text or json")
	_ = c.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return draftFormats, cobra.ShellCompDirectiveNoFileComp
	})
	return c
}

func runDraft(c *cobra.Command, a *app, o *draftOptions, opts plan.Options) error {
	w, err := a.loadWorkspace(o.file)
	if err != nil {
		return err
	}
	off, err := findOffer(w, o.offer)
	if err != nil {
		return err
	}
	v, done, err := o.valuer(c, a, w)
	if err != nil {
		return err
	}
	opts.Valuer = v
	op, err := plan.PlanOffer(w, off, opts)
	done()
	if err != nil {
		return err
	}
	d, err := draft.Compose(w, &op, draft.Options{Today: opts.Today})
	if err != nil {
		return err
	}
	switch o.format {
	case "json":
		return writeJSON(a.stdout, d)
	case "text":
		_, err = io.WriteString(a.stdout, d.Text())
	default:
		_, err = io.WriteString(a.stdout, d.Markdown())
	}
	return err
}
