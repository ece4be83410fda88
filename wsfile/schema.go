package wsfile

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"

	"github.com/bespokehq/bespoke"
)

// SchemaURI is the JSON Schema dialect of the generated schemas.
const SchemaURI = "https://json-schema.org/draft/2020-12/schema"

// Schema returns the JSON Schema of the workspace file, indented, with a final newline.
func Schema() []byte {
	return SchemaFor(reflect.TypeFor[bespoke.Workspace](), "bespoke workspace",
		"One negotiation: the candidate, the current job, the offers, the assumptions behind every projection, the asks and the rounds so far.")
}

// SchemaFor returns the JSON Schema (draft 2020-12) of a file decoded into struct type t, from
// its struct tags as the decoder reads them: every key with its type, description (doc),
// default, bounds (min, max) and allowed values (Values), the required keys, and no key
// besides. Each struct and enumerated type is described once, under $defs.
func SchemaFor(t reflect.Type, title, description string) []byte {
	g := &schemaGen{defs: obj{}}
	root := obj{
		{"$schema", SchemaURI},
		{"title", title},
		{"description", description},
	}
	root = append(root, g.object(t)...)
	root = append(root, member{"$defs", g.defs})
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(root); err != nil {
		panic("wsfile: schema does not encode: " + err.Error()) // obj holds only encodable values
	}
	return b.Bytes()
}

// obj is a JSON object that keeps its members in order.
type obj []member

type member struct {
	key string
	val any
}

// MarshalJSON writes the members in order.
func (o obj) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(m.key)
		v, err := json.Marshal(m.val)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func (o obj) get(key string) (any, bool) {
	for _, m := range o {
		if m.key == key {
			return m.val, true
		}
	}
	return nil, false
}

type schemaGen struct{ defs obj }

// object describes struct type t: its properties, required keys and no others.
func (g *schemaGen) object(t reflect.Type) obj {
	props := obj{}
	var required []string
	for _, f := range bespoke.Fields(t) {
		props = append(props, member{f.Key, g.property(f)})
		if f.Required {
			required = append(required, f.Key)
		}
	}
	o := obj{{"type", "object"}, {"properties", props}}
	if len(required) > 0 {
		o = append(o, member{"required", required})
	}
	return append(o, member{"additionalProperties", false})
}

// property describes one field: its type, then what its tags add.
func (g *schemaGen) property(f bespoke.Field) obj {
	p := g.typ(f.Type)
	if f.Doc != "" {
		p = append(p, member{"description", f.Doc})
	}
	if f.Default != "" {
		p = append(p, member{"default", defaultValue(f)})
	}
	if f.HasMin {
		p = append(p, member{"minimum", f.Min})
	}
	if f.HasMax {
		p = append(p, member{"maximum", f.Max})
	}
	return p
}

// typ describes a type: inline for numbers, text and dates, by reference for structs and
// enumerated types.
func (g *schemaGen) typ(t reflect.Type) obj {
	switch t {
	case reflect.TypeFor[bespoke.Money](), reflect.TypeFor[bespoke.Price]():
		return obj{{"type", "number"}}
	case reflect.TypeFor[bespoke.Date]():
		return obj{{"type", "string"}, {"format", "date"}, {"pattern", `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`}}
	case reflect.TypeFor[bespoke.Scalar]():
		return obj{{"type", []string{"string", "number", "boolean"}}}
	}
	if vals, ok := bespoke.EnumValues(t); ok {
		return g.ref(t, func() obj { return obj{{"type", "string"}, {"enum", vals}} })
	}
	switch t.Kind() {
	case reflect.Pointer:
		return g.typ(t.Elem())
	case reflect.Struct:
		return g.ref(t, func() obj { return g.object(t) })
	case reflect.Slice, reflect.Array:
		return obj{{"type", "array"}, {"items", g.typ(t.Elem())}}
	case reflect.Map:
		return obj{{"type", "object"}, {"additionalProperties", g.typ(t.Elem())}}
	case reflect.Bool:
		return obj{{"type", "boolean"}}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return obj{{"type", "integer"}}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return obj{{"type", "integer"}, {"minimum", 0}}
	case reflect.Float32, reflect.Float64:
		return obj{{"type", "number"}}
	}
	return obj{{"type", "string"}}
}

// ref adds the definition of t under $defs, once, and refers to it.
func (g *schemaGen) ref(t reflect.Type, def func() obj) obj {
	name := t.Name()
	if _, ok := g.defs.get(name); !ok {
		g.defs = append(g.defs, member{name, nil}) // reserve the name first: types may nest
		d := def()
		for i := range g.defs {
			if g.defs[i].key == name {
				g.defs[i].val = d
			}
		}
	}
	return obj{{"$ref", "#/$defs/" + name}}
}

// defaultValue returns a field's default tag as the JSON value of the field's type.
func defaultValue(f bespoke.Field) any {
	v := reflect.New(f.Type).Elem()
	if bespoke.ParseInto(v, f.Default) != nil {
		return f.Default // a bad default tag is reported by the decoder's tests
	}
	if _, ok := bespoke.EnumValues(f.Type); ok || f.Type.Kind() == reflect.String {
		return f.Default
	}
	b, err := json.Marshal(v.Interface())
	if err != nil {
		return f.Default
	}
	return json.RawMessage(strings.TrimSpace(string(b)))
}
