package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestRelativeLeadInFreeText: a Romance lead that says the day is past or
// to come ("no passado dia", "el pasado", "lo scorso", "el próximo") puts
// the year a date without its own takes on that side of the reference in
// free text too, where the match starts at the day after the lead. Find
// read "no passado dia 27 de janeiro" on a page of December 2024 as
// January 27, 2025 (the year up to six months ahead), where Check, which
// reads the lead, took 2024; and found nothing after "el pasado" or "lo
// scorso". The plural nouns of the leads ("los días", "nos dias", "els
// dies", "i giorni") lead a list of days without a year, as the singular
// leads a day: "Los pasados días 17 y 18 de Septiembre el pueblo Judío
// celebró ..." (diariojudio.com) was no date.
func TestRelativeLeadInFreeText(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.December, 1, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Visitamos no passado dia 27 de janeiro o museu.", "27 de janeiro", "2024-01-27", "17 Shevat 5784"},
		{"Fue el pasado 27 de enero en Madrid.", "27 de enero", "2024-01-27", "17 Shevat 5784"},
		{"Si è svolto lo scorso 27 gennaio a Roma.", "27 gennaio", "2024-01-27", "17 Shevat 5784"},
		{"Es va fer el passat 27 de gener.", "27 de gener", "2024-01-27", "17 Shevat 5784"},
		{"Será el próximo 15 de septiembre en Lima.", "15 de septiembre", "2025-09-15", "22 Elul 5785"},
		{"Si terrà il prossimo 15 settembre.", "15 settembre", "2025-09-15", "22 Elul 5785"},
		{"Los pasados días 17 y 18 de Septiembre el pueblo Judío celebró una fiesta.", "17 y 18 de Septiembre", "2024-09-17", "14 Elul 5784"},
		{"Nos dias 7, 15, 22 e 29 de outubro haverá aulas.", "7, 15, 22 e 29 de outubro", "2024-10-07", "5 Tishrei 5785"},
		{"Les jornades seran els dies 27 i 28 de novembre a Girona.", "27 i 28 de novembre", "2024-11-27", "26 Cheshvan 5785"},
		{"Il convegno si tiene i giorni 27 e 28 settembre.", "27 e 28 settembre", "2024-09-27", "24 Elul 5784"},
		// Without a past or next word, the year is the one up to six
		// months ahead, as before.
		{"Será el 27 de enero en Madrid.", "27 de enero", "2025-01-27", "27 Tevet 5785"},
	})
	// Check, which reads the lead with the date, agrees.
	for _, tc := range []struct{ text, day string }{
		{"no passado dia 27 de janeiro", "2024-01-27"},
		{"el pasado 27 de enero", "2024-01-27"},
		{"el próximo 15 de septiembre", "2025-09-15"},
	} {
		t.Run("check "+tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
		})
	}
}

// TestRelativeMonthLeadInFreeText: English's words for the last or the
// next such day before a month that opens a date without a year ("last
// March 2", "this past March 2", "next March 2", "this coming March 2")
// say which way its year lies from the reference, as the Romance leads
// do; and German's "letzten (vergangenen, nächsten) Jahres" after the
// date names the year before (after) the reference's. On a page of
// December 2024, "The vote was held last March 2" and "am 2. März letzten
// Jahres" were read as March 2, 2025, a day still to come (found trying
// the command as an adversary).
func TestRelativeMonthLeadInFreeText(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.December, 10, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"The vote was held last March 2.", "March 2", "2024-03-02", "22 Adar I 5784"},
		{"It happened this past March 2.", "March 2", "2024-03-02", "22 Adar I 5784"},
		{"Last March 2 was cold.", "March 2", "2024-03-02", "22 Adar I 5784"},
		{"We meet next March 2.", "March 2", "2025-03-02", "2 Adar 5785"},
		{"We meet this coming March 2.", "March 2", "2025-03-02", "2 Adar 5785"},
		{"Die Wahl fand am 2. März letzten Jahres statt.", "2. März", "2023-03-02", "9 Adar 5783"},
		{"Am 2. März vergangenen Jahres.", "2. März", "2023-03-02", "9 Adar 5783"},
		{"Am 2. März nächsten Jahres.", "2. März", "2025-03-02", "2 Adar 5785"},
		// Near misses: other words before the month leave the year
		// the one up to six months ahead; a year named is the year.
		{"The vote is held on March 2.", "March 2", "2025-03-02", "2 Adar 5785"},
		{"In the past, March 2 was a holiday.", "March 2", "2025-03-02", "2 Adar 5785"},
		{"It was held last March 2, 2022.", "March 2, 2022", "2022-03-02", "29 Adar I 5782"},
	})
}

