package wsfile

import (
	"fmt"
	"strings"
	"testing"
)

func TestLimits(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"size", minimal + "# " + strings.Repeat("x", MaxSize) + "\n", "w.yaml:1:1: the file is larger than the 1 MiB limit"},
		{"latin-1", "version: 1\ncandidate: {name: Jos\xe9}\n", "w.yaml:2:22: byte 0xE9 is not valid UTF-8; save the file as UTF-8"},
		{"column in characters", "version: 1\n# déjà vu \xff\n", "w.yaml:2:11: byte 0xFF is not valid UTF-8; save the file as UTF-8"},
		{"utf-16", "\xff\xfev\x00", "w.yaml:1:1: byte 0xFF is not valid UTF-8; save the file as UTF-8"},
		{"control character", "version: 1\ncandidate: {name: \x07}\n", "w.yaml:2:19: character U+0007 is not allowed in YAML"},
		{"nul", "version: 1\x00\n", "w.yaml:1:11: character U+0000 is not allowed in YAML"},
		{"surrogate", "version: 1 # \xed\xa0\x80\n", "w.yaml:1:14: byte 0xED is not valid UTF-8; save the file as UTF-8"},
		{"depth", "version: " + strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1) + "\n",
			fmt.Sprintf("w.yaml:1:%d: mappings and lists nest deeper than 32 levels", len("version: ")+MaxDepth+1)},
		{"parser depth", "version: " + strings.Repeat("[", 10_001) + "\n", "w.yaml:1:1: mappings and lists nest deeper than 32 levels"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := diagnose(t, tt.text); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestUTF8ByteOrderMark(t *testing.T) {
	if got := diagnose(t, "\uFEFF"+minimal); got != "" {
		t.Errorf("a UTF-8 file with a byte order mark: %s", got)
	}
}

func TestDepthWithinLimit(t *testing.T) {
	type nest struct {
		Deep [][][][][][][][][][][][][][][][][][][][][][][][][][][][][][]int `yaml:"deep"`
	}
	var v nest
	text := "deep: " + strings.Repeat("[", 30) + "1" + strings.Repeat("]", 30) + "\n"
	if err := DecodeInto("n.yaml", []byte(text), &v); err != nil {
		t.Fatalf("30 levels: %v", err)
	}
}

// tree is a recursive type: aliases can make it expand without bound.
type tree struct {
	Name string `yaml:"name"`
	Kids []tree `yaml:"kids"`
}

// TestAliasBomb decodes a document whose aliases would copy 10^9 nodes; decoding stops at the
// alias where the copies pass the budget, inside the definition of &a4 (10^4 nodes), and names
// the field that alias fills.
func TestAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("name: root\nkids:\n  - &a0 {name: lol}\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&b, "  - &a%d {name: l%d, kids: [%s]}\n", i, i, strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 9)+fmt.Sprintf("*a%d", i-1))
	}
	var v tree
	err := DecodeInto("bomb.yaml", []byte(b.String()), &v)
	want := fmt.Sprintf("bomb.yaml:7:42: kids[4].kids[3]: aliases and merge keys here copy more than %d nodes; an alias bomb is refused", MaxAliasNodes)
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

func TestAliasesWithinBudget(t *testing.T) {
	text := "name: root\nkids:\n  - &a {name: a, kids: [{name: b}, {name: c}]}\n  - *a\n  - *a\n"
	var v tree
	if err := DecodeInto("t.yaml", []byte(text), &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Kids) != 3 || v.Kids[2].Name != "a" || len(v.Kids[2].Kids) != 2 {
		t.Errorf("aliases decoded as %+v", v)
	}
}

func TestAliasCycle(t *testing.T) {
	var v tree
	err := DecodeInto("t.yaml", []byte("name: root\nkids: &k [{name: a, kids: *k}]\n"), &v)
	if err == nil || err.Error() != "t.yaml:2:27: kids[0].kids: alias *k is inside its own anchor" {
		t.Errorf("got %v", err)
	}
}

// TestAliasCycleInWorkspace checks that an alias inside its own anchor is the one problem
// reported for the value it stands for: the fact it left empty has no problems of its own.
func TestAliasCycleInWorkspace(t *testing.T) {
	text := strings.Replace(minimal, "candidate:\n  state: CA\n", "candidate: &c\n  state: CA\n  facts: [*c]\n", 1)
	want := "w.yaml:4:11: candidate.facts[0]: alias *c is inside its own anchor"
	if got := diagnose(t, text); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestDecodeIntoOtherFormats decodes a file of another format, with a map, a pointer and
// defaults, as a negotiation-domain file would.
func TestDecodeIntoOtherFormats(t *testing.T) {
	type option struct {
		Label string  `yaml:"label" required:"true" doc:"Name."`
		Score float64 `yaml:"score" default:"1" doc:"Score."`
	}
	type domain struct {
		Issues map[string][]option `yaml:"issues" doc:"Issues."`
		Owner  *string             `yaml:"owner" doc:"Owner."`
	}
	var d domain
	idx, err := DecodeIndexed("d.yaml", []byte("issues:\n  salary: [{label: low, score: 0}, {label: high}]\nowner: me\n"), &d)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Issues["salary"]; len(got) != 2 || got[0].Score != 0 || got[1].Score != 1 || *d.Owner != "me" {
		t.Errorf("decoded %+v", d)
	}
	if got := idx.Pos("issues.salary[1].score"); got != (Pos{2, 36}) {
		t.Errorf("Pos of an absent key = %v, want the element's", got)
	}
	err = DecodeInto("d.yaml", []byte("issues:\n  salary: [{label: low, scor: 0}]\n  salary: []\n"), &d)
	want := "d.yaml:2:25: issues.salary[0].scor: unknown key; did you mean score?\nd.yaml:3:3: issues.salary: duplicate key (first at line 2)"
	if err == nil || err.Error() != want {
		t.Errorf("got:\n%v\nwant:\n%s", err, want)
	}
}

func TestIndex(t *testing.T) {
	_, idx := decodeClean(t, minimal)
	tests := []struct {
		path string
		want Pos
	}{
		{"", Pos{1, 1}},
		{"offers", Pos{4, 1}},
		{"offers[0]", Pos{5, 5}},
		{"offers[0].cash", Pos{8, 5}},
		{"offers[0].cash.base", Pos{8, 18}},                // a value: at the value
		{"offers[0].cash.sign_on", Pos{8, 5}},              // absent: at the mapping that would hold it
		{"offers[0].equity[0].vesting.months", Pos{10, 9}}, // absent twice over
		{"assumptions.horizon_years", Pos{1, 1}},           // absent section: the top of the file
		{"offers[3].cash", Pos{4, 1}},
	}
	for _, tt := range tests {
		if got := idx.Pos(tt.path); got != tt.want {
			t.Errorf("Pos(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
	if idx.File() != "w.yaml" {
		t.Errorf("File = %q", idx.File())
	}
}

func TestIndexOfScalarList(t *testing.T) {
	_, idx := decodeClean(t, strings.Replace(minimal, "        shares: 1000\n", "        shares: 1000\n        vesting: {yearly_pct: [10, 20, 30, 40]}\n", 1))
	p := "offers[0].equity[0].vesting.yearly_pct"
	for path, want := range map[string]Pos{p + "[0]": {13, 32}, p + "[3]": {13, 44}, p + "[4]": {13, 19}, p + "[x]": {13, 19}} {
		if got := idx.Pos(path); got != want {
			t.Errorf("Pos(%s) = %v, want %v", path, got, want)
		}
	}
	if !idx.Has(p+"[3]") || idx.Has(p+"[4]") {
		t.Error("Has is wrong for list items")
	}
}
