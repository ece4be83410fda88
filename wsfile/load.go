package wsfile

import (
	"fmt"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/bespokehq/bespoke"
)

// Decode decodes a workspace file; filename names it in the diagnostics. It returns the
// workspace, the index of where each field was written, and, when the file has problems, an
// EINVALID *bespoke.Error whose message lists every one, a line each, and which unwraps to
// the Diagnostics (errors.As). When the file could be parsed, the workspace
// and the index are returned even with problems, holding what could be decoded, so that the
// caller can validate the rest (Load does); when it could not, they are nil.
//
// Decode does not validate: Load does both.
func Decode(filename string, data []byte) (*bespoke.Workspace, *Index, error) {
	w := new(bespoke.Workspace)
	idx, err := DecodeIndexed(filename, data, w)
	if idx == nil {
		return nil, nil, err
	}
	return w, idx, err
}

// DecodeInto decodes a YAML file into v, a non-nil pointer (it panics on anything else, a
// mistake of the caller's), with the same strictness, limits and diagnostics as Decode: v's
// struct tags describe the format (see bespoke.Fields). The error, when there are problems in
// the file, is as Decode's.
func DecodeInto(filename string, data []byte, v any) error {
	_, err := DecodeIndexed(filename, data, v)
	return err
}

// DecodeIndexed is DecodeInto that also returns the index of where each field was written,
// for locating problems found after decoding. The index is nil when the file could not be
// parsed.
func DecodeIndexed(filename string, data []byte, v any) (*Index, error) {
	d := decode(filename, data, v)
	if len(d.diags) > 0 {
		return d.idx, &bespoke.Error{Code: bespoke.EINVALID, Message: d.diags.Error(), Err: d.diags}
	}
	return d.idx, nil
}

// decode is DecodeIndexed that returns the decoder's state: its diagnostics, sorted, the
// paths that failed and whether it stopped before the end of the file.
func decode(filename string, data []byte, v any) *decoder {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		panic(fmt.Sprintf("wsfile: DecodeInto needs a non-nil pointer, got %T", v))
	}
	d := &decoder{file: filename, active: map[*yaml.Node]bool{}, stopped: true}
	root, diag := parse(filename, data)
	switch {
	case diag != nil:
		d.diags = Diagnostics{*diag}.sorted()
	case root == nil:
		d.diags = Diagnostics{{File: filename, Line: 1, Col: 1, Message: "the file is empty" + keysHint(rv.Elem().Type())}}.sorted()
	default:
		d.stopped = false
		d.idx = newIndex(filename, Pos{root.Line, root.Column})
		d.value(root, rv.Elem(), "")
		d.diags = d.diags.sorted()
	}
	return d
}

func keysHint(t reflect.Type) string {
	if t.Kind() != reflect.Struct {
		return ""
	}
	return "; it should be a mapping with keys such as " + keyList(t, 3)
}

// Load decodes and validates a workspace file: the diagnostics of both, in the order of the
// file. today dates the warnings about deadlines that have passed. The workspace is nil when
// the file could not be parsed, and is not fit for use whenever the diagnostics hold an error.
// A validation problem about a field that already failed to decode is left out: it would only
// repeat it; and there is no validation when decoding stopped early (too many problems, or an
// alias bomb).
func Load(filename string, data []byte, today bespoke.Date) (*bespoke.Workspace, Diagnostics) {
	w := new(bespoke.Workspace)
	dec := decode(filename, data, w)
	ds := dec.diags
	if dec.idx == nil {
		return nil, ds
	}
	if dec.stopped {
		return w, ds
	}
	for _, d := range dec.idx.Locate(w.Validate(today)) {
		if !covered(dec.failed, d.Path) {
			ds = append(ds, d)
		}
	}
	return w, limit(ds.sorted())
}

// limit keeps the first MaxProblems diagnostics, saying how many more there are. The line
// that says so is an error when an error is among those not shown, else a warning: a file
// with many warnings and no error still passes.
func limit(ds Diagnostics) Diagnostics {
	if len(ds) <= MaxProblems {
		return ds
	}
	rest := ds[MaxProblems:]
	more := rest[0]
	more.Path, more.Severity = "", bespoke.SeverityWarning
	more.Message = fmt.Sprintf("%d more problems not shown", len(rest))
	if rest.HasErrors() {
		more.Severity = bespoke.SeverityError
	}
	return append(ds[:MaxProblems:MaxProblems], more)
}

// covered reports whether path is, or is inside, one of the paths that failed to decode.
func covered(failed []string, path string) bool {
	for _, f := range failed {
		if f == "" || path == f || strings.HasPrefix(path, f+".") || strings.HasPrefix(path, f+"[") {
			return true
		}
	}
	return false
}
