package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout131EveningOfTheDay: the word for "day" between "the evening
// of" and the day's number, as the Romance languages write a date
// standing alone: "la noche del día 15 de diciembre de 2025" was found as
// its date alone, 15 December with the civil day's 25 Kislev, the evening
// left out of the match (Check, given the whole line, read it right).
// Seen in the 131st held-out round, whose brief named it, beside Lider
// News's "o pôr do sol do dia 13 de março" inside a range (the 127th).
// The evening's Hebrew date is now the match's, in Spanish, Italian,
// Portuguese and Catalan; without the evening the day word is no
// evening, and the date is the civil day's, as before.
func TestHeldout131EveningOfTheDay(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"la noche del día 15 de diciembre de 2025", "2025-12-15", "26 Kislev 5786"},
		{"Janucá se celebra desde la noche del día 14 de diciembre de 2025.", "2025-12-14", "25 Kislev 5786"},
		{"la sera del giorno 15 dicembre 2025", "2025-12-15", "26 Kislev 5786"},
		{"la nit del dia 15 de desembre de 2025", "2025-12-15", "26 Kislev 5786"},
		{"el vespre del dia 15 de desembre de 2025", "2025-12-15", "26 Kislev 5786"},
		{"ao pôr do sol do dia 15 de dezembro de 2025", "2025-12-15", "26 Kislev 5786"},
		// Without the day word, as before.
		{"la noche del 15 de diciembre de 2025", "2025-12-15", "26 Kislev 5786"},
		// The day word after no evening: the civil day's own date.
		{"el día 15 de diciembre de 2025", "2025-12-15", "25 Kislev 5786"},
		{"hasta el día 15 de diciembre de 2025", "2025-12-15", "25 Kislev 5786"},
		{"antes de la puesta de sol del día 15 de diciembre de 2025", "2025-12-15", "25 Kislev 5786"},
	})
	// The words alone are no date.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"la noche del día", ""},
		{"la noche del día de la fiesta", ""},
	})
}

// TestHeldout131BeginToCelebrate: a verb of beginning with its "to"
// before the infinitive of celebrating (beginToWords), after a civil day
// and the people who keep the occasion, as news announce a festival: "El
// 16 de octubre, al atardecer, los judíos comenzarán a celebrar Sucot"
// (on 16 October, at sunset, the Jews will begin to celebrate Sukkot;
// Gaya One, gayaone.com, 2024, the 131st held-out round) was not found,
// and with a year the date was read alone, so a day that is no eve went
// unsaid. The occasion is now the date's, begun on its evening as after
// "comenzará Sucot": without a year the occasion's eve chooses it, and a
// day that is not its eve is an error. French, Italian and Portuguese
// say it so too.
func TestHeldout131BeginToCelebrate(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"El 16 de octubre, al atardecer, los judíos comenzarán a celebrar Sucot", "2024-10-16", "15 Tishrei 5785"},
		{"El 16 de octubre de 2024, al atardecer, los judíos comenzarán a celebrar Sucot", "2024-10-16", "15 Tishrei 5785"},
		{"El 16 de octubre los judíos comenzarán a celebrar Sucot", "2024-10-16", "15 Tishrei 5785"},
		{"el 14 de diciembre de 2025 la comunidad judía empezará a celebrar Janucá", "2025-12-14", "25 Kislev 5786"},
		{"Le 16 octobre 2024 au soir, les juifs commenceront à célébrer Souccot", "2024-10-16", "15 Tishrei 5785"},
		{"Il 16 ottobre, al tramonto, gli ebrei inizieranno a celebrare Sukkot", "2024-10-16", "15 Tishrei 5785"},
		{"Em 16 de outubro de 2024, os judeus começarão a celebrar Sucot", "2024-10-16", "15 Tishrei 5785"},
	})
	// A day that is not the occasion's eve is said, not taken: the
	// evening of 17 October 2024 is Sukkot's second day, and 1 June 2025
	// no day of Pesach.
	for _, text := range []string{
		"El 17 de octubre de 2024, al atardecer, los judíos comenzarán a celebrar Sucot",
		"1 de junio de 2025, al atardecer, el pueblo judío comenzará a celebrar Pesaj",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
		})
	}
	// Without an occasion's name the words are prose: a year-less day
	// alone is no date.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"El 16 de octubre los alumnos comenzarán a estudiar", "2026-10-16"},
		{"El 16 de octubre de 2024 los alumnos comenzarán a celebrar la fiesta", "2024-10-16"},
	})
}

