package value

import (
	"context"
	"encoding/json"
	"os"
	"testing"
)

func TestSmoke(t *testing.T) {
	ws := exampleWorkspace()
	ws.Assumptions.Scenarios = 100000
	v, err := New(context.Background(), ws, Options{})
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(v.Result().Jobs)
}