// TestGermanYearNounInFreeText: German's "des Vorjahres" and "im Vorjahr"
// (of, in the year before) and "dieses Jahres", "des laufenden Jahres"
// (of this, of the current year) after a date without its year name its
// year by the reference's, as "letzten Jahres" does. On a page of March
// 2024, "Das war am 5. März des Vorjahres" was read as March 5, 2024, and
// "am 5. Dezember dieses Jahres" as December 5, 2023, the nearest, with
// an info alone. A phrase that compares ("als im Vorjahr") is no date's
// year, and a year named is the year.
func TestGermanYearNounInFreeText(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Das war am 5. März des Vorjahres.", "5. März", "2023-03-05", "12 Adar 5783"},
		{"Das war am 5. Dezember des Vorjahres.", "5. Dezember", "2023-12-05", "22 Kislev 5784"},
		{"Das Fest war am 5. März im Vorjahr.", "5. März", "2023-03-05", "12 Adar 5783"},
		{"Wir treffen uns am 5. Dezember dieses Jahres.", "5. Dezember", "2024-12-05", "4 Kislev 5785"},
		{"Die Messe öffnet am 9. März des laufenden Jahres.", "9. März", "2024-03-09", "29 Adar I 5784"},
		// A year named is the year.
		{"Das war am 5. März des Jahres 2023.", "5. März des Jahres 2023.", "2023-03-05", "12 Adar 5783"},
	})
	t.Run("Mehr Besucher als im Vorjahr kamen am 5. März.", func(t *testing.T) {
		ms := dateline.Find("Mehr Besucher als im Vorjahr kamen am 5. März.", ref)
		if assert.Len(t, ms, 1) {
			assert.Equal(t, "2024-03-05", ms[0].Dateline.Time.Format(time.DateOnly))
		}
	})
}

// TestRelativeYearGenitiveInFreeText: the genitive "of last (this, next)
// year" after a date without its year, as Russian, Polish and Czech pages
// write it, and Romance's "of last year" with its "of" (del año pasado,
// do ano passado, de l'année dernière, dell'anno scorso), name its year
// by the reference's. They were no date: the phrases were not among the
// relative year's, and a day with its month's name and an "of" after it
// ("2 de marzo del ...") was taken for a fraction, "3/4 de los miembros",
// which dropped "el martes 2 de marzo de la comunidad" from the scan too.
func TestRelativeYearGenitiveInFreeText(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.December, 10, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"2 марта прошлого года шёл дождь.", "2 марта", "2023-03-02", "9 Adar 5783"},
		{"Es geschah el 2 de marzo del año pasado.", "2 de marzo", "2023-03-02", "9 Adar 5783"},
		{"Choveu em 2 de março do ano passado.", "2 de março", "2023-03-02", "9 Adar 5783"},
		{"Il pleuvait le 2 mars de l'année dernière.", "2 mars", "2023-03-02", "9 Adar 5783"},
		{"Pioveva il 2 marzo dell'anno scorso.", "2 marzo", "2023-03-02", "9 Adar 5783"},
		{"Padało 2 marca ubiegłego roku.", "2 marca", "2023-03-02", "9 Adar 5783"},
		{"Pršelo 2. března loňského roku.", "2. března", "2023-03-02", "9 Adar 5783"},
		{"2 марта этого года шёл дождь.", "2 марта", "2024-03-02", "22 Adar I 5784"},
		{"Padało 2 marca tego roku.", "2 marca", "2024-03-02", "22 Adar I 5784"},
		{"Llovió el 2 de marzo de este año.", "2 de marzo", "2024-03-02", "22 Adar I 5784"},
		{"Це було 2 березня поточного року.", "2 березня", "2024-03-02", "22 Adar I 5784"},
		{"Встреча 2 марта следующего года.", "2 марта", "2025-03-02", "2 Adar 5785"},
		{"Nos vemos el 2 de marzo del próximo año.", "2 de marzo", "2025-03-02", "2 Adar 5785"},
		// A weekday and day with the month's name before an "of" of
		// prose: the year the weekday fits.
		{"Se reunió el martes 2 de marzo de la comunidad.", "martes 2 de marzo", "2021-03-02", "18 Adar 5781"},
	})
	// A fraction is still none: the month in digits before "of".
	for _, text := range []string{"lunes 3/4 de los miembros", "Monday, 3/4 of the members"} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, ref))
		})
	}
}
