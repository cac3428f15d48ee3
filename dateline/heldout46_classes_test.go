package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestNearSunsetRangeEnd: a range whose end is said to come a little after
// (or before) sunset or nightfall, not at it (the forty-sixth held-out
// round). "comienza poco antes de la puesta de sol del miércoles 1 de
// octubre y termina poco después del anochecer del jueves 2 de octubre"
// was two datelines, and so "and ends shortly after nightfall on Thursday,
// October 2" in English, "e termina logo após o anoitecer de quinta-feira"
// in Portuguese, "und endet kurz nach Sonnenuntergang am" in German: after
// a verb of endsJoin, "shortly after" and its sunset were not crossed to
// the last day. The range is read from its first day; a nearness to
// anything but sunset or nightfall ("shortly after the concert") is prose,
// and each date is read alone.
func TestNearSunsetRangeEnd(t *testing.T) {
	for _, tc := range []struct{ in, text, day, heb string }{
		{"Pésaj comienza al atardecer del sábado 12 de abril y termina poco después del anochecer del domingo 20 de abril de 2025.",
			"Pésaj comienza al atardecer del sábado 12 de abril y termina poco después del anochecer del domingo 20 de abril de 2025",
			"2025-04-12", "15 Nisan 5785"},
		{"Sukkot begins at sundown on Wednesday, October 16, 2024 and ends shortly after nightfall on Wednesday, October 23, 2024.",
			"Sukkot begins at sundown on Wednesday, October 16, 2024 and ends shortly after nightfall on Wednesday, October 23, 2024",
			"2024-10-16", "15 Tishrei 5785"},
		{"Chanucá começa ao pôr do sol de domingo, 14 de dezembro de 2025 e termina pouco depois do anoitecer de segunda-feira, 22 de dezembro de 2025.",
			"Chanucá começa ao pôr do sol de domingo, 14 de dezembro de 2025 e termina pouco depois do anoitecer de segunda-feira, 22 de dezembro de 2025",
			"2025-12-14", "25 Kislev 5786"},
		{"Sukkot inizia il 16 ottobre 2024 e termina poco dopo il tramonto del 23 ottobre 2024.",
			"Sukkot inizia il 16 ottobre 2024 e termina poco dopo il tramonto del 23 ottobre 2024", "2024-10-16", "15 Tishrei 5785"},
		{"Yom Kippur commence le mardi 11 octobre 2016 et se termine peu après la tombée de la nuit le mercredi 12 octobre 2016.",
			"Yom Kippur commence le mardi 11 octobre 2016 et se termine peu après la tombée de la nuit le mercredi 12 octobre 2016",
			"2016-10-11", "10 Tishrei 5777"},
		{"Pessach beginnt am 12. April 2025 und endet kurz nach Sonnenuntergang am 20. April 2025",
			"Pessach beginnt am 12. April 2025 und endet kurz nach Sonnenuntergang am 20. April 2025", "2025-04-12", "15 Nisan 5785"},
	} {
		t.Run(tc.in, func(t *testing.T) { assertFound(t, tc.in, tc.text, tc.day, tc.heb) })
	}
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct {
		in    string
		texts []string
	}{
		{"The fair opens on Monday, May 5, 2025 and ends shortly after the concert on Friday, May 9, 2025.",
			[]string{"Monday, May 5, 2025", "Friday, May 9, 2025"}},
		{"La feria abre el lunes 5 de mayo de 2025 y termina poco después del concierto del viernes 9 de mayo de 2025.",
			[]string{"lunes 5 de mayo de 2025", "viernes 9 de mayo de 2025"}},
		{"Das Fest beginnt am 5. Mai 2025 und endet kurz nach dem Konzert am 9. Mai 2025.",
			[]string{"5. Mai 2025", "9. Mai 2025."}},
		{"The course begins on Monday, May 5, 2025 and ends shortly after nightfall.", []string{"Monday, May 5, 2025"}},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			var got []string
			for _, m := range ms {
				got = append(got, tc.in[m.Start:m.End])
			}
			assert.Equal(t, tc.texts, got, "a nearness to no sunset ends no range")
		})
	}
}

