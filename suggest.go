package bespoke

import "strings"

// Closest returns the candidate nearest to word, for a "did you mean" hint: the one with the
// fewest single-character edits (insertions, deletions, substitutions and transpositions of
// neighbours), ignoring case and treating '-' as '_', provided it is within about a third of
// the word's length. The first of equally near candidates wins. ok is false when none is near.
func Closest(word string, candidates []string) (best string, ok bool) {
	w := normalizeWord(word)
	if len(w) == 0 || len(w) > 64 {
		return "", false
	}
	limit := max(1, (len(w)+1)/3)
	bestD := limit + 1
	for _, c := range candidates {
		if d := editDistance(w, normalizeWord(c)); d < bestD {
			best, bestD = c, d
		}
	}
	return best, bestD <= limit
}

func normalizeWord(s string) []rune {
	return []rune(strings.ReplaceAll(strings.ToLower(s), "-", "_"))
}

// editDistance is the optimal string alignment distance between a and b.
func editDistance(a, b []rune) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// didYouMean returns "; did you mean X?" for the candidate closest to word, or "".
func didYouMean(word string, candidates []string) string {
	if c, ok := Closest(word, candidates); ok {
		return "; did you mean " + c + "?"
	}
	return ""
}
