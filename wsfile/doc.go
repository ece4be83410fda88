// Package wsfile reads the workspace file, bespoke's YAML form of a negotiation, and any other
// YAML file of the project described the same way: by the struct tags of the Go types it
// decodes into (see bespoke.Fields).
//
// Decoding goes through the YAML library's node tree and maps nodes onto the Go types itself,
// so every key and value keeps its line and column. It is strict: an unknown key is an error
// with the nearest allowed key suggested, a duplicate key is an error, a value of the wrong
// type says what was expected, a required key must be present, and an absent key takes the
// value of its default tag. After a struct is decoded, its Defaults(present) method runs, if
// it has one, children before parents. Every problem is collected, not just the first, each
// located as FILE:LINE:COL with the path of the field, such as
// offers[1].equity[0].vesting.cliff_months.
//
// An anchor (&name) and its aliases (*name) may repeat a part of the file, and a merge key
// (<<: *name) may copy a mapping's keys into another, the keys written beside it winning. A
// key whose value is empty (null) counts as absent.
//
// The decoder is meant for files that arrive from anywhere, so it has limits, checked in this
// order, and it never panics:
//
//   - MaxSize: a file over 1 MiB is refused before it is parsed.
//   - The text must be UTF-8 without control characters other than tab, newline and carriage
//     return; the first offending byte is reported with its line and column.
//   - MaxDepth: mappings and lists nest at most 32 deep (the workspace needs 8).
//   - MaxAliasNodes: aliases and merge keys may copy at most 10,000 nodes in all, so a
//     "billion laughs" document fails at once, in the memory its text takes.
//   - MaxProblems: decoding stops after 100 problems.
package wsfile