// TestPortugueseNightfall: Portuguese's nightfall and dusk, "ao anoitecer"
// and "ao entardecer", after a date and before it (the forty-sixth
// held-out round, whose Brazilian page said "tendo início ao anoitecer do
// dia 15 de setembro"). After a date the words ended the dateline, and a
// Hebrew date after them was read as another; after an occasion's verb
// ("começa ao anoitecer de 15 de setembro") the day was read as the civil
// day's, 29 Elul, with nothing said, where the occasion begins on its
// evening, 1 Tishrei. Before a word that goes on ("ao anoitecer da vida",
// in the twilight of life) or as "ao vivo" (live), the words are prose and
// the date the civil day's.
func TestPortugueseNightfall(t *testing.T) {
	for _, tc := range []struct{ in, text, day, heb string }{
		{"sexta-feira, 15 de setembro de 2023 ao anoitecer (1 de Tishrei de 5784)",
			"sexta-feira, 15 de setembro de 2023 ao anoitecer (1 de Tishrei de 5784)", "2023-09-15", "1 Tishrei 5784"},
		{"Rosh Hashaná começa ao anoitecer de 15 de setembro de 2023.",
			"Rosh Hashaná começa ao anoitecer de 15 de setembro de 2023", "2023-09-15", "1 Tishrei 5784"},
		{"Chanucá começa ao entardecer de domingo, 14 de dezembro de 2025.",
			"Chanucá começa ao entardecer de domingo, 14 de dezembro de 2025", "2025-12-14", "25 Kislev 5786"},
		{"Pessach começa ao anoitecer do dia 12 de abril de 2025, com o primeiro seder.",
			"Pessach começa ao anoitecer do dia 12 de abril de 2025", "2025-04-12", "15 Nisan 5785"},
		{"O seder será no sábado, 12 de abril de 2025 ao anoitecer.",
			"sábado, 12 de abril de 2025 ao anoitecer", "2025-04-12", "15 Nisan 5785"},
	} {
		t.Run(tc.in, func(t *testing.T) { assertFound(t, tc.in, tc.text, tc.day, tc.heb) })
	}
	for _, tc := range []struct{ in, text, day, heb string }{
		{"O encontro de 15 de setembro de 2023 ao anoitecer da vida", "15 de setembro de 2023", "2023-09-15", "29 Elul 5783"},
		{"Em 15 de setembro de 2023 ao vivo, o rabino falou", "15 de setembro de 2023", "2023-09-15", "29 Elul 5783"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			text, day, heb, _ := findOne(t, tc.in)
			assert.Equal(t, tc.text, text, "prose after the date")
			assert.Equal(t, tc.day, day)
			assert.Equal(t, tc.heb, heb, "the civil day's Hebrew date")
		})
	}
}

// TestCommaPairWithArticle: a pair of whole dates whose second, after a
// comma, is said with "and", an article and its weekday (the forty-sixth
// held-out round's Brazilian "neste domingo, 24 de setembro, e na segunda,
// 25 de setembro"): Spanish "y el lunes", Portuguese "e na segunda-feira",
// French "et le vendredi", Italian "e il venerdì". The comma stopped the
// pair, and the two days were two datelines, Find reading neither. After
// a comma, "and" with no article and weekday goes on a sentence ("e o
// rabino falou", "y el resto del año"), and the date is read alone.
func TestCommaPairWithArticle(t *testing.T) {
	for _, tc := range []struct{ in, text, day, heb string }{
		{"As aulas serão no domingo, 24 de setembro de 2023, e na segunda-feira, 25 de setembro de 2023.",
			"domingo, 24 de setembro de 2023, e na segunda-feira, 25 de setembro de 2023", "2023-09-24", "9 Tishrei 5784"},
		{"Habrá servicios el domingo 24 de septiembre, y el lunes 25 de septiembre de 2023.",
			"domingo 24 de septiembre, y el lunes 25 de septiembre de 2023", "2023-09-24", "9 Tishrei 5784"},
		{"Bureaux fermés le jeudi 25 septembre 2025, et le vendredi 26 septembre 2025.",
			"jeudi 25 septembre 2025, et le vendredi 26 septembre 2025", "2025-09-25", "3 Tishrei 5786"},
		{"Le lezioni sono giovedì 25 settembre 2025, e il venerdì 26 settembre 2025",
			"giovedì 25 settembre 2025, e il venerdì 26 settembre 2025", "2025-09-25", "3 Tishrei 5786"},
	} {
		t.Run(tc.in, func(t *testing.T) { assertFound(t, tc.in, tc.text, tc.day, tc.heb) })
	}
	for _, tc := range []struct{ in, text string }{
		{"Foi no domingo, 24 de setembro de 2023, e o rabino falou.", "domingo, 24 de setembro de 2023"},
		{"Fue el domingo 24 de septiembre de 2023, y el lunes siguiente hubo fiesta.", "domingo 24 de septiembre de 2023"},
		{"Desde el domingo 24 de septiembre de 2023, y el resto del año", "domingo 24 de septiembre de 2023"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			text, day, _, _ := findOne(t, tc.in)
			assert.Equal(t, tc.text, text, "no pair without its second day")
			assert.Equal(t, "2023-09-24", day)
		})
	}
}

