package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMatchWordFolds: matchWord reads a word of its lists in any case,
// letters beyond ASCII too, and only as a whole word; setting each byte's
// 0x20 bit folded ASCII capitals alone, and a list's "à", "milhões",
// "între" or "от" matched nothing.
func TestMatchWordFolds(t *testing.T) {
	for _, tc := range []struct {
		s, w string
		end  int
	}{
		{"Style furniture", "style", 5},
		{"STYLE", "style", 5},
		{"styles", "style", 0},
		{"à 19h", "à", len("à")},
		{"À 19h", "à", len("À")},
		{"milhões de judeus", "milhões", len("milhões")},
		{"MILHÕES de judeus", "milhões", len("MILHÕES")},
		{"Între 8 și 16", "între", len("Între")},
		{"От 3 до 5", "от", len("От")},
		{"отмечают", "от", 0},
		{"a\r", "a-", 0},
	} {
		assert.Equal(t, tc.end, matchWord(tc.s, 0, tc.w), "%q in %q", tc.w, tc.s)
	}
}

// TestPhraseIndexAsMatchPhrases: a phraseIndex finds what matchPhrases
// finds over the same phrases, in any case, for every phrase of
// eveningBeforePhrases and for words that start none.
func TestPhraseIndexAsMatchPhrases(t *testing.T) {
	texts := []string{"Thursday", "ΣΤΟ 2021", "the day", "x", "", "Ľ"}
	for _, ph := range eveningBeforePhrases {
		texts = append(texts, ph+" 5 May", strings.ToUpper(ph)+" 5 May", ph)
	}
	for _, s := range texts {
		assert.Equal(t, matchPhrases(s, 0, eveningBeforePhrases), eveningBeforeIndex.match(s, 0), "%q", s)
	}
	assert.Equal(t, foldKey(nil, "ΤΗΣ"), foldKey(nil, "της"))
	assert.Equal(t, foldKey(nil, "Kelvin"), foldKey(nil, "\u212aELVIN"))
}
