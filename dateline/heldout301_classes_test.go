package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout301ProgrammeDay: the number of a programme's day, after the
// singular word for "day" and before a spaced dash and the day's date, as
// a tour's programme heads each day: "Dia 2 – 20/6/11 Madrid e Segovia"
// (Amazônia Judaica's tour of Sefarad, the 301st held-out round). It was
// read as the range from the 2nd to 20 June 2011, its first day June 2, a
// wrong day with nothing said. The date after the dash is now the day,
// in Portuguese, Spanish, English, French, German and Italian. After the
// plural word, or none, and with the dash unspaced, the range is read as
// before.
func TestHeldout301ProgrammeDay(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Dia 2 – 20/6/11 Madrid e Segovia", "20/6/11", "2011-06-20", "18 Sivan 5771"},
		{"Dia 1 – 19/6/11 Rio de Janeiro", "19/6/11", "2011-06-19", "17 Sivan 5771"},
		{"Dia 10 — 28/6/11 Lisboa", "28/6/11", "2011-06-28", "26 Sivan 5771"},
		{"Día 3 - 21/6/11 Toledo", "21/6/11", "2011-06-21", "19 Sivan 5771"},
		{"Day 2 – 20/6/11", "20/6/11", "2011-06-20", "18 Sivan 5771"},
		{"Jour 2 - 20/06/2011 : Tolède", "20/06/2011", "2011-06-20", "18 Sivan 5771"},
		{"Tag 2 – 20.06.2011", "20.06.2011", "2011-06-20", "18 Sivan 5771"},
		{"Giorno 3 – 21/6/2011 Roma", "21/6/2011", "2011-06-21", "19 Sivan 5771"},
	})
	// A range still: no word for "day" before it, the plural, or an
	// unspaced dash.
	for _, tc := range []struct{ text, day string }{
		{"2 – 20/6/11", "2011-06-02"},
		{"dias 2 – 20/6/11", "2011-06-02"},
		{"dia 26-27/09/2022", "2022-09-26"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.NotEmpty(t, ms[0].Also, "%q is a range", tc.text)
		})
	}
}
