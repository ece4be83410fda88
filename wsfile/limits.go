package wsfile

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Limits on what the decoder accepts. They are far above what a real file needs and low
// enough that a hostile one is refused quickly, in little memory.
const (
	// MaxSize is the largest file decoded, in bytes: 1 MiB.
	MaxSize = 1 << 20
	// MaxDepth is the deepest nesting of mappings and lists.
	MaxDepth = 32
	// MaxAliasNodes is the most nodes that aliases and merge keys may copy in all.
	MaxAliasNodes = 10_000
	// MaxProblems is the most problems reported before decoding stops.
	MaxProblems = 100
)

// checkSize refuses a file over MaxSize.
func checkSize(file string, data []byte) *Diagnostic {
	if len(data) <= MaxSize {
		return nil
	}
	return &Diagnostic{File: file, Line: 1, Col: 1, Message: "the file is larger than the 1 MiB limit"}
}

// checkText refuses text that is not UTF-8, or holds a character YAML does not allow (the
// control characters other than tab, newline and carriage return, and the non-characters
// U+FFFE and U+FFFF), pointing at the first one.
func checkText(file string, data []byte) *Diagnostic {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		var msg string
		switch {
		case r == utf8.RuneError && size <= 1:
			msg = fmt.Sprintf("byte 0x%02X is not valid UTF-8; save the file as UTF-8", data[i])
		case !printable(r):
			msg = fmt.Sprintf("character %U is not allowed in YAML", r)
		}
		if msg != "" {
			return &Diagnostic{File: file, Line: line, Col: col, Message: msg}
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return nil
}

// printable reports whether YAML 1.2 allows r in a document (its c-printable production).
func printable(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20 || r == 0x7F:
		return false
	case r >= 0x80 && r <= 0x9F:
		return r == 0x85
	case r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
		return false
	}
	return true
}

// checkDepth reports the first node nested deeper than MaxDepth, walking the tree without
// recursion (the parser allows 10,000 levels).
func checkDepth(file string, root *yaml.Node) *Diagnostic {
	type item struct {
		n     *yaml.Node
		depth int
	}
	stack := []item{{root, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.depth > MaxDepth {
			return &Diagnostic{File: file, Line: it.n.Line, Col: it.n.Column,
				Message: fmt.Sprintf("mappings and lists nest deeper than %d levels", MaxDepth)}
		}
		for i := len(it.n.Content) - 1; i >= 0; i-- {
			stack = append(stack, item{it.n.Content[i], it.depth + 1})
		}
	}
	return nil
}
