package tax

import (
	"io/fs"
	"os"
	"strings"
	"testing"
)

// TestDocsNameEveryParameterFile keeps the hand-kept sources table of docs/tax.md complete:
// every embedded parameter file must appear in it by path.
func TestDocsNameEveryParameterFile(t *testing.T) {
	doc, err := os.ReadFile("../docs/tax.md")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, fsys := range []fs.FS{federalFiles, stateFiles} {
		err := fs.WalkDir(fsys, "params", func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(name, ".json") {
				return err
			}
			n++
			if !strings.Contains(string(doc), "tax/"+name) {
				t.Errorf("docs/tax.md does not name tax/%s in its sources table", name)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n < 14 {
		t.Errorf("found %d parameter files, want at least 14", n)
	}
}
