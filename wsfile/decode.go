package wsfile

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/bespokehq/bespoke"
)

// decoder maps a YAML node tree onto Go values, collecting problems as it goes.
type decoder struct {
	file       string
	idx        *Index
	diags      Diagnostics
	failed     []string            // paths of values that failed to decode or are missing
	active     map[*yaml.Node]bool // anchors being expanded, to refuse an alias inside itself
	aliasDepth int                 // how many aliases the current node is reached through
	origin     *yaml.Node          // the outermost alias or merge key being expanded
	originPath string              // the path of the value origin expands into
	copied     int                 // nodes visited through aliases and merge keys
	stopped    bool                // too many problems, or too much aliasing: stop decoding
}

// defaulter is implemented by types whose defaults depend on other fields.
type defaulter interface {
	Defaults(present func(key string) bool)
}

// fail records a problem with the value at path itself: validation problems at or under path
// are then consequences of it.
func (d *decoder) fail(n *yaml.Node, path, format string, args ...any) {
	d.failed = append(d.failed, path)
	d.errorf(n, path, format, args...)
}

func (d *decoder) errorf(n *yaml.Node, path, format string, args ...any) {
	d.errorAt(Pos{n.Line, n.Column}, path, fmt.Sprintf(format, args...))
}

func (d *decoder) errorAt(pos Pos, path, msg string) {
	if d.stopped {
		return
	}
	if len(d.diags) == MaxProblems {
		d.diags = append(d.diags, Diagnostic{File: d.file, Line: pos.Line, Col: pos.Col,
			Message: fmt.Sprintf("more than %d problems; stopping here", MaxProblems)})
		d.stopped = true
		return
	}
	d.diags = append(d.diags, Diagnostic{File: d.file, Line: pos.Line, Col: pos.Col, Path: path, Message: msg})
}

// value decodes node n into v.
func (d *decoder) value(n *yaml.Node, v reflect.Value, path string) {
	if d.stopped {
		return
	}
	if n.Kind == yaml.AliasNode {
		d.alias(n, v, path)
		return
	}
	if d.aliasDepth > 0 && !d.copy(1) {
		return
	}
	if n.Anchor != "" && !d.active[n] {
		d.active[n] = true // an alias inside its own anchor refers to itself
		defer delete(d.active, n)
	}
	t := v.Type()
	switch {
	case isNull(n):
		d.fail(n, path, "expected %s, got nothing", bespoke.Describe(t))
	case bespoke.IsText(t) || isScalarKind(t.Kind()):
		d.scalar(n, v, path)
	case t.Kind() == reflect.Pointer:
		p := reflect.New(t.Elem())
		d.value(n, p.Elem(), path)
		v.Set(p)
	case t.Kind() == reflect.Struct:
		d.structure(n, v, path)
	case t.Kind() == reflect.Slice:
		d.list(n, v, path)
	case t.Kind() == reflect.Map && t.Key().Kind() == reflect.String:
		d.mapping(n, v, path)
	default:
		d.errorf(n, path, "wsfile cannot decode into a Go %s", t)
	}
}

// alias decodes what alias n refers to, within the budget of copied nodes.
func (d *decoder) alias(n *yaml.Node, v reflect.Value, path string) {
	target := n.Alias
	if d.active[target] {
		d.fail(n, path, "alias *%s is inside its own anchor", n.Value)
		return
	}
	defer d.expanding(n, path)()
	d.active[target] = true
	d.aliasDepth++
	d.value(target, v, path)
	d.aliasDepth--
	delete(d.active, target)
}

// expanding records n, expanding into the value at path, as the origin of an expansion, when
// it is the outermost one, and returns the function that ends it.
func (d *decoder) expanding(n *yaml.Node, path string) func() {
	if d.origin != nil {
		return func() {}
	}
	d.origin, d.originPath = n, path
	return func() { d.origin, d.originPath = nil, "" }
}

// copy counts k nodes copied through an alias or a merge key, and stops decoding at the first
// node over MaxAliasNodes, reporting it at the outermost alias or merge key of the expansion.
func (d *decoder) copy(k int) bool {
	d.copied += k
	if d.copied <= MaxAliasNodes {
		return true
	}
	if !d.stopped {
		d.errorf(d.origin, d.originPath, "aliases and merge keys here copy more than %d nodes; an alias bomb is refused", MaxAliasNodes)
		d.stopped = true
	}
	return false
}

func (d *decoder) scalar(n *yaml.Node, v reflect.Value, path string) {
	t := v.Type()
	if n.Kind != yaml.ScalarNode {
		d.fail(n, path, "expected %s, got %s", bespoke.Describe(t), kindName(n))
		return
	}
	s := n.Value
	if n.Style == 0 && (n.Tag == "!!int" || n.Tag == "!!float") && isNumeric(t) {
		s = strings.ReplaceAll(s, "_", "") // YAML allows 1_000_000
	}
	if err := bespoke.ParseInto(v, s); err != nil {
		d.fail(n, path, "%s", bespoke.ErrorMessage(err))
	}
}

// list decodes a sequence into a slice.
func (d *decoder) list(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.SequenceNode {
		d.fail(n, path, "expected a list, got %s", kindName(n))
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	et := v.Type().Elem()
	single := bespoke.IsText(et) || isScalarKind(et.Kind())
	if single {
		d.idx.scalars[path] = n.Content
	}
	for i, item := range n.Content {
		p := path + "[" + strconv.Itoa(i) + "]"
		if !single {
			d.idx.add(p, Pos{item.Line, item.Column}, true)
		}
		d.value(item, s.Index(i), p)
	}
	v.Set(s)
}

// mapping decodes a mapping into a map with string keys.
func (d *decoder) mapping(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.fail(n, path, "expected a mapping, got %s", kindName(n))
		return
	}
	m := reflect.MakeMap(v.Type())
	for _, e := range d.entries(n, path) {
		p := joinKey(path, e.key.Value)
		d.idx.add(p, e.pos(), !isNull(e.val))
		elem := reflect.New(v.Type().Elem()).Elem()
		if !isNull(e.val) {
			d.value(e.val, elem, p)
		}
		m.SetMapIndex(reflect.ValueOf(e.key.Value).Convert(v.Type().Key()), elem)
	}
	v.Set(m)
}

// quote quotes s for a message, shortened to 40 characters.
func quote(s string) string {
	if r := []rune(s); len(r) > 40 {
		return strconv.Quote(string(r[:40])) + "..."
	}
	return strconv.Quote(s)
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null" || n.Kind == 0
}

func isScalarKind(k reflect.Kind) bool {
	switch k {
	case reflect.String, reflect.Bool, reflect.Float32, reflect.Float64,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return true
	}
	return false
}

func isNumeric(t reflect.Type) bool {
	return t == reflect.TypeFor[bespoke.Money]() || t == reflect.TypeFor[bespoke.Price]() ||
		!bespoke.IsText(t) && t.Kind() != reflect.String && t.Kind() != reflect.Bool && isScalarKind(t.Kind())
}

// kindName names what a node holds, for "expected X, got Y".
func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	if isNull(n) {
		return "nothing"
	}
	return quote(n.Value)
}
