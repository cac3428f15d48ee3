package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// ref68 is the corpus's reference day, as the sixty-eighth round's tests
// read their lines.
var ref68 = dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))

// TestNameGluedToTime: a stamp whose byline lost its space, the author's
// name glued to the minutes: "17.05.2007 00:01Kaia Otti, Postimees"
// (Virumaa Teataja, the sixty-eighth held-out round), read as its date
// without the time, as letters glued to a time made it fail. A
// capitalised word glued to a time of two digits and two after a whole
// date is the next word, as a Hebrew word glued to it is; the match ends
// at the minutes. A small letter, an hour of one digit, a word that runs
// on from a word for hours, or no date before it leave the time unread.
func TestNameGluedToTime(t *testing.T) {
	for _, tc := range []struct{ text, want, match string }{
		{"17.05.2007 00:01Kaia Otti, Postimees", "2007-05-17 00:01", "17.05.2007 00:01"},
		{"14. märts 2023 09:15Mari Tamm", "2023-03-14 09:15", "14. märts 2023 09:15"},
		{"2023-03-14 18:40Jānis Bērziņš | LETA", "2023-03-14 18:40", "2023-03-14 18:40"},
		{"14 March 2023 21:05Reuters", "2023-03-14 21:05", "14 March 2023 21:05"},
		{"2022 m. sausio 27 d. 14:56Žurnalistė Rūta", "2022-01-27 14:56", "2022 m. sausio 27 d. 14:56"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, ref68)
			assert.True(t, m.Dateline.HasTime)
			assert.Equal(t, tc.want, m.Dateline.Time.Format("2006-01-02 15:04"))
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
		})
	}
	for _, tc := range []struct{ text, match string }{
		{"17.05.2007 00:01kaia", "17.05.2007"},                   // a small letter: no name
		{"17.05.2007 0:01Kaia", "17.05.2007"},                    // an hour of one digit
		{"Montag, 19.07.2010, 17:35Uhren", "Montag, 19.07.2010"}, // a word for hours, run on
		{"17.05.2007 18:30Hodina", "17.05.2007"},                 // Czech's hodin, run on
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref68)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.False(t, ms[0].Dateline.HasTime)
		})
	}
	for _, text := range []string{"Bayern 2:1Dortmund", "the score was 12:30Kaia", "Psalm 23:10Kaia"} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, ref68), "no date: a time alone is none")
		})
	}
}
