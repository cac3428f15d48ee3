package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// fixdlRef is "now" for the year-less days of this file's tests.
var fixdlRef = dateline.Reference(time.Date(2026, time.November, 26, 12, 0, 0, 0, time.UTC))

// TestStartLabelLanguages: a date, then a label of its start or its time
// in one of the languages of Latin letters and an hour with its minutes
// or am or pm, is read with that hour, by Find, with or without a year.
// The day was read alone. A label before no hour, or a word that is such
// a label in a sentence, leaves the date alone.
func TestStartLabelLanguages(t *testing.T) {
	// 2018-11-09 is Friday, 1 Kislev 5779.
	for _, tc := range []struct{ in, time string }{
		{"Dato: 9. november 2018 Start: 17:00", "17:00"},
		{"Datum: 9 november 2018 Starttid: 18.30", "18:30"},
		{"Dato: 9. november 2018 Tid: 17.00", "17:00"},
		{"Datum: 9 november 2018, Begin: 20.00", "20:00"},
		{"Date : 9 novembre 2018. Début : 20h30", "20:30"},
		{"Fecha: 9 de noviembre de 2018 | Inicio: 19:30", "19:30"},
		{"Data: 9 de novembro de 2018 | Início: 19h30", "19:30"},
		{"Data: 9 novembre 2018, inizio: 21:00", "21:00"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in)
			require.Len(t, ms, 1)
			require.True(t, ms[0].Dateline.HasTime, "%q", ms[0].Input)
			assert.Equal(t, "2018-11-09T"+tc.time, ms[0].Dateline.Time.Format("2006-01-02T15:04"))
			assert.Equal(t, "1 Kislev 5779", ms[0].Dateline.Hebrew.String())
		})
	}
	// 2026-11-09 is Monday, 29 Cheshvan 5787: the year the reference's.
	t.Run("Dato: 9. november Start: 17:00", func(t *testing.T) {
		ms := dateline.Find("Dato: 9. november Start: 17:00", fixdlRef)
		require.Len(t, ms, 1)
		assert.Equal(t, "2026-11-09T17:00", ms[0].Dateline.Time.Format("2006-01-02T15:04"))
		assert.Equal(t, "29 Cheshvan 5787", ms[0].Dateline.Hebrew.String())
	})
	for _, in := range []string{
		"November 9, 2018 Start 2 hours later",
		"November 9, 2018 start to go home",
		"9 novembre 2018. Début de la saison",
	} {
		t.Run(in, func(t *testing.T) {
			ms := dateline.Find(in)
			require.Len(t, ms, 1)
			assert.False(t, ms[0].Dateline.HasTime)
			assert.Equal(t, "2018-11-09", ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
}

// TestSlavicGenitiveDate: a Slavic day and genitive month with no
// preposition before it, after a verb of taking place, a reflexive
// pronoun that ends one, "will be", "was" or "that is", is a date in free
// text, in the reference's nearest fitting year. It was no date.
// The same words after a street's abbreviation, capitalised as a name's,
// or alone stay prose.
func TestSlavicGenitiveDate(t *testing.T) {
	for _, tc := range []struct{ in, found, day, hebrew string }{
		// 2027-03-20 is Saturday, 11 Adar II 5787.
		{"Концерт пройдёт 20 марта в синагоге", "20 марта", "2027-03-20", "11 Adar II 5787"},
		// 2027-01-27 is Wednesday, 19 Sh'vat 5787.
		{"Канцэрт адбудзецца 27 студзеня ў сінагозе", "27 студзеня", "2027-01-27", "19 Shevat 5787"},
		// 2026-12-16 is Wednesday, 6 Tevet 5787.
		{"Svícen bude 16. prosince zářit v Bílém domě", "16. prosince", "2026-12-16", "6 Tevet 5787"},
		{"Koncert se koná 16. prosince v synagoze", "16. prosince", "2026-12-16", "6 Tevet 5787"},
		{"Koncert odbędzie się 16 grudnia w synagodze", "16 grudnia", "2026-12-16", "6 Tevet 5787"},
		// 2027-04-19 is Monday, 12 Nisan 5787.
		{"po západe slnka, teda 19. apríla", "19. apríla", "2027-04-19", "12 Nisan 5787"},
		{"Koncert sa uskutoční 19. apríla v synagóge", "19. apríla", "2027-04-19", "12 Nisan 5787"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, fixdlRef)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.found, ms[0].Input)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, ms[0].Dateline.Hebrew.String())
		})
	}
	for _, in := range []string{
		"Дом на ул. 8 марта в центре",
		"Adresa: nám. 28. října v Praze",
		"27 Студзеня па",
		"27 студзеня",
		"Byl to 16. ročník",
	} {
		t.Run(in, func(t *testing.T) {
			assert.Empty(t, dateline.Find(in, fixdlRef))
		})
	}
}
