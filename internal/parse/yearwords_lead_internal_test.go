package parse

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestYearWordsLead holds what skipYearWords' first-byte filter assumes:
// each entry's first word starts with a lower-case letter: an ASCII one,
// which the text's first byte, folded, is compared with, or another
// script's, which matchFolded compares in either case whatever its
// bytes ("у" and "У" start with different ones).
func TestYearWordsLead(t *testing.T) {
	for _, y := range yearWords {
		c := y.words[0][0]
		if c < utf8.RuneSelf {
			if c < 'a' || c > 'z' {
				t.Errorf("yearWords entry %q starts with %q", y.words, c)
			}
			continue
		}
		if r, _ := utf8.DecodeRuneInString(y.words[0]); !unicode.IsLower(r) {
			t.Errorf("yearWords entry %q does not start with a lower-case letter", y.words)
		}
	}
}

// TestZmanLabelsOrder holds what zmanLabel's split assumes: the Latin
// labels come first, the Hebrew ones after them, none of either after.
func TestZmanLabelsOrder(t *testing.T) {
	for k, l := range zmanLabels {
		if latin := l.label[0] < 0x80; latin != (k < zmanLatin) {
			t.Errorf("zmanLabels[%d] %q is out of its script's place", k, l.label)
		}
	}
	if zmanLatin == 0 || zmanLatin == len(zmanLabels) {
		t.Errorf("zmanLatin = %d of %d", zmanLatin, len(zmanLabels))
	}
}
