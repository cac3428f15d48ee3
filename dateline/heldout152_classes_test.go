package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout152SlavicPublishedLabel: the label a Polish, Czech or Slovak
// page puts before an article's date ("Opublikowano", "Utworzono",
// "Publikováno", "Zveřejněno", "Publikované", ...), with or without its
// colon, settles an ambiguous numeric date after it as day first, as the
// custom of those languages is and as the prose words of dayFirstWords
// already did ("A partir del 6/12/2015"). The hundred-and-fifty-second
// held-out round's Praha 1 news page (praha1.cz) dates its Chanukah
// article "6-12-2015", which was read as 12 June with a warning; the same
// date after "Publikováno:" or "Opublikowano" was read the same way. The
// bare date, which no word settles, still reads month first with its
// warning, and English labels ("Posted:") change nothing. The labels of
// German ("Veröffentlicht am"), Dutch and the Romance languages settle it
// too: "Veröffentlicht am 03.04.2024 um 10:39 Uhr" was read with the
// warning.
func TestHeldout152SlavicPublishedLabel(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Publikováno 6-12-2015", "2015-12-06"},
		{"Publikováno: 6-12-2015", "2015-12-06"},
		{"Opublikowano 6-12-2015", "2015-12-06"},
		{"Opublikowano: 06/12/2015", "2015-12-06"},
		{"Dodano: 6/12/2015", "2015-12-06"},
		{"Utworzono: 06-12-2015", "2015-12-06"},
		{"Zveřejněno 12.04.2025", "2025-04-12"},
		{"Aktualizováno: 12/04/2025", "2025-04-12"},
		{"Publikované: 6/12/2015", "2015-12-06"},
		{"Uverejnené 6-12-2015", "2015-12-06"},
		// The labels of German, Dutch and the Romance languages, and
		// German's "am" after its label (a time's "am" before a date
		// settles nothing: see below).
		{"Veröffentlicht am 06.12.2015", "2015-12-06"},
		{"Erstellt am 6/12/2015", "2015-12-06"},
		{"Gepubliceerd: 06-12-2015", "2015-12-06"},
		{"Pubblicato: 06/12/2015", "2015-12-06"},
		{"Publicado 06/12/2015", "2015-12-06"},
		{"Publié : 06/12/2015", "2015-12-06"},
		{"Julkaistu 6.12.2015 10:39", "2015-12-06"},
		{"Yayınlanma: 06.12.2015", "2015-12-06"},
		{"Δημοσιεύθηκε 06/12/2015", "2015-12-06"},
		{"Objavljeno 06.12.2015.", "2015-12-06"},
		// An unambiguous date keeps its one reading.
		{"Publikováno: 13-12-2015", "2015-12-13"},
		{"Opublikowano: 6/13/2015", "2015-06-13"},
	})
	ms := dateline.Find("Opublikowano: 06/12/2015 10:15", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "2015-12-06 10:15", ms[0].Dateline.Time.Format("2006-01-02 15:04"))
	}
	// Without such a word the order is still not known, and said.
	for _, s := range []string{"6-12-2015", "Posted: 6/12/2015", "on 6/12/2015", "I am 6/12/2015", "Posted 10:39 am 6/12/2015"} {
		m := oneMatch(t, s, heldoutRef)
		assert.Equal(t, "2015-06-12", m.Dateline.Time.Format("2006-01-02"), s)
		assert.Equal(t, []dateline.Code{dateline.CodeDateAmbiguous}, severityCodes(m, dateline.Warning), s)
	}
	// A weekday that is not the date's is still an error.
	m := oneMatch(t, "Opublikowano: poniedziałek, 6.12.2015", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// A label without a date is no date.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Publikováno:", ""},
		{"Opublikowano: wczoraj", ""},
	})
}
