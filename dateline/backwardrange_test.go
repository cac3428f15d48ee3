package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestBackwardRangeRefused: a range whose last day, joined to its first
// by a dash between their digits, comes before it in the month is an
// error that says the range runs backwards, in Check and in Find, which
// matches it whole. The range was left unread: Check said "expected a
// month name" or "expected a numeric date", and Find read "March 22",
// "21 March 2024" or "Passover 4/22" alone with nothing said. Forward
// ranges, a spaced dash before a count, and Hebrew text that writes a
// range's end first are read as before.
func TestBackwardRangeRefused(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, match string }{
		{"March 22-21, 2024", "March 22-21, 2024"},
		{"We meet on March 31-1, 2024 here.", "March 31-1, 2024"},
		{"22-21 March 2024", "22-21 March 2024"},
		{"del 22-21 de marzo de 2024", "22-21 de marzo de 2024"},
		{"am 22.-21. März 2024 in Berlin", "22.-21. März 2024"},
		{"Passover 4/22-21", "Passover 4/22-21"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			refusedBackward(t, tc.text, tc.match, ref)
		})
	}
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"March 22-23, 2024", "March 22-23, 2024", "2024-03-22", "12 Adar II 5784"},
		{"22.-23. März 2024", "22.-23. März 2024", "2024-03-22", "12 Adar II 5784"},
		{"7-6 מערץ, 2010", "7-6 מערץ, 2010", "2010-03-06", "20 Adar 5770"},
	})
	ms := dateline.Find("On March 22, 2024 - 21 voted in favour", ref)
	require.NotEmpty(t, ms)
	assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
}

// foundBackward fails unless Find finds one dateline in text, over
// match, that is the syntax error of a range that runs backwards.
func foundBackward(t *testing.T, text, match string, ref dateline.Option) {
	t.Helper()
	ms := dateline.Find(text, ref)
	require.Len(t, ms, 1)
	assert.Equal(t, match, text[ms[0].Start:ms[0].End])
	assert.False(t, ms[0].OK())
	assert.True(t, hasProblem(ms[0].Report, dateline.CodeSyntax, dateline.Error), "%v", ms[0].Problems)
}

// refusedBackward is foundBackward, and Check of match alone is the same
// error.
func refusedBackward(t *testing.T, text, match string, ref dateline.Option) {
	t.Helper()
	foundBackward(t, text, match, ref)
	rep := dateline.Check(match, ref)
	assert.False(t, rep.OK())
	assert.True(t, hasProblem(rep, dateline.CodeSyntax, dateline.Error), "%v", rep.Problems)
}

// TestBackwardNumericDateRange: a range of two numeric dates of one month
// joined by a dash whose end is on or before its start ("4/22-4/21/2024",
// "22/4-21/4/2024", "22.4.-21.4.2024") is the error that the range runs
// backwards, as "March 22-21, 2024" is (TestBackwardRangeRefused); Find
// read its end alone, the start dropped with nothing said. Forward ranges
// read as before.
func TestBackwardNumericDateRange(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, match string }{
		{"We met 4/22-4/21/2024 here", "4/22-4/21/2024"},
		{"We met 4/22-4/22/2024 here", "4/22-4/22/2024"},
		{"We met 22/4-21/4/2024 here", "22/4-21/4/2024"},
		{"am 22.4.-21.4.2024 in Berlin", "22.4.-21.4.2024"},
		{"le 22/04-21/04/2024 à Paris", "22/04-21/04/2024"},
		{"בין 5/4 ל-4/4/2024", "5/4 ל-4/4/2024"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			foundBackward(t, tc.text, tc.match, ref)
		})
	}
	for _, text := range []string{"4/22-4/21/2024", "22/4-21/4/2024", "22.4.-21.4.2024"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, ref)
			assert.True(t, hasProblem(rep, dateline.CodeSyntax, dateline.Error), "%v", rep.Problems)
		})
	}
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"We met 4/22-4/23/2024 here", "4/22-4/23/2024", "2024-04-22", "14 Nisan 5784"},
		{"We met 22/4-23/4/2024 here", "22/4-23/4/2024", "2024-04-22", "14 Nisan 5784"},
	})
}

