package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestPartOfDay: a part of the day after a clock without AM or PM puts it
// in its half of the day, in every language that writes one: Find took
// "March 5, 2024 at 9:30" of "... at 9:30 in the evening" for the morning,
// and "alle 9:30 di sera" read "di" as a Tuesday. Such a dateline has no
// layout, which would write the words beside every hour.
func TestPartOfDay(t *testing.T) {
	tests := []struct{ in, at string }{
		{"March 5, 2024 at 9:30 in the evening", "2024-03-05 21:30"},
		{"March 5, 2024 at 9:30 in the morning", "2024-03-05 09:30"},
		{"March 5, 2024 at 3 in the afternoon", ""}, // an hour alone is no clock here
		{"5 de marzo de 2024 a las 9:30 de la noche", "2024-03-05 21:30"},
		{"5 de marzo de 2024 a las 1:30 de la madrugada", "2024-03-05 01:30"},
		{"5 mars 2024 à 9h30 du soir", "2024-03-05 21:30"},
		{"5 mars 2024 à 10h du matin", "2024-03-05 10:00"},
		{"5. März 2024 um 9:30 Uhr abends", "2024-03-05 21:30"},
		{"6 marzo 2024 alle 9:30 di sera", "2024-03-06 21:30"},
		{"5 марта 2024 в 9:30 вечера", "2024-03-05 21:30"},
		{"5 de março de 2024 às 9h30 da noite", "2024-03-05 21:30"},
		{"5 maart 2024 om 9:30 's avonds", "2024-03-05 21:30"},
		{"5 במרץ 2024 בשעה 9:30 בערב", "2024-03-05 21:30"},
		{"March 5, 2024 at 21:30 in the evening", "2024-03-05 21:30"}, // a 24-hour clock, said twice
		{"5. März 2024 um 21 Uhr abends", "2024-03-05 21:00"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if tc.at == "" {
				return
			}
			rep := dateline.Check(tc.in)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Empty(t, rep.Problems)
			assert.Equal(t, tc.at, rep.Dateline.Time.Format("2006-01-02 15:04"))
			assert.Empty(t, rep.Layout, "no layout writes the words for every hour")
			_, err := dateline.LayoutOf(tc.in)
			assert.Error(t, err)
			ms := dateline.Find("Doors open " + tc.in + ". Welcome!")
			require.Len(t, ms, 1)
			assert.Equal(t, tc.at, ms[0].Dateline.Time.Format("2006-01-02 15:04"))
		})
	}
	// A night's small hours may be the night that begins the day or the
	// one that ends it: a warning.
	rep := dateline.Check("March 5, 2024 at 12:30 at night")
	require.True(t, rep.OK(), "%v", rep.Problems)
	require.Len(t, rep.Problems, 1)
	assert.Equal(t, dateline.CodeDateAmbiguous, rep.Problems[0].Code)
	assert.Equal(t, "2024-03-05 00:30", rep.Dateline.Time.Format("2006-01-02 15:04"))
	// An hour the part of the day cannot hold is no time of day: Find
	// keeps the date without it, where it read 3:00 or 21:30 as written.
	for _, s := range []string{"5 mars 2024 à 3h du soir", "5 mars 2024 à 3:30 du soir", "March 5, 2024 at 21:30 in the morning"} {
		assert.False(t, dateline.Check(s).OK(), s)
		ms := dateline.Find("Le " + s + ".")
		require.Len(t, ms, 1, s)
		assert.False(t, ms[0].Dateline.HasTime, "%s: %v", s, ms[0].Dateline.Time)
	}
}
