package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout172DashedDoubleYear: an English double year, the legal year
// counted from March 25 and the historical one from January 1, joined by
// a hyphen or an en dash as genealogies write it, "20 January 1708-9"
// (josfamilyhistory.com, the hundred-and-seventy-second held-out round),
// as "1708/9" was read already: the hyphen's was no date, and the en
// dash's was read as its legal year alone, January 20, 1708 in the
// Gregorian calendar, a year and eleven days early, with nothing said.
// The date is Julian, as with a slash. A dash joins a range of years
// too, so that a double year is read only before 1752, v+1 only after a
// day from January 1 to March 24, and never before a month (a range's
// end): "September 26, 2010-10", the year written twice, is no date, not
// a Julian one 13 days off.
func TestHeldout172DashedDoubleYear(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"20 January 1708-9", "1709-01-31"},
		{"20 January 1708–9", "1709-01-31"},
		{"January 20, 1708-09", "1709-01-31"},
		{"20 Jan 1708-1709", "1709-01-31"},
		{"Jan. 20, 1708-9", "1709-01-31"},
		{"Thursday, January 20, 1708-9", "1709-01-31"},
		{"12 February 1709-10", "1710-02-23"},
		{"March 24, 1708–09", "1709-04-04"},
		{"20-Jan-1708-9", "1709-01-31"},
	})
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"b. 20 January 1708-9 in Boston", "1709-01-31"},
		{"such as above, 20 January 1708-9, or written 1708/09", "1709-01-31"},
	})
	// Not a double year: a day after March 24, a year from 1752 on, a
	// range of years, no day.
	checkUnread(t, heldoutRef, "20 July 1708-9", "March 25, 1708-9", "20 January 1752-3",
		"September 26, 2010-18", "January 1708-9", "September 26, 2010-10", "September 26, 2010–10", "20 December 2005-5")
	// A range whose end's day follows the dash is still a range.
	rep := dateline.Check("26 September 2010–10 October 2010", heldoutRef)
	assert.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2010-09-26", rep.Dateline.Time.Format(time.DateOnly))
	// A weekday that is not the Julian date's is said.
	rep = dateline.Check("Friday, January 20, 1708-9", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
	// A legal year that is not the date's is a calendar error, as with a
	// slash: from 1752 the year began on January 1.
	for _, text := range []string{"20 January 1708-8", "20 January 1751-2"} {
		rep = dateline.Check(text, heldoutRef)
		assert.False(t, rep.OK(), text)
		require.NotEmpty(t, rep.Problems, text)
		assert.Equal(t, dateline.CodeCalendar, rep.Problems[len(rep.Problems)-1].Code, text)
	}
	// No layout writes it: a layout writes every day, and "2005-5", a
	// day of 2005 as it would write it, is no date.
	for _, text := range []string{"20 January 1708-9", "20 January 1708–09"} {
		_, err := dateline.LayoutOf(text)
		assert.ErrorIs(t, err, dateline.ErrLayout, text)
	}
}

// TestHeldout172BracketedHebrewRangeEnd: a range of civil dates whose
// every day has its Hebrew date in brackets, the end's after the end:
// "from sundown Friday, August 26, 2022 (Av 30 5782) until nightfall
// Sunday, August 28, 2022 (Elul 1 5782)" (Bnei Yisrael Society, incoming
// line 862, seen again in the hundred-and-seventy-second held-out round,
// whose evening ranges it looked for) read the end's Hebrew date as a
// dateline of its own. It is the range's Hebrew end, checked against the
// civil range: a range from the evening before ends on the same day in
// its weekdays, Gregorian and Hebrew dates, and a Hebrew end that is not
// the civil end's is an error.
func TestHeldout172BracketedHebrewRangeEnd(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Saturday, August 27, 2022 (30 Av 5782) – Sunday, August 28, 2022 (1 Elul 5782)", "2022-08-27"},
		{"October 3, 2024 (1 Tishrei 5785) through October 4, 2024 (2 Tishrei 5785)", "2024-10-03"},
		{"October 3, 2024 (1 Tishrei 5785) – October 4, 2024 (2 Tishrei)", "2024-10-03"},
		{"du 3 octobre 2024 (1 Tichri 5785) au 4 octobre 2024 (2 Tichri 5785)", "2024-10-03"},
		{"27 באוגוסט 2022 (ל׳ באב תשפ״ב) – 28 באוגוסט 2022 (א׳ באלול תשפ״ב)", "2022-08-27"},
	})
	// From the evening before: one dateline, the start's Hebrew date the
	// evening's (after-sunset), no range error.
	text := "Rosh Chodesh Elul will last two days, from sundown Friday, August 26, 2022 (Av 30 5782) until nightfall Sunday, August 28, 2022 (Elul 1 5782)."
	ms := dateline.Find(text, heldoutRef)
	require.NotEmpty(t, ms)
	m := ms[len(ms)-1]
	assert.Equal(t, "from sundown Friday, August 26, 2022 (Av 30 5782) until nightfall Sunday, August 28, 2022 (Elul 1 5782)", text[m.Start:m.End])
	assert.Equal(t, "2022-08-26", m.Dateline.Time.Format(time.DateOnly))
	for _, p := range m.Problems {
		assert.NotEqual(t, dateline.Error, p.Severity, p.Message)
	}
	// A Hebrew end that is not the civil end's, or a weekday that is not.
	for _, text := range []string{
		"August 27, 2022 (30 Av 5782) - August 28, 2022 (2 Elul 5782)",
		"Friday, August 26, 2022 (Av 30 5782) – Monday, August 28, 2022 (Elul 1 5782)",
	} {
		rep := dateline.Check(text, heldoutRef)
		assert.False(t, rep.OK(), text)
		hasError := false
		for _, p := range rep.Problems {
			hasError = hasError || p.Severity == dateline.Error
		}
		assert.True(t, hasError, "%s: %v", text, rep.Problems)
	}
	// Words after the end's Hebrew date in its brackets: no end.
	checkUnread(t, heldoutRef, "October 3, 2024 (1 Tishrei 5785) – October 4, 2024 (2 Tishrei 5785, Rosh Hashana)")
}