// TestHebrewBetweenSlashedRange: Hebrew's "between" (בין) before a day
// and month with a slash, then "to" or "and" (ל-, ו-) and the end's whole
// date, is a range, read day first as Hebrew text writes it: "בין 3/4
// ל-4/5/2024" is April 3 to May 4, 2024. Find read its end alone,
// "ל-4/5/2024", the start dropped with nothing said, where "בין 3.4
// ל-4.5.2024" and "מ-3/4 עד 4/5/2024" were ranges. Without בין the end
// stays alone, as before. Days verified with hd.
func TestHebrewBetweenSlashedRange(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"בין 3/4 ל-4/5/2024 נפגשנו", "3/4 ל-4/5/2024", "2024-04-03", "24 Adar II 5784"},
		{"בין 3/4 ו-4/5/2024", "3/4 ו-4/5/2024", "2024-04-03", "24 Adar II 5784"},
		{"בין 4/3 ל-5/4/2024", "4/3 ל-5/4/2024", "2024-03-04", "24 Adar I 5784"},
		{"בין 13/4 ל-4/5/2024", "13/4 ל-4/5/2024", "2024-04-13", "5 Nisan 5784"},
		{"בין 3.4 ל-4.5.2024", "3.4 ל-4.5.2024", "2024-04-03", "24 Adar II 5784"},
	})
	for _, text := range []string{"בין 3/4 ל-4/5/2024", "בין 3/4 ו-4/5/2024"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, "2024-04-03", rep.Dateline.Time.Format(time.DateOnly))
			if assert.Len(t, rep.Also, 1) {
				assert.Equal(t, "2024-05-04", rep.Also[0].Time.Format(time.DateOnly))
				assert.Equal(t, "26 Nisan 5784", rep.Also[0].Hebrew.String())
			}
		})
	}
}

// TestScoreBeforeMonthDay: two numbers joined by a dash that runs back,
// before a month name that has a day of its own after it ("won 3-1 March
// 4"), are a score or a count, not a range of the month's days: the date
// is March 4. It was the error that "3-1 March" runs backwards, and before
// that March 1. With a year after the month ("22-21 March 2024"), with
// nothing after it ("won 3-1 March"), or with an hour ("March 4 pm") the
// numbers are the month's days, and the range that runs back is refused
// as before. Days verified with hd.
func TestScoreBeforeMonthDay(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"The team won 3-1 March 4, 2024.", "March 4, 2024", "2024-03-04", "24 Adar I 5784"},
		{"We lost 2-1 April 12, 2024 at home", "April 12, 2024", "2024-04-12", "4 Nisan 5784"},
	})
	ms := dateline.Find("The team won 3-1 March 4.", ref)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "March 4", "The team won 3-1 March 4."[ms[0].Start:ms[0].End])
		assert.Equal(t, "2024-03-04", ms[0].Dateline.Time.Format(time.DateOnly))
	}
	for _, tc := range []struct{ text, match string }{
		{"22-21 March 2024", "22-21 March 2024"},
		{"The team won 3-1 March", "3-1 March"},
		{"won 3-1 March 4 pm", "3-1 March 4 pm"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.True(t, hasProblem(ms[0].Report, dateline.CodeSyntax, dateline.Error), "%v", ms[0].Problems)
		})
	}
}

