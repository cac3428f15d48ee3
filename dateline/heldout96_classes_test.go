package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout96FrenchNightfallAndUntil: French's nightfall after a date,
// "à la tombée de la nuit" (at nightfall), "à la nuit tombée", "à la
// tombée du jour", names the day's evening as "au soir" and "au coucher
// du soleil" did; and "et jusqu'à" or "et jusqu'au" (and until) joins a
// range's end to its start as "jusqu'au" alone did. "Cette année : Mardi
// 30 janvier 2018 à la tombée de la nuit et jusqu’à Mercredi 31 janvier
// 2018 toute la journée" (Génération Breslev, Tu BiShvat, the
// ninety-sixth held-out round) was read as two datelines, and so as none.
// A start without its year takes the end's, as after "jusqu'au". What is
// not a day after "et jusqu'à" (an hour, "nouvel ordre") joins nothing,
// and an end before its start is no range.
func TestHeldout96FrenchNightfallAndUntil(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Cette année : Mardi 30 janvier 2018 à la tombée de la nuit et jusqu’à Mercredi 31 janvier 2018 toute la journée",
			"Mardi 30 janvier 2018 à la tombée de la nuit et jusqu’à Mercredi 31 janvier 2018", "2018-01-30", "15 Shevat 5778"},
		{"Mardi 30 janvier 2018 à la tombée de la nuit", "Mardi 30 janvier 2018 à la tombée de la nuit", "2018-01-30", "15 Shevat 5778"},
		{"Mardi 30 janvier 2018 à la tombée de la nuit, nous allumerons", "Mardi 30 janvier 2018 à la tombée de la nuit", "2018-01-30", "15 Shevat 5778"},
		{"Mardi 30 janvier 2018 à la nuit tombée et jusqu'au mercredi 31 janvier 2018",
			"Mardi 30 janvier 2018 à la nuit tombée et jusqu'au mercredi 31 janvier 2018", "2018-01-30", "15 Shevat 5778"},
		{"samedi 12 avril 2025 à la tombée du jour", "samedi 12 avril 2025 à la tombée du jour", "2025-04-12", "15 Nisan 5785"},
		{"mardi 30 janvier 2018 et jusqu’au mercredi 31 janvier 2018",
			"mardi 30 janvier 2018 et jusqu’au mercredi 31 janvier 2018", "2018-01-30", "14 Shevat 5778"},
		{"Mardi 30 janvier 2018 au soir et jusqu’au mercredi 31 janvier 2018",
			"Mardi 30 janvier 2018 au soir et jusqu’au mercredi 31 janvier 2018", "2018-01-30", "15 Shevat 5778"},
		// The start without its year, which takes the end's.
		{"du mardi 30 janvier à la tombée de la nuit et jusqu'au jeudi 1er février 2018",
			"mardi 30 janvier à la tombée de la nuit et jusqu'au jeudi 1er février 2018", "2018-01-30", "15 Shevat 5778"},
		{"du mardi 30 janvier au soir et jusqu'au jeudi 1er février 2018",
			"mardi 30 janvier au soir et jusqu'au jeudi 1er février 2018", "2018-01-30", "15 Shevat 5778"},
		{"le 30 janvier et jusqu’au 2 février 2018", "30 janvier et jusqu’au 2 février 2018", "2018-01-30", "14 Shevat 5778"},
		// No day after "et jusqu'à": the start alone, as before.
		{"le 30 janvier 2018 et jusqu’à 18h", "30 janvier 2018", "2018-01-30", "14 Shevat 5778"},
		{"le 30 janvier 2018 et jusqu’à nouvel ordre", "30 janvier 2018", "2018-01-30", "14 Shevat 5778"},
		// Without "à", the nightfall is prose, and the day the civil one.
		{"Le 30 janvier 2018, la nuit tombée, nous allumerons", "30 janvier 2018", "2018-01-30", "14 Shevat 5778"},
	})
	// An end before its start is no range: two datelines, each its own day.
	ms := dateline.Find("le 30 janvier 2018 à la tombée de la nuit et jusqu’au 2 janvier 2018", heldoutRef)
	if assert.Len(t, ms, 2) {
		assert.Equal(t, "2018-01-30", ms[0].Dateline.Time.Format(time.DateOnly))
		assert.Equal(t, "2018-01-02", ms[1].Dateline.Time.Format(time.DateOnly))
	}
}

// TestHeldout96RussianFirstCandle: Russian's first Chanukah candle named
// by the adjective, "первую ханукальную свечу" (and its nominative and
// genitive), is hebcal's "Chanukah: 1 Candle", 24 Kislev, at whose
// sunset it is lit, and picks the year of a date without one: "В среду, 1
// декабря, зажгут первую ханукальную свечу", a made-up variant of
// Segodnya's line in the ninety-sixth held-out round, was read as 2021's
// 1 December, the most recent Wednesday, with only an info, where only
// 2010's was Chanukah's eve. The adjective alone, "ханукальные свечи",
// names every night's candles and no day: the most recent Wednesday 1
// December, 2021 (a night of Chanukah too), as before.
func TestHeldout96RussianFirstCandle(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"В среду, 1 декабря, зажгут первую ханукальную свечу.", "2010-12-01", "24 Kislev 5771"},
		{"Первую ханукальную свечу зажгут в среду, 1 декабря.", "2010-12-01", "24 Kislev 5771"},
		{"Первая ханукальная свеча: среда, 1 декабря", "2010-12-01", "24 Kislev 5771"},
		{"В воскресенье, 14 декабря, зажгут первую ханукальную свечу.", "2025-12-14", "24 Kislev 5786"},
		{"В воскресенье, 14 декабря, зажжение первой ханукальной свечи.", "2025-12-14", "24 Kislev 5786"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"В среду, 1 декабря, с наступлением сумерек еврейские общины зажгут ханукальные свечи.", "2021-12-01"},
		{"В среду, 1 декабря 2010 года, зажгут первую ханукальную свечу.", "2010-12-01"},
	})
}
