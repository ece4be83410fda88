package main

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/bespokehq/bespoke/tax"
)

// TestTaxHelpListsEveryField keeps the help, the flags and the decoder in step with the tax
// engine's Return: --help lists exactly the fields the decoder accepts, each has its flag, and
// every amount of tax.Return is one of them.
func TestTaxHelpListsEveryField(t *testing.T) {
	stdout, stderr, code := runMain(t, "", "tax", "--help")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	listed := helpFieldNames(t, stdout)
	if !slices.Equal(listed, inputFieldNames()) {
		t.Errorf("--help lists %v\n the decoder takes %v", listed, inputFieldNames())
	}
	for _, fl := range taxFields {
		if _, err := decodeTaxInput([]byte(`{"` + fl.name + `": null}`)); err != nil {
			t.Errorf("%s: listed but refused: %v", fl.name, err)
		}
		if !strings.Contains(stdout, "--"+fl.flag+" ") {
			t.Errorf("%s: no --%s flag in the help", fl.name, fl.flag)
		}
	}
	var r tax.Return
	amounts := returnAmounts(&r)
	for _, p := range returnInt64Fields(reflect.ValueOf(&r).Elem()) {
		if !slices.Contains(amounts[:], p) {
			t.Errorf("an int64 field of tax.Return at %p is not an input field", p)
		}
	}
}

// helpFieldNames returns the names the help's "Input fields" list gives, in order.
func helpFieldNames(t *testing.T, help string) []string {
	t.Helper()
	_, list, ok := strings.Cut(help, "Input fields")
	if !ok {
		t.Fatal("no input fields in the help")
	}
	list, _, _ = strings.Cut(list, "\n\n")
	var names []string
	for _, line := range strings.Split(list, "\n")[1:] {
		if strings.HasPrefix(line, "  ") && !strings.HasPrefix(line, "   ") {
			names = append(names, strings.Fields(line)[0])
		}
	}
	if len(names) == 0 {
		t.Fatal("the help's input fields list is empty")
	}
	return names
}

// returnInt64Fields returns a pointer to every int64 field of v, a struct, and of the structs in
// it.
func returnInt64Fields(v reflect.Value) []*int64 {
	var out []*int64
	for i := range v.NumField() {
		switch f := v.Field(i); f.Kind() {
		case reflect.Int64:
			out = append(out, f.Addr().Interface().(*int64))
		case reflect.Struct:
			out = append(out, returnInt64Fields(f)...)
		}
	}
	return out
}

// TestTaxInputOverTheCap checks that an input over maxTaxInput is refused as too large, from a
// file or standard input, rather than cut short and reported as malformed.
func TestTaxInputOverTheCap(t *testing.T) {
	big := `{"tax_year": 2025, "wages": 1` + strings.Repeat(" ", maxTaxInput) + `}`
	name := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(name, []byte(big), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ stdin, file, want string }{
		{big, "-", "<stdin> is over the 1 MiB"},
		{"", name, "big.json is over the 1 MiB"},
	} {
		_, stderr, code := runMain(t, tt.stdin, "tax", "-i", tt.file)
		if code != 1 || !strings.Contains(stderr, tt.want) {
			t.Errorf("tax -i %s: exit %d, %q; want exit 1 and %q", tt.file, code, stderr, tt.want)
		}
	}
	if _, stderr, code := runMain(t, `{"tax_year": 2025, "wages": 1}`, "tax", "-i", "-"); code != 0 {
		t.Errorf("a small input: exit %d, %s", code, stderr)
	}
}
