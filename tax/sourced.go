package tax

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

// Sourced is one parameter of the law with the publication and section it comes from. Every
// parameter file is a JSON object whose leaves are Sourced values:
//
//	"standard_deduction": {"value": {"single": 15750, "married_joint": 31500},
//	                       "source": "Rev. Proc. 2024-40 §3.14, as amended by P.L. 119-21 §70102"}
type Sourced[T any] struct {
	Value  T      `json:"value"`
	Source string `json:"source"`
}

// sourceless is implemented by Sourced so that checkSources can find every parameter.
type sourceless interface{ sourceText() string }

func (s Sourced[T]) sourceText() string { return s.Source }

// decodeParams decodes a parameter file strictly (unknown keys are errors) into v, a pointer to
// a struct whose fields are Sourced values or structs of them, and checks that every parameter
// is present with a source. name is the file's name for error messages.
func decodeParams(name string, data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if missing := checkSources(reflect.ValueOf(v).Elem(), ""); len(missing) > 0 {
		return fmt.Errorf("%s: parameters without a source: %s", name, strings.Join(missing, ", "))
	}
	return nil
}

// checkSources returns the JSON paths of the Sourced fields under v whose source is empty. A nil
// pointer is a part of the law the file leaves out (an optional block), not a missing source.
func checkSources(v reflect.Value, path string) []string {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	if s, ok := v.Interface().(sourceless); ok {
		if strings.TrimSpace(s.sourceText()) == "" {
			return []string{strings.TrimPrefix(path, ".")}
		}
		return nil
	}
	if v.Kind() == reflect.Slice {
		var missing []string
		for i := range v.Len() {
			missing = append(missing, checkSources(v.Index(i), fmt.Sprintf("%s[%d]", path, i))...)
		}
		return missing
	}
	if v.Kind() != reflect.Struct {
		return nil
	}
	var missing []string
	for i := 0; i < v.NumField(); i++ {
		f := v.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		key, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if key == "" {
			key = f.Name
		}
		missing = append(missing, checkSources(v.Field(i), path+"."+key)...)
	}
	return missing
}
