package tax

import (
	"strings"
	"testing"
)

type testParams struct {
	Rate  Sourced[float64] `json:"rate"`
	Group struct {
		Limit Sourced[int64] `json:"limit"`
	} `json:"group"`
}

func TestDecodeParams(t *testing.T) {
	tests := []struct {
		name, json, wantErr string
	}{
		{"complete", `{"rate":{"value":0.1,"source":"IRC §1"},"group":{"limit":{"value":5,"source":"Rev. Proc. 2024-40 §3.01"}}}`, ""},
		{"missing source", `{"rate":{"value":0.1,"source":""},"group":{"limit":{"value":5,"source":"x"}}}`, "without a source: rate"},
		{"absent parameter", `{"rate":{"value":0.1,"source":"x"}}`, "without a source: group.limit"},
		{"unknown key", `{"rate":{"value":0.1,"source":"x","note":1}}`, "unknown field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p testParams
			err := decodeParams("x.json", []byte(tt.json), &p)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("error = %v, want it to contain %q", err, tt.wantErr)
			}
		})
	}
}
