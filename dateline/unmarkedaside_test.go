package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestUnmarkedOldStyleBracket: a bracket without a marker after a date
// holds the other half of a dual date when its day is exactly the other
// calendar's date of the day before it, in the year the text names: the
// Julian day after a Gregorian one, "7. November 1917 (25. Oktober in
// Russland)" (a German page on the calendar), or the Gregorian day after
// a Julian one, "29 листопада (12 грудня) 1905 р." (a Ukrainian life of
// Vasily Grossman), as histories of Russia write either. Both were read
// as two Gregorian dates, one of them thirteen days wrong, with an info
// only. The dateline is the Gregorian day; a bracket with any other day
// is a date of its own. Where each half names its year, the Julian
// half's is the legal year (see checkOldStyle).
func TestUnmarkedOldStyleBracket(t *testing.T) {
	for _, tc := range []struct{ text, match, day string }{
		{"the revolution of 7 November 1917 (25 October in Russia) began", "7 November 1917 (25 October", "1917-11-07"},
		{"born on 29 November (12 December) 1905 in Berdychiv", "29 November (12 December) 1905", "1905-12-12"},
		{"born on November 29 (December 12), 1905 in Berdychiv", "November 29 (December 12), 1905", "1905-12-12"},
		{"народився 29 листопада (12 грудня) 1905 р. в Бердичеві", "29 листопада (12 грудня) 1905 р.", "1905-12-12"},
		// A verb between the date and its bracket.
		{"die bekanntlich am 7. November 1917 stattfand (25. Oktober in Russland), den", "7. November 1917 stattfand (25. Oktober", "1917-11-07"},
		{"crowned on 14 May (26 May) 1896", "14 May (26 May) 1896", "1896-05-26"}, // twelve days in the 1800s
		// Each half names its year, over a year's end.
		{"родился 25 декабря 1837 (6 января 1838) в Москве", "25 декабря 1837 (6 января 1838)", "1838-01-06"},
		{"born 6 January 1838 (25 December 1837)", "6 January 1838 (25 December", "1838-01-06"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.NotEmpty(t, ms)
			m := ms[0]
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format("2006-01-02"))
			assert.True(t, m.OK(), "%v", m.Problems)
		})
	}
	// A bracket with another day is a date of its own.
	for _, text := range []string{
		"on 7 November 1917 (and again on 12 December)",
		"7 November 1917 (26 October)",
		"on 7 November 1917 met (and again on 12 December)",
		"born 29 November (13 December) 1905",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Len(t, dateline.Find(text, heldoutRef), 2)
		})
	}
}
