package wsfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// parse checks the file's limits and parses its one YAML document into a node tree. It
// returns a nil node, and no diagnostic, for a file with no document.
func parse(file string, data []byte) (*yaml.Node, *Diagnostic) {
	if d := checkSize(file, data); d != nil {
		return nil, d
	}
	if d := checkText(file, data); d != nil {
		return nil, d
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
		return nil, nil
	} else if err != nil {
		return nil, syntaxError(file, data, err)
	}
	var next yaml.Node
	if err := dec.Decode(&next); err == nil {
		return nil, &Diagnostic{File: file, Line: next.Line, Col: next.Column,
			Message: "a second YAML document begins here; a workspace file holds one (remove the ---)"}
	} else if !errors.Is(err, io.EOF) {
		return nil, syntaxError(file, data, err)
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	if d := checkDepth(file, doc.Content[0]); d != nil {
		return nil, d
	}
	return doc.Content[0], nil
}

var yamlError = regexp.MustCompile(`^yaml: (?:line ([0-9]+): )?(.*)$`)

// parserProblems are the messages of the YAML parser (as against its scanner), which report
// the line before the problem's: the library counts those lines from 0.
var parserProblems = map[string]bool{
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"did not find expected '-' indicator":    true,
	"did not find expected <document start>": true,
	"did not find expected <stream-start>":   true,
	"did not find expected key":              true,
	"did not find expected node content":     true,
	"found duplicate %TAG directive":         true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found undefined tag handle":             true,
}

// syntaxError locates a YAML syntax error. The library gives a line, not a column, and leaves
// the line out on the first one; the column reported is then where that line's text starts. A
// tab used to indent and an alias to an unknown anchor are found in the text, with their column.
func syntaxError(file string, data []byte, err error) *Diagnostic {
	m := yamlError.FindStringSubmatch(err.Error())
	if m == nil {
		return &Diagnostic{File: file, Line: 1, Col: textColumn(data, 1), Message: "invalid YAML: " + err.Error()}
	}
	line, _ := strconv.Atoi(m[1])
	msg := m[2]
	if parserProblems[msg] {
		line++
	}
	line = max(line, 1)
	if strings.HasPrefix(msg, "exceeded max depth") {
		return &Diagnostic{File: file, Line: line, Col: textColumn(data, line), Message: fmt.Sprintf("mappings and lists nest deeper than %d levels", MaxDepth)}
	}
	if l, c := tabIndent(data); l > 0 && l <= line {
		return &Diagnostic{File: file, Line: l, Col: c, Message: "a tab indents this line; YAML indents with spaces only"}
	}
	if name, ok := strings.CutPrefix(msg, "unknown anchor '"); ok {
		name = strings.TrimSuffix(name, "' referenced")
		l, c := findAlias(data, name)
		return &Diagnostic{File: file, Line: l, Col: c, Message: fmt.Sprintf("alias *%s refers to no anchor &%s written before it", name, name)}
	}
	return &Diagnostic{File: file, Line: line, Col: textColumn(data, line), Message: "invalid YAML: " + msg}
}

// textColumn returns the column where the text of the given line starts (1 for a blank line
// or one past the end of the file).
func textColumn(data []byte, line int) int {
	lines := bytes.Split(data, []byte("\n"))
	if line < 1 || line > len(lines) {
		return 1
	}
	l := lines[line-1]
	return len(l) - len(bytes.TrimLeft(l, " ")) + 1
}

// tabIndent returns the line and column of the first tab in the indentation of a line, or 0.
func tabIndent(data []byte) (line, col int) {
	for i, l := range strings.Split(string(data), "\n") {
		indent := len(l) - len(strings.TrimLeft(l, " \t"))
		if c := strings.IndexByte(l[:indent], '\t'); c >= 0 && indent < len(l) {
			return i + 1, c + 1
		}
	}
	return 0, 0
}

// findAlias returns where the alias *name is first written, or line 1 when it cannot be told.
func findAlias(data []byte, name string) (line, col int) {
	re := regexp.MustCompile(`(^|[\s\[{,:-])\*` + regexp.QuoteMeta(name) + `($|[\s\]},])`)
	for i, l := range strings.Split(string(data), "\n") {
		if loc := re.FindStringIndex(l); loc != nil {
			start := loc[0] + strings.IndexByte(l[loc[0]:], '*')
			return i + 1, utf8.RuneCountInString(l[:start]) + 1
		}
	}
	return 1, 0
}
