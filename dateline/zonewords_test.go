package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestZoneInWords: a zone named in words after a time ("Israel time",
// "Eastern Time", "שעון ישראל", "London time") is the time's zone: the
// words were left unread and the time taken in the In option's zone,
// hours off, with nothing said; so was a zone's abbreviation after a
// word for hours ("19 Uhr MEZ", "19 hs EST"). A word that only starts
// like one ("timetable", "Mitte") is not a zone.
func TestZoneInWords(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	in := dateline.In(ny)
	for text, want := range map[string]string{
		"The broadcast starts Saturday, March 2, 2024 at 10:00 pm Israel time.": "2024-03-02T22:00:00+02:00",
		"The call is on Saturday, March 2, 2024 at 3:00 pm Eastern Time.":       "2024-03-02T15:00:00-05:00",
		"ב-2 במרץ 2024 בשעה 22:00 שעון ישראל":                                   "2024-03-02T22:00:00+02:00",
		"March 2, 2024, 10:00 pm London time":                                   "2024-03-02T22:00:00Z",
		"July 2, 2024, 10:00 pm London time":                                    "2024-07-02T22:00:00+01:00",
		"March 2, 2024 at 3:00 pm Pacific Standard Time":                        "2024-03-02T15:00:00-08:00",
		"March 2, 2024 at 10:00 pm Israel timetable":                            "2024-03-02T22:00:00-05:00",
		// A zone after the word for hours: it was left unread.
		"Konzert am 2. März 2024 um 19 Uhr MEZ.":   "2024-03-02T19:00:00+01:00",
		"2. März 2024, 19.30 Uhr MEZ":              "2024-03-02T19:30:00+01:00",
		"2 maart 2024 om 20 uur CET":               "2024-03-02T20:00:00+01:00",
		"2 de marzo de 2024, 19 hs EST":            "2024-03-02T19:00:00-05:00",
		"2 mars 2024 à 19h CET":                    "2024-03-02T19:00:00+01:00",
		"Konzert am 2. März 2024 um 19 Uhr Mitte.": "2024-03-02T19:00:00-05:00",
	} {
		ms := dateline.Find(text, heldoutRef, in)
		require.Len(t, ms, 1, text)
		assert.Equal(t, want, ms[0].Dateline.Time.Format(time.RFC3339), text)
	}
	rep := dateline.Check("March 2, 2024 10:00 pm Israel time", heldoutRef, in)
	assert.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2024-03-02T22:00:00+02:00", rep.Dateline.Time.Format(time.RFC3339))
}
