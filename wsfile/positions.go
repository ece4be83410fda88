package wsfile

import (
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/bespokehq/bespoke"
)

// Pos is a place in a file: a 1-based line and column (in characters).
type Pos struct{ Line, Col int }

// Index records where each field of a decoded file was written, by its path (offers[0].cash.base),
// so that problems found later, by validation, can be located.
type Index struct {
	file    string
	root    Pos
	pos     map[string]Pos
	written map[string]bool
	scalars map[string][]*yaml.Node // the items of lists of single values, by the list's path
}

func newIndex(file string, root Pos) *Index {
	return &Index{file: file, root: root, pos: map[string]Pos{}, written: map[string]bool{}, scalars: map[string][]*yaml.Node{}}
}

// File returns the name of the file, as given to the decoder.
func (x *Index) File() string { return x.file }

// Has reports whether the field at path was written with a value (not left out, not empty).
func (x *Index) Has(path string) bool {
	_, isItem := x.item(path)
	return x.written[path] || isItem
}

// Pos returns where the field at path was written: its value when that is a single value,
// else its key, else (for a field that was left out) the nearest enclosing field that was
// written, and at last the top of the document.
func (x *Index) Pos(path string) Pos {
	for {
		if p, ok := x.pos[path]; ok {
			return p
		}
		if n, ok := x.item(path); ok {
			return Pos{n.Line, n.Column}
		}
		if path == "" {
			return x.root
		}
		path = parent(path)
	}
}

// Locate places validation problems in the file.
func (x *Index) Locate(ps bespoke.Problems) Diagnostics {
	ds := make(Diagnostics, len(ps))
	for i, p := range ps {
		pos := x.Pos(p.Path)
		ds[i] = Diagnostic{File: x.file, Line: pos.Line, Col: pos.Col, Path: p.Path, Message: p.Message, Severity: p.Severity}
	}
	return ds
}

func (x *Index) add(path string, pos Pos, written bool) {
	x.pos[path] = pos
	if written {
		x.written[path] = true
	}
}

// item returns the node of path when it is an element of a list of single values, which are
// kept by their list rather than one by one: a list of 100,000 numbers costs one entry.
func (x *Index) item(path string) (*yaml.Node, bool) {
	open := strings.LastIndexByte(path, '[')
	if open < 0 || !strings.HasSuffix(path, "]") {
		return nil, false
	}
	items, ok := x.scalars[path[:open]]
	i, err := strconv.Atoi(path[open+1 : len(path)-1])
	if !ok || err != nil || i < 0 || i >= len(items) {
		return nil, false
	}
	return items[i], true
}

// parent returns the path of the field that holds path: offers[0] for offers[0].cash, offers
// for offers[0], "" for offers.
func parent(path string) string {
	if strings.HasSuffix(path, "]") {
		if i := strings.LastIndexByte(path, '['); i >= 0 {
			return path[:i]
		}
	}
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[:i]
	}
	return ""
}

func joinKey(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
