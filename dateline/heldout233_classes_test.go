package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout233SlashedDayRuns: three or more days, each the day after the
// one before, joined by slashes before a month's name, with their weekdays
// joined so or without them, as a UK synagogue lists the eve and the two
// days of a festival ("Sunday/Monday/Tuesday 13/14/15 September", the
// Rosh Hashanah beside "Tuesday/Wednesday 22/23 September" of North West
// Surrey Synagogue, nwss.org.uk, the two-hundred-and-thirty-third held-out
// round, incoming line 3089): a pair was read, a run of three was not
// ("September 2015", a month), nor a German pair with each day's dot
// ("22./23. September"), and "Friday/Saturday/Sunday 11/12/13
// October 2024" was read as the numeric date November 12, 2013, with a
// weekday error. The dateline is the first day; weekdays that are not the
// days', or not each the next, and days that skip one, are not read so.
func TestHeldout233SlashedDayRuns(t *testing.T) {
	checkDayLayouts(t, []struct{ text, day, layout string }{
		{"Sunday/Monday/Tuesday 13/14/15 September 2015", "2015-09-13", "Monday/Tuesday/Wednesday 2/3/4 January 2006"},
		{"Sun/Mon/Tue 13/14/15 September 2015", "2015-09-13", "Mon/Tue/Wed 2/3/4 January 2006"},
		{"Friday/Saturday/Sunday 11/12/13 October 2024", "2024-10-11", ""},
		{"Friday/Saturday/Sunday/Monday 11/12/13/14 October 2024", "2024-10-11", ""},
		{"13/14/15 September 2015", "2015-09-13", "2/3/4 January 2006"},
		{"29/30/31 December 2024", "2024-12-29", ""},
		{"dimanche/lundi/mardi 13/14/15 septembre 2015", "2015-09-13", "lundi/mardi/mercredi 2/3/4 janvier 2006"},
		{"Tuesday/Wednesday 22/23 September 2015", "2015-09-22", "Monday/Tuesday 2/3 January 2006"},
		// German writes each day with its dot: a pair was not read either.
		{"Dienstag/Mittwoch 22./23. September 2015", "2015-09-22", "Montag/Dienstag 2./3. Januar 2006"},
		{"Di./Mi. 22./23. September 2015", "2015-09-22", "Mo./Di. 2./3. Januar 2006"},
		{"So./Mo./Di. 13./14./15. September 2015", "2015-09-13", "Mo./Di./Mi. 2./3./4. Januar 2006"},
		{"Sonntag/Montag/Dienstag, 13./14./15. September 2015", "2015-09-13", ""},
	})
	// In running text, the run is one match from its first weekday.
	ms := dateline.Find("High Holyday services: Sunday/Monday/Tuesday 13/14/15 September 2015, and more", heldoutRef)
	require.NotEmpty(t, ms)
	assert.Equal(t, "2015-09-13", ms[0].Dateline.Time.Format("2006-01-02"))
	assert.Equal(t, "29 Elul 5775", ms[0].Dateline.Hebrew.String())
	// Without a year, the year is inferred and said so.
	checkWholeInferred(t, heldoutRef, "Sunday/Monday/Tuesday 13/14/15 September", "2026-09-13")
	// Weekdays that are not the days', or that run another length, are
	// an error; weekdays that skip a day, or days that do, are no run.
	for _, text := range []string{
		"Monday/Tuesday/Wednesday 13/14/15 September 2015",
		"Sunday/Monday 13/14/15 September 2015",
		"Sunday/Monday/Tuesday 13/14 September 2015",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			require.False(t, rep.OK())
			assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
		})
	}
	checkUnread(t, heldoutRef,
		"Sunday/Monday/Wednesday 13/14/15 September 2015",
		"13/14/16 September 2015",
		"30/31/32 December 2024",
		"22./24. September 2015",
		"22/23. September 2015",
	)
	// Three numbers with no month's name after them are a numeric date,
	// as before.
	rep := dateline.Check("11/12/13", heldoutRef)
	assert.Equal(t, "2013-11-12", rep.Dateline.Time.Format("2006-01-02"))
	assert.Contains(t, reportCodes(rep, dateline.Warning), dateline.CodeDateAmbiguous)
}

// TestHeldout233CommaWeekdayLists: the run of TestHeldout233SlashedDayRuns
// written as a list, its weekdays and days parted by commas and the last
// of each by a word for "and" ("Sunday, Monday and Tuesday 13, 14 and 15
// September 2015"), which Find read from "Monday" as a pair, September 13
// with two weekday errors; the days alone ("6, 7 and 8 October") were
// read already, and now with a comma before the last one's word too ("6,
// 7, and 8 October"). A weekday after the comma that is not the next day,
// or a list that no joining word ends, is no list: "Friday, Erev Shabbat,
// December 27, 2024" names one day twice, as before.
func TestHeldout233CommaWeekdayLists(t *testing.T) {
	checkDayLayouts(t, []struct{ text, day, layout string }{
		{"Sunday, Monday and Tuesday 13, 14 and 15 September 2015", "2015-09-13", "Monday, Tuesday and Wednesday 2, 3 and 4 January 2006"},
		{"Sunday, Monday & Tuesday 13, 14 & 15 September 2015", "2015-09-13", ""},
		{"Friday, Saturday, Sunday and Monday 11, 12, 13 and 14 October 2024", "2024-10-11", ""},
		{"dimanche, lundi et mardi 13, 14 et 15 septembre 2015", "2015-09-13", "lundi, mardi et mercredi 2, 3 et 4 janvier 2006"},
		{"domingo, lunes y martes 13, 14 y 15 de septiembre de 2015", "2015-09-13", ""},
		{"6, 7, and 8 October 2015", "2015-10-06", "2, 3, and 4 January 2006"},
		{"Friday, Erev Shabbat, December 27, 2024", "2024-12-27", ""},
		{"Sunday, 13 September 2015", "2015-09-13", ""},
	})
	for _, text := range []string{
		"Monday, Tuesday and Wednesday 13, 14 and 15 September 2015",
		"Sunday, Monday and Tuesday 13 and 14 September 2015",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			require.False(t, rep.OK())
			assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
		})
	}
	checkUnread(t, heldoutRef,
		"Sunday, Monday and Wednesday 13, 14 and 15 September 2015",
		"Sunday, Monday, 13 September 2015",
		"6, and 8 October 2015",
	)
}
