package wsfile

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// FuzzDecode feeds the decoder arbitrary bytes, starting from the example, the minimal
// workspace and the malformed corpus. It must never panic, every diagnostic must have a place
// and a message, they must come in the order of the file, and a workspace it accepts must
// validate clean on its own.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(minimal))
	f.Add(Starter("workspace.yaml", today))
	seeds, _ := filepath.Glob("testdata/malformed/*.yaml")
	seeds = append(seeds, "../examples/workspace.yaml")
	for _, name := range seeds {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		w, ds := Load("f.yaml", data, today)
		for _, d := range ds {
			if d.Line < 1 || d.Message == "" || d.File != "f.yaml" {
				t.Fatalf("bad diagnostic %#v", d)
			}
		}
		less := func(a, b Diagnostic) int { return a.Line*1_000_000 + a.Col - (b.Line*1_000_000 + b.Col) }
		if !slices.IsSortedFunc(ds, less) {
			t.Fatalf("diagnostics out of order: %v", ds)
		}
		if !ds.HasErrors() {
			if w == nil {
				t.Fatal("no error and no workspace")
			}
			if ps := w.Validate(today); ps.HasErrors() {
				t.Fatalf("accepted a workspace with problems: %v", ps)
			}
		}
	})
}
