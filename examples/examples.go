// Package examples embeds the example workspace, so that `bespoke demo` runs with no file and
// tests use the same bytes the documentation shows.
package examples

import _ "embed"

// WorkspaceName is the name the example workspace is reported under.
const WorkspaceName = "examples/workspace.yaml"

// Workspace is the normative example workspace: two offers (a public company with RSUs and a
// private one with options) and a current job with options. Its field names are the public
// interface of the workspace format.
//
//go:embed workspace.yaml
var Workspace []byte
