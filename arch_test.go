package bespoke_test

import (
	"bufio"
	"bytes"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/bespokehq/bespoke"

// adapters are the packages named after a technology: only the command wires them.
var adapters = []string{"wsfile", "genius", "table"}

// TestImportRules keeps the layering of STYLE.md: the root package is the domain and imports
// only the standard library; engines and adapters never import an adapter or the command;
// adapters never import each other. Only cmd/bespoke meets every concrete package.
func TestImportRules(t *testing.T) {
	for pkg, imports := range moduleImports(t) {
		rel := strings.TrimPrefix(strings.TrimPrefix(pkg, module), "/")
		for _, imp := range imports {
			if msg := violation(rel, imp); msg != "" {
				t.Errorf("%s imports %s: %s", pkg, imp, msg)
			}
		}
	}
}

func violation(pkg, imp string) string {
	internal := strings.HasPrefix(imp, module)
	dep := strings.TrimPrefix(strings.TrimPrefix(imp, module), "/")
	switch {
	case pkg == "" && !isStd(imp):
		return "the domain package imports only the standard library"
	case strings.HasPrefix(pkg, "cmd/"):
		return ""
	case internal && strings.HasPrefix(dep, "cmd/"):
		return "only the command may be imported by nothing"
	case internal && slices.Contains(adapters, dep):
		return "adapters are wired by cmd/bespoke only"
	}
	return ""
}

func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// moduleImports returns the direct imports of every non-test package of the module.
func moduleImports(t *testing.T) map[string][]string {
	t.Helper()
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", module+"/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	m := map[string][]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) > 0 {
			m[f[0]] = f[1:]
		}
	}
	if len(m) < 3 {
		t.Fatalf("go list found only %d packages", len(m))
	}
	return m
}

func TestViolation(t *testing.T) {
	tests := []struct {
		pkg, imp string
		bad      bool
	}{
		{"", "time", false},
		{"", module + "/vest", true},
		{"", "go.yaml.in/yaml/v3", true},
		{"vest", module, false},
		{"project", module + "/vest", false},
		{"project", module + "/table", true},
		{"wsfile", module + "/genius", true},
		{"genius", module + "/frontier", false},
		{"cmd/bespoke", module + "/wsfile", false},
		{"value", module + "/cmd/bespoke", true},
	}
	for _, tt := range tests {
		if got := violation(tt.pkg, tt.imp) != ""; got != tt.bad {
			t.Errorf("violation(%q, %q) = %v, want %v", tt.pkg, tt.imp, got, tt.bad)
		}
	}
}
