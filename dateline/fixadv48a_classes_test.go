package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// adv48Ref is the reference of the 48th adversarial review's commands:
// Saturday, March 2, 2024 in UTC.
var adv48Ref = dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))

// TestNumberBeforeMonthFirstDate: a number just before a month that is
// followed by its own day and year ("Room 4 March 2, 2024", a score's
// "13-5 May 2, 2024", "Apollo 11 July 20 1969") is a room's, an item's, a
// score or a flight's, not the day: Find read "4 March" in the
// reference's year, the text's year dropped, or, where the day was read
// as a year of two digits, nothing at all. The month's own date is
// found. Near misses keep their reading.
func TestNumberBeforeMonthFirstDate(t *testing.T) {
	checkMatches(t, adv48Ref, []struct{ text, match, day, heb string }{
		{"Room 4 March 2, 2024 meeting", "March 2, 2024", "2024-03-02", "22 Adar I 5784"},
		{"Item 3 May 5, 2024", "May 5, 2024", "2024-05-05", "27 Nisan 5784"},
		{"Top 5 March 2, 2024 deals", "March 2, 2024", "2024-03-02", "22 Adar I 5784"},
		{"Session 2 March 2, 2024 | 22 Adar I 5784", "March 2, 2024 | 22 Adar I 5784", "2024-03-02", "22 Adar I 5784"},
		{"The Yankees beat Boston 13-5 May 2, 2024.", "May 2, 2024", "2024-05-02", "24 Nisan 5784"},
		{"The Yankees beat Boston 3-5 May 2, 2024.", "May 2, 2024", "2024-05-02", "24 Nisan 5784"},
		{"Apollo 11 July 20 1969 was the landing.", "July 20 1969", "1969-07-20", "5 Av 5729"},
		{"Flight 93 September 11, 2001 crashed.", "September 11, 2001", "2001-09-11", "23 Elul 5761"},
		{"Doors open at 7 March 2, 2024.", "March 2, 2024", "2024-03-02", "22 Adar I 5784"},
		{"Grade 3 March 15th, 2024 report", "March 15th, 2024", "2024-03-15", "5 Adar II 5784"},
		{"Row 2 Seat 14 March 2, 2024", "March 2, 2024", "2024-03-02", "22 Adar I 5784"},
		// Near misses: the day before the month is the date's own.
		{"Room 4, meeting on 4 March 2024", "4 March 2024", "2024-03-04", "24 Adar I 5784"},
		{"Apollo 11 landed July 20, 1969.", "July 20, 1969", "1969-07-20", "5 Av 5729"},
		{"Vol. 12 March 2, 2024", "March 2, 2024", "2024-03-02", "22 Adar I 5784"},
		{"Sala 4 de marzo de 2024", "4 de marzo de 2024", "2024-03-04", "24 Adar I 5784"},
	})
}

// TestVerbMayMarchAfterNumber: English's "may" and "march" in lower case
// after a bare number, with no year or Hebrew date, are verbs, not a
// month: "Children under 12 may enter free" was May 12 of the reference's
// year, and "Some 20 march on Sunday" March 20, 2022, with only the info
// that the year was inferred. A capital, a year, a Hebrew date or another
// language's lower-case month keeps the date.
func TestVerbMayMarchAfterNumber(t *testing.T) {
	for _, text := range []string{
		"Children under 12 may enter free.",
		"Of the 30 students, 16 may attend the ceremony.",
		"Scores of 3 may vary.",
		"Only 5 march today.",
		"Some 20 march on Sunday.",
		"Between 3-5 may apply.",
		"At least 1000 march; 40 may follow.",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, adv48Ref))
		})
	}
	checkMatches(t, adv48Ref, []struct{ text, match, day, heb string }{
		{"on 12 may 2024 we met", "12 may 2024", "2024-05-12", "4 Iyyar 5784"},
		{"le 12 mai 2024", "12 mai 2024", "2024-05-12", "4 Iyyar 5784"},
		{"the 4 march 2024 rally", "4 march 2024", "2024-03-04", "24 Adar I 5784"},
	})
	for _, tc := range []struct{ text, day string }{
		{"Opens 12 May.", "2024-05-12"},
		{"Opens 4 March.", "2024-03-04"},
		{"le 12 mai", "2024-05-12"},
		{"Montevideo, 6 may (EFE).- El gobierno", "2024-05-06"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, adv48Ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
}

// TestOneDigitRangeEndBackward: a range end of one digit below the day
// before the dash ("10-9 May 2024") runs backwards, the error other
// backward ranges give; it was read as a shortened end in the first
// day's tens (May 10-19, "26-9 May" May 26-29) with nothing said. Where a
// weekday names each day ("Monday night-Tuesday February 16-7"), the
// short end is checked by it and read as before; forward ranges too.
func TestOneDigitRangeEndBackward(t *testing.T) {
	for _, tc := range []struct{ text, match string }{
		{"The festival runs 10-9 May 2024.", "10-9 May 2024"},
		{"Held 26-9 May 2024 in Paris.", "26-9 May 2024"},
		{"Held 28-9 May 2024 in Paris.", "28-9 May 2024"},
		{"Open May 10-9, 2024 daily", "May 10-9, 2024"},
		{"12-6 October 2024", "12-6 October 2024"},
		{"du 21-5 mars 2024", "21-5 mars 2024"},
		{"vom 14-3 März 2024", "14-3 März 2024"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, adv48Ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.False(t, ms[0].OK())
			assert.True(t, hasProblem(ms[0].Report, dateline.CodeSyntax, dateline.Error), "%v", ms[0].Problems)
		})
	}
	checkMatches(t, adv48Ref, []struct{ text, match, day, heb string }{
		{"Held 26-29 May 2024", "26-29 May 2024", "2024-05-26", "18 Iyyar 5784"},
		{"Held 2-9 May 2024", "2-9 May 2024", "2024-05-02", "24 Nisan 5784"},
		{"12-16 October 2024", "12-16 October 2024", "2024-10-12", "10 Tishrei 5785"},
	})
	// A Hebrew range before it checks the short end: October 21-28.
	rep := dateline.Check("2-8 Cheshvan 5778 | October 21-8, 2017", adv48Ref)
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2017-10-21", rep.Dateline.Time.Format(time.DateOnly))
	require.NotEmpty(t, rep.Also)
	assert.Equal(t, "2017-10-28", rep.Also[len(rep.Also)-1].Time.Format(time.DateOnly))
}

