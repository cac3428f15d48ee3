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
