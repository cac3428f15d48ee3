package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestPartHourAfterDate: an hour from 1 to 12 right after a whole date,
// with no word for "at" before it and a part of the day after it, is read
// with its part of the day, by Check and by Find, in each language of the
// parts of the day. It was left unread: Find read the day alone with
// nothing said, Check refused the part ("expected a month name"). An
// hour with no part of the day after it, or another word between, stays
// unread.
func TestPartHourAfterDate(t *testing.T) {
	// 2024-03-02 is Saturday, 22 Adar I 5784.
	for _, tc := range []struct{ in, time string }{
		{"2 במרץ 2024 8 בערב", "20:00"},
		{"2 במרץ 2024, 9 בבוקר", "09:00"},
		{"2 במרץ 2024 10 בלילה", "22:00"},
		{"March 2, 2024 8 in the evening", "20:00"},
		{"March 2, 2024, 7 in the morning", "07:00"},
		{"2 de marzo de 2024 9 de la noche", "21:00"},
		{"2 марта 2024 8 вечера", "20:00"},
		{"2 марта 2024 г. 8 вечера", "20:00"},
		{"2. März 2024 8 abends", "20:00"},
		{"2 mars 2024 9 du soir", "21:00"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r := dateline.Check(tc.in)
			require.True(t, r.OK(), "%v", r.Problems)
			assert.Equal(t, "2024-03-02T"+tc.time+":00Z", r.Dateline.Time.Format(time.RFC3339))
			assert.Equal(t, "22 Adar I 5784", r.Dateline.Hebrew.String())
			ms := dateline.Find("נפגש " + tc.in + ".")
			require.Len(t, ms, 1)
			assert.Equal(t, tc.in, ms[0].Input)
			assert.Equal(t, "2024-03-02T"+tc.time+":00Z", ms[0].Dateline.Time.Format(time.RFC3339))
		})
	}
	// Near misses: no part of the day, a word between, or a line break.
	for _, tc := range []struct{ in, found string }{
		{"2 במרץ 2024 8 שעות", "2 במרץ 2024"},
		{"March 2, 2024 8 copies in the evening", "March 2, 2024"},
		{"March 2, 2024 8 people", "March 2, 2024"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			assert.False(t, dateline.Check(tc.in).OK())
			ms := dateline.Find(tc.in)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.found, ms[0].Input)
			assert.False(t, ms[0].Dateline.HasTime)
		})
	}
}
