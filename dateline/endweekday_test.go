package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestWeekdayRangeEndDate: a range of two weekdays with one date may give
// the date of its end: "Wednesday–Thursday, October 2, 2025" (the 141st
// held-out round's report) was said to name a Wednesday that October 2 is
// not. The date is read as it is written, and a date that is neither
// weekday's is the weekday error still.
func TestWeekdayRangeEndDate(t *testing.T) {
	checkMatchCases(t, []matchCase{
		{text: "Wednesday–Thursday, October 2, 2025", day: "2025-10-02"},
		{text: "Mittwoch–Donnerstag, 2. Oktober 2025", day: "2025-10-02"},
		{text: "Wednesday–Thursday, October 1, 2025", day: "2025-10-01"},
		{text: "Wednesday-Thursday, October 1-2, 2025", day: "2025-10-01"},
		{text: "Tuesday–Wednesday, October 2, 2025", day: "2025-10-02", codes: []dateline.Code{dateline.CodeWeekday}},
		{text: "Wednesday–Thursday, October 2", day: "2025-10-02"},
	})
}

// TestWeekdayRangeEndDateLayout: a layout writes the day's weekday first,
// so the layout of a range of weekdays whose date is the start's writes
// other days right, and one whose date is the end's is refused, with a
// clear error: FuzzLayoutOf found "Wed&Thursday 2 February" given the
// layout "Mon&Tuesday 2 January", which wrote "Thu&Friday 2 February" for
// Thursday, February 2, 2023, which reads as Friday, February 2, 2024.
func TestWeekdayRangeEndDateLayout(t *testing.T) {
	l, err := dateline.LayoutOf("Wednesday–Thursday, October 1, 2025")
	require.NoError(t, err)
	assert.Equal(t, "Monday–Tuesday, January 2, 2006", l.String())
	for _, text := range []string{"Wednesday–Thursday, October 2, 2025", "Wed&Thursday 2 February 2023"} {
		_, err := dateline.LayoutOf(text)
		require.Error(t, err, text)
		assert.Contains(t, err.Error(), "second weekday's", text)
		assert.ErrorIs(t, err, dateline.ErrAmbiguous, text)
	}
}

// TestWeekdayRangeYearlessLayout: without a year, which weekday of a
// range is the date's turns on the year the reader takes, and so on the
// clock: "Sun - Mon March 14" is Monday, March 14, 2022 read on March 2,
// 2024, and Sunday, March 14, 2027 read in December 2026. FuzzParse found
// its layout written as "Mon - Tue March 14", which read back as 2023.
// Such an example is refused; one with its year, or a range of days, is
// not.
func TestWeekdayRangeYearlessLayout(t *testing.T) {
	for _, text := range []string{"Sun - Mon March 14", "   Wed&ThrsdAY 2 FeBuArY", "Sun  Y Mo MAA 14", "Mittwoch–Donnerstag, 2. Oktober"} {
		t.Run(text, func(t *testing.T) {
			_, err := dateline.LayoutOf(text)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "either weekday's")
			assert.ErrorIs(t, err, dateline.ErrAmbiguous)
		})
	}
	for text, want := range map[string]string{
		"Sun - Mon March 14, 2021":   "Mon - Tue January 2, 2006",
		"Sunday-Monday, March 13-14": "Monday-Tuesday, January 2-3",
		"Wednesday, October 1":       "Monday, January 2",
	} {
		t.Run(text, func(t *testing.T) {
			l, err := dateline.LayoutOf(text)
			require.NoError(t, err)
			assert.Equal(t, want, l.String())
		})
	}
}

// TestWeekdayRangeEndDateAlso: the other day of a range of two weekdays
// whose date is the end's is the start, the day before: "Wednesday–
// Thursday, October 2, 2025" gave "also Friday, October 3", a day the
// text does not name, with nothing said. One whose date is the start's
// has the day after.
func TestWeekdayRangeEndDateAlso(t *testing.T) {
	for _, tc := range []struct{ text, day, also string }{
		{"Wednesday–Thursday, October 2, 2025", "2025-10-02", "2025-10-01"},
		{"Mittwoch und Donnerstag, 2. Oktober 2025", "2025-10-02", "2025-10-01"},
		{"Sunday and Monday, March 14, 2022", "2022-03-14", "2022-03-13"},
		{"Wednesday–Thursday, October 1, 2025", "2025-10-01", "2025-10-02"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			require.Len(t, rep.Also, 1)
			assert.Equal(t, tc.also, rep.Also[0].Time.Format("2006-01-02"))
		})
	}
}
