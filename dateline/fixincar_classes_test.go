package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestFixincarStretchesUntil: the verbs of stretching until a range's
// last day, Spanish "y se extiende hasta el", "y se prolonga hasta el",
// Portuguese "e se prolonga até", Italian "e si estende fino al", "e si
// protrae fino al", join the range's two ends as "y va hasta el" does:
// "En 2025, la celebración comienza al atardecer del miércoles 1 de
// octubre y se extiende hasta el anochecer del jueves 2 de octubre" (El
// Diario NY, incoming.tsv) was two datelines. A verb before no day ("y se
// extiende la lluvia") joins nothing: the dates stay apart.
func TestFixincarStretchesUntil(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"La feria abre el 22 de abril de 2024 y se extiende hasta el 30 de abril de 2024",
			"22 de abril de 2024 y se extiende hasta el 30 de abril de 2024", "2024-04-22", "14 Nisan 5784"},
		{"La feria abre el lunes 22 de abril de 2024 y se prolonga hasta el martes 30 de abril de 2024.",
			"lunes 22 de abril de 2024 y se prolonga hasta el martes 30 de abril de 2024", "2024-04-22", "14 Nisan 5784"},
		{"La muestra abre el 29 de septiembre de 2023 y se extenderá hasta el 6 de octubre de 2023",
			"29 de septiembre de 2023 y se extenderá hasta el 6 de octubre de 2023", "2023-09-29", "14 Tishrei 5784"},
		{"A feira abre a 22 de abril de 2024 e se prolonga até 30 de abril de 2024",
			"22 de abril de 2024 e se prolonga até 30 de abril de 2024", "2024-04-22", "14 Nisan 5784"},
		{"La mostra apre il 29 settembre 2023 e si protrae fino al 6 ottobre 2023",
			"29 settembre 2023 e si protrae fino al 6 ottobre 2023", "2023-09-29", "14 Tishrei 5784"},
		{"La mostra apre il 29 settembre 2023 e si estende fino al 6 ottobre 2023",
			"29 settembre 2023 e si estende fino al 6 ottobre 2023", "2023-09-29", "14 Tishrei 5784"},
	})
	// The row itself: no year, the one its weekdays fit; its start is
	// the evening of 1 October, the range's first day, 9 Tishrei's.
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"En 2025, la celebración comienza al atardecer del miércoles 1 de octubre y se extiende hasta el anochecer del jueves 2 de octubre",
			"2025-10-01", "10 Tishrei 5786"},
	})
	for _, tc := range []struct {
		text string
		n    int
	}{
		{"El 22 de abril de 2024 y se extiende la lluvia el 30 de abril de 2024", 2},
		{"Il 29 settembre 2023 e si estende il bosco il 6 ottobre 2023", 2},
		{"El 22 de abril de 2024 se extiende el plazo.", 1},
	} {
		t.Run(tc.text, func(t *testing.T) {
			assert.Len(t, dateline.Find(tc.text, heldoutRef), tc.n)
		})
	}
}

