package wsfile

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/bespokehq/bespoke"
)

// Diagnostic is a problem located in a file.
type Diagnostic struct {
	File     string           `json:"file"`
	Line     int              `json:"line"`           // 1-based
	Col      int              `json:"col,omitempty"`  // 1-based, in characters; 0 when the YAML parser does not say
	Path     string           `json:"path,omitempty"` // the field, such as offers[0].cash.base; "" for the file as a whole
	Message  string           `json:"message"`
	Severity bespoke.Severity `json:"severity"`
}

// String formats d as FILE:LINE:COL: PATH: MESSAGE, with "warning: " before the message of a
// warning, the form compilers use and editors jump to.
func (d Diagnostic) String() string {
	pos := fmt.Sprintf("%s:%d:%d", d.File, d.Line, d.Col)
	if d.Col == 0 {
		pos = fmt.Sprintf("%s:%d", d.File, d.Line)
	}
	return pos + ": " + bespoke.Problem{Path: d.Path, Message: d.Message, Severity: d.Severity}.String()
}

// IsWarning reports whether d is a warning rather than an error.
func (d Diagnostic) IsWarning() bool { return d.Severity == bespoke.SeverityWarning }

// Diagnostics is a list of located problems. As an error, it is the list of its errors, one
// a line.
type Diagnostics []Diagnostic

// Error returns the diagnostics that are errors, one a line.
func (ds Diagnostics) Error() string {
	var b strings.Builder
	for i, d := range ds.Errors() {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.String())
	}
	return b.String()
}

// Errors returns the diagnostics that are errors.
func (ds Diagnostics) Errors() Diagnostics {
	return slices.DeleteFunc(slices.Clone(ds), Diagnostic.IsWarning)
}

// Warnings returns the diagnostics that are warnings.
func (ds Diagnostics) Warnings() Diagnostics {
	return slices.DeleteFunc(slices.Clone(ds), func(d Diagnostic) bool { return !d.IsWarning() })
}

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	return slices.ContainsFunc(ds, func(d Diagnostic) bool { return !d.IsWarning() })
}

// sorted returns ds in the order of the file, without repeats, each with its severity.
func (ds Diagnostics) sorted() Diagnostics {
	out := slices.Clone(ds)
	for i := range out {
		if out[i].Severity == "" {
			out[i].Severity = bespoke.SeverityError
		}
	}
	slices.SortStableFunc(out, func(a, b Diagnostic) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	return slices.CompactFunc(out, func(a, b Diagnostic) bool {
		return a == b
	})
}
