package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestThisYearNamesYear: the words for "this year" before the year they
// name lead a sentence's year, as "in" does: "Dziesiąty dzień miesiąca
// tiszri (w tym roku 2020 przypada on 27–28 września)" (incoming.tsv)
// was read in the year nearest the reference, with a warning that named
// 2020. Without the year after them they name the reference's (see
// TestRelativeYearFindsDate).
func TestThisYearNamesYear(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Dziesiąty dzień miesiąca tiszri (w tym roku 2020 przypada on 27–28 września)", "2020-09-27"},
		{"This year 2020 Yom Kippur begins on the evening of September 27", "2020-09-27"},
		{"Este año 2023 Janucá comienza el 7 de diciembre", "2023-12-07"},
		{"W tym roku 2023 Chanuka zaczyna się 7 grudnia", "2023-12-07"},
		{"In diesem Jahr 2023 beginnt Chanukka am 7. Dezember", "2023-12-07"},
		{"Quest'anno 2023 Hanukkah inizia il 7 dicembre", "2023-12-07"},
	} {
		m := findOneOK(t, tc.text, heldoutRef)
		assert.Equal(t, tc.want, m.Dateline.Time.Format("2006-01-02"), tc.text)
	}
}
