package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout184AfterShabbat: "after Shabbat" after a civil date, the
// evening after the Saturday it names, whose Hebrew date, from sunset, is
// the next day's: Portuguese "após o Shabat", "depois do Shabat", Spanish
// "después de(l) Shabat", English "after Shabbat", French "après le
// Chabbat", Italian "dopo lo Shabbat". "no dia 28 de Agosto de 2021, após
// o Shabat" (Comunidade Judaica do Amazonas, jcam.com.br, the
// hundred-and-eighty-fourth held-out round) was found in free text as the
// civil day, 20 Elul, its evening left out, and was no date whole. Alone
// the phrase says Saturday, so a date on another day is an error; beside
// another weekday it is no part of the dateline.
func TestHeldout184AfterShabbat(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"no dia 28 de Agosto de 2021, após o Shabat", "2021-08-28", "21 Elul 5781"},
		{"sábado, 28 de agosto de 2021, após o Shabat", "2021-08-28", "21 Elul 5781"},
		{"28 de agosto de 2021, depois do Shabat", "2021-08-28", "21 Elul 5781"},
		{"el sábado 28 de agosto de 2021 después de Shabat", "2021-08-28", "21 Elul 5781"},
		{"sábado 2 de marzo de 2024, después del Shabat", "2024-03-02", "23 Adar I 5784"},
		{"Saturday, March 2, 2024, after Shabbat", "2024-03-02", "23 Adar I 5784"},
		{"March 2, 2024 after Shabbos", "2024-03-02", "23 Adar I 5784"},
		{"samedi 2 mars 2024 après le Chabbat", "2024-03-02", "23 Adar I 5784"},
		{"sabato 2 marzo 2024 dopo lo Shabbat", "2024-03-02", "23 Adar I 5784"},
		{"2 de março de 2024 (após o Shabat)", "2024-03-02", "23 Adar I 5784"},
	})
	// The real row, in its sentence.
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"A cerimônia foi realizada na Sinagoga Beit Yaacov-Rabi Meyr de Manaus, no dia 28 de Agosto de 2021, após o Shabat. As comemorações aconteceram nos salões do Clube Hebraica", "2021-08-28", "21 Elul 5781"},
	})
	// Without its year, the weekday the phrase says chooses it.
	checkWholeInferred(t, heldoutRef, "no dia 28 de Agosto, após o Shabat", "2021-08-28")
	// A Friday is not the day Shabbat ends: an error, not its evening.
	for _, text := range []string{"no dia 27 de Agosto de 2021, após o Shabat", "March 1, 2024 after Shabbat"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			require.NotEmpty(t, rep.Problems)
			assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
		})
	}
	// Another weekday beside it, or "after" with no Shabbat: unread.
	checkUnread(t, heldoutRef,
		"sexta-feira, 27 de agosto de 2021, após o Shabat",
		"viernes 1 de marzo de 2024, después de Shabat",
		"28 de agosto de 2021, depois das 19h",
		"March 2, 2024 after dinner",
	)
	// No layout writes the phrase for another day.
	_, err := dateline.LayoutOf("sábado, 28 de agosto de 2021, após o Shabat")
	require.Error(t, err)
}

// TestHeldout184FromHourPhrase: the Romance languages' "from" in several
// words before the hour an event begins, Spanish "a partir de las",
// Portuguese "a partir das", French "à partir de", Italian "a partire
// dalle", and Portuguese's "desde as" beside Spanish's "desde las": the
// grammar of the Spanish and Portuguese community schedules of the
// hundred-and-eighty-fourth held-out round. "domingo 6 de octubre de 2024
// a partir de las 12:15" was the day without its hour, where "desde las
// 19 horas" had it. Only a time of day follows the words: before a day
// they open a range, and a number that is no hour stays out.
func TestHeldout184FromHourPhrase(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"domingo 6 de octubre de 2024 a partir de las 12:15", "2024-10-06 12:15"},
		{"domingo 6 de octubre de 2024, a partir de las 19 hs.", "2024-10-06 19:00"},
		{"domingo 6 de octubre de 2024 a partir de la 1:30", "2024-10-06 01:30"},
		{"domingo, 6 de outubro de 2024, a partir das 19h", "2024-10-06 19:00"},
		{"domingo, 6 de outubro de 2024, a partir das 18h30", "2024-10-06 18:30"},
		{"quarta-feira, 8/9/2010, a partir das 18h", "2010-09-08 18:00"},
		{"domingo, 6 de outubro de 2024, desde as 19h", "2024-10-06 19:00"},
		{"dimanche 6 octobre 2024 à partir de 19h", "2024-10-06 19:00"},
		{"domenica 6 ottobre 2024 a partire dalle 19:30", "2024-10-06 19:30"},
	})
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"domingo 6 de octubre de 2024 a partir de las 12:15", "2024-10-06"},
		{"domingo, 6 de outubro de 2024, a partir das 18h30", "2024-10-06"},
	})
	// No hour after the words: the day alone, or nothing.
	for _, text := range []string{
		"6 de octubre de 2024 a partir de 19 de octubre",
		"domingo 6 de octubre de 2024 a partir de las cinco",
		"domingo 6 de octubre de 2024 a partir de las 25:00",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, heldoutRef) {
				assert.False(t, m.Dateline.HasTime, text)
			}
		})
	}
	checkUnread(t, heldoutRef, "domingo 6 de octubre de 2024 a partir de las cinco")
}
