package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestFixyyLayoutUnlikelyYear: a layout's example whose numbers fit its
// weekday only in a year the reader warns of ("Tuesday 06/01/03", meant
// year first for Tuesday, January 3, 2006, fits day first in 1903 alone)
// compiled as "Monday 02/01/06" and wrote March 9, 2024 as "Saturday
// 09/03/24", in an order its author did not mean, with nothing said
// (found trying the command as an adversary). It is refused, with the
// slash, the hyphen and the dot, as the reference day written year first
// is, which read day first in 1902; the reference day itself, and an
// example of another day that reads one way in a likely year, still
// compile.
func TestFixyyLayoutUnlikelyYear(t *testing.T) {
	for _, l := range []string{
		"Tuesday 06/01/03", "Tuesday 06-01-03", "Tuesday 06.01.03",
		"Monday 06/01/02", "Monday 06.01.02",
		"Monday, 22 Dec 19", // 2019-12-22 is a Sunday, 1919-12-22 a Monday
		"Thursday 03/01/06", // March 1 or January 3 of 2006 is no Thursday; 1906-03-01 is
	} {
		t.Run(l, func(t *testing.T) {
			_, err := dateline.Compile(l)
			assert.ErrorIs(t, err, dateline.ErrLayout)
			_, err = dateline.LayoutOf(l)
			assert.ErrorIs(t, err, dateline.ErrLayout)
		})
	}
	for _, tc := range []struct{ layout, want string }{
		{"Monday 02/01/06", "Saturday 09/03/24"},
		{"Monday 02.01.06", "Saturday 09.03.24"},
		{"Monday 01/02/06", "Saturday 03/09/24"},
		{"Tuesday 2006-01-03", "Saturday 2024-03-09"},
		{"Tuesday 03/01/06", "Saturday 09/03/24"}, // January 3, 2006, day first
		{"Saturday 17.09.05", "Saturday 09.03.24"},
		{"Monday, 23 Dec 19", "Saturday, 9 Mar 24"},
	} {
		t.Run(tc.layout, func(t *testing.T) {
			l, err := dateline.Compile(tc.layout)
			require.NoError(t, err)
			d, err := dateline.Parse("2024-03-09")
			require.NoError(t, err)
			assert.Equal(t, tc.want, l.Format(d.Time, d.Hebrew))
		})
	}
}

// TestFixyyDottedYearFirst: three two-digit numbers joined by points whose
// first is no month, with a weekday that the day-first reading does not
// fit and the year-first one, in the nearest century, does: "Saturday
// 24.03.02" said only "March 24, 2002 is a Sunday, not a Saturday", while
// "Saturday 24-03-02" was Saturday, March 2, 2024 (found trying the
// command as an adversary). Points are written day first by most of
// Europe, and a weekday that fits the other reading is as often a wrong
// one (TestNumericMutations turns "Tue 15.01.01" into "Fri 15.01.01"),
// so the day-first error stands, and names the year-first reading too.
// Where the day-first reading fits, or neither does, or the year-first
// one only in another century, nothing more is said; dashes and slashes,
// and a Hebrew date, read year first as before.
func TestFixyyDottedYearFirst(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, 3, 2, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ in, day, other string }{
		{"Saturday 24.03.02", "2002-03-24", "Saturday, March 2, 2024"},
		{"Tuesday, 24.11.12", "2012-11-24", "Tuesday, November 12, 2024"},
		{"Thu 15.01.01", "2001-01-15", "Thursday, January 1, 2015"},
		{"Sonntag, 23.10.15", "2015-10-23", "Sunday, October 15, 2023"},
		{"Tuesday 30.02.12", "0001-01-01", "Tuesday, February 12, 2030"}, // day first is no day
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			assert.False(t, rep.OK(), "%v", rep.Problems)
			if !rep.Dateline.IsZero() {
				assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			}
			var named bool
			for _, p := range rep.Problems {
				named = named || p.Code == dateline.CodeDateAmbiguous && strings.Contains(p.Message, tc.other)
			}
			assert.True(t, named, "%v", rep.Problems)
		})
	}
	for _, tc := range []struct {
		in, day string
		ok      bool
	}{
		{"Sunday 24.03.02", "2002-03-24", true},    // day first fits
		{"Friday 24.03.02", "2002-03-24", false},   // neither fits
		{"Saturday 24-03-02", "2024-03-02", true},  // dashes, as before
		{"Saturday 24/03/02", "2024-03-02", true},  // slashes, as before
		{"Freitag, 15.01.01", "2001-01-15", false}, // 1915-01-01: another century
		{"24.03.02 | 22 Adar I 5784", "2024-03-02", true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.ok, rep.OK(), "%v", rep.Problems)
			for _, p := range rep.Problems {
				assert.NotContains(t, p.Message, "read year first", tc.in)
			}
		})
	}
}

