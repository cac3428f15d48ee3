package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestTimeRangeJoinedByWord: a range of times joined by a word that says
// "to" (the fortieth held-out round), before the date or after it, is
// read from its start, as a range joined by a dash is. Before, a
// college's "9:30am to 2pm, Thursday, April 25, 2019" was found as "2pm,
// Thursday, April 25, 2019", the event's end given as its time with
// nothing said. The end may be an hour with its AM or PM and no minutes;
// a number after the word that is no time of day ("to 10 people", "to
// 11") ends the dateline before the word, as before.
func TestTimeRangeJoinedByWord(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, want, match string }{
		{"9:30am to 2pm, Thursday, April 25, 2019", "2019-04-25 09:30", ""},
		{"7pm to 9pm, Wednesday, April 24, 2019", "2019-04-24 19:00", ""},
		{"11am to 1pm, Wednesday, April 24, 2019", "2019-04-24 11:00", ""},
		{"11 AM - 1 PM, Wednesday, April 24, 2019", "2019-04-24 11:00", ""},
		{"1:30 PM through 3 PM, Wednesday, April 24, 2019", "2019-04-24 13:30", ""},
		{"10:00 till 12:00, Wednesday, April 24, 2019", "2019-04-24 10:00", ""},
		{"Wednesday, April 24, 2019 at 7 pm to 8:30 pm", "2019-04-24 19:00", ""},
		{"Thursday, April 25, 2019, 9:30am to 2pm", "2019-04-25 09:30", ""},
		{"Mittwoch, 24. April 2019, 9:30 bis 11:00 Uhr", "2019-04-24 09:30", ""},
		{"miércoles 24 de abril de 2019, de 9:30 a 11:30", "2019-04-24 09:30", ""},
		{"Open house from 9 am to 5 pm, March 3, 2024.", "2024-03-03 09:00", "9 am to 5 pm, March 3, 2024"},
		// A number after the word that is no time of day is prose.
		{"Wednesday, April 24, 2019, 5 PM to 10 people", "2019-04-24 17:00", "Wednesday, April 24, 2019, 5 PM"},
		{"Wednesday, April 24, 2019, 9:30 to 11", "2019-04-24 09:30", "Wednesday, April 24, 2019, 9:30"},
		{"Wednesday, April 24, 2019 at 5 pm to the park", "2019-04-24 17:00", "Wednesday, April 24, 2019 at 5 pm"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			m := ms[0]
			match := tc.match
			if match == "" {
				match = tc.text
			}
			assert.Equal(t, match, tc.text[m.Start:m.End])
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.True(t, m.Dateline.HasTime)
			assert.Equal(t, tc.want, m.Dateline.Time.Format("2006-01-02 15:04"))
		})
	}
	// Prose where a time is followed by "to" and a number: no range, and
	// the date after it is read alone, without the time.
	for _, text := range []string{
		"Sunday, 10:00 to 10 people, April 2, 2019",
		"at 8:00 to 10 April 2019",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, ref) {
				assert.False(t, m.Dateline.HasTime && m.Dateline.Time.Hour() == 10, "%q read 10 as an hour", text[m.Start:m.End])
			}
		})
	}
}

// TestOccasionBeginsPhrases: the ways English pages say when an occasion
// begins that the fortieth held-out round showed the reader did not
// know, read as the evening on which it begins (its eve), in a year the
// occasion fixes where the text names none: a name set off by commas
// without "the" ("Yom Hashoah, Holocaust Memorial Day, begins the
// evening of Monday, April 20", read before in 2026, whose Yom HaShoah
// is April 14); "takes place" with an evening's words ("Hanukkah takes
// place from sundown on Nov. 28", read before as November 28, 2026);
// "this coming" before the weekday; and "and finishes on" ending the
// range ("starts on Monday, September 6, and finishes on Wednesday,
// September 8", found before as two dates). "Takes place" without an
// evening's words is the occasion's own day, and a capitalized word set
// off by commas that no verb follows is no apposition.
func TestOccasionBeginsPhrases(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, day, hebrew string }{
		{"Yom Hashoah, Holocaust Memorial Day, begins the evening of Monday, April 20 and ends the evening of Tuesday, April 21.", "2020-04-20", "27 Nisan 5780"},
		{"Shavuot, Festival of Weeks, starts at sundown on Tuesday, June 11, 2024", "2024-06-11", "6 Sivan 5784"},
		{"Passover, Pesach, begins on the evening of April 22, 2024", "2024-04-22", "15 Nisan 5784"},
		{"This year, Hanukkah takes place from sundown on Nov. 28 to sundown on Dec. 6.", "2021-11-28", "25 Kislev 5782"},
		{"Purim takes place on March 14", "2025-03-14", "14 Adar 5785"},
		{"Purim takes place on Friday, March 14, 2025", "2025-03-14", "14 Adar 5785"},
		{"Yom Kippur begins this coming Friday, October 11, 2024", "2024-10-11", "10 Tishrei 5785"},
		{"Rosh Hashanah will start at sundown this coming Monday (September 22)", "2025-09-22", "1 Tishrei 5786"},
		{"This year, Rosh Hashanah starts on Monday, September 6, and finishes on Wednesday, September 8.", "2021-09-06", "1 Tishrei 5782"},
		{"Rosh Hashanah starts on Monday, September 22, 2025, and finishes on Wednesday, September 24, 2025", "2025-09-22", "1 Tishrei 5786"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			_, day, hebrew, ok := findOne(t, tc.text) // at corpusReference, as ref
			assert.True(t, ok)
			assert.Equal(t, tc.day, day)
			assert.Equal(t, tc.hebrew, hebrew)
		})
	}
	t.Run("a capitalized word is no apposition without a verb", func(t *testing.T) {
		ms := dateline.Find("Sukkot, Sunday, September 29, 2024", ref)
		require.Len(t, ms, 1)
		assert.False(t, ms[0].OK(), "Sukkot is not September 29, 2024")
	})
	t.Run("takes place without an occasion", func(t *testing.T) {
		ms := dateline.Find("The party takes place from sundown on Nov. 28", ref)
		require.Len(t, ms, 1)
		assert.Equal(t, "2026-11-28", ms[0].Dateline.Time.Format(time.DateOnly))
	})
}