// TestFixincarCommaVerbUntil: a range's last day after a comma, a verb of
// ending or of going on, and the word for "until", with no "and": "Il
// programma degli appuntamenti, iniziato giovedì 19 gennaio, si snoderà
// fino a venerdì 3 febbraio." (a Saluzzo paper, incoming.tsv) was two
// datelines; Spanish ", durará hasta el", Portuguese ", vai até",
// Italian ", proseguirà fino al". Without "until" after the verb the
// comma is a clause's, and the dates stay apart.
func TestFixincarCommaVerbUntil(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Il programma degli appuntamenti, iniziato giovedì 19 gennaio, si snoderà fino a venerdì 3 febbraio.",
			"giovedì 19 gennaio, si snoderà fino a venerdì 3 febbraio", "2023-01-19", "26 Tevet 5783"},
		{"La feria abre el 22 de abril de 2024, durará hasta el 6 de mayo de 2024.",
			"22 de abril de 2024, durará hasta el 6 de mayo de 2024", "2024-04-22", "14 Nisan 5784"},
		{"A feira abre a 22 de abril de 2024, vai até 6 de maio de 2024.",
			"22 de abril de 2024, vai até 6 de maio de 2024", "2024-04-22", "14 Nisan 5784"},
		{"La mostra apre il 29 settembre 2023, proseguirà fino al 6 ottobre 2023.",
			"29 settembre 2023, proseguirà fino al 6 ottobre 2023", "2023-09-29", "14 Tishrei 5784"},
		{"La rassegna, aperta il 22 aprile 2024, si snoda fino al 6 maggio 2024.",
			"22 aprile 2024, si snoda fino al 6 maggio 2024", "2024-04-22", "14 Nisan 5784"},
	})
	for _, tc := range []struct {
		text string
		n    int
	}{
		{"El 22 de abril de 2024, termina el plazo del 6 de mayo de 2024", 2},
		{"Il 29 settembre 2023, dura il 6 ottobre 2023", 2},
		{"Il 29 settembre 2023, va fino a Roma.", 1},
		{"A 22 de abril de 2024, vai até ao fim.", 1},
	} {
		t.Run(tc.text, func(t *testing.T) {
			assert.Len(t, dateline.Find(tc.text, heldoutRef), tc.n)
		})
	}
}

// TestFixincarBylineBetweenBullets: a news site's byline puts its author
// between bullets after the day, and the hour after them as Portuguese
// and French write it, with "h" between the hour and its minutes: "22 NOV
// 2019 • POR Redação • 12h07" (O Progresso, incoming.tsv) was the day
// without its hour, as a place between bars was before TestPlaceBetweenBars.
// The part must end with the bullet that opened it, hold no number, comma
// or point, and what follows must be an hour.
func TestFixincarBylineBetweenBullets(t *testing.T) {
	checkFoundClocks(t, []struct{ text, day, clock string }{
		{"22 NOV 2019 • POR Redação • 12h07", "2019-11-22", "12:07"},
		{"22 nov 2019 • Por João Silva • 9h30", "2019-11-22", "09:30"},
		{"5 mars 2024 • Par Marie Dupont • 18h45", "2024-03-05", "18:45"},
		{"5 de marzo de 2024 • Por Redacción • 18:45", "2024-03-05", "18:45"},
		{"March 5, 2024 • By Staff • 6:45 pm", "2024-03-05", "18:45"},
		{"March 5, 2024 | Redação | 18h45", "2024-03-05", "18:45"},
	})
	for _, text := range []string{
		"22 NOV 2019 • Redação | 12h07",
		"22 NOV 2019 • Redação • 12 fotos",
		"22 NOV 2019 • Galeria 12 • 12h07",
		"22 NOV 2019 • Redação, Agência • 12h07",
		"22 NOV 2019 • Redação •",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			require.NotEmpty(t, ms)
			assert.False(t, ms[0].Dateline.HasTime)
		})
	}
}

