package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout114CatalanElidedHebrewMonth: Catalan's elided "d’" (of)
// glued to a Hebrew month's name, as it elides "de" before a civil
// month's vowel (7 d’octubre): "PURIM 14 d’Adar II de 5772" (the XTEC
// school blog "Aula del mar", the hundred-and-fourteenth held-out round)
// was no date; Find read "Adar II de 5772" as a month alone. It is now
// the day, and the page's Adar II of a common year (5772 has one Adar)
// is still an error, read as Adar: 8 March 2012, Purim. Before any other
// word the apostrophe stays inside it, as French's d'autres.
func TestHeldout114CatalanElidedHebrewMonth(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"14 d’Adar II de 5784", "2024-03-24", "14 Adar II 5784"},
		{"14 d'Adar I de 5784", "2024-02-23", "14 Adar I 5784"},
		{"9 d'Av de 5784", "2024-08-13", "9 Av 5784"},
		{"1 d’Elul de 5785", "2025-08-25", "1 Elul 5785"},
		{"Purim, 14 d’Adar de 5785", "2025-03-14", "14 Adar 5785"},
		// Before a consonant Catalan writes "de", as it did.
		{"15 de Nissan de 5784", "2024-04-23", "15 Nisan 5784"},
	})
	// The page's month, which its year has not, is said.
	m := oneMatch(t, "PURIM 14 d’Adar II de 5772", heldoutRef)
	assert.Equal(t, "2012-03-08", m.Dateline.Time.Format("2006-01-02"))
	assert.Equal(t, []dateline.Code{dateline.CodeAdarCommonYear}, severityCodes(m, dateline.Error))
	// Another day than the occasion's is said too.
	m = oneMatch(t, "Purim, 20 d’Adar de 5785", heldoutRef)
	assert.False(t, m.OK())
	// d' before a word that is no month's is no date.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"la ciutat d'Avinyó", ""},
		{"beaucoup d'autres", ""},
	})
}

// TestHeldout114LayoutElidedHebrewMonth: a layout read from Catalan's
// "d’" before a Hebrew month writes "de" before a month whose name begins
// with a consonant ("15 de Nisan de 5784", not "15 d’Nisan"), and keeps
// "d’" before a vowel; a layout with "de" keeps it, as Spanish writes "de
// Adar".
func TestHeldout114LayoutElidedHebrewMonth(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"14 d’Adar II de 5784", "15 de Nisan de 5784"},
		{"9 d'Av de 5784", "15 de Nisan de 5784"},
		{"15 de Adar II de 5784", "15 de Nisan de 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			l, err := dateline.LayoutOf(tc.text)
			if !assert.NoError(t, err) {
				return
			}
			d := dateline.Check(tc.want, heldoutRef).Dateline
			assert.Equal(t, tc.want, d.Format(l.String()))
			assert.Equal(t, tc.text, dateline.Check(tc.text, heldoutRef).Dateline.Format(l.String()))
		})
	}
}

// TestHeldout114SpacedISODate: an ISO date whose numbers a dash with a
// space on either side parts, "2009 - 09 - 01" (Lithuania's Department
// of Cultural Heritage, the hundred-and-fourteenth held-out round), was
// no date. A year of four digits first, then a month and a day of one or
// two, each after the same spaced dash; a spaced dash between other
// numbers stays what it was, a range or prose.
func TestHeldout114SpacedISODate(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"2009 - 09 - 01", "2009-09-01"},
		{"2009 - 9 - 1", "2009-09-01"},
		{"Paskelbta 2024 - 12 - 25", "2024-12-25"},
		{"2025 - 10 - 02 19:30", "2025-10-02"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"1941 - 1945", ""},
		{"2009 - 13 - 01", ""},
		{"2009 - 09 -01", ""},
		{"kainavo 2009 - 12 eurų", ""},
	})
}

// TestHeldout114LithuanianWelcome: Lithuanian's verb of welcoming a
// holiday, which it does on the evening it begins, between the
// occasion's name and the day: "Chanuką pasitiksime gruodžio 25-ąją"
// (we will welcome Chanukah on 25 December; the Vilnius Jewish Public
// Library's blog, the hundred-and-fourteenth held-out round) was 25
// December 2026, a day of no occasion, with only the year-inferred info.
// The day is now the occasion's eve, in the most recent year it is (25
// December 2024), and a day that is not its eve is said.
func TestHeldout114LithuanianWelcome(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Tad šiemet tiek Šv. Kalėdas, tiek Chanuką pasitiksime gruodžio 25-ąją.", "2024-12-25", "25 Kislev 5785"},
		{"Chanuką pasitiksime 2024 m. gruodžio 25 d.", "2024-12-25", "25 Kislev 5785"},
		{"Roš Hašaną sutiksime 2025 m. rugsėjo 22 d.", "2025-09-22", "1 Tishrei 5786"},
		{"Chanuką pasitiks 2025 m. gruodžio 14 d.", "2025-12-14", "25 Kislev 5786"},
	})
	m := oneMatch(t, "Chanuką pasitiksime 2024 m. gruodžio 20 d.", heldoutRef)
	assert.Equal(t, "2024-12-20", m.Dateline.Time.Format("2006-01-02"))
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// Without an occasion's name before it the verb is prose, and the
	// day the year nearest the reference's.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"svečius pasitiksime gruodžio 25 d.", "2026-12-25"},
	})
}