// TestRangeEndOwnTime: the time after the end of a range of whole dates
// (the end with its weekday or month) is the end's (see TestRangeEndClock),
// and so is one each end states for itself: Report.Also gives the end's
// day at that time, and with a Sunset rule its Hebrew day by that time.
// "Saturday, March 2 - Monday, March 4, 2024 at 8:00 pm" dropped its time
// with nothing said, and "March 2, 2024 8:00 pm - March 4, 2024 10:00 am"
// in Jerusalem ended on 25 Adar I, the start's evening carried to a
// Monday morning, and its layout wrote "10:00 am" as text for every day.
// A range of days of one month keeps its time the dateline's.
func TestRangeEndOwnTime(t *testing.T) {
	at := dateline.Sunset(city(t, "Jerusalem"))
	for _, tc := range []struct {
		text, start, startHeb, also, alsoHeb string
		startTime                            bool
	}{
		{"March 2, 2024 8:00 pm - March 4, 2024 10:00 am", "2024-03-02 20:00", "23 Adar I 5784", "2024-03-04 10:00", "24 Adar I 5784", true},
		{"March 2, 2024 8:00 pm - March 4, 2024 9:30 pm", "2024-03-02 20:00", "23 Adar I 5784", "2024-03-04 21:30", "25 Adar I 5784", true},
		{"du samedi 2 mars 2024 à 20h00 au lundi 4 mars 2024 à 10h00", "2024-03-02 20:00", "23 Adar I 5784", "2024-03-04 10:00", "24 Adar I 5784", true},
		{"Saturday, March 2 - Monday, March 4, 2024 at 8:00 pm", "2024-03-02", "22 Adar I 5784", "2024-03-04 20:00", "25 Adar I 5784", false},
		{"March 2 - March 4, 2024 at 8:00 pm", "2024-03-02", "22 Adar I 5784", "2024-03-04 20:00", "25 Adar I 5784", false},
		{"March 2 - March 4, 2024 at 10:00 am", "2024-03-02", "22 Adar I 5784", "2024-03-04 10:00", "24 Adar I 5784", false},
		{"du samedi 2 mars au lundi 4 mars 2024 à 20h00", "2024-03-02", "22 Adar I 5784", "2024-03-04 20:00", "25 Adar I 5784", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, adv48Ref, at)
			require.True(t, rep.OK(), "%v", rep.Problems)
			layout := "2006-01-02"
			if tc.startTime {
				layout = "2006-01-02 15:04"
			}
			assert.Equal(t, tc.startTime, rep.Dateline.HasTime)
			assert.Equal(t, tc.start, rep.Dateline.Time.Format(layout))
			assert.Equal(t, tc.startHeb, rep.Dateline.Hebrew.String())
			require.Len(t, rep.Also, 1)
			assert.True(t, rep.Also[0].HasTime)
			assert.Equal(t, tc.also, rep.Also[0].Time.Format("2006-01-02 15:04"))
			assert.Equal(t, tc.alsoHeb, rep.Also[0].Hebrew.String())
			assert.Empty(t, rep.Layout, "the end's time is no layout's")
		})
	}
	// Without a rule the end's time names its civil day's Hebrew date.
	rep := dateline.Check("March 2 - March 4, 2024 at 8:00 pm", adv48Ref)
	require.Len(t, rep.Also, 1)
	assert.Equal(t, "2024-03-04 20:00", rep.Also[0].Time.Format("2006-01-02 15:04"))
	assert.Equal(t, "24 Adar I 5784", rep.Also[0].Hebrew.String())
	// Near misses: a range of one month's days keeps its time the
	// dateline's, each day at it; a range of times is the start day's.
	for text, heb := range map[string]string{
		"March 2-4, 2024 8:00 pm":       "25 Adar I 5784",
		"March 2-4, 2024 8:00-10:00 pm": "25 Adar I 5784",
	} {
		rep := dateline.Check(text, adv48Ref, at)
		require.True(t, rep.OK(), "%s: %v", text, rep.Problems)
		assert.True(t, rep.Dateline.HasTime, text)
		assert.Equal(t, "23 Adar I 5784", rep.Dateline.Hebrew.String(), text)
		require.Len(t, rep.Also, 1, text)
		assert.False(t, rep.Also[0].HasTime, text)
		assert.Equal(t, heb, rep.Also[0].Hebrew.String(), text)
		assert.NotEmpty(t, rep.Layout, text)
	}
}
