package bespoke

import "strings"

// Closest returns the candidate nearest to word, for a "did you mean" hint: the one with the
// fewest single-character edits (insertions, deletions, substitutions and transpositions of
// neighbours), ignoring case and treating '-' as '_', provided it is within about a third of
// the word's length. The first of equally near candidates wins. Failing that, the one
// candidate whose underscore-separated parts include all of the word's (bonus_pct for
// bonus_target_pct) is suggested. ok is false when none is near.
func Closest(word string, candidates []string) (best string, ok bool) {
	w := normalizeWord(word)
	if len(w) == 0 || len(w) > 64 {
		return "", false
	}
	if best, ok = closestByEdits(w, candidates); ok {
		return best, true
	}
	return closestByParts(string(w), candidates)
}

func closestByEdits(w []rune, candidates []string) (best string, ok bool) {
	limit := max(1, (len(w)+1)/3)
	bestD := limit + 1
	for _, c := range candidates {
		if d := editDistance(w, normalizeWord(c)); d < bestD {
			best, bestD = c, d
		}
	}
	return best, bestD <= limit
}

// closestByParts returns the only candidate whose parts contain every part of w, in order.
func closestByParts(w string, candidates []string) (best string, ok bool) {
	parts := strings.Split(w, "_")
	if len(parts) < 2 {
		return "", false
	}
	n := 0
	for _, c := range candidates {
		if containsInOrder(strings.Split(string(normalizeWord(c)), "_"), parts) {
			best, n = c, n+1
		}
	}
	return best, n == 1
}

func containsInOrder(have, want []string) bool {
	i := 0
	for _, h := range have {
		if i < len(want) && h == want[i] {
			i++
		}
	}
	return i == len(want)
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
