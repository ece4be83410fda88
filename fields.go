package bespoke

import (
	"encoding"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// Field is one key of a file format described by struct tags (see the comment on Workspace):
// what the yaml, json, doc, default, required, min and max tags of one struct field say.
type Field struct {
	Key      string       // the yaml key
	JSONKey  string       // the json key
	Doc      string       // one sentence describing the key
	Default  string       // the value taken when the key is absent, as written in the tag; "" for none
	Required bool         // whether the key must be present
	Min, Max float64      // inclusive bounds, when HasMin and HasMax
	HasMin   bool         // whether Min is set
	HasMax   bool         // whether Max is set
	Index    []int        // the field's index sequence, for reflect.Value.FieldByIndex
	Type     reflect.Type // the field's type
}

var fieldCache sync.Map // reflect.Type → []Field

// Fields returns the keys of struct type t in declaration order. The keys of an embedded struct
// tagged yaml:",inline" take its place; unexported fields and fields tagged yaml:"-" are left
// out; an exported field without a yaml tag takes its lower-cased name. A malformed min or max
// tag is a programming error and panics, so that the first test to touch the type finds it.
func Fields(t reflect.Type) []Field {
	if f, ok := fieldCache.Load(t); ok {
		return f.([]Field)
	}
	fs := appendFields(nil, t, nil)
	fieldCache.Store(t, fs)
	return fs
}

func appendFields(fs []Field, t reflect.Type, index []int) []Field {
	for i := range t.NumField() {
		sf := t.Field(i)
		key, opts, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
		idx := append(append([]int(nil), index...), i)
		switch {
		case !sf.IsExported() || key == "-":
			continue
		case opts == "inline" && sf.Type.Kind() == reflect.Struct:
			fs = appendFields(fs, sf.Type, idx)
			continue
		case key == "":
			key = strings.ToLower(sf.Name)
		}
		fs = append(fs, newField(sf, key, idx))
	}
	return fs
}

func newField(sf reflect.StructField, key string, idx []int) Field {
	jsonKey, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
	if jsonKey == "" {
		jsonKey = key
	}
	f := Field{
		Key:      key,
		JSONKey:  jsonKey,
		Doc:      sf.Tag.Get("doc"),
		Default:  sf.Tag.Get("default"),
		Required: sf.Tag.Get("required") == "true",
		Index:    idx,
		Type:     sf.Type,
	}
	f.Min, f.HasMin = bound(sf, "min")
	f.Max, f.HasMax = bound(sf, "max")
	return f
}

func bound(sf reflect.StructField, tag string) (float64, bool) {
	s, ok := sf.Tag.Lookup(tag)
	if !ok {
		return 0, false
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic("bespoke: field " + sf.Name + ": bad " + tag + " tag " + strconv.Quote(s))
	}
	return x, true
}

// FieldByKey returns the field of struct type t whose yaml key is key.
func FieldByKey(t reflect.Type, key string) (Field, bool) {
	for _, f := range Fields(t) {
		if f.Key == key {
			return f, true
		}
	}
	return Field{}, false
}

// Keys returns the yaml keys of struct type t, in declaration order.
func Keys(t reflect.Type) []string {
	fs := Fields(t)
	keys := make([]string, len(fs))
	for i, f := range fs {
		keys[i] = f.Key
	}
	return keys
}

// Enum is implemented by the enumerated types of the workspace: Values lists the allowed
// values.
type Enum interface{ Values() []string }

// EnumValues returns the allowed values of t when t is a string type with a Values method.
func EnumValues(t reflect.Type) ([]string, bool) {
	if t.Kind() != reflect.String || !t.Implements(reflect.TypeFor[Enum]()) {
		return nil, false
	}
	return reflect.Zero(t).Interface().(Enum).Values(), true
}

// IsText reports whether values of t are written as one piece of text that the type parses
// itself (Money, Price, Date, Scalar): *t implements encoding.TextUnmarshaler.
func IsText(t reflect.Type) bool {
	return reflect.PointerTo(t).Implements(reflect.TypeFor[encoding.TextUnmarshaler]())
}
