package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewCountedOccasionDay: Hebrew's "יום ב׳ של סוכות" is the second
// day of Sukkot, as "2nd day of Sukkot" is; the letter after יום names a
// weekday too (יום ב׳, Monday), and "יום ב׳ של סוכות תשפ״ה" was Monday,
// October 21, 2024, 19 Tishrei, with nothing said, and "יום ב׳ של ראש
// השנה תשפ״ה" a weekday error. In free text, where the count's prefixed
// יום (ביום) is not read, the occasion found alone, its first day, says
// the words before it may count its days. Each day checked with hd.
func TestHebrewCountedOccasionDay(t *testing.T) {
	for _, tc := range []struct{ text, day string }{
		{"יום ב׳ של סוכות תשפ״ה", "2024-10-18"},
		{"יום ב' של סוכות תשפ\"ה", "2024-10-18"},
		{"יום ב של סוכות תשפ״ה", "2024-10-18"},
		{"יום ג׳ של פסח תשפ״ד", "2024-04-25"},
		{"יום ב׳ של ראש השנה תשפ״ה", "2024-10-04"},
		{"יום ה׳ של חנוכה תשפ״ה", "2024-12-30"},
		{"יום א׳ של פסח תשפ״ד", "2024-04-23"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
		})
	}
	// Near misses: a weekday with a date, and a count past the eighth.
	rep := dateline.Check("יום ב׳, 21.10.2024", heldoutRef)
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, time.Monday, rep.Dateline.Time.Weekday())
	assert.False(t, dateline.Check("יום ט׳ של סוכות תשפ״ה", heldoutRef).OK())

	// After ביום the count is read as after יום (fixsilent52: it was
	// only warned of, the occasion read as its first day; see
	// TestOnCountedOccasionDay).
	for _, tc := range []struct{ text, day string }{
		{"החג יחול ביום ב׳ של סוכות תשפ״ה בבית הכנסת", "2024-10-18"},
		{"וביום ג׳ של פסח תשפ״ד נצא לטיול", "2024-04-25"},
	} {
		ms := dateline.Find(tc.text, heldoutRef)
		require.NotEmpty(t, ms, tc.text)
		require.True(t, ms[0].OK(), "%v", ms[0].Problems)
		assert.Empty(t, ms[0].Problems)
		assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
	}
	ms := dateline.Find("חג סוכות תשפ״ה שמח", heldoutRef)
	require.NotEmpty(t, ms)
	assert.Empty(t, ms[0].Problems)
}
