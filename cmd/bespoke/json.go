package main

import (
	"bytes"
	"encoding/json"
)

// jsonMarshalIndent marshals v with two-space indentation and without escaping <, > and &,
// which are common in notes and harmless on a terminal.
func jsonMarshalIndent(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}
