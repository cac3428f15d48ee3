package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// listRef is the reference of the adversarial tester's scans of lists:
// June 1, 2025, more than a year after the lists' March 2024, so that a
// list read without its year lands in 2025 and shows.
var listRef = dateline.Reference(time.Date(2025, time.June, 1, 0, 0, 0, 0, time.UTC))

// checkListMatches checks that Find reads each case's text as one
// dateline without a problem, spanning match, whose day and Report.Also
// are days ("2006-01-02", the first the dateline's own), in order.
func checkListMatches(t *testing.T, ref dateline.Option, cases []struct {
	text, match string
	days        []string
}) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.True(t, m.OK(), "%v", m.Problems)
			got := []string{m.Dateline.Time.Format(time.DateOnly)}
			for _, d := range m.Also {
				got = append(got, d.Time.Format(time.DateOnly))
			}
			assert.Equal(t, tc.days, got)
		})
	}
}

// TestFixlistMonthFirstCommaList: English writes a date month first,
// "Month D, YYYY" (the one language whose full date does; the others
// write the day first, whose lists dayList read already), and so a list
// of days: "March 4, 11, 18, 2024", three Mondays, 24 Adar I, 1 Adar II
// and 8 Adar II 5784. A scan near June 1, 2025 gave "March 4" alone, in
// 2025, with a warning that 2024 was not its year, and lost the 11th and
// 18th; so did "March 4, 11, 2024" and "March 4, 11 and 18, 2024", and
// "Monday, March 4, 11, 18, 2024" was March 4, 2024 alone. A list is now
// read as "March 4 and 11, 2024" and day-first "4, 11, 18 March 2024"
// were: the first day the dateline's, the others in Report.Also.
//
// The rule, as dayList's for the day first: the days are written alike,
// each later than the one before; the last after a word ("and") must end
// the date; with commas alone, a year after the last closes the list, or
// without one there must be three days or more. "March 4, 11" (two days,
// no year) stays March 4 alone, as "4, 11 March" stays the 11th: the
// number may be a count or an hour.
func TestFixlistMonthFirstCommaList(t *testing.T) {
	checkListMatches(t, listRef, []struct {
		text, match string
		days        []string
	}{
		{"March 4, 11, 18, 2024", "March 4, 11, 18, 2024", []string{"2024-03-04", "2024-03-11", "2024-03-18"}},
		{"March 4, 11, 2024", "March 4, 11, 2024", []string{"2024-03-04", "2024-03-11"}},
		{"March 4, 11 and 18, 2024", "March 4, 11 and 18, 2024", []string{"2024-03-04", "2024-03-11", "2024-03-18"}},
		{"March 4, 11, and 18, 2024", "March 4, 11, and 18, 2024", []string{"2024-03-04", "2024-03-11", "2024-03-18"}},
		{"Monday, March 4, 11, 18, 2024", "Monday, March 4, 11, 18, 2024", []string{"2024-03-04", "2024-03-11", "2024-03-18"}},
		{"Services on March 4, 11, 18, 2024.", "March 4, 11, 18, 2024", []string{"2024-03-04", "2024-03-11", "2024-03-18"}},
		{"March 4, 11, 18, 25, 2024", "March 4, 11, 18, 25, 2024", []string{"2024-03-04", "2024-03-11", "2024-03-18", "2024-03-25"}},
		{"Mar. 4, 11, 18, 2024", "Mar. 4, 11, 18, 2024", []string{"2024-03-04", "2024-03-11", "2024-03-18"}},
		{"March 4th, 11th and 18th, 2024", "March 4th, 11th and 18th, 2024", []string{"2024-03-04", "2024-03-11", "2024-03-18"}},
		{"September 13, 14, and 15, 2023", "September 13, 14, and 15, 2023", []string{"2023-09-13", "2023-09-14", "2023-09-15"}},
		{"October 2, 9, 16, 23, 30, 2024", "October 2, 9, 16, 23, 30, 2024", []string{"2024-10-02", "2024-10-09", "2024-10-16", "2024-10-23", "2024-10-30"}},
		// The Hebrew date after the list is the first day's, and
		// confirms it.
		{"March 4, 11, 18, 2024 | 24 Adar I 5784", "March 4, 11, 18, 2024 | 24 Adar I 5784", []string{"2024-03-04", "2024-03-11", "2024-03-18"}},
		// Three days or more without a year: the year inferred, as for
		// "4, 11, 18 March".
		{"March 4, 11, 18", "March 4, 11, 18", []string{"2025-03-04", "2025-03-11", "2025-03-18"}},
		// The near misses, read as before: an hour, a time, a count
		// after the year, two numbers without a year.
		{"March 4, 11 am", "March 4, 11 am", []string{"2025-03-04"}},
		{"March 4, 11:30", "March 4, 11:30", []string{"2025-03-04"}},
		{"March 4, 2024, 11 people", "March 4, 2024", []string{"2024-03-04"}},
		{"March 4, 11", "March 4", []string{"2025-03-04"}},
		{"On March 4, 11 people came", "March 4", []string{"2025-03-04"}},
		{"March 4, 11, 18 people", "March 4", []string{"2025-03-04"}},
		{"Chapter 4, 11 March", "11 March", []string{"2025-03-11"}},
		{"March 4 and 11, 2024", "March 4 and 11, 2024", []string{"2024-03-04", "2024-03-11"}},
		{"4, 11, 18 March 2024", "4, 11, 18 March 2024", []string{"2024-03-04", "2024-03-11", "2024-03-18"}},
	})
	// Whole, as Check reads a dateline: the year is the text's, not
	// inferred, and the other days are in Report.Also.
	for text, also := range map[string]int{
		"March 4, 11, 18, 2024":         2,
		"March 4, 11, 2024":             1,
		"March 4, 11 and 18, 2024":      2,
		"Monday, March 4, 11, 18, 2024": 2,
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, listRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, "2024-03-04", rep.Dateline.Time.Format(time.DateOnly))
			assert.Empty(t, reportCodes(rep, dateline.Info), "the year is the text's, not inferred")
			assert.Len(t, rep.Also, also)
		})
	}
}