// TestBackwardNumericRangeIntoEarlierMonth: a numeric range whose end is
// in an earlier month of the same year than its start, by at most a
// range's length, runs backwards and is that error, in Check and in
// Find, which matches it whole: "10.12.-18.10.2020", "12/10-10/18/2020",
// "04.12-06.10.2018", "10.12. bis 18.10.2020". Find read its end alone,
// "18.10.2020", the start dropped with nothing said, and Check said
// "expected a numeric date". A range into the next year and a forward
// range across months are read as before. Days verified with hd.
func TestBackwardNumericRangeIntoEarlierMonth(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, match string }{
		{"10.12.-18.10.2020", "10.12.-18.10.2020"},
		{"Kurs am 10.12.-18.10.2020 in Berlin", "10.12.-18.10.2020"},
		{"am 10.12. - 18.10.2020", "10.12. - 18.10.2020"},
		{"Kurs 10.12. bis 18.10.2020 in Berlin", "10.12. bis 18.10.2020"},
		{"termin 04.12-06.10.2018 w Warszawie", "04.12-06.10.2018"},
		{"le 10/12-18/10/2020 à Paris", "10/12-18/10/2020"},
		{"We met 12/10-10/18/2020 here", "12/10-10/18/2020"},
		{"am 22.3.-21.2.2024", "22.3.-21.2.2024"},
		{"am 1.3.-29.2.2024", "1.3.-29.2.2024"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			refusedBackward(t, tc.text, tc.match, ref)
		})
	}
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"am 10.10.-18.12.2020", "10.10.-18.12.2020", "2020-10-10", "22 Tishrei 5781"},
		{"am 30.12.-2.1.2021", "30.12.-2.1.2021", "2020-12-30", "15 Tevet 5781"},
		{"am 10.12.-18.12.2020", "10.12.-18.12.2020", "2020-12-10", "24 Kislev 5781"},
	})
	// A start without its month's dot, joined by a word, is a decimal
	// ("rose from 1.5 to 2.3.2024"): the end alone, as before (see
	// TestNumericRangeStartWithoutDot).
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"the price rose from 1.5 bis 2.3.2024", "2.3.2024", "2024-03-02", "22 Adar I 5784"},
	})
}

// TestNumericRangeAcrossYearEndTooLong: a numeric range whose start is
// later in the year than its end, by more than a range's length both
// ways, as a school year is written: "10.09.-18.05.2021",
// "9/10-5/18/2021", "01.11.-15.02.2024". Find read its end alone, the
// start lost with nothing said, and Check refused it at the start's
// month ("expected a numeric date"). The year it states is its end's, and
// a start in the year before is longer than a range without its own year
// spans: it is the error that the range runs backwards, in Check and in
// Find, which matches it whole (and does not count it on into the next
// year, November 1, 2024 to February 15, 2025). A range into the next
// year within a range's length reads its start in the year before, as
// before. Days verified with hd.
func TestNumericRangeAcrossYearEndTooLong(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, match string }{
		{"10.09.-18.05.2021", "10.09.-18.05.2021"},
		{"Schuljahr 10.09.-18.05.2021 in Bayern", "10.09.-18.05.2021"},
		{"Kurs 01.11.-15.02.2024 in Wien", "01.11.-15.02.2024"},
		{"termin 01.11-15.02.2024 w Warszawie", "01.11-15.02.2024"},
		{"le 10/09-18/05/2021 à Lyon", "10/09-18/05/2021"},
		{"School year 9/10-5/18/2021 here", "9/10-5/18/2021"},
		{"am 20.12.-31.03.2024", "20.12.-31.03.2024"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			refusedBackward(t, tc.text, tc.match, ref)
		})
	}
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"am 28.12.-03.01.2024", "28.12.-03.01.2024", "2023-12-28", "16 Tevet 5784"},
		{"We met 12/28-1/3/2024 here", "12/28-1/3/2024", "2023-12-28", "16 Tevet 5784"},
		{"am 30.12.-2.1.2021", "30.12.-2.1.2021", "2020-12-30", "15 Tevet 5781"},
		{"am 20.12.-20.03.2025", "20.12.-20.03.2025", "2024-12-20", "19 Kislev 5785"},
	})
}
