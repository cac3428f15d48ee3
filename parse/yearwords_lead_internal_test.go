package parse

import "testing"

// TestYearWordsLead holds what skipYearWords' first-byte filter assumes:
// each entry's first word starts with a lower-case ASCII letter, which
// the text's first byte, folded, is compared with.
func TestYearWordsLead(t *testing.T) {
	for _, y := range yearWords {
		if c := y.words[0][0]; c < 'a' || c > 'z' {
			t.Errorf("yearWords entry %q starts with %q", y.words, c)
		}
	}
}
