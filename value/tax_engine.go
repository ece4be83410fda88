package value

import "github.com/bespokehq/bespoke"

// taxesFor returns the tax engine a valuation of ws uses: none for a pre-tax valuation.
func taxesFor(ws *bespoke.Workspace, opt Options) taxer {
	if opt.PreTax || testTaxes == nil {
		return noTaxes{}
	}
	return testTaxes(ws)
}

// testTaxes stands in for the tax engine in tests until the tax package is wired.
var testTaxes func(ws *bespoke.Workspace) taxer
