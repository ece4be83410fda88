package bespoke

import (
	"reflect"
	"slices"
	"testing"
)

// TestTagsAreWellFormed walks every type of the workspace and checks what its tags promise:
// each default parses as its field's type and lies within its bounds, bounds are ordered,
// required fields have no default, and every field has a doc sentence.
func TestTagsAreWellFormed(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type, string)
	walk = func(typ reflect.Type, path string) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || IsText(typ) || seen[typ] {
			return
		}
		seen[typ] = true
		for _, f := range Fields(typ) {
			p := joinKey(path, f.Key)
			checkField(t, f, p)
			walk(f.Type, p)
		}
	}
	walk(reflect.TypeFor[Workspace](), "")
	if len(seen) < 20 {
		t.Errorf("walked only %d struct types", len(seen))
	}
}

func checkField(t *testing.T, f Field, path string) {
	t.Helper()
	if f.Doc == "" {
		t.Errorf("%s has no doc tag", path)
	}
	if f.HasMin && f.HasMax && f.Min > f.Max {
		t.Errorf("%s: min %v > max %v", path, f.Min, f.Max)
	}
	if f.Default == "" {
		return
	}
	if f.Required {
		t.Errorf("%s is required and has a default", path)
	}
	v := reflect.New(f.Type).Elem()
	if err := ParseInto(v, f.Default); err != nil {
		t.Errorf("%s: default %q: %v", path, f.Default, err)
		return
	}
	if x, ok := number(v); ok && (f.HasMin && x < f.Min || f.HasMax && x > f.Max) {
		t.Errorf("%s: default %s is out of bounds", path, f.Default)
	}
}

func TestFieldsInline(t *testing.T) {
	got := Keys(reflect.TypeFor[Offer]())
	want := []string{"id", "company", "role", "cash", "equity", "terms", "start_date", "deadline"}
	if !slices.Equal(got, want) {
		t.Errorf("Offer keys = %v, want %v", got, want)
	}
	f, ok := FieldByKey(reflect.TypeFor[Offer](), "cash")
	if !ok || !slices.Equal(f.Index, []int{1, 2}) || f.Type != reflect.TypeFor[Cash]() || !f.Required {
		t.Errorf("Offer.cash = %+v", f)
	}
	f, _ = FieldByKey(reflect.TypeFor[Assumptions](), "inflation")
	if !f.HasMin || f.Min != -0.05 || f.Max != 0.5 || f.Default != "0.025" || f.JSONKey != "inflation" {
		t.Errorf("Assumptions.inflation = %+v", f)
	}
}

func TestFieldsOfUntaggedStruct(t *testing.T) {
	type inner struct{ A int }
	type s struct {
		Name   string
		hidden int
		Skip   int `yaml:"-"`
		inner  `yaml:",inline"`
	}
	_ = s{}.hidden
	if got := Keys(reflect.TypeFor[s]()); !slices.Equal(got, []string{"name"}) {
		t.Errorf("keys = %v", got)
	}
}