// TestHeldout131YomHaKippurim: Yom Kippur by its Torah name, יום
// הכיפורים written in Latin letters with its article or without it, as
// a Hayom Yom heading writes it after the Hebrew date and before the
// year: "Sabato 10 Tishrei, Yom HaKippurìm 5704" (JIMTV, jimtv.it, the
// 131st held-out round) was read as "Sabato 10 Tishrei" alone, in 5785,
// the most recent year whose 10 Tishrei was a Saturday, with only an
// info, the name and the year 5704 left out. The name is now Yom
// Kippur's (its accent folded), so the year after it is the date's, and
// a day that is not Yom Kippur is an error.
func TestHeldout131YomHaKippurim(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Sabato 10 Tishrei, Yom HaKippurìm 5704", "1943-10-09", "10 Tishrei 5704"},
		{"Yom HaKippurim 5785", "2024-10-12", "10 Tishrei 5785"},
		{"Yom Hakippurim 5785", "2024-10-12", "10 Tishrei 5785"},
		{"10 Tishrei, Yom Kippurim 5784", "2023-09-25", "10 Tishrei 5784"},
		{"Yom Kipurim 5786", "2025-10-02", "10 Tishrei 5786"},
		// hebcal's name, as before.
		{"Shabbat 10 Tishrei, Yom Kippur 5704", "1943-10-09", "10 Tishrei 5704"},
	})
	// A wrong weekday, or a day that is not Yom Kippur, is said.
	m := oneMatch(t, "Venerdì 10 Tishrei, Yom HaKippurìm 5704", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	m = oneMatch(t, "11 Tishrei, Yom HaKippurim 5704", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// The words alone are no date.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Kippurim", ""},
	})
}

// TestHeldout131WeekdayAtTheEvening: "at the" between a weekday and its
// evening, as Catalan writes it ("dilluns al vespre", "diumenge a la
// nit"), and Spanish's "al" and Portuguese's "ao" before their dusk and
// nightfall ("domingo al atardecer", "sábado ao anoitecer"). Seen while
// testing the 131st held-out round, whose brief named Catalan's "al
// vespre", as the 125th round's "dimecres al vespre, Rosh Hashana 5775"
// was: the weekday, kept apart from its evening, was dropped, and the
// date read alone with the civil day's Hebrew date, so a wrong weekday
// went unsaid ("dimarts al vespre, 15 de desembre de 2025" was Monday 15
// December with nothing said). The weekday is now the dateline's, and
// its evening the Hebrew date's, as "sábado por la noche" and "samedi au
// soir" were read.
func TestHeldout131WeekdayAtTheEvening(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"dilluns al vespre, 15 de desembre de 2025", "2025-12-15", "26 Kislev 5786"},
		{"diumenge a la nit, 14 de desembre de 2025", "2025-12-14", "25 Kislev 5786"},
		{"el diumenge al vespre 14 de desembre de 2025", "2025-12-14", "25 Kislev 5786"},
		{"dimecres al vespre, Rosh Hashana 5775", "2014-09-24", "1 Tishrei 5775"},
		{"domingo al atardecer, 14 de diciembre de 2025", "2025-12-14", "25 Kislev 5786"},
		{"sábado ao anoitecer, 13 de dezembro de 2025", "2025-12-13", "24 Kislev 5786"},
		// The other prepositions, as before.
		{"domingo por la noche, 14 de diciembre de 2025", "2025-12-14", "25 Kislev 5786"},
		{"samedi au soir, 13 décembre 2025", "2025-12-13", "24 Kislev 5786"},
	})
	// A weekday that is not the date's is said.
	m := oneMatch(t, "dimarts al vespre, 15 de desembre de 2025", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// "At the" before no word of the evening is no evening: the date is
	// read alone, and the words alone are no date.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"dilluns al centre cívic, 15 de desembre de 2025", "2025-12-15"},
		{"dilluns al vespre", ""},
	})
}

// TestHeldout131WeekdayAtTheMorning: the same "at the" before a
// weekday's morning or afternoon, Catalan's "al matí" and "a la tarda",
// Spanish's "por la mañana", Portuguese's "à tarde", French's "au
// matin", found beside TestHeldout131WeekdayAtTheEvening: the weekday
// was dropped and a wrong one went unsaid ("dimarts al matí, 15 de
// desembre de 2025" was Monday 15 December with nothing said). The part
// of the day is the weekday's own, before sunset: the Hebrew date is the
// civil day's.
func TestHeldout131WeekdayAtTheMorning(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"dilluns al matí, 15 de desembre de 2025", "2025-12-15", "25 Kislev 5786"},
		{"diumenge a la tarda, 14 de desembre de 2025", "2025-12-14", "24 Kislev 5786"},
		{"domingo por la mañana, 14 de diciembre de 2025", "2025-12-14", "24 Kislev 5786"},
		{"sábado à tarde, 13 de dezembro de 2025", "2025-12-13", "23 Kislev 5786"},
		{"samedi au matin, 13 décembre 2025", "2025-12-13", "23 Kislev 5786"},
		// Without the weekday the words are prose, as before.
		{"mañana, 14 de diciembre de 2025", "2025-12-14", "24 Kislev 5786"},
	})
	m := oneMatch(t, "dimarts al matí, 15 de desembre de 2025", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"dilluns al matí", ""},
		{"mañana", ""},
	})
}