// TestFixlistMonthFirstListChecked: a list's first day is checked against
// what is said of it as a single date's is. A weekday before the list
// names the first day, and a wrong one is an error; a Hebrew date after
// it that is not the first day's is a calendar error, and a day past the
// month's end a no-such-day error; a list that breaks
// off, runs backwards or mixes its forms is not read as one, its first
// day alone read with the year-inferred warning as before, never with
// days lost silently under the text's year.
func TestFixlistMonthFirstListChecked(t *testing.T) {
	rep := dateline.Check("Tuesday, March 4, 11, 18, 2024", listRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	rep = dateline.Check("March 4, 11, 18, 2024 | 20 Adar I 5784", listRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar)
	// A day past the month's end is an error, as a pair's end is
	// ("February 28 and 30, 2024").
	rep = dateline.Check("February 28, 30, 2024", listRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeNoSuchDay)
	for _, text := range []string{"March 18, 11, 2024", "March 4th, 11, 2024", "March 4, 11 - 18, 2024"} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, listRef)
			require.NotEmpty(t, ms)
			m := ms[0]
			assert.Empty(t, m.Also)
			assert.NotEqual(t, "2024", m.Dateline.Time.Format("2006"), "not the text's year without its days")
			assert.Contains(t, reportCodes(m.Report, dateline.Warning), dateline.CodeYearInferred)
		})
	}
	// German writes the day first ("4., 11. und 18. März 2024"): a month
	// first with commas is no German date.
	assert.Empty(t, dateline.Find("März 4, 11, 18, 2024", listRef))
}

