package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout170DayLead: the Romance languages' "the day", "on the day",
// "the days" and "on the past (next) day" before a date's number at the
// start of a text: "els dies 27 i 28 de novembre" (Jordi Casadevall's
// blog, blocs.mesvilaweb.cat, the hundred-and-seventieth held-out round),
// "no passado dia 27 de janeiro" (cnse.scmp.pt) and "el dia 27 de
// desembre del 2017" (novaescolacatalana.cat) were no date for Check
// (Find read the last alone, from its day). Spanish "el 15 de septiembre
// de 2023", Italian "il 15 settembre 2023" and Portuguese "em 15 de
// setembro" were not read either. The words say nothing of the day; a
// word for the past or next day says which way a year taken for it lies
// from the reference (see testHeldout170PastNext).
func TestHeldout170DayLead(t *testing.T) {
	t.Run("past and next", testHeldout170PastNext)
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"els dies 27 i 28 de novembre de 2008", "2008-11-27"},
		{"el dia 27 de desembre del 2017", "2017-12-27"},
		{"no dia 27 de janeiro de 2017", "2017-01-27"},
		{"nos dias 27 e 28 de novembro de 2008", "2008-11-27"},
		{"os dias 27 e 28 de novembro de 2008", "2008-11-27"},
		{"no passado dia 27 de janeiro de 2017", "2017-01-27"},
		{"no próximo dia 15 de setembro de 2023", "2023-09-15"},
		{"em 15 de setembro de 2023", "2023-09-15"},
		{"el 15 de septiembre de 2023", "2023-09-15"},
		{"el día 15 de septiembre de 2023", "2023-09-15"},
		{"los días 27 y 28 de noviembre de 2008", "2008-11-27"},
		{"el pasado 27 de enero de 2017", "2017-01-27"},
		{"el próximo 15 de septiembre de 2023", "2023-09-15"},
		{"el passat 27 de gener de 2017", "2017-01-27"},
		{"il 15 settembre 2023", "2023-09-15"},
		{"il giorno 15 settembre 2023", "2023-09-15"},
		{"i giorni 27 e 28 novembre 2008", "2008-11-27"},
		{"lo scorso 27 gennaio 2017", "2017-01-27"},
		{"els dies 27 i 28 de novembre", "2026-11-27"},
		{"no dia 27 de janeiro", "2027-01-27"},
	})
	// An article before no day, a year or a numeric date, and words
	// that are no such article.
	checkUnread(t, heldoutRef,
		"no dia", "el 2023", "el 15", "no 12/04/2025", "i 15 settembre 2023", "o 15 de setembro de 2023",
		"el dia seguinte 15 de setembre de 2023")
	// A wrong weekday after the words is said.
	rep := dateline.Check("el dia 27 de desembre del 2017, dijous", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
	// With the page's day as the reference, the year-less row reads in
	// the page's year.
	rep = dateline.Check("els dies 27 i 28 de novembre", dateline.Reference(time.Date(2008, 11, 24, 0, 0, 0, 0, time.UTC)))
	assert.Equal(t, "2008-11-27", rep.Dateline.Time.Format(time.DateOnly))
}

