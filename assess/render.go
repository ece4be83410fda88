package assess

import (
	"fmt"
	"strconv"
	"strings"
)

// FormatWeight writes a weight or score with its sign: +3, -2, 0, +0.5.
func FormatWeight(w float64) string {
	s := strconv.FormatFloat(w, 'f', -1, 64)
	if w > 0 {
		s = "+" + s
	}
	return s
}

// FormatInputs writes the inputs of a reason as name=value pairs in the order the rules file
// documents them; an input that is not given is written as "not given".
func FormatInputs(m map[string]any) string {
	var parts []string
	for _, in := range inputs {
		v, ok := m[in.name]
		if !ok {
			continue
		}
		if v == nil {
			parts = append(parts, in.name+"=not given")
			continue
		}
		parts = append(parts, fmt.Sprintf("%s=%v", in.name, v))
	}
	return strings.Join(parts, " ")
}
