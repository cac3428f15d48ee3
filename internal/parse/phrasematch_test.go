package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFirstWordIsAgrees: matchPhrases' quick tests of a phrase's first
// word (asciiFoldDiffers, firstWordIs) take just the phrases that
// phraseFirstWord and foldEquals take, over phrases with spaces and
// hyphens and words in any case, hyphened, longer and shorter, and with
// letters beyond ASCII, the Kelvin sign and long s among them, which fold
// to ASCII ones.
func TestFirstWordIsAgrees(t *testing.T) {
	phrases := []string{
		"gün batımından", "akşamından", "pôr-do-sol de", "pôr do sol", "segunda-feira à noite",
		"tonight", "this evening", "сегодня вечером", "st.", "straße", "kislev", "a-b-c d", "a b",
	}
	words := []string{
		"gün", "GÜN", "Gün", "akşamından", "AKŞAMINDAN", "pôr", "PÔR", "pôr-do-sol", "Pôr-Do-Sol",
		"segunda-feira", "Segunda", "tonight", "Tonight", "tonigh", "tonights", "this", "THIS",
		"сегодня", "СЕГОДНЯ", "st", "\u017Ft", "STRAßE", "\u212Aislev", "Kislev", "a", "a-b", "b", "x",
	}
	for _, w := range words {
		hyphened := strings.IndexByte(w, '-') >= 0
		for _, ph := range phrases {
			t.Run(w+"/"+ph, func(t *testing.T) {
				first, part := phraseFirstWord(ph)
				want := foldEquals(w, first) || part != first && foldEquals(w, part)
				got := !asciiFoldDiffers(w[0], ph[0]) && firstWordIs(ph, w, hyphened)
				assert.Equal(t, want, got)
			})
		}
	}
}

// TestMatchPhraseFirstLetter: matchPhrase, which turns a phrase away by
// its first letter before it reads a word, reads the phrases it read in
// any case, and turns away the text that starts with another letter.
func TestMatchPhraseFirstLetter(t *testing.T) {
	for _, tc := range []struct {
		s, phrase string
		end       int
	}{
		{"hebrew calendar date", "hebrew calendar", 15},
		{"HEBREW CALENDAR", "hebrew calendar", 15},
		{"Hebrew Calendar", "hebrew calendar", 15},
		{"Pôr-do-sol de", "pôr-do-sol de", 14},
		{"pôr do sol de", "pôr-do-sol de", 0},
		{"ce soir, 8 mars", "ce soir", 7},
		{"Сегодня вечером", "сегодня вечером", 29},
		{"webrew calendar", "hebrew calendar", 0},
		{"1 hebrew calendar", "hebrew calendar", 0},
		{" hebrew calendar", "hebrew calendar", 0},
		{"", "hebrew calendar", 0},
		{"hebrew", "", 0},
	} {
		t.Run(tc.s+"/"+tc.phrase, func(t *testing.T) {
			assert.Equal(t, tc.end, matchPhrase(tc.s, 0, tc.phrase))
		})
	}
}

// TestEveningDeixisBeforeLasts: eveningDeixisBefore, which turns away the
// text before a date whose last letter ends no phrase, still finds each
// phrase before a date in any case (k, the date's start, after the
// spaces before it are trimmed, as EveningBefore gives it), and turns away a Hebrew word, a
// geresh and a middle dot, the text before most dates of a Hebrew page.
func TestEveningDeixisBeforeLasts(t *testing.T) {
	for _, ph := range eveningDeixisPhrases {
		for _, s := range []string{ph + ", ", strings.ToUpper(ph) + ", ", "Le " + ph + " "} {
			t.Run(s, func(t *testing.T) {
				want := 0
				if strings.HasPrefix(s, "Le ") {
					want = len("Le ")
				}
				assert.Equal(t, want, eveningDeixisBefore(s+"8 mars", len(strings.TrimRight(s, " "))))
			})
		}
	}
	for _, s := range []string{"ביום ראשון, ", "ז׳ ", "תשפ״ד · ", "Tonightly, ", "tonigh, ", "ceNight, "} {
		t.Run(s, func(t *testing.T) {
			k := len(strings.TrimRight(s, " "))
			assert.Equal(t, k, eveningDeixisBefore(s+"8 mars", k))
		})
	}
}
