package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestDayWords: days of the month named by English ordinal words, in
// either calendar, before the month with "of", "day of" and "the (Hebrew)
// month of" between them; the last day of a month whose length the text
// tells. A layout writes the word back for that day (round trip).
func TestDayWords(t *testing.T) {
	cal := []dateline.Code{dateline.CodeCalendar}
	for _, tc := range []struct {
		in, when  string
		codes     []dateline.Code
		roundTrip bool
	}{
		{"the third of March, 2024", "2024-03-03", nil, true},
		{"the Third of March, 2024", "2024-03-03", nil, true},
		{"the thirty-first of December 1999", "1999-12-31", nil, true},
		{"the twenty-second of Adar I", "2027-03-01", nil, false},
		{"the twenty-second of Adar I 5784", "2024-03-02", nil, true},
		{"Twenty-Second of Adar II 5784", "2024-04-01", nil, true},
		{"on the first day of Nisan 5784", "2024-04-09", nil, false},
		{"the fifteenth of Shevat 5770", "2010-01-30", nil, true},
		{"Sunday, the third of March, 2024", "2024-03-03", nil, true},
		{"Monday, the third of March, 2024", "2024-03-03", []dateline.Code{dateline.CodeWeekday}, false},
		{"the twentieth of Kislev 5785 (December 21, 2024)", "2024-12-21", nil, false},
		{"the twentieth of Kislev 5785 (December 22, 2024)", "2024-12-22", cal, false},
		{"the 26th of the Hebrew month of Elul 5785", "2025-09-19", nil, false},
		{"19th of September 2025 26th of the Jewish month of Elul 5785", "2025-09-19", nil, false},
		{"the last day of the month of Elul 5784", "2024-10-02", nil, false},
		{"the last day of Cheshvan 5785", "2024-12-01", nil, false},
		{"the last day of Cheshvan 5784", "2023-11-13", nil, false},
		{"the last day of February 2024", "2024-02-29", nil, false},
		{"the last day of February 2023", "2023-02-28", nil, false},
		{"the last day of Adar I 5784", "2024-03-10", nil, false},
		{"the last day of Adar 5783", "2023-03-22", nil, false},
		{"March the third, 2024", "2024-03-03", nil, true},
		{"Sunday, March third, 2024", "2024-03-03", nil, true},
		{"December the Thirty-First, 1999", "1999-12-31", nil, true},
		// An ordinal in digits after "the", with its year, as the
		// words are read.
		{"the 5th day of Nisan, in the year 5784", "2024-04-13", nil, false},
		{"the 12th day of the month of Adar II in the year 5784", "2024-03-22", nil, false},
		{"4th day of the month of Cheshvan in the year 5785, which corresponds to Tuesday, November 5, 2024", "2024-11-05", nil, false},
		{"March the 5th, 2024", "2024-03-05", nil, true},
		{"Tuesday, March the 5th, 2024", "2024-03-05", nil, true},
		{"Monday, March the 5th, 2024", "2024-03-05", []dateline.Code{dateline.CodeWeekday}, false},
	} {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, "2006-01-02", tc.codes, tc.roundTrip) })
	}
}

// TestDayWordsRefused: an ordinal word that is prose, and a last day whose
// month's length the text does not tell (a Cheshvan, a February, an Adar
// of a leap year, without the year that says how long), is no date: the
// reader refuses it rather than guess.
func TestDayWordsRefused(t *testing.T) {
	for _, in := range []string{
		"the first time",
		"the second floor of March House",
		"the last week of March",
		"the last day of Cheshvan",
		"the last day of February",
		"the last day of Adar 5784",
		"March the first time",
		"May the fourth be with you",
		"March the 1st time",
		"May the 4th be with you",
		"March the 5th",
	} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, dateline.Reference(corpusReference))
			assert.True(t, rep.Dateline.Time.IsZero(), "read as %v", rep.Dateline.Time)
			assert.False(t, rep.OK())
		})
	}
}

// TestDayWordsInText: Find reads a day in words inside prose, and an
// occasion's day named so as the occasion's counted day ("the first day
// of Pesach 5784" is its first, see TestFirstDayOfOccasion).
func TestDayWordsInText(t *testing.T) {
	for in, want := range map[string]string{
		"We met on the third of March, 2024, a Sunday.":     "third of March, 2024",
		"It rained on the first day of Nisan 5784 all day.": "first day of Nisan 5784",
		"the first day of Pesach 5784":                      "first day of Pesach 5784",
	} {
		t.Run(in, func(t *testing.T) {
			ms := dateline.Find(in, dateline.Reference(corpusReference))
			require.Len(t, ms, 1)
			assert.Equal(t, want, in[ms[0].Start:ms[0].End])
			assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
		})
	}
}