// TestSentenceYearFor: English's "for" and a year open a sentence whose
// date names no year of its own, as "in" does (the fortieth held-out
// round): a Holocaust centre's "(for 2018, it begins the evening of April
// 11 and continues on April 12)" was read in 2027, the year nearest the
// reference.
func TestSentenceYearFor(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, day string }{
		{"(for 2018, it begins the evening of April 11 and continues on April 12)", "2018-04-11"},
		{"For 2024, Passover begins at sundown on April 22.", "2024-04-22"},
		{"In 2024, Passover begins at sundown on April 22.", "2024-04-22"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
	t.Run("for inside a sentence names no year of it", func(t *testing.T) {
		ms := dateline.Find("We thank you for 2018 and meet again on April 11.", ref)
		for _, m := range ms {
			assert.NotEqual(t, 2018, m.Dateline.Time.Year())
		}
	})
}

// TestFastNounAndThisYear: English's "fast" after a fast day's name, as
// "festival" and "holiday" after an occasion's, and "this year" after the
// verb that says when it begins (the fortieth held-out round: "The Tisha
// B'Av fast 2023 will begin this year on 26.07" was not found). Without a
// year or a verb after it, "fast" is prose, and the date is read alone.
func TestFastNounAndThisYear(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, day, hebrew string }{
		{"The Tisha B'Av fast 2023 will begin this year on 26.07", "2023-07-26", "9 Av 5783"},
		{"The Yom Kippur fast begins at sundown on Friday, October 11, 2024", "2024-10-11", "10 Tishrei 5785"},
		{"Yom Kippur fast 5785", "2024-10-12", "10 Tishrei 5785"},
		{"Tisha B'Av fast 2023", "2023-07-27", "9 Av 5783"},
		{"Passover begins this year on April 22, 2024", "2024-04-22", "15 Nisan 5784"},
		{"Passover begins this year at sundown on Monday, April 22", "2024-04-22", "15 Nisan 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			_, day, hebrew, ok := findOne(t, tc.text) // at corpusReference, as ref
			assert.True(t, ok)
			assert.Equal(t, tc.day, day)
			assert.Equal(t, tc.hebrew, hebrew)
		})
	}
	t.Run("fast as prose", func(t *testing.T) {
		text := "the Gedaliah fast day, October 6, 2024"
		ms := dateline.Find(text, ref)
		require.Len(t, ms, 1)
		assert.Equal(t, "October 6, 2024", text[ms[0].Start:ms[0].End])
	})
}

// TestTimeRangeLayoutOwnEnd: the layout of a dateline with a range of
// times writes the range's end as that dateline's own text. Report.Layout
// was cached by the fields' elements, which do not hold the end's text:
// "8:00 - 9:00 pm, ..." checked after "10:00 - 11:30 pm, ..." gave the
// layout "3:04 - 11:30 pm, ...", the other dateline's end.
func TestTimeRangeLayoutOwnEnd(t *testing.T) {
	for _, tc := range []struct{ text, layout string }{
		{"10:00 - 11:30 pm, Thursday, April 25, 2019", "3:04 - 11:30 pm, Monday, January 2, 2006"},
		{"8:00 - 9:00 pm, Thursday, April 25, 2019", "3:04 - 9:00 pm, Monday, January 2, 2006"},
		{"7pm to 9pm, Wednesday, April 24, 2019", "3pm to 9pm, Monday, January 2, 2006"},
		{"11am to 1pm, Wednesday, April 24, 2019", "3pm to 1pm, Monday, January 2, 2006"},
	} {
		rep := dateline.Check(tc.text)
		assert.Equal(t, tc.layout, rep.Layout, tc.text)
	}
}