// TestFixyyStreetNamedForDate: a street named for a date and a house's
// number on it, which free text read as a dateline whose two digits after
// the month were its year: "Rua Sete de Setembro 15" was September 7,
// 2015, "na ulicy Pierwszego Maja 12" May 1, 2012, and "на улице 8 марта
// 10" March 8, 2010 (found trying the command as an adversary). Two
// digits after a day and month with only a space between are a year in
// free text only beside a weekday, a time or a Hebrew date, which confirm
// them; with a comma, an apostrophe or a dash they are as before, and
// the number after a four-digit year, a whole dateline's own, is its.
func TestFixyyStreetNamedForDate(t *testing.T) {
	for _, text := range []string{
		"Rua Sete de Setembro 15", "na ulicy Pierwszego Maja 12", "улица Первого мая 15",
		"Avenida Nueve de Julio 12", "Via Venti Settembre 12", "Náměstí Osmého března 12",
		"ulica Jedenastego Listopada 11", "Rua 7 de Setembro 15", "na ulicy 1 Maja 12",
		"на улице 8 марта 10", "Mieszkam przy ul. 3 Maja 22.", "We met on 2 March 24",
		"Sede: Rua 25 de Março 10\nSão Paulo",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, heldoutRef))
		})
	}
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Posted Saturday 2 March 24", "Saturday 2 March 24", "2024-03-02", "22 Adar I 5784"},
		{"Posted 09:20, 10 мар 19", "09:20, 10 мар 19", "2019-03-10", "3 Adar II 5779"},
		{"Posted 2 March '24", "2 March '24", "2024-03-02", "22 Adar I 5784"},
		{"Posted 02-Mar-24", "02-Mar-24", "2024-03-02", "22 Adar I 5784"},
		{"Posted 2 March 2024", "2 March 2024", "2024-03-02", "22 Adar I 5784"},
	})
	// A whole dateline, given to Check, is one: its two digits are its year.
	rep := dateline.Check("2 March 24", heldoutRef)
	assert.Equal(t, "2024-03-02", rep.Dateline.Time.Format(time.DateOnly))
}

// TestStreetNamedForDateFourDigits: a street named for a date and a house
// number of four digits after it, with a space or a comma between, which
// free text read as the date in the year of the number: "Rua 25 de
// Março, 1200" was March 25, 1200 (with only a Julian warning), "Calle 9
// de Julio 1834" July 9, 1834 with nothing said. None of it is read, not
// the month and the number ("Julio 1834") either. A year joined by a word
// is the street's day, and English "place" and "et al." in lower case are
// no streets.
func TestStreetNamedForDateFourDigits(t *testing.T) {
	for _, text := range []string{
		"Rua 25 de Março, 1200", "Av. 9 de Julio 1234", "Calle 9 de Julio 1834",
		"Avenida 9 de Julio, 1834, Buenos Aires", "Mieszkam przy ul. 3 Maja 1234, Kraków",
		"Al. 3 Maja 1150", "Place 8 Mai 1945", "Via 20 Settembre 1870", "Rua 7 de Setembro 1822",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, heldoutRef))
		})
	}
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Rua 7 de Setembro de 1822", "7 de Setembro de 1822", "1822-09-07", "21 Elul 5582"},
		{"The talks take place 25 March 2019 in Geneva.", "25 March 2019", "2019-03-25", "18 Adar II 5779"},
		{"Smith et al. 25 March 2019", "25 March 2019", "2019-03-25", "18 Adar II 5779"},
		{"Calle 9 de Julio 1834, el 2 de marzo de 2024", "2 de marzo de 2024", "2024-03-02", "22 Adar I 5784"},
		{"Posted 8 May 1945", "8 May 1945", "1945-05-08", "25 Iyyar 5705"},
		// A time confirms the date after a street word that ends the
		// street's name (incoming.tsv).
		{"v synagóge na Zvonárskej ulici 15. mája 2012 o 17:00", "15. mája 2012 o 17:00", "2012-05-15", "23 Iyyar 5772"},
	})
}
