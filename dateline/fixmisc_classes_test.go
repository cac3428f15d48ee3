package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestStyleMarkerBeforePlace: old or new style after a date, then a
// preposition and the place the date is of: "11. Februar 1731 alten
// Stils in Moskau" was read as the Gregorian February 11, 1731, eleven
// days off, with nothing said, since a word in lower case after a
// style's name makes it a style of that word ("Old Style furniture",
// "oude stijl meubels", which stay as they were: see
// TestForeignJulianMarker). A preposition of place starts no such
// word, in any language whose style markers are read.
func TestStyleMarkerBeforePlace(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"11. Februar 1731 alten Stils in Moskau", "11. Februar 1731 alten Stils", "1731-02-22", "16 Adar I 5491"},
		{"July 1, 1690 Old Style at the Boyne", "July 1, 1690 Old Style", "1690-07-11", "5 Av 5450"},
		{"July 1, 1690 old style in Ireland", "July 1, 1690 old style", "1690-07-11", "5 Av 5450"},
		{"né le 6 juillet 1837 ancien style à Moscou", "6 juillet 1837 ancien style", "1837-07-18", "15 Tammuz 5597"},
		{"nato l'11 febbraio 1731 vecchio stile a Mosca", "11 febbraio 1731 vecchio stile", "1731-02-22", "16 Adar I 5491"},
		{"născut la 26 mai 1799 stil vechi în Iași", "26 mai 1799 stil vechi", "1799-06-06", "3 Sivan 5559"},
		{"urodził się 26 maja 1799 starego stylu w Warszawie", "26 maja 1799 starego stylu", "1799-06-06", "3 Sivan 5559"},
		{"родился 26 мая 1799 года старого стиля в Москве", "26 мая 1799 года старого стиля", "1799-06-06", "3 Sivan 5559"},
		{"född den 11 februari 1731 gamla stilen i Stockholm", "11 februari 1731 gamla stilen", "1731-02-22", "16 Adar I 5491"},
		{"geboren 6 juli 1837 oude stijl te Amsterdam", "6 juli 1837 oude stijl", "1837-07-18", "15 Tammuz 5597"},
		// New Style keeps the day as written.
		{"am 18. Juli 1837 neuen Stils in Moskau", "18. Juli 1837 neuen Stils", "1837-07-18", "15 Tammuz 5597"},
	})
}

// TestSwedishChangeoverWarning: a date in Swedish or Finnish before
// Sweden, with Finland, took the Gregorian calendar on March 1, 1753 is
// warned of, as Russian's before 1918 is (TestLaterChangeoverWarning):
// "10 augusti 1750" was read as the Gregorian day with nothing said,
// where a text of its time means the Julian one, August 21. A date from
// the changeover on, one the text says is Julian, and one of the Swedish
// calendar of 1700 to 1712, a day ahead of the Julian, are not.
func TestSwedishChangeoverWarning(t *testing.T) {
	for text, julian := range map[string]string{
		"10 augusti 1750":            "August 21, 1750, 19 Av 5510",
		"10. elokuuta 1750":          "August 21, 1750, 19 Av 5510",
		"född den 10 augusti 1750":   "August 21, 1750, 19 Av 5510",
		"syntynyt 10. elokuuta 1750": "August 21, 1750, 19 Av 5510",
	} {
		ms := dateline.Find(text, heldoutRef)
		if assert.Len(t, ms, 1, text) && assert.Contains(t, reportCodes(ms[0].Report, dateline.Warning), dateline.CodeDateAmbiguous, text) {
			assert.Contains(t, ms[0].Problems[0].Message, julian, text)
		}
	}
	for _, text := range []string{"10 augusti 1753", "10. elokuuta 1760", "10 augusti 1705", "10 augusti 1750 gamla stilen"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Empty(t, reportCodes(rep, dateline.Warning), text)
	}
}

// TestRoshChodeshBeforeYear: a Hebrew date's own Rosh Chodesh named
// between its month and its year, "1st of Shevat/Rosh Chodesh, 5777": the
// dateline ended at the words, and the date was read in the year nearest
// the reference, its stated year left out with only a warning; a civil
// date beside it of another year was checked against that year, not the
// one the text states. In every language whose Rosh Chodesh is read.
func TestRoshChodeshBeforeYear(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"on the 1st of Shevat/Rosh Chodesh, 5777 we", "1st of Shevat/Rosh Chodesh, 5777", "2017-01-28", "1 Shevat 5777"},
		{"1 Shevat, Rosh Chodesh, 5777", "1 Shevat, Rosh Chodesh, 5777", "2017-01-28", "1 Shevat 5777"},
		{"Sunday, 30 Shevat / Rosh Chodesh, 5777", "Sunday, 30 Shevat / Rosh Chodesh, 5777", "2017-02-26", "30 Shevat 5777"},
		{"Вторник, 1 Сивана, Рош Ходеш, 5782", "Вторник, 1 Сивана, Рош Ходеш, 5782", "2022-05-31", "1 Sivan 5782"},
		{"1 Kislev, Rosh Chodesh, 5785 - December 2, 2024", "1 Kislev, Rosh Chodesh, 5785 - December 2, 2024", "2024-12-02", "1 Kislev 5785"},
	})
	// The stated year against a civil date of another.
	ms := dateline.Find("(Jan. 28th, 2016 – 1st of Shevat/Rosh Chodesh, 5777)", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "1 Shevat 5777", ms[0].Dateline.Hebrew.String())
		assert.Contains(t, reportCodes(ms[0].Report, dateline.Error), dateline.CodeCalendar)
	}
}
