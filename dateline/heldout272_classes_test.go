package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout272LetterGlossBeforeYear: a Hebrew date whose day is glossed
// in brackets by the day's Chabad letter name, with the month again,
// before its year: "10 Shevat (Yud Shevat), 5711" (winenfood.com, a table
// of the Rebbe's dates, seen by the two hundred and seventy-second
// held-out round). The gloss was read as the day's repeat and the year
// after it was refused: Check stopped at the year, and Find read the
// date without it, in the nearest year. The year after the closing
// bracket, with or without a comma, is now the date's, in Latin letters
// and in Hebrew script alike; a gloss of another day is still the error
// it was, a gloss of another month still ends the date before it, and a
// gloss with no bracket, or with spaces inside it, leaves the year
// unread as before.
func TestHeldout272LetterGlossBeforeYear(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"10 Shevat (Yud Shevat), 5711", "1951-01-17"},
		{"10 Shevat (Yud Shevat) 5711", "1951-01-17"},
		{"19 Kislev (Yud Tes Kislev), 5559", "1798-11-27"},
		{"19 Kislev (Yud-Tes Kislev) 5559 (1798)", "1798-11-27"},
		{"12 Tammuz (Yud Beis Tammuz), 5687", "1927-07-12"},
		{"3 Tammuz (Gimmel Tammuz), 5754 – June 12, 1994", "1994-06-12"},
		{"י׳ שבט (יו״ד שבט) תשי״א", "1951-01-17"},
		// As before: the year before the gloss.
		{"10 Shevat 5711 (Yud Shevat)", "1951-01-17"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Leadership: 10 Shevat (Yud Shevat), 5711 | January 17, 1951", "10 Shevat (Yud Shevat), 5711 | January 17, 1951", "1951-01-17", "10 Shevat 5711"},
		{"on 18 Elul (Chai Elul), 5458 the Baal Shem Tov was born", "18 Elul (Chai Elul), 5458", "1698-08-25", "18 Elul 5458"},
	})
	// A gloss that names another day is the error it was, now with the
	// year read; a civil date that is not the day is an error too.
	rep := dateline.Check("10 Shevat (Yud Aleph Shevat), 5711", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar)
	rep = dateline.Check("3 Tammuz (Gimmel Tammuz), 5754 – June 13, 1994", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar)
	// Another month's name, no bracket, or spaces inside the bracket: the
	// year stays unread.
	checkUnread(t, heldoutRef,
		"10 Shevat (Yud Adar), 5711",
		"10 Shevat Yud Shevat 5711",
		"10 Shevat ( Yud Shevat ), 5711",
	)
}

// TestHeldout272CalendarLabelBeforeYear: the Hebrew calendar's name in
// brackets between a Hebrew date and its year, as an English page tells
// its reader which calendar the month is of: "Upon his passing on the 3rd
// of Tammuz (Hebrew calendar) in 1994" (humansofjudaism.com, seen by the
// two hundred and seventy-second held-out round). Find read "3rd of
// Tammuz" alone, in the year nearest the reference, and Check stopped at
// the bracket. The year after the name, with a comma or "in" before it
// or none, is now the date's: a Hebrew year, or a civil one read as the
// year in which the Hebrew date falls, with the warning "the 3rd of
// Tammuz in 1994" has. The name with no year after it leaves the bracket
// where it stopped the date before (a whole dateline still reads over
// other words in brackets before a Hebrew year, as an aside), and a civil
// date after the year that is not the day is still an error.
func TestHeldout272CalendarLabelBeforeYear(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"3 Tammuz (Hebrew calendar) 5754", "1994-06-12"},
		{"3 Tammuz (Jewish Calendar), 5754", "1994-06-12"},
		{"10 Shevat (Hebrew date) in the year 5711", "1951-01-17"},
		{"3 Tammuz (Hebrew calendar) 5754 (June 12, 1994)", "1994-06-12"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"he passed away on 3 Tammuz (Jewish calendar) 5754 in Brooklyn", "3 Tammuz (Jewish calendar) 5754", "1994-06-12", "3 Tammuz 5754"},
	})
	ms := dateline.Find("Upon his passing on the 3rd of Tammuz (Hebrew calendar) in 1994, the Rebbe's death was mourned", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "1994-06-12", ms[0].Dateline.Time.Format("2006-01-02"))
		assert.Equal(t, "3 Tammuz 5754", ms[0].Dateline.Hebrew.String())
	}
	rep := dateline.Check("the 3rd of Tammuz (Hebrew calendar) in 1994", heldoutRef)
	assert.Equal(t, "1994-06-12", rep.Dateline.Time.Format("2006-01-02"))
	assert.Contains(t, reportCodes(rep, dateline.Warning), dateline.CodeYearUnlikely)
	rep = dateline.Check("3 Tammuz (Hebrew calendar) 5754 (June 13, 1994)", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar)
	checkUnread(t, heldoutRef,
		"3 Tammuz (Hebrew calendar)",
		"3 Tammuz (Hebrew calendar) in June",
	)
}
