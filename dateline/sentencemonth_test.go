package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestSentenceMonthPicksHebrewDay: a Hebrew day and month without a year,
// before a civil date of its sentence that names the year, falls twice in
// that civil year when its month is Tevet (24 Tevet 5740 is January 12,
// 1980; 24 Tevet 5741, December 31): the later date's month picks the
// one. "The 24 Teves farbrengen held on Dec. 31, 1980" (incoming.tsv) was
// read in the year nearest the reference, 5787, with only an info; the
// point after "Dec" ended no sentence there, nor does it now where a
// day's digits follow a month's name cut short. A year its sentence names
// is not warned of as far from the reference. The two name one day, and
// are one dateline (see TestHebrewDayThenCivilDay).
func TestSentenceMonthPicksHebrewDay(t *testing.T) {
	checkDaysFound(t, []struct{ text, want string }{
		{"The 24 Teves farbrengen held on Dec. 31, 1980 marked the occasion.", "1980-12-31"},
		{"The 24 Teves farbrengen, held on December 31, 1980, marked it.", "1980-12-31"},
		{"The 24 Teves farbrengen held on Jan. 3, 1997 marked it.", "1997-01-03"},
		// Once in 1999 (24 Tevet 5760 is January 2, 2000).
		{"The 24 Teves farbrengen held on Jan. 12, 1999 marked it.", "1999-01-12"},
		// One range, its end checked as Hanukkah's last day.
		{"Hanukkah began at sundown on Tuesday, December 11, 1990 and ended on December 19.", "1990-12-11"},
	})
}

// TestSentenceOccasionYearCarries: a date without a year after one of
// its sentence whose year the occasion it names chose is of that year:
// "Hanukkah, which began on December 14, ends at sundown on Dec. 22" (the
// ninety-fifth held-out round) read the end in 2026, the year nearest the
// reference, and the start in 2025, each with only an info.
func TestSentenceOccasionYearCarries(t *testing.T) {
	checkDaysFound(t, []struct{ text, want string }{
		// One range since withLaterEnd, its end of the start's year.
		{"Hanukkah, which began on December 14, ends at sundown on Dec. 22.", "2025-12-14"},
		{"Passover, which began at sundown on April 12, lasts until April 20.", "2025-04-12 2025-04-20"},
		{"Purim, which falls on Thursday, March 5, is followed by Shushan Purim on March 6.", "2015-03-05 2015-03-06"},
		// Over the year's end, the next year's.
		{"Hanukkah, which began on December 14, ends at sundown on Jan. 1.", "2025-12-14 2026-01-01"},
		// A date of another sentence keeps its own year.
		{"Hanukkah begins at sundown on Sunday, December 14. The fair is on December 20.", "2025-12-14 2026-12-20"},
	})
	m := dateline.Find("Passover, which began at sundown on April 12, lasts until April 20.", heldoutRef)
	if assert.Len(t, m, 2) && assert.NotEmpty(t, m[1].Problems) {
		assert.Contains(t, m[1].Problems[0].Message, "dated by the occasion it names, is in 2025")
	}
}

// TestOccasionMatchWithoutYearLinks: an occasion after a year-less date
// with its weekday, where the occasion starts a match of its own without
// a year (its name and a Hebrew date), is the date's (see
// withSentenceOccasion), and the match after it takes the year the
// occasion gave: "Tuesday December 22 is a fast called Asara Bitevet, the
// tenth day of the month of Tevet" (incoming.tsv) was read as December
// 22, 2026 and 10 Tevet 5787, the years nearest the reference. A name
// with its year stays a dateline of its own.
func TestOccasionMatchWithoutYearLinks(t *testing.T) {
	checkDaysFound(t, []struct{ text, want string }{
		{"Tuesday December 22 is a fast called Asara Bitevet, the tenth day of the month of Tevet.", "2015-12-22 2015-12-22"},
		{"Tuesday December 22 is a fast called Asara B'Tevet, 10 Tevet.", "2015-12-22 2015-12-22"},
		{"On Friday, April 22 Jews celebrate Passover 5776", "2022-04-22 2016-04-23"},
	})
	// FindFrom after the first match goes on as Find does.
	text := "Tuesday December 22 is a fast called Asara Bitevet, the tenth day of the month of Tevet."
	ms := dateline.Find(text, heldoutRef)
	if assert.Len(t, ms, 2) {
		rest := dateline.FindFrom(text, ms[0].End, heldoutRef)
		if assert.Len(t, rest, 1) {
			assert.Equal(t, ms[1].Start, rest[0].Start)
		}
	}
}

// checkDaysFound checks the days of every match Find finds in each case's
// text, as "2006-01-02" joined by spaces, each without a problem worse
// than a warning and without a warning that its year is far.
func checkDaysFound(t *testing.T, cases []struct{ text, want string }) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			var days []string
			for _, m := range dateline.Find(tc.text, heldoutRef) {
				assert.True(t, m.OK(), "%v", m.Problems)
				for _, p := range m.Problems {
					assert.NotEqual(t, dateline.CodeYearUnlikely, p.Code, p.Message)
				}
				days = append(days, m.Dateline.Time.Format(time.DateOnly))
			}
			assert.Equal(t, tc.want, strings.Join(days, " "))
		})
	}
}

// TestHebrewDateAfterDatedMatch: a Hebrew day and month without a year
// after a civil date of its sentence that states its year is of the
// Hebrew year in which it falls in that civil year: "(4-4-2012) ...
// לכבוד יום הולדתו ה-110 של הרבי ... החל ב-י"א בניסן" (the
// ninety-seventh held-out round) was 11 Nisan 5787, with a warning that
// no year near the reference fits.
func TestHebrewDateAfterDatedMatch(t *testing.T) {
	checkDaysFound(t, []struct{ text, want string }{
		{`עיריית תל-אביב קיימה (4-4-2012) קבלת-פנים לכבוד יום הולדתו ה-110 של הרבי החל ב-י"א בניסן, ולציון 30 שנות פעילות.`, "2012-04-04 2012-04-03"},
		// Twice in 1980: the one nearer December (the same day as the
		// civil date would be one dateline: see TestHebrewDayThenCivilDay).
		{"The farbrengen on Dec. 30, 1980 recalled 24 Teves, the yom hilulah.", "1980-12-30 1980-12-31"},
		// Another sentence's Hebrew date keeps the year nearest the reference.
		{"The farbrengen was on Dec. 31, 1980. Next is 24 Teves.", "1980-12-31 2027-01-03"},
	})
}
