package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// A date without a year whose sentence goes on to a date that states its
// year is of that year, as one after such a date is: "Jeudi 28 mai au
// soir, vendredi 29 et samedi 30 mai 2009" was May 28 of the year nearest
// the reference.
func TestYearLaterInSentence(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, first, day, heb string }{
		{"Jeudi 28 mai au soir, vendredi 29 et samedi 30 mai 2009", "Jeudi 28 mai au soir", "2009-05-28", "6 Sivan 5769"},
		// ("beginning at sundown following the 5th of Sivan and lasting
		// until nightfall of the 7th of Sivan (June 11-13, 2024)" is one
		// range with its civil dates since then: TestEndsClauseHebrewRange.)
		{"the 5th of Sivan, two days before June 13, 2024", "5th of Sivan", "2024-06-11", "5 Sivan 5784"},
		// A month more than half a year after the later one's is of the
		// year before.
		{"From December 28 to the end of the week of January 3, 2026 we are closed.", "December 28", "2025-12-28", "8 Tevet 5786"},
		{"On Sunday, May 5 we celebrate, as we did on May 5, 2019.", "Sunday, May 5", "2019-05-05", "30 Nisan 5779"},
		// (A civil year in brackets right after a Hebrew date is the
		// dateline's own since: TestHebrewDateCivilYearInBrackets.)
		// A date without its year between it and the year.
		{"On March 3 and the 5th of Adar, and on March 5, 2025, we met.", "March 3", "2025-03-03", "3 Adar 5785"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.NotEmpty(t, ms)
			m := ms[0]
			assert.Equal(t, tc.first, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			if assert.NotEmpty(t, m.Problems) {
				assert.Equal(t, dateline.CodeYearInferred, m.Problems[len(m.Problems)-1].Code)
				assert.Contains(t, m.Problems[len(m.Problems)-1].Message, "after it")
			}
		})
	}
	// A year alone in brackets right after a civil date is the date's
	// own, read with it, as "9 november [2015]" (see
	// TestHeldout123YearInBrackets): no year is inferred.
	for _, tc := range []struct{ text, match, day, heb string }{
		{"On December 28 (2025) we met.", "December 28 (2025)", "2025-12-28", "8 Tevet 5786"},
		{"Pesach, April 23 (2024), is the first day.", "Pesach, April 23 (2024)", "2024-04-23", "15 Nisan 5784"},
	} {
		m := findOneOK(t, tc.text, ref)
		assert.Equal(t, tc.match, tc.text[m.Start:m.End])
		assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
		assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
		assert.Empty(t, m.Problems, tc.text)
	}
	// Another sentence's year, a weekday the year does not have, or a
	// date that states its own year: the year is not taken.
	for _, tc := range []struct{ text, day string }{
		{"We meet on March 3. The next meeting is on April 5, 2021.", "2027-03-03"},
		{"On Monday, May 5 we celebrate, as we did on May 5, 2019.", "2025-05-05"},
		{"On May 5, 2024 we celebrate, as we did on May 5, 2019.", "2024-05-05"},
	} {
		ms := dateline.Find(tc.text, ref)
		if assert.NotEmpty(t, ms, tc.text) {
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly), tc.text)
		}
	}
}

// A line that opens with a capital joining word ("The", "On") opens a
// sentence: its date is not the other calendar of the line before's
// ("... December 23, 2019)\nThe 24 Teves farbrengen" was one dateline
// with a calendar error), while a masthead on two lines is one.
func TestLineOpensSentence(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	ms := dateline.Find("It fell on December 23, 2019)\nThe 24 Teves farbrengen was held.", ref)
	if assert.Len(t, ms, 2) {
		assert.Equal(t, "December 23, 2019", ms[0].Report.Input)
		assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
		assert.Equal(t, "24 Teves", ms[1].Report.Input)
	}
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Saturday, March 2nd\n22 Adar I 5784", "Saturday, March 2nd\n22 Adar I 5784", "2024-03-02", "22 Adar I 5784"},
		{"Saturday, March 2nd\nthe 22nd of Adar I 5784", "Saturday, March 2nd\nthe 22nd of Adar I 5784", "2024-03-02", "22 Adar I 5784"},
	})
}

// A time that ends a line after other numbers of it is that line's, not
// the time of the date on the next: "10:00 a.m. until 12:00 p.m.\nTuesday,
// April 23, 2024" was 10 am of April 23.
func TestClockEndsLine(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	text := "Sunday, March 3, 2024 from 10:00 a.m. until 12:00 p.m.\nTuesday, April 23, 2024 | 15 Nisan 5784\n" +
		"Friday, March 1, 2024 | 7:00 PM\nSunday, March 3, 2024\n" +
		"Friday, March 8, 2024, 5 to 7\nSunday, March 10, 2024\n"
	ms := dateline.Find(text, ref)
	var got []string
	for _, m := range ms {
		s := m.Dateline.Time.Format(time.DateOnly)
		if m.Dateline.HasTime {
			s = m.Dateline.Time.Format("2006-01-02 15:04")
		}
		got = append(got, s)
	}
	assert.Equal(t, []string{"2024-03-03 10:00", "2024-04-23", "2024-03-01 19:00", "2024-03-03", "2024-03-08", "2024-03-10"}, got)
	// A time written with a dot on the line after a date is a list's next
	// day and month as likely: it is not the date's time.
	ms = dateline.Find("22 September 2025\n16.09 blah", ref)
	if assert.NotEmpty(t, ms) {
		assert.False(t, ms[0].Dateline.HasTime)
		assert.Equal(t, "22 September 2025", ms[0].Report.Input)
	}
	// A time that opens its line, or follows a label, is the next line's
	// date's, as sites print a time above its date.
	checkTimes(t, ref, []struct{ text, want string }{
		{"Updated: 10:39 AM\nSept 28, 2022", "2022-09-28 10:39"},
		{"10:39 AM\nSeptember 28, 2022", "2022-09-28 10:39"},
	})
}
