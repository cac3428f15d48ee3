package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestCommaTwoDigitYear: a year of two digits after a date's day and a
// comma (the sixty-second held-out round's "Dec 22, 19", a post's date),
// month first or day first, where it ends the text or its line or comes
// before a bar or the bracket that holds it, is the year, in the century
// the reference chooses (the eighty years before it and the twenty
// after). Before, Find read "Dec
// 22" alone, in the year nearest the reference (2026), and Check gave a
// syntax error. Digits after a day and a comma are as often the next day
// of a list ("Sundays: Jan 5, 12"): a number a later day of the month
// could be is no year, and the date is read without it; nor is a number
// that words follow ("March 5, 19 people") or that a time's colon does.
// A layout with such a year would write "Jan 5, 12" for January 5, 2012,
// which reads as no date: LayoutOf refuses it, and once such a dateline
// is read, Check reads "Jan 5, 12" as the grammar does, not as a layout
// seen before.
func TestCommaTwoDigitYear(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, match, day string }{
		{"Dec 22, 19", "Dec 22, 19", "2019-12-22"},
		{"Sunday, Dec 22, 19", "Sunday, Dec 22, 19", "2019-12-22"},
		{"22 Dec, 19", "22 Dec, 19", "2019-12-22"},
		{"March 3, 98", "March 3, 98", "1998-03-03"},
		{"Posted Jan 30, 21\nMore news", "Jan 30, 21", "2021-01-30"},
		{"September 28,22 | 3 Tishrei 5783", "September 28,22 | 3 Tishrei 5783", "2022-09-28"},
		{"Oct 31, 31", "Oct 31, 31", "2031-10-31"},
		{"(Dec 22, 19)", "Dec 22, 19", "2019-12-22"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
			for _, p := range ms[0].Problems {
				assert.NotEqual(t, dateline.CodeYearInferred, p.Code, "the text names its year")
			}
		})
	}
	for _, tc := range []struct{ text, match string }{
		{"Sundays: Jan 5, 12", "Jan 5"},
		// A list of the month's days, read whole (see
		// TestFixlistMonthFirstCommaList): "March 5" alone before.
		{"Classes meet March 5, 12, 19 and 26.", "March 5, 12, 19 and 26"},
		{"On March 5, 19 people came.", "March 5"},
		{"Dec 22, 19:30", "Dec 22, 19:30"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.GreaterOrEqual(t, ms[0].Dateline.Time.Year(), 2026, "no year of two digits: the nearest")
			inferred := false
			for _, p := range ms[0].Problems {
				inferred = inferred || p.Code == dateline.CodeYearInferred
			}
			assert.True(t, inferred, "%v", ms[0].Problems)
		})
	}
	assert.True(t, dateline.Check("Sunday, Dec 22, 19", ref).OK())
	for _, l := range []string{"Dec 22, 19", "Sunday, Dec 22, 19", "22 Dec, 19"} {
		_, err := dateline.LayoutOf(l)
		assert.ErrorIs(t, err, dateline.ErrLayout, l)
	}
	assert.Empty(t, dateline.Check("Dec 22, 19", ref).Layout)
	assert.False(t, dateline.Check("Jan 5, 12", ref).OK(), "two days of a list, after a layout of a year after a comma was read")
}

// TestOrBetweenCalendars: English's "or" between a date of one calendar
// with its year and the other calendar's date of the same day (the
// sixty-second held-out round's "May 23, 1760 (or Sivan 6, 5520, by the
// Jewish calendar)"), as Portuguese's and French's "ou" are read: the two
// are one dateline, checked against each other. Before, they were two
// datelines, and the page's two days two days apart went unremarked.
// Without a year before it, "or" offers two days to choose from ("on March
// 5 or 12 Adar"), which stay two.
func TestOrBetweenCalendars(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"May 21, 1760 (or Sivan 6, 5520)", "May 21, 1760 (or Sivan 6, 5520)", "1760-05-21", "6 Sivan 5520"},
		{"Sunday, March 24, 1996 or 4 Nisan 5756", "Sunday, March 24, 1996 or 4 Nisan 5756", "1996-03-24", "4 Nisan 5756"},
		{"It was 14 Nisan 5784 or April 22 that year.", "14 Nisan 5784 or April 22", "2024-04-22", "14 Nisan 5784"},
	})
	ms := dateline.Find("May 23, 1760 (or Sivan 6, 5520, by the Jewish calendar)", ref)
	require.Len(t, ms, 1)
	assert.False(t, ms[0].OK(), "23 May 1760 is 8 Sivan 5520")
	for _, tc := range []struct {
		text string
		n    int
	}{
		{"We meet on March 5 or 12 Adar.", 2},
		{"on March 5 or 6 people", 1},
		{"May 23, 1760 or earlier", 1},
	} {
		t.Run(tc.text, func(t *testing.T) {
			assert.Len(t, dateline.Find(tc.text, ref), tc.n)
		})
	}
}

