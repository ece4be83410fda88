package main

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// TestEveryVerbHasHelpAndExample walks the command tree: every verb has a short description
// and an example of its use in --help.
func TestEveryVerbHasHelpAndExample(t *testing.T) {
	a := &app{}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if sub.Name() == "help" || sub.Hidden {
				continue
			}
			if sub.Short == "" || !strings.Contains(sub.Example, "bespoke ") {
				t.Errorf("%s: Short %q, Example %q", sub.CommandPath(), sub.Short, sub.Example)
			}
			walk(sub)
		}
	}
	walk(a.rootCmd())
}
