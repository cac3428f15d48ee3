package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout307BracketCivilYearAtOdds: a Hebrew date with its year and,
// alone in brackets, a civil year that is not the Hebrew date's, as a
// page prints it with one of the two years misprinted: "On 10 Shvat 5510
// (1950) the Previous Rebbe ascended on high" (the Meaningful Life
// Center's biography, 5510 for 5710; the 307th held-out round). The
// bracket was read as a civil year only within two of the Hebrew year's,
// so Check stopped at "1950" and Find read 10 Shevat 5510, a day of 1750,
// and said nothing of the 1950 beside it. A bracketed year of 1000 to
// 2999 is now the civil year the text states, as one after a slash is
// ("11 Nissan 5662/1905"), and the checker says the two disagree; the
// day stays the Hebrew date's. A year that fits, and a bracket that holds
// more than four digits, read as before.
func TestHeldout307BracketCivilYearAtOdds(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	checkFindCodes(t, ref, []findCodeCase{
		{"On 10 Shvat 5510 (1950) the Previous Rebbe ascended on high.", "10 Shvat 5510 (1950)", "1750-01-17", dateline.CodeCalendar},
		{"He passed away on 3 Tammuz 5554 (1994) in New York.", "3 Tammuz 5554 (1994)", "1794-07-01", dateline.CodeCalendar},
		{"The school opened on 1 Elul 5684 (1942) with ten pupils.", "1 Elul 5684 (1942)", "1924-08-31", dateline.CodeCalendar},
		{"הוא נפטר בי\"ט בכסלו תשל\"ג (1992) בירושלים", "בי\"ט בכסלו תשל\"ג (1992)", "1972-11-25", dateline.CodeCalendar},
		{"Purim 5784 (1984) was a happy day.", "Purim 5784 (1984)", "2024-03-24", dateline.CodeCalendar},
		// A civil year that fits the Hebrew date reads as before.
		{"He passed away on 3 Tammuz 5754 (1994) in New York.", "3 Tammuz 5754 (1994)", "1994-06-12", ""},
		{"born on 12 Tammuz 5640 (1880) in Lubavitch", "12 Tammuz 5640 (1880)", "1880-06-21", ""},
	})
	for _, in := range []string{
		"10 Shvat 5510 (1950)",
		"3 Tammuz 5554 (1994)",
		"כ\"ה בכסלו תשכ\"ד (1983)",
	} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, ref)
			require.NotEmpty(t, rep.Problems)
			assert.Equal(t, dateline.CodeCalendar, rep.Problems[0].Code)
			assert.ErrorIs(t, rep.Err(), dateline.ErrCalendar)
		})
	}
	// Not a civil year: no bracket's close after four digits, or more
	// than four (package parse's TestCivilYearAfterHebrewYear has the
	// range's ends).
	for _, in := range []string{
		"10 Shvat 5510 (1950",
		"10 Shvat 5510 (19500)",
	} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, ref)
			require.NotEmpty(t, rep.Problems)
			assert.Equal(t, dateline.CodeSyntax, rep.Problems[0].Code)
		})
	}
}

// TestHeldout307OccasionThisYearAside: an occasion's name, then its civil
// day after the words for "this year", in brackets or after a comma, as a
// congregation's calendar writes it: "Asarah B’Tevet (this year, January
// 10, 2025)" (Paarl Hebrew Congregation, the 307th held-out round). Check
// stopped at "this", and Find read the civil date alone, the fast left
// out, so a day not the fast's went unsaid. The occasion and the day are
// now one dateline, the occasion checked against the day, as they are
// with no words between them ("Purim (March 24, 2024)") and as a Hebrew
// date's "this year" aside is ("14 Adar (this year, March 21)").
func TestHeldout307OccasionThisYearAside(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	checkFindCodes(t, ref, []findCodeCase{
		{"Asarah B’Tevet (this year, January 10, 2025) is observed as a day of fasting", "Asarah B’Tevet (this year, January 10, 2025)", "2025-01-10", ""},
		{"The fast of Asarah B’Tevet (this year, January 11, 2025) begins at dawn", "Asarah B’Tevet (this year, January 11, 2025)", "2025-01-11", dateline.CodeOccasion},
		{"Purim (this year, March 24, 2024) is a day of joy.", "Purim (this year, March 24, 2024)", "2024-03-24", ""},
		{"Purim, this year March 25, 2024, is a day of joy.", "Purim, this year March 25, 2024", "2024-03-25", dateline.CodeOccasion},
		{"Yom Kippur (this year on October 12, 2024) ends at nightfall", "Yom Kippur (this year on October 12, 2024)", "2024-10-12", ""},
		{"Pessach (dieses Jahr, 23. April 2024) beginnt am Abend davor", "Pessach (dieses Jahr, 23. April 2024)", "2024-04-23", ""},
	})
	for _, tc := range []struct {
		in   string
		code dateline.Code
	}{
		{"Asarah B’Tevet (this year, January 10, 2025)", ""},
		{"Asarah B’Tevet (this year, January 11, 2025)", dateline.CodeOccasion},
		{"Shavuot (this year, June 12, 2024)", ""},
		{"Shavuot (this year, June 14, 2024)", dateline.CodeOccasion},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			if tc.code == "" {
				assert.True(t, rep.OK(), "%v", rep.Problems)
				return
			}
			require.NotEmpty(t, rep.Problems)
			assert.Equal(t, tc.code, rep.Problems[0].Code)
		})
	}
	// "This year" before no date stays prose.
	rep := dateline.Check("Purim (this year, the feast)", ref)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeSyntax, rep.Problems[0].Code)
}