// TestHeldout170UntilLead: a text that names a range's last day alone,
// after its word for "until" (até, hasta, fins, fino, until, till, bis),
// its article, and the evening or the word for "day" or not: "até o
// crepúsculo do dia 30 de setembro" (Tribuna do Paraná, tribunapr.com.br,
// the hundred-and-seventieth held-out round: Rosh Hashana 5772 lasts
// until dusk on 30 September 2011) was no date, and "crepúsculo" (dusk,
// Portuguese and Spanish; Italian "crepuscolo") was no word for the
// evening, also after "ao" ("ao crepúsculo do dia 30"). The day is the
// one named; until its evening, its Hebrew date is its own, as at a
// range's end, where "at dusk on" gives the evening's.
func TestHeldout170UntilLead(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"até o crepúsculo do dia 30 de setembro de 2011", "2011-09-30", "2 Tishrei 5772"},
		{"até o anoitecer do dia 30 de setembro de 2011", "2011-09-30", "2 Tishrei 5772"},
		{"até ao anoitecer de 16 de setembro de 2023", "2023-09-16", "1 Tishrei 5784"},
		{"hasta el 7 de enero de 2024", "2024-01-07", "26 Tevet 5784"},
		{"hasta el día 7 de enero de 2024", "2024-01-07", "26 Tevet 5784"},
		{"fins al dia 7 de gener de 2024", "2024-01-07", "26 Tevet 5784"},
		{"fino al tramonto del 4 ottobre 2014", "2014-10-04", "10 Tishrei 5775"},
		{"until sunset on Friday, September 30, 2011", "2011-09-30", "2 Tishrei 5772"},
		{"bis zum 2. Januar 2025", "2025-01-02", "2 Tevet 5785"},
		// Dusk after "at", and after a date: the evening's Hebrew day.
		{"ao crepúsculo do dia 30 de setembro de 2011", "2011-09-30", "3 Tishrei 5772"},
		{"al crepúsculo del 30 de septiembre de 2011", "2011-09-30", "3 Tishrei 5772"},
		{"al crepuscolo del 30 settembre 2011", "2011-09-30", "3 Tishrei 5772"},
		{"sexta-feira, 30 de setembro de 2011 ao crepúsculo", "2011-09-30", "3 Tishrei 5772"},
	})
	// The row as the page prints it, in the page's year.
	rep := dateline.Check("até o crepúsculo do dia 30 de setembro", dateline.Reference(time.Date(2011, 9, 28, 0, 0, 0, 0, time.UTC)))
	assert.Equal(t, "2011-09-30", rep.Dateline.Time.Format(time.DateOnly))
	// "Until" before no day: a time, a year, a word.
	checkUnread(t, heldoutRef, "bis 19 Uhr", "until 5 pm", "hasta el 2024", "bis 2025", "até amanhã", "até o crepúsculo")
	// A wrong weekday after "until" is said; so is a Hebrew date beside
	// the end that is the evening's, not the day's own.
	rep = dateline.Check("until sunset on Thursday, September 30, 2011", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
	rep = dateline.Check("até o anoitecer do dia 30 de setembro de 2011 (3 Tishrei 5772)", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeAfterSunset, rep.Problems[0].Code)
}

// checkDayHebsWhole checks that Check reads each case whole, clean, as
// its day and Hebrew date.
func checkDayHebsWhole(t *testing.T, cases []struct{ text, day, heb string }) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
		})
	}
}

// testHeldout170PastNext: a past day ("no passado dia 27 de janeiro", "el
// pasado", "el passat", "lo scorso") without its year is the most recent
// whose day is not after the reference, a next one ("no próximo dia", "el
// próximo", "el proper", "il prossimo") the first not before it, where
// the date alone is the nearest up to six months after it: "no passado
// dia 27 de janeiro" on a page of 26 November 2026 is 27 January 2026,
// not 2027. The info says why the year was taken.
func testHeldout170PastNext(t *testing.T) {
	for _, tc := range []struct {
		text string
		ref  time.Time
		want string
	}{
		{"no passado dia 27 de janeiro", time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), "2026-01-27"},
		{"no passado dia 27 de janeiro", time.Date(2017, 1, 30, 0, 0, 0, 0, time.UTC), "2017-01-27"},
		{"no passado dia 27 de janeiro", time.Date(2017, 1, 20, 0, 0, 0, 0, time.UTC), "2016-01-27"},
		{"el pasado 27 de enero", time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), "2026-01-27"},
		{"el passat 26 de novembre", time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), "2026-11-26"},
		{"lo scorso 27 gennaio", time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), "2026-01-27"},
		{"el próximo 15 de septiembre", time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), "2027-09-15"},
		{"el próximo 15 de septiembre", time.Date(2023, 9, 1, 0, 0, 0, 0, time.UTC), "2023-09-15"},
		{"no próximo dia 15 de setembro", time.Date(2023, 9, 15, 0, 0, 0, 0, time.UTC), "2023-09-15"},
		{"il prossimo 15 settembre", time.Date(2023, 9, 16, 0, 0, 0, 0, time.UTC), "2024-09-15"},
		// No such word: the nearest up to six months after, as before.
		{"no dia 27 de janeiro", time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), "2027-01-27"},
		// A weekday picks the year, as before (glorinhacohen.com.br,
		// incoming.tsv: the page's 2025, whose 23 April is a Wednesday).
		{"No próximo dia 23 de abril (quarta-feira)", time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), "2025-04-23"},
	} {
		t.Run(tc.text+" "+tc.ref.Format(time.DateOnly), func(t *testing.T) {
			rep := dateline.Check(tc.text, dateline.Reference(tc.ref))
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.want, rep.Dateline.Time.Format(time.DateOnly))
			require.Len(t, rep.Problems, 1)
			assert.Equal(t, dateline.CodeYearInferred, rep.Problems[0].Code)
		})
	}
}
