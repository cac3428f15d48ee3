package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHourWordMinutes: the minutes after a word for the hour, in the
// languages that say a time so: with a word for the minutes (Russian's
// "17 ч. 50 мин.", "18 час. 30 мин.", Ukrainian's "18 год. 30 хв."), or
// two digits alone after German's, French's and Dutch's word ("17 Uhr
// 50", "17 heures 50", "18 uur 30"). The match stopped at the word for
// the hour, the minutes dropped with nothing said (Russian's "час." and
// Ukrainian's "год." left the time out whole), and an evening after
// sunset was read as the day before its Hebrew day.
func TestHourWordMinutes(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	// hd: 2024-03-01 is Friday, 21 Adar I 5784.
	for _, tc := range []struct{ in, clock string }{
		{"Freitag, 1. März 2024, 17 Uhr 50", "17:50"},
		{"пятница, 1 марта 2024 г., 17 ч. 50 мин.", "17:50"},
		{"vendredi 1 mars 2024 à 17 heures 50", "17:50"},
		{"1 maart 2024 om 18 uur 30", "18:30"},
		{"1 марта 2024, 18 ч 30 мин", "18:30"},
		{"1 марта 2024 г. 18 час. 30 мин.", "18:30"},
		{"1 березня 2024 р., 18 год. 30 хв.", "18:30"},
		{"vendredi 1 mars 2024 à 9 heures 05 minutes", "09:05"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, "2024-03-01 "+tc.clock, rep.Dateline.Time.Format("2006-01-02 15:04"))
			ms := dateline.Find("Termin: "+tc.in+" |", ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.in, ms[0].Input)
			assert.Equal(t, "2024-03-01 "+tc.clock, ms[0].Dateline.Time.Format("2006-01-02 15:04"))
			// In Jerusalem, 17:50 on 1 March 2024 is after sunset: the
			// Hebrew day is the next, 22 Adar I (hd 2024-03-02).
			ms = dateline.Find(tc.in, ref, dateline.Sunset(city(t, "Jerusalem")))
			require.Len(t, ms, 1)
			if tc.clock >= "17:50" {
				assert.Equal(t, "22 Adar I 5784", ms[0].Dateline.Hebrew.String())
			}
		})
	}
	// Near misses: a number that counts something after the hour, and
	// Ukrainian's "год." with no minutes (Russian's year).
	for _, tc := range []struct{ in, found string }{
		{"am 1. März 2024 um 19 Uhr 30 Personen", "1. März 2024 um 19 Uhr"},
		{"1 березня 2024 р., 18 год.", "1 березня 2024 р."},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.found, ms[0].Input)
			assert.Zero(t, ms[0].Dateline.Time.Minute())
		})
	}
}
