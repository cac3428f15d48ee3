package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout309HebrewYearInBrackets: a Hebrew day and month with the
// Hebrew year alone in brackets after them, and the civil year after the
// bracket or not, as a translation of an epitaph writes both years:
// "zmarła 13 dnia miesiąca Adar roku (5675) 1915" (she died on the 13th
// day of the month Adar of the year (5675) 1915; Cmentarium's Polish
// epitaphs, the 309th held-out round). The bracket was read only with
// Hebrew letters in it, so Find read 13 Adar in the year nearest the
// reference, 5787, warning that the sentence named 5675, and Check
// stopped at the bracket. A bracket of four digits from 3000 on is now
// the Hebrew year, and a civil year after it is checked against it; one
// of the civil range is the civil year, as before.
func TestHeldout309HebrewYearInBrackets(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	checkFindCodes(t, ref, []findCodeCase{
		{"zmarła 13 dnia miesiąca Adar roku (5675) 1915", "13 dnia miesiąca Adar roku (5675) 1915", "1915-02-27", ""},
		{"Zmarł 5 Tewet roku (5700) 1939 w Warszawie.", "5 Tewet roku (5700) 1939", "1939-12-17", ""},
		{"Er starb am 22. Schwat (5748) 1988 in Jerusalem.", "22. Schwat (5748) 1988", "1988-02-10", ""},
		{"She passed away on 22 Shevat (5748) in New York.", "22 Shevat (5748)", "1988-02-10", ""},
		{"falleció el 22 de Shevat (5748) 1988", "22 de Shevat (5748) 1988", "1988-02-10", ""},
		// A civil year that is not the Hebrew year's, one within two of
		// it, is read and found at odds.
		{"zmarła 13 dnia miesiąca Adar roku (5675) 1917", "13 dnia miesiąca Adar roku (5675) 1917", "1915-02-27", dateline.CodeCalendar},
		// A civil year in brackets reads as before.
		{"He passed away on 3 Tammuz 5754 (1994) in New York.", "3 Tammuz 5754 (1994)", "1994-06-12", ""},
	})
	for _, in := range []string{
		"13 Adar (5675) 1915",
		"13 dnia miesiąca Adar roku (5675) 1915",
		"22 Shevat (5748)",
	} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, ref)
			assert.Empty(t, rep.Problems)
		})
	}
}

// TestHeldout309YearAfterLifeVerb: a biography's verb of being born or of
// dying, the year of the birth or the death after its lead, and the day
// in the Hebrew calendar after the year with no year of its own: "El
// Rebe nació en el año 1902, el 11 de Nisán, en Nikolaiev" (Har Hamoriah,
// the 309th held-out round). The year was taken only where its lead
// opened the sentence or a clause after a comma, so Find read 11 Nisan
// of 5787, the year nearest the reference, warning that the sentence
// named 1902. The lead after such a verb now opens the date's clause,
// where the year heads the date; after another verb, or with a clause
// between the year and the date, the day is read as before.
func TestHeldout309YearAfterLifeVerb(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	checkFindCodes(t, ref, []findCodeCase{
		{"El Rebe nació en el año 1902, el 11 de Nisán, en Nikolaiev, Rusia.", "1902, el 11 de Nisán", "1902-04-18", ""},
		{"He was born in 1902, on 11 Nisan, in Nikolaev.", "1902, on 11 Nisan", "1902-04-18", ""},
		{"Il est né en 1902, le 11 Nissan, à Nikolaïev.", "1902, le 11 Nissan", "1902-04-18", ""},
		{"Ребе родился в 1902 году, 11 нисана, в Николаеве.", "1902 году, 11 нисана", "1902-04-18", ""},
		{"Rebe urodził się w 1902 roku, 11 nisana, w Mikołajowie.", "1902 roku, 11 nisana", "1902-04-18", ""},
		{"The Previous Rebbe died in 1950, on 10 Shevat, in New York.", "1950, on 10 Shevat", "1950-01-28", ""},
		// A year the Hebrew day does not fall in is found so.
		{"He was born in 1902, on 11 Tevet, in Vilna.", "1902, on 11 Tevet", "0001-01-01", dateline.CodeCalendar},
	})
	for _, in := range []string{
		"He was born in 1902 and died on 11 Nisan.",
		"He visited in 1902, on 11 Nisan.",
	} {
		t.Run(in, func(t *testing.T) {
			ms := dateline.Find(in, ref)
			if assert.Len(t, ms, 1) {
				assert.Equal(t, "11 Nisan", ms[0].Input)
				assert.NotEqual(t, 1902, ms[0].Dateline.Time.Year())
			}
		})
	}
}
