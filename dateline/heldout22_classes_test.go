package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout22Classes: made-up datelines of the classes that the
// twenty-second held-out set (English bulletins and history pages, Latin
// American Spanish and Brazilian Portuguese community pages) found
// misread.
//
//   - O.S. or N.S. after the point that ends a date, as a tombstone
//     quoted on an Old Style page writes it ("Born April 2. 1743. O.S."):
//     the point ended the dateline, and the Julian date was read as a
//     Gregorian one, eleven days off, with no problem at all. Only the
//     abbreviations are read after a point: words ("Old Style furniture",
//     "In the Julian calendar") start a new sentence;
//   - the long name of Cheshvan, Mar before the month as each language
//     writes Cheshvan ("1 de MarJeshvan de 5774" on a Buenos Aires
//     parasha page, "Mar Jeshvan", German "Marcheschwan", Russian
//     "мархешвана"): no month, so the Spanish line read only its civil
//     date and gave the civil day's Hebrew date;
//   - a dateline of both calendars without a year whose Hebrew date is
//     the evening's, as the AMIA's Chanukah notice writes it ("Desde el
//     domingo 2 de diciembre, 25 de Kislev en el calendario hebreo",
//     2018): the search took 1934, where the two dates fit exactly,
//     warning only that the year was unlikely, over 2018 with its
//     after-sunset warning. A reading with no
//     worse than a warning within one Hebrew cycle of 19 years before
//     the reference is taken, with its warning; an exact fit earlier
//     still, with the unlikely year's warning, where none is that near;
//   - "on the night of" between an occasion and the civil day on whose
//     evening it begins, as a Buenos Aires blog announces Chanukah
//     ("celebramos Janucá en la noche del 11 de diciembre"), in Spanish,
//     Portuguese ("na noite de"), English, French ("le soir du") and
//     German ("am Abend des"): the occasion was no part of the dateline,
//     whose civil date alone was read, and a date without its year was not
//     found at all.
func TestHeldout22Classes(t *testing.T) {
	tests := []struct {
		in    string
		when  string // the dateline's day, YYYY-MM-DD, proleptic Gregorian
		codes []dateline.Code
	}{
		{"April 2. 1743. O.S.", "1743-04-13", nil},
		{"16 November 1827. O.S.", "1827-11-28", nil},
		{"December 15, 1812. O. S.", "1812-12-27", nil},
		{"September 14, 1752. N.S.", "1752-09-14", nil},
		{"4 de Octubre de 2013 1 de MarJeshvan de 5774", "2013-10-04", []dateline.Code{dateline.CodeAfterSunset}},
		{"5 de octubre de 2013, 1 de Marjeshván de 5774", "2013-10-05", nil},
		{"3 de Mar Jeshvan de 5785", "2024-11-04", nil},
		{"3. Marcheschwan 5785", "2024-11-04", nil},
		{"11 мархешвана 5774 года", "2013-10-15", nil},
		{"11 Мархешван 5774", "2013-10-15", nil},
		{"Marcheshvon 3, 5785", "2024-11-04", nil},
		// The Hebrew day that is not the civil day's.
		{"4 de noviembre de 2024, 5 de MarJeshvan de 5785", "2024-11-04", []dateline.Code{dateline.CodeCalendar}},
		{"domingo 2 de diciembre, 25 de Kislev", "2018-12-02", []dateline.Code{dateline.CodeAfterSunset}},
		{"Sunday, December 2nd | 25 Kislev", "2018-12-02", []dateline.Code{dateline.CodeAfterSunset}},
		{"domingo, 2 de dezembro – 25 de Kislev", "2018-12-02", []dateline.Code{dateline.CodeAfterSunset}},
		{"Sunday, December 2 | 24 Kislev", "2018-12-02", nil},
		{"Janucá en la noche del 11 de diciembre de 2009", "2009-12-11", nil},
		{"Chanukah on the night of December 11, 2009", "2009-12-11", nil},
		{"Hanukkah na noite de 27 de novembro de 2013", "2013-11-27", nil},
		{"Yom Kippour le soir du 24 septembre 2023", "2023-09-24", nil},
		{"Pessach am Abend des 22. April 2024", "2024-04-22", nil},
		// The evening that is not the occasion's.
		{"Janucá en la noche del 21 de diciembre de 2009", "2009-12-21", []dateline.Code{dateline.CodeOccasion}},
		{"Wednesday, May 14 | 4 Sivan", "1975-05-14", []dateline.Code{dateline.CodeYearUnlikely}},
		{"Tuesday, December 5 | 26 Kislev", "1950-12-05", []dateline.Code{dateline.CodeYearUnlikely}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, "2006-01-02", tc.codes, false) })
	}
	ref := dateline.Reference(corpusReference)
	// In text, after a word: the tombstone's line.
	for in, want := range map[string]string{
		"Born April 2. 1743. O.S. Died July 4. 1826.": "1743-04-13",
		"el 3 de Mar Jeshvan de 5785 se reunió":       "2024-11-04",
	} {
		ms := dateline.Find(in, ref)
		if assert.NotEmpty(t, ms, in) {
			assert.Equal(t, want, ms[0].Report.Dateline.Time.Format("2006-01-02"), in)
		}
	}
	// A sentence after a point is no marker: the date stays Gregorian.
	for _, in := range []string{
		"He was born April 2, 1743. Old Style furniture filled the house.",
		"born April 2, 1743. OS X came much later",
		"April 2, 1743. In the Julian calendar it was earlier.",
	} {
		ms := dateline.Find(in, ref)
		if assert.Len(t, ms, 1, in) {
			assert.Equal(t, "1743-04-02", ms[0].Report.Dateline.Time.Format("2006-01-02"), in)
		}
	}
	// "Mar" alone, or a Spanish sentence with "mar", is no month.
	for _, in := range []string{"Mar Jeshvan", "el mar Jeshvan es frío", "Mar 3, 2024"} {
		for _, m := range dateline.Find(in, ref) {
			assert.NotContains(t, m.Report.Dateline.String(), "Cheshvan", in)
		}
	}
}
