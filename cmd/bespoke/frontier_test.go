package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const geniusOffer = "../../genius/testdata/offer/"

// TestFrontierGolden checks every output format of the frontier command against golden files,
// for a YAML domain and for a GeNIUS domain under each convention.
func TestFrontierGolden(t *testing.T) {
	inputs := []struct {
		name string
		args []string
	}{
		{"offer", []string{"testdata/frontier/offer.yaml"}},
		{"genius-offer", []string{"--genius", geniusOffer + "domain.xml", geniusOffer + "candidate.xml", geniusOffer + "company.xml", "--convention", "genius"}},
		{"genius-offer-negmas", []string{"--genius", geniusOffer + "domain.xml", geniusOffer + "candidate.xml", geniusOffer + "company.xml", "--convention", "negmas"}},
		{"no-agreement", []string{"testdata/frontier/no-agreement.yaml"}},
	}
	for _, in := range inputs {
		for _, format := range []string{"table", "json", "markdown", "csv"} {
			t.Run(in.name+"/"+format, func(t *testing.T) {
				args := append([]string{"frontier"}, in.args...)
				stdout, stderr, code := runMain(t, "", append(args, "--output", format)...)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, stderr)
				}
				checkGolden(t, filepath.Join("testdata/frontier/golden", in.name+"."+format), stdout)
			})
		}
	}
}

// TestFrontierErrors checks the exit status and message of bad command lines and bad input.
func TestFrontierErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	offer, err := os.ReadFile("testdata/frontier/offer.yaml")
	if err != nil {
		t.Fatal(err)
	}
	variant := func(name, old, new string) string {
		if !strings.Contains(string(offer), old) {
			t.Fatalf("offer.yaml has no %q", old)
		}
		return write(name, strings.Replace(string(offer), old, new, 1))
	}
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no file", []string{"frontier"}, exitUsage, "takes one domain file (got 0 arguments)"},
		{"genius needs three", []string{"frontier", "--genius", "a.xml"}, exitUsage, "takes a domain and two profiles with --genius"},
		{"bad convention", []string{"frontier", "x.yaml", "--convention", "fair"}, exitUsage, `unknown convention "fair"`},
		{"bad output", []string{"frontier", "x.yaml", "--output", "html"}, exitUsage, `unknown output format "html"`},
		{"missing", []string{"frontier", filepath.Join(dir, "missing.yaml")}, exitInvalid, "missing.yaml: no such file"},
		{"empty", []string{"frontier", write("empty.yaml", "")}, exitInvalid, "empty.yaml:1:1: the file is empty"},
		{"unknown field", []string{"frontier", variant("field.yaml", "    reservation: 0.3\n", "    reservation: 0.3\n    batna: 0.3\n")}, exitInvalid, "field.yaml:31:5: parties[1].batna: unknown key"},
		{"not a number", []string{"frontier", variant("nan.yaml", "sign-on: 0.1", "sign-on: ten")}, exitInvalid, `parties[1].weights.sign-on: "ten" is not a number`},
		{"weights sum", []string{"frontier", variant("sum.yaml", "sign-on: 0.1", "sign-on: 0.2")}, exitInvalid, "parties[1].weights: the weights sum to 1.1; they must sum to exactly 1"},
		{"unknown value", []string{"frontier", variant("value.yaml", "{none: 1, $30k: 0}", "{none: 1, $30k: 0, $50k: 0}")}, exitInvalid, `parties[1].scores.sign-on: "$50k" is not a value of issue "sign-on" (values: none, $30k)`},
		{"negative score", []string{"frontier", variant("neg.yaml", "{none: 1, $30k: 0}", "{none: 1, $30k: -0.5}")}, exitInvalid, "parties[1].scores.sign-on.$30k: -0.5 is outside 0 to 1"},
		{"missing score", []string{"frontier", variant("gap.yaml", "{none: 1, $30k: 0}", "{none: 1}")}, exitInvalid, `parties[1].scores.sign-on: no score for value "$30k"`},
		{"malformed xml", []string{"frontier", "--genius", write("d.xml", "<negotiation_template><utility_space>"), geniusOffer + "candidate.xml", geniusOffer + "company.xml"}, exitInvalid, "d.xml: malformed XML"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runMain(t, "", tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, tt.code, tt.want)
			}
		})
	}
}

// TestFrontierDocExample runs the YAML example of docs/frontier.md, so the documentation cannot
// drift from what the command accepts; it must give the same output as testdata's offer.yaml.
func TestFrontierDocExample(t *testing.T) {
	doc, err := os.ReadFile("../../docs/frontier.md")
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(doc), "```yaml\n")
	example, _, ok2 := strings.Cut(after, "```")
	if !ok || !ok2 {
		t.Fatal("docs/frontier.md has no yaml example")
	}
	path := filepath.Join(t.TempDir(), "example.yaml")
	if err := os.WriteFile(path, []byte(example), 0o644); err != nil {
		t.Fatal(err)
	}
	got, stderr, code := runMain(t, "", "frontier", path)
	want, _, _ := runMain(t, "", "frontier", "testdata/frontier/offer.yaml")
	if code != 0 || got != want {
		t.Errorf("the documented example gives (exit %d, %s):\n%s\nwant:\n%s", code, stderr, got, want)
	}
}