// TestOccasionDayBeforeYear: "Day" between an occasion's name and a year
// of four digits (the sixty-second held-out round's "Lag B'omer Day 2024
// is on Friday, May 17, 2024"), as "holiday", "festival" and "fast" are
// read there: the occasion and its year name the day, and a date after
// them is checked against it. Before, the occasion was left out and the
// date, a week before Lag BaOmer, was read with nothing said. A number
// after "Day" that is no year is the festival's day ("Pesach Day 2"),
// which the word does not take, and without a year "Day" is prose.
func TestOccasionDayBeforeYear(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Lag B'Omer Day 2024", "Lag B'Omer Day 2024", "2024-05-26", "18 Iyyar 5784"},
		{"Purim Day 2025 is on Friday, March 14", "Purim Day 2025 is on Friday, March 14", "2025-03-14", "14 Adar 5785"},
		{"Yom Kippur day 2023 is on Monday, September 25", "Yom Kippur day 2023 is on Monday, September 25", "2023-09-25", "10 Tishrei 5784"},
	})
	ms := dateline.Find("Lag B'omer Day 2024 is on Friday, May 17, 2024", ref)
	require.Len(t, ms, 1)
	assert.Equal(t, "2024-05-17", ms[0].Dateline.Time.Format(time.DateOnly))
	assert.False(t, ms[0].OK(), "Lag BaOmer 5784 is May 26, 2024")
	for _, text := range []string{"Pesach Day 2", "the Purim day party", "Chanukah Day camp 2024"} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, ref))
		})
	}
}

// TestPriorToOccasion: "prior to" before an occasion's name or Rosh
// Chodesh and a month makes it a point of reference, as "before" does (an
// English row that missed: "Many yeshivos are starting the zman prior to
// Rosh Chodesh Elul, they will begin Elul zman Sunday evening 28 AV
// 5774."): the day the sentence names is the other date. Before, Rosh
// Chodesh Elul was a second dateline, in the year nearest the reference,
// and "before Rosh Chodesh" was read as Rosh Chodesh too. Rosh Chodesh
// alone, or after words that are no such reference ("next to"), is still
// read.
func TestPriorToOccasion(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, match string }{
		{"The zman starts prior to Rosh Chodesh Elul, on Sunday evening 28 AV 5774.", "Sunday evening 28 AV 5774"},
		{"the week prior to Yom Kippur, Sunday, October 13, 2024", "Sunday, October 13, 2024"},
		{"two days before Rosh Chodesh Adar, Monday, March 4, 2024", "Monday, March 4, 2024"},
		{"Rosh Chodesh Elul 5784", "Rosh Chodesh Elul 5784"},
		{"We sat next to Pesach 5784 guests", "Pesach 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
		})
	}
	assert.Empty(t, dateline.Find("in the days prior to Pesach 5784", ref))
}

// TestShortYearCentury: a year of two digits is read in the century
// nearest the reference's (the eighty years before it and the twenty
// after); where only another century's fits the dateline's weekday, that
// one is taken, with a year-unlikely warning that says so ("Monday, 22 Dec
// 19" is 1919, as 22 December 2019 is a Sunday). Before, the date moved a
// hundred years with nothing said. The nearest century, or one a Hebrew
// year fixes, says nothing.
func TestShortYearCentury(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct {
		text, day string
		warned    bool
	}{
		{"Monday, 22 Dec 19", "1919-12-22", true},
		{"Monday, Dec 22, 19", "1919-12-22", true},
		{"Sunday, 22 Dec 19", "2019-12-22", false},
		{"Wed, 5 Jan 00", "2000-01-05", false},
		{"Sunday, 22 Dec 19 | 24 Kislev 5780", "2019-12-22", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			warned := false
			for _, p := range rep.Problems {
				warned = warned || p.Code == dateline.CodeYearUnlikely && p.Severity == dateline.Warning
			}
			assert.Equal(t, tc.warned, warned, "%v", rep.Problems)
		})
	}
}