// TestOccasionFallsOnThisWeekday: an occasion said to fall or be
// celebrated on "this" weekday (the forty-sixth held-out round's "o Yom
// Kippur é celebrado neste domingo, 24 de setembro"): Portuguese "neste",
// "nesta", Spanish "este", French "ce" after a verb of fallsOnVerbs, as
// they were after a verb for "begins". The date was read alone, without
// its occasion, the civil day's Hebrew date; now the occasion's, and a
// date that is its eve is reported so. Before any word but a weekday
// ("neste ano", this year) "this" is prose.
func TestOccasionFallsOnThisWeekday(t *testing.T) {
	for _, tc := range []struct{ in, text, day, heb string }{
		{"Neste ano, o Yom Kippur é celebrado nesta segunda-feira, 25 de setembro de 2023.",
			"Yom Kippur é celebrado nesta segunda-feira, 25 de setembro de 2023", "2023-09-25", "10 Tishrei 5784"},
		{"Yom Kipur se celebra este lunes 25 de septiembre de 2023.",
			"Yom Kipur se celebra este lunes 25 de septiembre de 2023", "2023-09-25", "10 Tishrei 5784"},
		{"Yom Kippour tombe ce lundi 25 septembre 2023.",
			"Yom Kippour tombe ce lundi 25 septembre 2023", "2023-09-25", "10 Tishrei 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) { assertFound(t, tc.in, tc.text, tc.day, tc.heb) })
	}
	t.Run("eve", func(t *testing.T) {
		in := "O Yom Kippur é celebrado neste domingo, 24 de setembro de 2023."
		ms := dateline.Find(in, dateline.Reference(corpusReference))
		if assert.Len(t, ms, 1) {
			m := ms[0]
			assert.Equal(t, "Yom Kippur é celebrado neste domingo, 24 de setembro de 2023", in[m.Start:m.End])
			assert.Equal(t, "10 Tishrei 5784", m.Dateline.Hebrew.String(), "the occasion's day, from the evening")
			codes := []dateline.Code{}
			for _, p := range m.Problems {
				codes = append(codes, p.Code)
			}
			assert.Contains(t, codes, dateline.CodeAfterSunset, "the date given is the occasion's eve")
		}
	})
	text, _, heb, _ := findOne(t, "O Yom Kippur é celebrado neste ano em 25 de setembro de 2023.")
	assert.Equal(t, "25 de setembro de 2023", text, "neste ano: this year, no weekday")
	assert.Equal(t, "10 Tishrei 5784", heb)
}

// TestBeforeSunsetIsTheDay: Spanish's and Portuguese's sunset before a
// day, "la puesta de sol del viernes", "pôr do sol de sexta-feira", after
// "antes de" or "antes do" (before): the day before its sunset, whose
// Hebrew date is the civil day's. It was read as the evening, and a
// dateline that gave the civil day's Hebrew date was warned of as the
// evening's (the forty-sixth held-out round's "comienza poco antes de la
// puesta de sol del miércoles 1 de octubre"). Without "antes" the words
// still name the evening.
func TestBeforeSunsetIsTheDay(t *testing.T) {
	for _, tc := range []struct{ in, text, day, heb string }{
		{"El ayuno empieza poco antes de la puesta de sol del viernes 15 de septiembre de 2023 (29 Elul 5783).",
			"viernes 15 de septiembre de 2023 (29 Elul 5783)", "2023-09-15", "29 Elul 5783"},
		{"O jejum começa antes do pôr do sol de sexta-feira, 15 de setembro de 2023 (29 Elul 5783).",
			"sexta-feira, 15 de setembro de 2023 (29 Elul 5783)", "2023-09-15", "29 Elul 5783"},
		{"Comienza a la puesta de sol del viernes 15 de septiembre de 2023 (1 Tishrei 5784).",
			"la puesta de sol del viernes 15 de septiembre de 2023 (1 Tishrei 5784)", "2023-09-15", "1 Tishrei 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) { assertFound(t, tc.in, tc.text, tc.day, tc.heb) })
	}
}
