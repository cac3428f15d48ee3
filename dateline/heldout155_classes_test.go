package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout155LatvianPulksten: Latvian's o'clock in full, "pulksten",
// before an hour, as "plkst." is its abbreviation: "Ebreju tautas genocīda
// upuru piemiņas dienā, 4.jūlijā, pulksten 14, pie Ebreju tautas genocīda
// piemiņas akmens" (Jelgava's city page, jelgava.lv, seen beside the
// Latvian rows of the 155th held-out round, whose own rows all read
// right). The date with "pulksten 14" after it was no date at all, and
// with a year its hour was left out. The word alone, or before no hour,
// is no date.
func TestHeldout155LatvianPulksten(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"4.jūlijā, pulksten 14", "2026-07-04 14:00"},
		{"Ebreju tautas genocīda upuru piemiņas dienā, 4.jūlijā, pulksten 14, pie piemiņas akmens", "2026-07-04 14:00"},
		{"2008. gada 4. jūlijā, pulksten 14", "2008-07-04 14:00"},
		{"2008. gada 4. jūlijā pulksten 13.30", "2008-07-04 13:30"},
		{"2020. gada 5. martā pulksten 15:00", "2020-03-05 15:00"},
		// The abbreviation, as before.
		{"2020. gada 5. martā plkst. 15.00", "2020-03-05 15:00"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"pulksten 14", ""},
		{"pulksten 14.30 sinagogā", ""},
		// An hour the clock has not: the date alone.
		{"2008. gada 4. jūlijā pulksten 25", "2008-07-04"},
	})
}

// TestHeldout155BalticFromRange: a range opened by Latvian's "no" or
// Lithuanian's "nuo" (from) after an occasion, with a verb for "lasts"
// ("ilgst", "tęsis") and the words for "this year" ("šogad") or not:
// "Hanuka jeb ebreju gaismas svētki šogad ilgst no 11. līdz 19.
// decembrim" (Diena, diena.lv, 2009, seen beside the 155th held-out
// round's rows) was no date, and "Chanuka tęsis nuo gruodžio 14 d. iki
// gruodžio 22 d." its range alone in the year nearest the reference,
// 2026, whose Hanukkah began on 4 December, with only an info. The
// occasion now opens the dateline, its year is the one whose occasion
// the range is, and a range that is not the occasion's is said. Latvian's
// "no" is the range's only before a day or a year with its point, as
// Latvian writes them; Portuguese's "no" (in the) keeps its reading.
func TestHeldout155BalticFromRange(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Hanuka ilgst no 12. līdz 19. decembrim 2009", "2009-12-12", "25 Kislev 5770"},
		{"Hanuka šogad ilgst no 12. līdz 19. decembrim 2009", "2009-12-12", "25 Kislev 5770"},
		{"Pesahs ilgst no 23. līdz 30. aprīlim 2024", "2024-04-23", "15 Nisan 5784"},
		{"Pesahs no 23. līdz 30. aprīlim 2024", "2024-04-23", "15 Nisan 5784"},
		{"Chanuka tęsis nuo gruodžio 15 d. iki gruodžio 22 d.", "2025-12-15", "25 Kislev 5786"},
		{"Chanuka šiemet truks nuo gruodžio 15 d. iki gruodžio 22 d.", "2025-12-15", "25 Kislev 5786"},
	})
	// The Diena line: the occasion is the dateline's, and its first day,
	// the eve, is said as the day the occasion begins at sunset.
	text := "Hanuka šogad ilgst no 11. līdz 19. decembrim"
	m := oneMatch(t, text, heldoutRef)
	assert.Equal(t, 0, m.Start)
	assert.Equal(t, "2009-12-11", m.Dateline.Time.Format("2006-01-02"))
	assert.Empty(t, severityCodes(m, dateline.Error))
	m = oneMatch(t, "Chanuka tęsis nuo gruodžio 14 d. iki gruodžio 22 d.", heldoutRef)
	assert.Equal(t, 0, m.Start)
	assert.Equal(t, "2025-12-14", m.Dateline.Time.Format("2006-01-02"))
	// A range that is not the occasion's is said.
	for _, text := range []string{
		"Pesahs ilgst no 22. līdz 30. maijam 2024",
		"Chanuka tęsis nuo 2025 m. gruodžio 1 d.",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeOccasion)
		})
	}
	// "no" before no dotted day is no range's; the range alone, without
	// an occasion, is no date, as before.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"no 11. līdz 19. decembrim", ""},
		{"there were no 11 items", ""},
		{"no 25 de Abril de 1974", "1974-04-25"},
		{"Pessach no domingo, 5 de abril", "2026-04-05"},
	})
}

