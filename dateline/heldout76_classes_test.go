package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestOldStyleDayInBracketAfter: the New Style day, then its Old Style day
// in brackets with the marker after it, then the year after the bracket:
// "on April 13 (April 2, Old Style), 1743" (an encyclopedia's life of
// Jefferson, the seventy-sixth held-out round). It was read as two dates
// without a year, April 13 and Julian April 2 of 2027, with infos only:
// two wrong days with nothing said. It is one dateline, the day outside
// the bracket, with the year after it; an Old Style day that is not the
// New Style day's Julian date is an error, and a bracket the marker does
// not close is no Old Style day.
func TestOldStyleDayInBracketAfter(t *testing.T) {
	for _, tc := range []struct{ text, day, input string }{
		{"Jefferson was born at Shadwell, his fathers home in Albemarle county, Va., on April 13 (April 2, Old Style), 1743.",
			"1743-04-13", "April 13 (April 2, Old Style), 1743"},
		{"April 13 (April 2 O.S.) 1743", "1743-04-13", "April 13 (April 2 O.S.) 1743"},
		{"born 13 April (2 April, O.S.), 1743", "1743-04-13", "13 April (2 April, O.S.), 1743"},
		{"died March 8 (February 25, Old Style), 1725", "1725-03-08", "March 8 (February 25, Old Style), 1725"},
		{"crowned June 9 [May 30 O.S.], 1672", "1672-06-09", "June 9 [May 30 O.S.], 1672"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.input, m.Input)
		})
	}
	ms := dateline.Find("April 13 (April 3, Old Style), 1743", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "1743-04-13", ms[0].Dateline.Time.Format(time.DateOnly))
	assert.False(t, ms[0].OK(), "April 13, 1743 is April 2 Old Style, not April 3")
	for _, m := range dateline.Find("April 13 (April 2, old style furniture), 1743", heldoutRef) {
		assert.NotContains(t, m.Input, "furniture")
		assert.NotContains(t, m.Input, "1743", "no year across a bracket that is no Old Style day")
	}
}

// TestOldStyleSlashMonths: a day and its month in the Julian calendar, a
// slash, and the same day's Gregorian day and month, then the year, as
// lists of rulers write a day of a country that kept the Julian calendar:
// "29 Jan/8 Feb 1676 - 27 Apr/7 May 1682 Fëdor Alekseevič" (Archontology's
// Russia, the seventy-sixth held-out round). "29 Jan" was read alone, the
// Julian day as a Gregorian one (January 29, 1676), with a year-unlikely
// warning, and "Feb 1676" as a month. The pair is one dateline, the
// Gregorian day, its Old Style half checked; without a year, or with a
// second day that cannot be the first's Gregorian date, it is no pair.
func TestOldStyleSlashMonths(t *testing.T) {
	for _, tc := range []struct{ text, day, input string }{
		{"29 Jan/8 Feb 1676 - 27 Apr/7 May 1682 Fëdor Alekseevič (Фёдор Алексеевич)", "1676-02-08", "29 Jan/8 Feb 1676"},
		{"accession: 21 Feb/3 Mar 1613 (elected in absentia)", "1613-03-03", "21 Feb/3 Mar 1613"},
		{"January 29/February 8, 1676", "1676-02-08", "January 29/February 8, 1676"},
		{"Пётр I умер 28 янв./8 февр. 1725 г.", "1725-02-08", "28 янв./8 февр. 1725"},
		{"overleden 29 januari/8 februari 1676", "1676-02-08", "29 januari/8 februari 1676"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.NotEmpty(t, ms)
			m := ms[0]
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Contains(t, m.Input, tc.input)
		})
	}
	ms := dateline.Find("29 Jan/9 Feb 1676", heldoutRef)
	require.Len(t, ms, 1)
	assert.False(t, ms[0].OK(), "February 9, 1676 is January 30 Old Style, not January 29")
	for _, text := range []string{"3 Jan/8 Feb 1676", "29 Jan/8 Feb"} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, heldoutRef) {
				assert.NotEqual(t, "1676-02-08", m.Dateline.Time.Format(time.DateOnly), "no pair: %q", m.Input)
			}
		})
	}
}

// TestSlashDayBeforeMonth: two digits after a month's name and a slash or
// dash, before another month's name, are that date's day, not a year of
// two digits: "12 Jul/22 Jul 1645" (round 76's Julian and Gregorian days)
// was July 12, 2022, with nothing said, and "12 Jul-22 Jul 1645" the
// same; they are the Gregorian day of the pair and a range. Before no
// month the two digits are the year still ("03-Jul-15 08:08:08").
func TestSlashDayBeforeMonth(t *testing.T) {
	for _, tc := range []struct{ text, day string }{
		{"12 Jul/22 Jul 1645", "1645-07-22"},
		{"12 Jul-22 Jul 1645", "1645-07-12"},
		{"03-Jul-15 08:08:08", "2015-07-03"},
		{"28-Feb-02", "2002-02-28"},
	} {
		m := findOneOK(t, tc.text, heldoutRef)
		assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly), tc.text)
	}
}

// TestYearAfterBracketedWeekday: a year after a bracket that closes a
// civil day's aside, a comma or spaces apart, is the day's year: "April
// 13 (Sunday), 1743" (found beside round 76's Old Style lines) was April
// 13, 2025, the year nearest the reference with that weekday, with only
// an info; its weekday is now checked against 1743 and found wrong. A
// year after a Hebrew date in the bracket is the Hebrew date's business,
// not the civil day's.
func TestYearAfterBracketedWeekday(t *testing.T) {
	ms := dateline.Find("April 13 (Sunday), 1743", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "1743-04-13", ms[0].Dateline.Time.Format(time.DateOnly))
	assert.False(t, ms[0].OK(), "April 13, 1743 was a Saturday")
	for _, tc := range []struct{ text, day string }{
		{"July 12 (Shabbat), 2025", "2025-07-12"},
		{"Sunday (April 13) 2025", "2025-04-13"},
		{"13 avril (dimanche), 2025", "2025-04-13"},
	} {
		m := findOneOK(t, tc.text, heldoutRef)
		assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly), tc.text)
	}
	for _, s := range []string{"Saturday, March 2nd (22 Adar I), 5784"} {
		ms := dateline.Find(s, heldoutRef)
		require.NotEmpty(t, ms)
		assert.NotEqual(t, 5784, ms[0].Dateline.Time.Year(), s)
	}
}
