// Package plan ranks the asks that fit each offer and proposes which to make.
//
// For every offer it gathers the workspace's asks and the catalog's generated ones, decides
// which apply, values each for the candidate (through a Valuer, the candidate's stated yearly
// value, or the cash it adds), estimates its cost to the company and the signal it sends, and
// recommends the set worth the most to the candidate within a signal budget and a small number
// of asks, limited to the levers the offer's regime (package assess) makes realistic. It also
// lists the efficient packages: those no other package beats on both the candidate's value and
// the company's cost.
package plan
