// Package bespoke is the domain vocabulary of the bespoke negotiation workbench: the workspace a
// candidate edits (candidate, current job, offers, assumptions, asks, rounds), the equity grants
// and terms inside an offer, exact money and calendar dates, and the one error type every layer
// returns.
//
// The package imports only the standard library. Engines (vesting, tax, valuation, planning)
// and adapters (the workspace file, the command line) import it; it imports none of them.
package bespoke