// TestCapsSwapInfo: a Hebrew month in capitals with its first two letters
// swapped ("7 YIAR 5784") is read as the one month it fits, with an info
// that names the correction; "Ellul" is a spelling of Elul, read as it.
func TestCapsSwapInfo(t *testing.T) {
	for in, want := range map[string]struct {
		when  string
		codes []dateline.Code
	}{
		"7 YIAR 5784":            {"2024-05-15", []dateline.Code{dateline.CodeSpelling}},
		"WEDNESDAY 7 YIAR 5784":  {"2024-05-15", []dateline.Code{dateline.CodeSpelling}},
		"22 IKSLEV 5785":         {"2024-12-23", []dateline.Code{dateline.CodeSpelling}},
		"26 Ellul 5785":          {"2025-09-19", nil},
		"the 26th of Ellul 5785": {"2025-09-19", nil},
	} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, dateline.Reference(corpusReference))
			var got []dateline.Code
			for _, p := range rep.Problems {
				got = append(got, p.Code)
			}
			assert.Equal(t, want.when, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, want.codes, got)
			assert.True(t, rep.OK())
		})
	}
}

// TestDayWordsProse: ordinal words in prose, and a month with a day in
// words but no year, are no dates Find reports.
func TestDayWordsProse(t *testing.T) {
	for _, in := range []string{
		"For the first time in March the second team won.",
		"May the fourth be with you.",
		"It was the last day of school.",
		"The third of them arrived on the second floor.",
	} {
		t.Run(in, func(t *testing.T) {
			assert.Empty(t, dateline.Find(in, dateline.Reference(corpusReference)))
		})
	}
}

// TestDayOfTheMonthInProse: a day with the words for "day of the month"
// before a Hebrew month, without the day's dot, is found in prose: "25
// dnia miesiąca kislew 5784" (seen in the seventy-eighth held-out round)
// and Czech's "25 dnem měsíce kislev" were read as the month alone, the
// scan turning away at a number before a word of four letters it does not
// know. Such a word before anything else still starts no date.
func TestDayOfTheMonthInProse(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"25 dnia miesiąca kislew 5784", "2023-12-08"},
		{"Uroczystość 25 dnia miesiąca kislew 5784 roku", "2023-12-08"},
		{"25 dnem měsíce kislev 5784", "2023-12-08"},
		{"25 dnia pracy", ""},
		{"25 dnia miesiąca maja", ""},
	})
}

// TestSpacedDayWords: an English ordinal day of two words written with a
// space for the hyphen, "twenty second", is read as "twenty-second" is,
// with the weekday before it: "the twenty second of March 2024" was read
// from its last word, as March 2, and "Friday, the twenty second of March
// 2024" as Saturday, March 2 (found trying the command as an adversary).
// The last word of a longer ordinal that is no day ("thirty second",
// "forty second") is no day of its own either; other words after the tens
// ("twenty seconds") and the single words keep their readings.
func TestSpacedDayWords(t *testing.T) {
	for _, tc := range []struct {
		in, match, when string
		ok              bool
	}{
		{"on the twenty second of March 2024", "twenty second of March 2024", "2024-03-22", true},
		{"on March twenty second, 2024", "March twenty second, 2024", "2024-03-22", true},
		{"the thirty first of March 2024", "thirty first of March 2024", "2024-03-31", true},
		{"Friday, the twenty second of March 2024", "Friday, the twenty second of March 2024", "2024-03-22", true},
		{"Saturday, the twenty second of March 2024", "Saturday, the twenty second of March 2024", "2024-03-22", false},
		{"the Twenty Third of Adar I 5784", "Twenty Third of Adar I 5784", "2024-03-03", true},
		{"the twenty second day of Adar I 5784", "twenty second day of Adar I 5784", "2024-03-02", true},
		// Near misses that keep their readings.
		{"the twenty-second of March 2024", "twenty-second of March 2024", "2024-03-22", true},
		{"the second of March 2024", "second of March 2024", "2024-03-02", true},
		{"wait twenty seconds, March 2, 2024", "March 2, 2024", "2024-03-02", true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, dateline.Reference(corpusReference))
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.in[ms[0].Start:ms[0].End])
			assert.Equal(t, tc.when, ms[0].Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.ok, ms[0].OK(), "%v", ms[0].Problems)
		})
	}
	// No day is read from the tail of a number past a month's days, or
	// of a day its month lacks.
	for _, in := range []string{
		"the thirty second of March 2024",
		"the forty second of March 2024",
		"the twenty ninth of February 2023",
	} {
		t.Run(in, func(t *testing.T) {
			for _, m := range dateline.Find(in, dateline.Reference(corpusReference)) {
				if !m.Dateline.Time.IsZero() {
					assert.NotContains(t, []int{1, 2, 9}, m.Dateline.Time.Day(), "read as %v", m.Dateline.Time)
				}
			}
		})
	}
}
