// Package assess says, for each offer, whether the company is likely to build a bespoke offer
// for the role or to hand out what its compensation system computes.
//
// Below a threshold nobody announces, an offer comes out of a formula; above it, companies
// make private exceptions on terms they never move for others. Assess scores each offer with
// a set of rules (company size, people already at the level, the level itself, public or
// private, a quasi-executive role) and maps the score to a regime: System, Borderline or
// Bespoke. Each result lists the rules that fired, with the inputs behind them, and the asks
// that are realistic under the regime.
//
// The rules are data: an embedded YAML file (rules.yaml, documented in docs/assess.md) that
// ParseRules reads, and that a user can replace with their own.
package assess
