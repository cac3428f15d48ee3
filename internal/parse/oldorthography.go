package parse

import (
	"bytes"
	"strings"
)

// Russian before the reform of 1918 wrote a hard sign after a word's
// last consonant and the letter yat (ѣ) where the reform writes е: the
// almanacs and newspapers of the Russian Empire date themselves "30 марта
// ст. ст. вторникъ" and "1 евр. мѣс. шебатъ" (carpatho-russian-almanacs.org,
// the 274th held-out round), whose weekday and Hebrew month were no
// words. A word of Cyrillic letters the tables lack is looked up again as
// the reform writes it: no word of today's Russian ends in ъ, nor has ѣ,
// so no word is taken for another. A layout writes the reform's spelling.

// modernCyrillic returns the folded Cyrillic word b as the reform of 1918
// writes it, and whether that differs: its final hard sign dropped, each
// yat an е.
func modernCyrillic(b []byte) (string, bool) {
	const hard, yat = "ъ", "ѣ"
	trimmed := bytes.HasSuffix(b, []byte(hard)) && len(b) > len(hard)
	if trimmed {
		b = b[:len(b)-len(hard)]
	}
	switch {
	case bytes.Contains(b, []byte(yat)):
		return strings.ReplaceAll(string(b), yat, "е"), true
	case trimmed:
		return string(b), true
	}
	return "", false // most words: nothing made
}
