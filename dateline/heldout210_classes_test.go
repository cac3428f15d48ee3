package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout210BracketedOldStyleDay: a day, the other calendar's day of
// the same month in brackets, then the month and year they share: "14 (2
// O.S.) November 1839" (the English abstract of a paper on Mykhailo
// Starytsky's birth record, nasplib.isofts.kiev.ua, the 210th held-out
// round) was read as a month, November 1839, its bracket stopping the
// date; histories of Russia write the Julian day first with the
// Gregorian one in brackets ("14 (26) мая 1852 г."). A marker in the
// bracket says which day is which; without one the Julian day is the
// earlier. The dateline is the Gregorian day, and a Julian day that is
// not its Julian date in the year named is an error, never a silent day.
func TestHeldout210BracketedOldStyleDay(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"14 (2 O.S.) November 1839", "1839-11-14"},
		{"14 (2) November 1839", "1839-11-14"},
		{"2 (14) November 1839", "1839-11-14"},
		{"14 [O.S. 2] November 1839", "1839-11-14"},
		{"22 (11 Old Style) February 1732", "1732-02-22"},
		{"14 (26) мая 1852 г.", "1852-05-26"},
		{"26 (14 ст. ст.) мая 1852 г.", "1852-05-26"},
		{"2 (14) листопада 1839 р.", "1839-11-14"},
		{"10 (22) października 1850 r.", "1850-10-22"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"That date is 14 (2 O.S.) November 1839.", "14 (2 O.S.) November 1839", "1839-11-14", "7 Kislev 5600"},
		{"Он родился 14 (26) мая 1852 г. в Вильне", "14 (26) мая 1852 г.", "1852-05-26", "8 Sivan 5612"},
	})
	// A Julian day that is not the Gregorian day's Julian date in the
	// year named: said, not read as either day.
	for _, text := range []string{"14 (2 O.S.) November 1939", "20 (7 O.S.) November 1839", "14 (2) November 1939"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			require.NotEmpty(t, rep.Problems)
			assert.Equal(t, dateline.CodeCalendar, rep.Problems[0].Code)
		})
	}
	// No pair: days 2 apart, an Old Style day that is the later, a New
	// Style day that is the earlier, no year after the month.
	checkUnread(t, heldoutRef, "5 (7) May 2020", "2 (14 O.S.) November 1839", "14 (2 N.S.) November 1839", "14 (2 O.S.) November")
}

// TestHeldout210OldJulianCalendar: the Julian calendar called old, or the
// Gregorian new, after "according to the", "in the" or "by the": "The
// Battle of the Boyne was fought on 1 July 1690, according to the old
// Julian calendar." (a blog quoting BBC History, chronographics.blogspot,
// the 210th held-out round) was read as the Gregorian July 1 with
// nothing said, where the text says it is the Julian day, July 11. An
// age the calendar's name does not have ("the old Gregorian calendar"),
// or "the old Julian calendar" with no preposition before it, says
// nothing of the date.
func TestHeldout210OldJulianCalendar(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"The Battle of the Boyne was fought on 1 July 1690, according to the old Julian calendar.",
			"1 July 1690, according to the old Julian calendar", "1690-07-11", "5 Av 5450"},
		{"William landed on 5 November 1688, in the old Julian calendar, at Brixham",
			"5 November 1688, in the old Julian calendar", "1688-11-15", "22 Cheshvan 5449"},
		{"he was born on February 11, 1732 by the old Julian calendar",
			"February 11, 1732 by the old Julian calendar", "1732-02-22", "26 Shevat 5492"},
		{"February 22, 1732, according to the new Gregorian calendar",
			"February 22, 1732, according to the new Gregorian calendar", "1732-02-22", "26 Shevat 5492"},
	})
	checkUnread(t, heldoutRef, "1 July 1690, according to the old Gregorian calendar", "1 July 1690, the old Julian calendar")
}

// TestHeldout210HebrewJulianMarker: Hebrew's words for "according to the
// Julian calendar" after a civil date ("לפי הלוח היוליאני", "על פי",
// "בלוח היוליאני"): "ב-10 באפריל לפי הלוח "הישן" (היוליאני ...)" (a
// Tapuz forum reply on Lenin's birthday, the 210th held-out round) says
// its day is Julian, which the reader took for the Gregorian April 10.
// Only the Julian calendar's name is read: לוח is a timetable too ("לפי
// הלוח הישן", by the old timetable), and a Hebrew date is no Julian one.
func TestHeldout210HebrewJulianMarker(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"לנין נולד ב-10 באפריל 1870 לפי הלוח היוליאני", "ב-10 באפריל 1870 לפי הלוח היוליאני", "1870-04-22", "21 Nisan 5630"},
		{"10 באפריל 1870 על פי הלוח היוליאני", "10 באפריל 1870 על פי הלוח היוליאני", "1870-04-22", "21 Nisan 5630"},
		{"ב-25 באוקטובר 1917 בלוח היוליאני פרצה המהפכה", "ב-25 באוקטובר 1917 בלוח היוליאני", "1917-11-07", "22 Cheshvan 5678"},
		{"ב-10 באפריל 1870 לפי הלוח הישן", "ב-10 באפריל 1870", "1870-04-10", "9 Nisan 5630"},
	})
	checkUnread(t, heldoutRef, "י\"ב בניסן תר\"ל לפי הלוח היוליאני")
}

// TestHeldout210MarkerBeforeNextDate: a calendar marker that may not lead
// a date ("according to the Julian calendar") is the date before it's
// even where another date follows it, as on the next line: "1 July 1690,
// according to the Julian calendar" before "5 November 1688 was a
// Monday" was read as the Gregorian July 1, with nothing said, the
// marker taken for the next date's and left out of both. A marker that
// may lead starts the next dateline, but a bracket with the date's own
// Julian day and year is its Old Style half ("15 September 1745 [OS: 4
// September 1745]", one dateline since the forty-ninth adversarial
// review; it was two of the same day).
func TestHeldout210MarkerBeforeNextDate(t *testing.T) {
	ms := dateline.Find("1 July 1690, according to the Julian calendar\n5 November 1688 was a Monday", heldoutRef)
	require.Len(t, ms, 2)
	assert.Equal(t, "1690-07-11", ms[0].Dateline.Time.Format("2006-01-02"))
	assert.Equal(t, "1688-11-05", ms[1].Dateline.Time.Format("2006-01-02"))
	ms = dateline.Find("15 September 1745 [OS: 4 September 1745]", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "1745-09-15", ms[0].Dateline.Time.Format("2006-01-02"))
	assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
	ms = dateline.Find("15 September 1745 [OS: 5 September 1745]", heldoutRef)
	require.Len(t, ms, 2)
	assert.Equal(t, "1745-09-15", ms[0].Dateline.Time.Format("2006-01-02"))
	assert.Equal(t, "1745-09-16", ms[1].Dateline.Time.Format("2006-01-02"))
}
