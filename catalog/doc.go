// Package catalog is the catalog of asks: every kind of change to an offer a candidate might
// request, with the term paths it covers, when it applies, how its value to the candidate is
// found, what it is likely to cost the company, the signal it sends, the default a suggested
// ask uses and the prompts that help frame it.
//
// The descriptive part is data (catalog.yaml, embedded, documented in docs/asks.md); the
// conditions, cost models and defaults that need arithmetic on an offer are Go, named by the
// data.
package catalog
