package bespoke

import "testing"

func TestClosest(t *testing.T) {
	keys := []string{"share_price", "preferred_price", "stage", "headcount", "cliff_months", "every_months", "bonus_target_pct", "exercise_window_days"}
	tests := []struct {
		word, want string
		ok         bool
	}{
		{"sahre_price", "share_price", true},    // a transposition is one edit
		{"Stage", "stage", true},                // case is ignored
		{"cliff-months", "cliff_months", true},  // so is - for _
		{"stag", "stage", true},                 // a deletion
		{"headcont", "headcount", true},         // an insertion
		{"evry_month", "every_months", true},    // two edits in ten letters
		{"price", "", false},                    // too far from every key
		{"bonus_pct", "bonus_target_pct", true}, // every part, in order, of one key
		{"window_days", "exercise_window_days", true},
		{"months_every", "", false}, // parts out of order
		{"_price", "", false},       // parts of two keys
		{"x", "", false},            // a single letter suggests nothing far
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := Closest(tt.word, keys)
		if got != tt.want && ok || ok != tt.ok {
			t.Errorf("Closest(%q) = %q, %v; want %q, %v", tt.word, got, ok, tt.want, tt.ok)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		d    int
	}{
		{"", "", 0}, {"abc", "", 3}, {"", "ab", 2}, {"kitten", "sitting", 3}, {"ab", "ba", 1}, {"ca", "abc", 3},
	} {
		if d := editDistance([]rune(tt.a), []rune(tt.b)); d != tt.d {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, d, tt.d)
		}
		if d := editDistance([]rune(tt.b), []rune(tt.a)); d != tt.d {
			t.Errorf("editDistance(%q, %q) = %d, want %d (symmetry)", tt.b, tt.a, d, tt.d)
		}
	}
}