// TestFixincarFastByItsDate: the fasts of 17 Tammuz, 9 Av and 10 Tevet
// named by their own dates, Portuguese "jejum de 17 de Tamuz", Spanish
// "ayuno del 17 de Tamuz", as Italian's "digiuno del 17 Tamuz" is, are
// the occasion, checked against the day, and Brazilian Portuguese's
// "será dia" (will be on the day) joins it to its day: "O jejum de 17 de
// Tamuz será dia 24 de julho de 2016 (Domingo)" (Bnei Brith,
// incoming.tsv) was two datelines, the fast's name read as the Hebrew
// date 17 Tammuz 5776. 17 Tammuz 5776 was Shabbat, and the fast was kept
// on Sunday the 18th. A day that is not the fast's is an error.
func TestFixincarFastByItsDate(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"O jejum de 17 de Tamuz será dia 24 de julho de 2016 (Domingo)",
			"jejum de 17 de Tamuz será dia 24 de julho de 2016 (Domingo)", "2016-07-24", "18 Tammuz 5776"},
		{"Jejum de 17 de Tamuz: 23 de julho de 2024", "Jejum de 17 de Tamuz: 23 de julho de 2024", "2024-07-23", "17 Tammuz 5784"},
		{"Jejum de 9 de Av, terça-feira, 13 de agosto de 2024",
			"Jejum de 9 de Av, terça-feira, 13 de agosto de 2024", "2024-08-13", "9 Av 5784"},
		{"El ayuno del 17 de Tamuz será el día 24 de julio de 2016",
			"ayuno del 17 de Tamuz será el día 24 de julio de 2016", "2016-07-24", "18 Tammuz 5776"},
		{"Ayuno del 10 de Tevet: martes 3 de enero de 2023", "Ayuno del 10 de Tevet: martes 3 de enero de 2023", "2023-01-03", "10 Tevet 5783"},
		{"Pessach será dia 23 de abril de 2024", "Pessach será dia 23 de abril de 2024", "2024-04-23", "15 Nisan 5784"},
	})
	for _, text := range []string{
		"Jejum de 17 de Tamuz: 22 de julho de 2024",
		"Ayuno del 10 de Tevet, martes 10 de enero de 2023",
		"Jejum de 9 de Av: 14 de agosto de 2024",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			require.Len(t, ms, 1)
			assert.False(t, ms[0].OK(), "the fast is checked against the day")
		})
	}
	// "Dia" that is not the day's word joins nothing: the date alone.
	const text = "O evento será dia de festa, 24 de julho de 2016"
	t.Run(text, func(t *testing.T) {
		ms := dateline.Find(text, heldoutRef)
		require.Len(t, ms, 1)
		assert.Equal(t, "24 de julho de 2016", text[ms[0].Start:ms[0].End])
	})
}

// TestFixincarBracketedDayMonthUntil: a weekday with its day and month in
// digits in brackets and no year, as Brazilian news write it, then "until"
// and the end's day with its month's name or in digits: "a festa vai
// começar no domingo (14/12) e deverá durar até 22 de dezembro" (O Povo,
// incoming.tsv) was two datelines, the end in the year nearest the
// reference; "no domingo (14/12) e vai até 22/12" was the start alone.
// The range is its first day's, in the year its weekday fits. A start
// that reads both ways (4/12), an end with a year of its own, a number of
// something else after "until", or no weekday before the bracket, join
// nothing.
func TestFixincarBracketedDayMonthUntil(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"a festa vai começar no domingo (14/12) e deverá durar até 22 de dezembro.",
			"domingo (14/12) e deverá durar até 22 de dezembro", "2025-12-14", "24 Kislev 5786"},
		{"começa no domingo (14/12) e vai até 22/12.", "domingo (14/12) e vai até 22/12", "2025-12-14", "24 Kislev 5786"},
		{"no domingo (14/12) até 2 de janeiro", "domingo (14/12) até 2 de janeiro", "2025-12-14", "24 Kislev 5786"},
		{"el domingo 14/12 y sigue hasta el 22 de diciembre", "domingo 14/12 y sigue hasta el 22 de diciembre", "2025-12-14", "24 Kislev 5786"},
	})
	for _, tc := range []struct {
		text, first string
	}{
		{"no domingo (4/12) e vai até 22 de dezembro", "domingo (4/12)"},
		{"no domingo (14/12) e vai até 22 pessoas", "domingo (14/12)"},
		{"no domingo (14/12) e vai até 22 de dezembro de 2025", "domingo (14/12)"},
		{"no domingo (14/12) até 2 de dezembro", "domingo (14/12)"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.NotEmpty(t, ms)
			assert.Equal(t, tc.first, tc.text[ms[0].Start:ms[0].End])
		})
	}
}
