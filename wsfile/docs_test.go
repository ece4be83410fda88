package wsfile

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/bespokehq/bespoke"
)

// fieldPaths returns the path of every key of the workspace format, lists marked [] (such as
// offers[].equity[].vesting.months).
func fieldPaths() []string {
	var paths []string
	var walk func(t reflect.Type, path string)
	walk = func(t reflect.Type, path string) {
		for _, f := range bespoke.Fields(t) {
			p := f.Key
			if path != "" {
				p = path + "." + f.Key
			}
			paths = append(paths, p)
			et := f.Type
			for et.Kind() == reflect.Pointer || et.Kind() == reflect.Slice {
				if et.Kind() == reflect.Slice && et.Elem().Kind() == reflect.Struct {
					p += "[]"
				}
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct && !bespoke.IsText(et) {
				walk(et, p)
			}
		}
	}
	walk(reflect.TypeFor[bespoke.Workspace](), "")
	return paths
}

// TestDocsListEveryField fails when docs/workspace.md does not mention a key of the format. The
// current job's keys below current.company and the like are documented once, under offers[].
func TestDocsListEveryField(t *testing.T) {
	doc, err := os.ReadFile("../docs/workspace.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)
	paths := fieldPaths()
	if len(paths) < 120 {
		t.Fatalf("only %d field paths", len(paths))
	}
	for _, p := range paths {
		documented := strings.Contains(text, "`"+p+"`")
		if rest, ok := strings.CutPrefix(p, "current."); ok && strings.Contains(rest, ".") {
			documented = strings.Contains(text, "`offers[]."+rest+"`")
		}
		if !documented {
			t.Errorf("docs/workspace.md does not document `%s`", p)
		}
	}
}

// TestDocsLimits checks that the limits the document states are the ones in force.
func TestDocsLimits(t *testing.T) {
	doc, err := os.ReadFile("../docs/workspace.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| File size | 1 MiB |", "| Nesting | 32 levels |", "| Alias copies | 10,000 nodes |", "| Problems | 100 |",
		"| Amounts | $1,000,000,000 |", "| Equity | $10,000,000,000 a job |", "at most 1,000,000,000 shares"} {
		if !strings.Contains(string(doc), want) {
			t.Errorf("docs/workspace.md lacks %q", want)
		}
	}
	if MaxSize != 1<<20 || MaxDepth != 32 || MaxAliasNodes != 10_000 || MaxProblems != 100 ||
		bespoke.MaxAmount != bespoke.Dollars(1_000_000_000) || bespoke.MaxEquityWorth != bespoke.Dollars(10_000_000_000) || bespoke.MaxShares != 1_000_000_000 {
		t.Error("a limit changed: update docs/workspace.md and this test")
	}
}
