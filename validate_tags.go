package bespoke

import (
	"fmt"
	"math"
	"reflect"
	"slices"
)

// tags checks every field under v against its tags: a required field must not be empty, an
// enumerated field must hold one of its values, and a number must lie within min and max.
func (c *checker) tags(v any, path string) {
	c.tagsValue(reflect.ValueOf(v), path)
}

func (c *checker) tagsValue(v reflect.Value, path string) {
	switch {
	case IsText(v.Type()):
		return
	case v.Kind() == reflect.Pointer:
		if !v.IsNil() {
			c.tagsValue(v.Elem(), path)
		}
	case v.Kind() == reflect.Struct:
		for _, f := range Fields(v.Type()) {
			fv := v.FieldByIndex(f.Index)
			p := joinKey(path, f.Key)
			c.field(f, fv, p)
			c.tagsValue(fv, p)
		}
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Struct:
		for i := range v.Len() { // elements of other kinds have no tags of their own
			c.tagsValue(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	}
}

// field checks one field's own value against its tags.
func (c *checker) field(f Field, v reflect.Value, path string) {
	if f.Required && isEmpty(v) {
		c.errorf(path, "is required")
		return
	}
	if vals, ok := EnumValues(v.Type()); ok {
		if s := v.String(); !slices.Contains(vals, s) {
			c.errorf(path, "expected %s, got %s%s", Describe(v.Type()), quote(s), didYouMean(s, vals))
		}
		return
	}
	x, ok := number(v)
	switch {
	case !ok:
	case math.IsNaN(x) || math.IsInf(x, 0):
		c.errorf(path, "must be a finite number")
	case f.HasMin && x < f.Min:
		c.errorf(path, "must be at least %s, got %s", num(f.Min), num(x))
	case f.HasMax && x > f.Max:
		c.errorf(path, "must be at most %s, got %s", num(f.Max), num(x))
	case v.Type() == reflect.TypeFor[Money]() && x > MaxAmount.Float():
		c.errorf(path, "must be at most %s, got %s", num(MaxAmount.Float()), num(x))
	case v.Type() == reflect.TypeFor[Money]() && x < -MaxAmount.Float():
		c.errorf(path, "must be at least %s, got %s", num(-MaxAmount.Float()), num(x))
	}
}

// isEmpty reports whether a required value was left empty: text or a date. (A required list
// may be empty; the rules that need an element say so themselves.)
func isEmpty(v reflect.Value) bool {
	if v.Kind() == reflect.String {
		return v.Len() == 0
	}
	if d, ok := v.Interface().(Date); ok {
		return d.IsZero()
	}
	return false
}

// number returns v as a number of the unit its min and max tags are written in: dollars for
// Money and Price.
func number(v reflect.Value) (float64, bool) {
	switch x := v.Interface().(type) {
	case Money:
		return x.Float(), true
	case Price:
		return x.Float(), true
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(v.Int()), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return float64(v.Uint()), true
	case reflect.Float32, reflect.Float64:
		return v.Float(), true
	}
	return 0, false
}
