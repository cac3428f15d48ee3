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

// TestEveningPartThenWeekday: Hebrew's בערב after an hour, then a
// weekday's name, is the hour's part of the day and the eve's word at
// once, as בערב before a weekday is without an hour: "בשעה 8 בערב שבת"
// is 8 pm on the eve of Shabbat, Friday; "בערב יום שישי" is Friday's own
// evening. שבת was read as Saturday: a Friday's date was refused as no
// Saturday, a Saturday's read with nothing said. After a comma the
// weekday is one of its own, and a Friday's date is no Saturday.
func TestEveningPartThenWeekday(t *testing.T) {
	// 2024-03-01 is Friday, 21 Adar I 5784; 2024-02-29 Thursday, 20
	// Adar I; 2024-03-02 Saturday, 22 Adar I.
	for _, tc := range []struct{ in, time, heb string }{
		{"1 במרץ 2024 בשעה 8 בערב שבת", "2024-03-01T20:00:00Z", "21 Adar I 5784"},
		{"1 במרץ 2024 8 בערב שבת", "2024-03-01T20:00:00Z", "21 Adar I 5784"},
		{"1 במרץ 2024 בשעה 9 בערב שבת קודש", "2024-03-01T21:00:00Z", "21 Adar I 5784"},
		{"1 במרץ 2024 בשעה 8 בערב יום שישי", "2024-03-01T20:00:00Z", "22 Adar I 5784"},
		{"29 בפברואר 2024 בשעה 9 בערב יום חמישי", "2024-02-29T21:00:00Z", "21 Adar I 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r := dateline.Check(tc.in)
			require.True(t, r.OK(), "%v", r.Problems)
			assert.Empty(t, r.Problems)
			assert.Equal(t, tc.time, r.Dateline.Time.Format(time.RFC3339))
			assert.Equal(t, tc.heb, r.Dateline.Hebrew.String())
		})
	}
	for _, in := range []string{
		"2 במרץ 2024 בשעה 8 בערב שבת",  // the eve of Shabbat is no Saturday
		"1 במרץ 2024 בשעה 8 בערב, שבת", // a weekday of its own
		"2 במרץ 2024 בשעה 8 בערב יום שני",
	} {
		t.Run(in, func(t *testing.T) {
			r := dateline.Check(in)
			require.False(t, r.OK())
			assert.Equal(t, dateline.CodeWeekday, r.Problems[0].Code)
		})
	}
}

// TestClockEndUnread: a match that ends with a clock where a dash and a
// number of one or two digits follow it (a range's end as an hour or as
// minutes alone, or an offset in hours) warns that the number was not
// read; Find read the clock alone with nothing said. A range's end the
// reader reads, and a number with a word after it, stay as they were.
func TestClockEndUnread(t *testing.T) {
	// 2024-03-02 is Saturday, 22 Adar I 5784.
	for _, tc := range []struct{ in, match string }{
		{"2024-03-02 09:30-15", "2024-03-02 09:30"},
		{"2024-03-02 09:30 -10", "2024-03-02 09:30"},
		{"March 2, 2024 9:30-10", "March 2, 2024 9:30"},
		{"March 2, 2024 9:30 – 45.", "March 2, 2024 9:30"},
		{"2 במרץ 2024 09:30-15", "2 במרץ 2024 09:30"},
		{"2. März 2024, 09:30:15-16", "2. März 2024, 09:30:15"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, ms[0].Input)
			require.True(t, ms[0].OK(), "%v", ms[0].Problems)
			assert.Equal(t, "22 Adar I 5784", ms[0].Dateline.Hebrew.String())
			require.Len(t, ms[0].Problems, 1)
			assert.Equal(t, dateline.CodeDateAmbiguous, ms[0].Problems[0].Code)
			assert.Equal(t, dateline.Warning, ms[0].Problems[0].Severity)
		})
	}
	for _, tc := range []struct{ in, match string }{
		{"March 2, 2024 9:30-10:15", "March 2, 2024 9:30-10:15"},
		{"March 2, 2024 9:30-10 am", "March 2, 2024 9:30-10 am"},
		{"2. März 2024 9:30-15 Uhr", "2. März 2024 9:30-15 Uhr"},
		{"March 2, 2024 9:30-10 April", "March 2, 2024 9:30"},
		{"March 2, 2024 9:30-2024", "March 2, 2024 9:30"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in)
			require.NotEmpty(t, ms)
			assert.Equal(t, tc.match, ms[0].Input)
			for _, p := range ms[0].Problems {
				assert.NotContains(t, p.Message, "after the time, not read")
			}
		})
	}
}

