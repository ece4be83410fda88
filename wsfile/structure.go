package wsfile

import (
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/bespokehq/bespoke"
)

// entry is one key and its value in a mapping.
type entry struct{ key, val *yaml.Node }

// pos is where a problem with the entry is shown: at a single value, else at the key.
func (e entry) pos() Pos {
	if e.val.Kind == yaml.ScalarNode && !isNull(e.val) || e.val.Kind == yaml.AliasNode {
		return Pos{e.val.Line, e.val.Column}
	}
	return Pos{e.key.Line, e.key.Column}
}

// structure decodes a mapping into a struct: known keys into their fields, absent keys from
// their defaults, then the struct's Defaults hook.
func (d *decoder) structure(n *yaml.Node, v reflect.Value, path string) {
	t := v.Type()
	if n.Kind != yaml.MappingNode {
		d.fail(n, path, "expected a mapping with keys such as %s, got %s", keyList(t, 3), kindName(n))
		return
	}
	for _, e := range d.entries(n, path) {
		f, ok := bespoke.FieldByKey(t, e.key.Value)
		p := joinKey(path, e.key.Value)
		if !ok {
			d.unknownKey(e.key, p, t)
			continue
		}
		d.idx.add(p, e.pos(), !isNull(e.val))
		if !isNull(e.val) {
			d.value(e.val, v.FieldByIndex(f.Index), p)
		}
	}
	d.absent(v, path)
}

// absent fills the fields of struct v that were not written: a required one is a problem, one
// with a default tag takes it, a struct is filled the same way; then the hook runs.
func (d *decoder) absent(v reflect.Value, path string) {
	for _, f := range bespoke.Fields(v.Type()) {
		p := joinKey(path, f.Key)
		if d.idx.Has(p) {
			continue
		}
		fv := v.FieldByIndex(f.Index)
		switch {
		case f.Required:
			d.failed = append(d.failed, p)
			d.errorAt(d.idx.Pos(p), p, "is required"+describeRequired(f.Type))
		case f.Default != "":
			if err := bespoke.ParseInto(fv, f.Default); err != nil {
				d.errorAt(d.idx.Pos(p), p, "the default "+f.Default+" does not parse: "+bespoke.ErrorMessage(err))
			}
		case f.Type.Kind() == reflect.Struct && !bespoke.IsText(f.Type):
			d.absent(fv, p)
		}
	}
	if h, ok := v.Addr().Interface().(defaulter); ok {
		h.Defaults(func(key string) bool { return d.idx.Has(joinKey(path, key)) })
	}
}

func describeRequired(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Struct, reflect.Slice, reflect.Map, reflect.Pointer:
		if !bespoke.IsText(t) {
			return ""
		}
	}
	return " (" + bespoke.Describe(t) + ")"
}

func (d *decoder) unknownKey(k *yaml.Node, path string, t reflect.Type) {
	keys := bespoke.Keys(t)
	if c, ok := bespoke.Closest(k.Value, keys); ok {
		d.errorf(k, path, "unknown key; did you mean %s?", c)
		return
	}
	d.errorf(k, path, "unknown key; the keys here are %s", strings.Join(keys, ", "))
}

// keyList returns the first n keys of t, for a message.
func keyList(t reflect.Type, n int) string {
	keys := bespoke.Keys(t)
	if len(keys) > n {
		keys = keys[:n]
	}
	return strings.Join(keys, ", ")
}

// entries returns a mapping's keys and values, refusing keys that are not text and duplicate
// keys, and adding the keys of merged mappings (<<) that are not written beside them.
func (d *decoder) entries(n *yaml.Node, path string) []entry {
	var own, merged []entry
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		switch {
		case k.Kind == yaml.ScalarNode && k.Tag == "!!merge":
			end := d.expanding(k, path)
			merged = append(merged, d.merge(val, path)...)
			end()
		case k.Kind != yaml.ScalarNode || isNull(k):
			d.errorf(k, path, "a key must be plain text, not %s", kindName(k))
		case seen[k.Value] != nil:
			d.errorf(k, joinKey(path, k.Value), "duplicate key (first at line %d)", seen[k.Value].Line)
		default:
			seen[k.Value] = k
			own = append(own, entry{k, val})
		}
	}
	for _, e := range merged {
		if seen[e.key.Value] == nil {
			seen[e.key.Value] = e.key
			own = append(own, e)
		}
	}
	return own
}

// merge returns the entries of the mapping, or the list of mappings, that a merge key names;
// an earlier mapping's keys win over a later one's.
func (d *decoder) merge(n *yaml.Node, path string) []entry {
	target := n
	if n.Kind == yaml.AliasNode {
		if d.active[n.Alias] {
			d.errorf(n, path, "alias *%s is inside its own anchor", n.Value)
			return nil
		}
		target = n.Alias
	}
	if !d.copy(len(target.Content) + 1) {
		return nil
	}
	switch target.Kind {
	case yaml.MappingNode:
		d.active[target] = true
		defer delete(d.active, target)
		return d.entries(target, path)
	case yaml.SequenceNode:
		if n.Kind == yaml.AliasNode {
			break // the list itself must be written at the merge key
		}
		var out []entry
		for _, item := range target.Content {
			if item.Kind != yaml.AliasNode && item.Kind != yaml.MappingNode {
				d.errorf(item, path, "a merge key (<<) takes a mapping or a list of mappings, not %s", kindName(item))
				continue
			}
			out = append(out, d.merge(item, path)...)
		}
		return out
	}
	d.errorf(n, path, "a merge key (<<) takes a mapping or a list of mappings, not %s", kindName(target))
	return nil
}
