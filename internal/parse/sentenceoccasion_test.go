package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/internal/parse"
)

// TestSentenceOccasion: the occasion a sentence names near a date, after
// it first, then before it, with an eve word before it or not; none past
// a digit, a clause's mark or the sentence's end, or too many words away.
func TestSentenceOccasion(t *testing.T) {
	const date = "Friday, April 22"
	for _, tc := range []struct {
		text, name string // name: the occasion's text, "" for none
		shift      int
	}{
		{"On Friday, April 22 Jews around the world celebrate Passover.", "Passover", 0},
		{"Passover: on Friday, April 22 we meet.", "", 0},
		{"This Passover, on Friday, April 22 we meet.", "Passover", 0},
		{"On Friday, April 22, the eve is Erev Pesach.", "Pesach", 1},
		{"On Friday, April 22 we met. Passover came later.", "", 0},
		{"On Friday, April 22 we met; Passover came later.", "", 0},
		{"On Friday, April 22 at 7 pm Passover begins.", "", 0},
		{"On Friday, April 22 the committee of the synagogue and the school and the club met for Passover.", "", 0},
	} {
		start := strings.Index(tc.text, date)
		f, ok := parse.SentenceOccasion(tc.text, start, start+len(date))
		if tc.name == "" {
			assert.False(t, ok, tc.text)
			continue
		}
		if assert.True(t, ok, tc.text) {
			assert.Equal(t, tc.name, tc.text[f.Start:f.End], tc.text)
			assert.Equal(t, tc.shift, int(f.Shift), tc.text)
		}
	}
}