// TestHeldout155OrGloss: an occasion's gloss opened by Latvian's "jeb"
// or Lithuanian's "arba" (or) before the words for "this year" or a verb
// for "lasts": "Hanuka jeb ebreju gaismas svētki šogad ilgst no 11. līdz
// 19. decembrim" (Hanukkah, or the Jewish festival of lights, lasts this
// year from 11 to 19 December; Diena, diena.lv, 2009, seen beside the
// 155th held-out round's rows) was no date. The gloss is now text of the
// dateline, and the year the one whose Hanukkah began on the evening of
// 11 December, 2009. A gloss before no such verb, or longer than four
// words, opens nothing.
func TestHeldout155OrGloss(t *testing.T) {
	m := oneMatch(t, "Hanuka jeb ebreju gaismas svētki šogad ilgst no 11. līdz 19. decembrim", heldoutRef)
	assert.Equal(t, 0, m.Start)
	assert.Equal(t, "2009-12-11", m.Dateline.Time.Format("2006-01-02"))
	assert.Empty(t, severityCodes(m, dateline.Error))
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Hanuka jeb ebreju gaismas svētki ilgst no 12. līdz 19. decembrim 2009", "2009-12-12", "25 Kislev 5770"},
		{"Chanuka arba šviesų šventė tęsis nuo gruodžio 15 d. iki gruodžio 22 d.", "2025-12-15", "25 Kislev 5786"},
	})
	// A range that is not the occasion's is said.
	m = oneMatch(t, "Hanuka jeb ebreju gaismas svētki ilgst no 1. līdz 8. decembrim 2009", heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeOccasion)
	// A gloss of five words is not skipped: the range is read alone.
	m = oneMatch(t, "Hanuka jeb ļoti ļoti senie ebreju gaismas svētki ilgst no 12. līdz 19. decembrim 2009", heldoutRef)
	assert.NotEqual(t, 0, m.Start)
}

// TestHeldout155LatvianGenitiveMonth: Latvian's month in the genitive,
// as a range's first day after "no" (from) writes it: "Pesah ilgst no
// 22. aprīļa līdz 30. aprīlim", the month's -is or -s as -a, aprīlis's l
// softened to ļ. Only "decembra", which Slovak and Slovenian share, was a
// month; the others were no date.
func TestHeldout155LatvianGenitiveMonth(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"no 1. janvāra līdz 2. janvārim 2024", "2024-01-01"},
		{"no 1. februāra līdz 2. februārim 2024", "2024-02-01"},
		{"no 1. marta līdz 2. martam 2024", "2024-03-01"},
		{"no 1. aprīļa līdz 2. aprīlim 2024", "2024-04-01"},
		{"no 1. maija līdz 2. maijam 2024", "2024-05-01"},
		{"no 1. jūnija līdz 2. jūnijam 2024", "2024-06-01"},
		{"no 1. jūlija līdz 2. jūlijam 2024", "2024-07-01"},
		{"no 1. augusta līdz 2. augustam 2024", "2024-08-01"},
		{"no 1. septembra līdz 2. septembrim 2024", "2024-09-01"},
		{"no 1. oktobra līdz 2. oktobrim 2024", "2024-10-01"},
		{"no 1. novembra līdz 2. novembrim 2024", "2024-11-01"},
		{"no 1. decembra līdz 2. decembrim 2024", "2024-12-01"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Pesah ilgst no 23. aprīļa līdz 30. aprīlim 2024", "2024-04-23", "15 Nisan 5784"},
	})
	// A weekday the genitive's date does not fall on is said.
	m := oneMatch(t, "pirmdiena, 23. aprīļa 2024", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
}

// TestHeldout155YearFirstOccasionLasts: a year said first with its word
// ("2025. gada", "2025 m."), then an occasion and a verb for "lasts"
// before its range: "2025. gada Hanuka ilgst no 1. līdz 8. decembrim"
// was 1 December 2025 with nothing said, the occasion text of the words
// between the year and its date (seen while testing the 155th held-out
// round's Latvian and Lithuanian ranges, as "Hanuka jeb ebreju gaismas
// svētki šogad ilgst no 11. līdz 19. decembrim", Diena, 2009, is
// written). The occasion is now the date's, as before a verb of falling
// or celebrating, so a range not its own is said; its own range reads
// as before.
func TestHeldout155YearFirstOccasionLasts(t *testing.T) {
	for _, text := range []string{
		"2025. gada Hanuka ilgst no 1. līdz 8. decembrim",
		"2025 m. Chanuka tęsis nuo gruodžio 1 d. iki gruodžio 8 d.",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, "2025-12-01", m.Dateline.Time.Format("2006-01-02"))
			assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeOccasion)
		})
	}
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"2025. gada Hanuka ilgst no 15. līdz 22. decembrim", "2025-12-15", "25 Kislev 5786"},
		{"2025 m. Chanuka tęsis nuo gruodžio 15 d. iki gruodžio 22 d.", "2025-12-15", "25 Kislev 5786"},
		{"In 2025 Hanukkah lasts from December 15 to December 22", "2025-12-15", "25 Kislev 5786"},
	})
}