// TestLongForwardNumericRange: a numeric range forward over more than a
// range's 95 days, whose end states the year, is read as a range in that
// year: "10.01.-18.06.2021" was read as its end alone, the start dropped
// with nothing said, and one over more than half a year ("01.02.-
// 30.08.2021") would have been refused as running backwards. Without a
// year, or back into an earlier month, it stays as it was.
func TestLongForwardNumericRange(t *testing.T) {
	for _, tc := range []struct{ in, start, end string }{
		{"10.01.-18.06.2021", "2021-01-10", "2021-06-18"},
		{"01.02.-30.08.2021", "2021-02-01", "2021-08-30"},
		{"10.01.-30.11.2021", "2021-01-10", "2021-11-30"},
		{"Geöffnet vom 10.01.-18.06.2021 täglich", "2021-01-10", "2021-06-18"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in)
			require.Len(t, ms, 1)
			require.True(t, ms[0].OK(), "%v", ms[0].Problems)
			assert.Equal(t, tc.start, ms[0].Dateline.Time.Format(time.DateOnly))
			require.Len(t, ms[0].Also, 1)
			assert.Equal(t, tc.end, ms[0].Also[0].Time.Format(time.DateOnly))
		})
	}
	// Back into an earlier month: refused, as before.
	for _, in := range []string{"10.12.-18.10.2020", "10.09.-18.05.2021"} {
		t.Run(in, func(t *testing.T) {
			assert.False(t, dateline.Check(in).OK())
		})
	}
}

// TestDashedRangeYearAfter: a date without a year, then a dash and a date
// whose year is stated and whose month comes before the first's, is a
// range into that year: the first date is in the year before. "10
// September - 18 May 2021" read its start as September 10, 2021, after
// its end. Joined by "and", or forward, the first date takes the year.
func TestDashedRangeYearAfter(t *testing.T) {
	for _, tc := range []struct{ in, first string }{
		{"10 September - 18 May 2021", "2020-09-10"},
		{"10 September – 18 May 2021", "2020-09-10"},
		{"10. September - 18. Mai 2021", "2020-09-10"},
		{"1 November - 15 February 2024", "2023-11-01"},
		{"10 September and 18 May 2021", "2021-09-10"},
		{"10 May - 18 September 2021", "2021-05-10"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in)
			require.Len(t, ms, 2)
			assert.Equal(t, tc.first, ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
}

// TestOnCountedOccasionDay: Hebrew's ביום (on the day) before a counted
// occasion's day is read as יום is, by Check and Find: "ביום ב׳ של סוכות
// תשפ״ה" is 16 Tishrei 5785. Check refused it at של, ב׳ read as a day of a
// month, and Find read the occasion alone, its first day, with a warning.
// A count past the eighth, or של before no occasion, stays unread.
func TestOnCountedOccasionDay(t *testing.T) {
	for _, tc := range []struct{ in, greg, heb string }{
		{"ביום ב׳ של סוכות תשפ״ה", "2024-10-18", "16 Tishrei 5785"},
		{"ביום ג׳ של פסח תשפ״ה", "2025-04-15", "17 Nisan 5785"},
		{"ביום ב׳ של חנוכה תשפ״ה", "2024-12-27", "26 Kislev 5785"},
		{"ביום ב של סוכות תשפ״ה", "2024-10-18", "16 Tishrei 5785"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r := dateline.Check(tc.in)
			require.True(t, r.OK(), "%v", r.Problems)
			assert.Equal(t, tc.greg, r.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, r.Dateline.Hebrew.String())
			ms := dateline.Find("הכנס ייערך " + tc.in + " באולם.")
			require.Len(t, ms, 1)
			assert.Equal(t, tc.in, ms[0].Input)
			assert.Empty(t, ms[0].Problems)
			assert.Equal(t, tc.heb, ms[0].Dateline.Hebrew.String())
		})
	}
	for _, in := range []string{"ביום ט׳ של חנוכה תשפ״ה", "ביום ב׳ של השבוע"} {
		t.Run(in, func(t *testing.T) {
			assert.False(t, dateline.Check(in).OK())
		})
	}
}
