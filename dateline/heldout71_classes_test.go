package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// ref71 is the corpus's reference day, as the seventy-first round's tests
// read their lines.
var ref71 = dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))

// TestTurkishDayParts: the parts of the day Turkish says after a weekday,
// before the hour: "6 Eylül 1986 Cumartesi sabahı saat 09.17’de Neve
// Şalom Sinagogu ..." (Saturday morning at 09.17; Karel Valansi's blog,
// the seventy-first held-out round), whose date was read without its
// time: "sabahı" (the morning of) ended the dateline, where "akşamı" (the
// evening of) went on to the hour. The morning, bare or with its
// possessive ending, is the weekday's own day; the night ("gecesi") and
// the bare evening ("akşam") are its evening, whose Hebrew date is the
// next day's. The words count only after a weekday: "Sabah" is also a
// newspaper, which after a date is no part of it.
func TestTurkishDayParts(t *testing.T) {
	for _, tc := range []struct {
		text, day, clock, heb string
	}{
		{"6 Eylül 1986 Cumartesi sabahı saat 09.17’de Neve Şalom Sinagogu acımasız bir terör saldırısına uğradı.", "1986-09-06", "09:17", "2 Elul 5746"},
		{"6 Eylül 1986 Cumartesi sabahı saat 09.17'de", "1986-09-06", "09:17", "2 Elul 5746"},
		{"14 Aralık 2025 Pazar sabah 10.00", "2025-12-14", "10:00", "24 Kislev 5786"},
		{"20 Aralık 2011 Salı gecesi", "2011-12-20", "", "25 Kislev 5772"},
		{"8 Ekim 2019 Salı akşam saat 18.00", "2019-10-08", "18:00", "10 Tishrei 5780"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref71)
			require.Len(t, ms, 1)
			d := ms[0].Dateline
			assert.Equal(t, tc.day, d.Time.Format(time.DateOnly), "%q", ms[0].Input)
			assert.Equal(t, tc.clock != "", d.HasTime, "%q", ms[0].Input)
			if tc.clock != "" {
				assert.Equal(t, tc.clock, d.Time.Format("15:04"))
			}
			assert.Equal(t, tc.heb, d.Hebrew.String())
		})
	}
	for _, text := range []string{
		"6 Eylül 1986 Sabah gazetesi 5 sayfa ayırdı", // the newspaper, after no weekday
		"Sabah 6 Eylül 1986",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, ref71)
			require.Len(t, ms, 1)
			assert.Equal(t, "1986-09-06", ms[0].Dateline.Time.Format(time.DateOnly))
			assert.False(t, ms[0].Dateline.HasTime)
			assert.Equal(t, "2 Elul 5746", ms[0].Dateline.Hebrew.String())
		})
	}
}
