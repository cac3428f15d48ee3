package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestPointYearNextSentence: a point after a date's day or month that
// ends its sentence, the next one opening with a number of four digits
// and a word of prose, leaves the number to that sentence: "We met on 6
// October. 2019 was a good year." was October 6, 2019, a year taken from
// the next sentence with nothing said, and the line after a date ending a
// sentence ("... on October 6.\n2000 people came") gave its count of
// people as the date's year. A year after the point that the date's own
// words follow (a time, the word for year, the other calendar's date) is
// the date's, as before.
func TestPointYearNextSentence(t *testing.T) {
	for _, tc := range []struct{ text, match, day string }{
		{"We met on 6 October. 2019 was a good year.", "6 October", "2026-10-06"},
		{"We met on October 6.\n2000 people came the next day.", "October 6", "2026-10-06"},
		{"Posted October 6. 2019, 10:30", "October 6. 2019, 10:30", "2019-10-06"},
		{"Oct. 6. 2019 at 3 pm", "Oct. 6. 2019 at 3 pm", "2019-10-06"},
		{"6 октября. 2019 г.", "6 октября. 2019 г.", "2019-10-06"},
		{"October 6. 2019 was 7 Tishrei 5780", "October 6. 2019 was 7 Tishrei 5780", "2019-10-06"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.NotEmpty(t, ms)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
}