// TestFixlistHebrewOnEachDay: Hebrew repeats "on" (ב) or "the" (ה) before
// each day of a list or a pair, joined to it by a hyphen, a maqaf or
// (ב alone) a space, "and" (ו) glued before the last: "ב-4, ב-11 וב-18
// במרץ 2024" was March 11 and 18, March 4 lost with nothing said, where
// "ב-4, 11 ו-18 במרץ 2024" gave all three; "ב־4, ב־11 וב־18 במרץ" (the
// maqaf) was March 18 alone and "ב 4, ב 11 וב 18 במרץ" too, "ב־4 וב־11
// במרץ" and "ה-4 וה-11 במרץ 2024" March 11 alone, and the comma-only
// "ב-4, 11, 18 במרץ 2024" March 18 alone, whose month in Hebrew letters
// dayList did not know as one.
func TestFixlistHebrewOnEachDay(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC))
	three := []string{"2024-03-04", "2024-03-11", "2024-03-18"}
	two := []string{"2024-03-04", "2024-03-11"}
	checkListMatches(t, ref, []struct {
		text, match string
		days        []string
	}{
		{"ב-4, ב-11 וב-18 במרץ 2024", "ב-4, ב-11 וב-18 במרץ 2024", three},
		{"ב־4, ב־11 וב־18 במרץ 2024", "ב־4, ב־11 וב־18 במרץ 2024", three},
		{"ב 4, ב 11 וב 18 במרץ 2024", "4, ב 11 וב 18 במרץ 2024", three},
		{"ה-4, ה-11 וה-18 במרץ 2024", "ה-4, ה-11 וה-18 במרץ 2024", three},
		{"ב-4, ב-11, ב-18 במרץ 2024", "ב-4, ב-11, ב-18 במרץ 2024", three},
		{"ב-4, 11, 18 במרץ 2024", "ב-4, 11, 18 במרץ 2024", three},
		{"ב-4, 11 ו־18 במרץ 2024", "ב-4, 11 ו־18 במרץ 2024", three},
		{"ב-4, 11 ו-18 במרץ 2024", "ב-4, 11 ו-18 במרץ 2024", three},
		{"ב־4 וב־11 במרץ 2024", "ב־4 וב־11 במרץ 2024", two},
		{"ב 4 וב 11 במרץ 2024", "4 וב 11 במרץ 2024", two},
		{"ה-4 וה-11 במרץ 2024", "ה-4 וה-11 במרץ 2024", two},
		{"ב-4 ו־11 במרץ 2024", "ב-4 ו־11 במרץ 2024", two},
		{"ב-4 וב-11 במרץ 2024", "ב-4 וב-11 במרץ 2024", two},
		// The single forms, and two days with a comma alone, which stay
		// the last day as "4, 11 March" does.
		{"ב-4 במרץ 2024", "ב-4 במרץ 2024", []string{"2024-03-04"}},
		{"ב־4 במרץ 2024", "ב־4 במרץ 2024", []string{"2024-03-04"}},
		{"ב 4 במרץ 2024", "4 במרץ 2024", []string{"2024-03-04"}},
		{"ב-4, ב-11 במרץ 2024", "ב-11 במרץ 2024", []string{"2024-03-11"}},
	})
	// No month after the days: no date.
	assert.Empty(t, dateline.Find("ב 4, ב 11 וב 18 אנשים", ref))
	// The list's days checked against a Hebrew date after it, as a
	// pair's.
	rep := dateline.Check("ב-4, ב-11 וב-18 במרץ 2024 | כ' באדר א' תשפ\"ד", ref)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar)
	rep = dateline.Check("ב-4, ב-11 וב-18 במרץ 2024 | כ\"ד באדר א' תשפ\"ד", ref)
	assert.True(t, rep.OK(), "%v", rep.Problems)
	assert.Len(t, rep.Also, 2)
}

// TestCommaListHebrewMonth: a list of three days or more parted by commas
// alone before a Hebrew month's name, in Latin or Hebrew letters, is read
// whole, as before a Gregorian month's: "4, 11, 18 Nisan 5784" was 18
// Nisan alone, where "4, 11 and 18 Nisan 5784" was read whole. Two days
// with a comma alone stay the last, as "4, 11 March" does.
func TestCommaListHebrewMonth(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC))
	three := []string{"2024-04-12", "2024-04-19", "2024-04-26"} // 4, 11, 18 Nisan 5784 (hd)
	checkListMatches(t, ref, []struct {
		text, match string
		days        []string
	}{
		{"4, 11, 18 Nisan 5784", "4, 11, 18 Nisan 5784", three},
		{"Shiurim on 4, 11, 18 Nisan 5784.", "4, 11, 18 Nisan 5784", three},
		{"4, 11, 18 בניסן 5784", "4, 11, 18 בניסן 5784", three},
		{"ב-4, 11, 18 בניסן 5784", "ב-4, 11, 18 בניסן 5784", three},
		{"Chapter 4, 11 Nisan 5784", "11 Nisan 5784", []string{"2024-04-19"}},
	})
}

// TestLongDayList: a list of seven days or more of one month is read
// whole, as one of six was: the parser kept four middle days, and
// "March 1, 3, 6, 8, 13, 15 and 20, 2023" was March 1 alone, in the
// reference's year, "les 1, 3, 6, 8, 13, 15 et 20 mars 2023" and "1.,
// 3., ... und 20. März 2023" began at the 3rd, the 1st lost with nothing
// said. A list longer than a dateline holds is refused whole, never read
// in part.
func TestLongDayList(t *testing.T) {
	seven := []string{"2023-03-01", "2023-03-03", "2023-03-06", "2023-03-08", "2023-03-13", "2023-03-15", "2023-03-20"}
	checkListMatches(t, listRef, []struct {
		text, match string
		days        []string
	}{
		{"Classes meet on March 1, 3, 6, 8, 13, 15 and 20, 2023 in room 4.", "March 1, 3, 6, 8, 13, 15 and 20, 2023", seven},
		{"Les cours ont lieu les 1, 3, 6, 8, 13, 15 et 20 mars 2023.", "1, 3, 6, 8, 13, 15 et 20 mars 2023", seven},
		{"Kurse am 1., 3., 6., 8., 13., 15. und 20. März 2023", "1., 3., 6., 8., 13., 15. und 20. März 2023", seven},
		{"Las clases el 1, 3, 6, 8, 13, 15 y 20 de marzo de 2023.", "1, 3, 6, 8, 13, 15 y 20 de marzo de 2023", seven},
		{"מפגשים ב-1, 3, 6, 8, 13, 15 ו-20 במרץ 2023", "ב-1, 3, 6, 8, 13, 15 ו-20 במרץ 2023", seven},
		{"Dates: 1, 3, 6, 8, 13, 15, 20 March 2023.", "1, 3, 6, 8, 13, 15, 20 March 2023", seven},
		{"Meetings on March 4, 5, 6, 7, 8, 11, 12 and 13, 2024.", "March 4, 5, 6, 7, 8, 11, 12 and 13, 2024",
			[]string{"2024-03-04", "2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08", "2024-03-11", "2024-03-12", "2024-03-13"}},
		// Six days with commas alone, which the four middle days cut
		// to March 1 in 2025, with a warning (TestFixlistMonthFirstListChecked
		// had it as a list that breaks off).
		{"March 1, 2, 3, 4, 5, 6, 2024", "March 1, 2, 3, 4, 5, 6, 2024", []string{"2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04", "2024-03-05", "2024-03-06"}},
		// Near misses: six days and four, as before.
		{"Classes meet on March 1, 3, 6, 8, 13 and 15, 2023.", "March 1, 3, 6, 8, 13 and 15, 2023", seven[:6]},
		{"The club meets on March 5, 12, 19 and 26, 2024.", "March 5, 12, 19 and 26, 2024", []string{"2024-03-05", "2024-03-12", "2024-03-19", "2024-03-26"}},
	})
	for _, text := range []string{
		"March 2, 3, 4, 5, 6, 7 and 8, 2024",
		"2, 3, 4, 5, 6, 7 et 8 mars 2024",
		"2., 3., 4., 5., 6., 7. und 8. März 2024",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, listRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, "2024-03-02", rep.Dateline.Time.Format(time.DateOnly))
			require.Len(t, rep.Also, 6)
			assert.Equal(t, "2024-03-08 28 Adar I 5784", rep.Also[5].Time.Format(time.DateOnly)+" "+rep.Also[5].Hebrew.String())
		})
	}
	long := "March 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21 and 22, 2023"
	t.Run(long, func(t *testing.T) {
		assert.False(t, dateline.Check(long, listRef).OK())
		assert.Empty(t, dateline.Find("Days: "+long+".", listRef))
	})
}
