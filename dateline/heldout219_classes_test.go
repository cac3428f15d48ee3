package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout219SharedWeekdayAbbreviation: a weekday's abbreviation that
// two languages write for the same day, the tables' for one (French's
// ven. and mer.) and CLDR's for the other (Italian's ven and mer), before
// a month of the other: "Iscritto il: ven ago 31, 2007 08:51" (Edilclima's
// forum, the two-hundred-and-nineteenth held-out round) was read from the
// month on, without its weekday, and "Ven 7 Dic 2018" was no date of
// Find's, the weekday counted as French's alone and the month Italian's.
// Both languages now say the dateline's. A weekday the date does not
// fall on is still an error, and a French month still reads with it.
func TestHeldout219SharedWeekdayAbbreviation(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Iscritto il: ven ago 31, 2007 08:51", "ven ago 31, 2007 08:51", "2007-08-31", "17 Elul 5767"},
		{"Ven 7 Dic 2018", "Ven 7 Dic 2018", "2018-12-07", "29 Kislev 5779"},
		{"ven 7 dic 2018", "ven 7 dic 2018", "2018-12-07", "29 Kislev 5779"},
		{"Ven Dic 07, 2018 14:58", "Ven Dic 07, 2018 14:58", "2018-12-07", "29 Kislev 5779"},
		{"Mer 4 Dic 2024", "Mer 4 Dic 2024", "2024-12-04", "3 Kislev 5785"},
		{"mer. 4 dicembre 2024", "mer. 4 dicembre 2024", "2024-12-04", "3 Kislev 5785"},
		{"Messaggio da silvs » Mer Dic 05, 2018 14:58", "Mer Dic 05, 2018 14:58", "2018-12-05", "27 Kislev 5779"},
		{"ven. 7 déc. 2018", "ven. 7 déc. 2018", "2018-12-07", "29 Kislev 5779"},
		{"Ven 7 Déc 2018", "Ven 7 Déc 2018", "2018-12-07", "29 Kislev 5779"},
	})
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"Iscritto il: ven ago 31, 2007 08:51", "2007-08-31 08:51"},
		{"Ven Dic 07, 2018 14:58", "2018-12-07 14:58"},
	})
	// Another day than the date's: the weekday is read, and said wrong.
	for _, text := range []string{"Ven 8 Dic 2018", "mer 5 dic 2024"} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.False(t, m.OK(), text)
			assert.Equal(t, 0, m.Start, text)
		})
	}
}

// TestHeldout219WeekdayNextLast: a weekday with the word for "next" or
// "last" after it, in the weekday's gender, before the date it is the
// weekday of, as the Romance languages write it: "Domenica prossima, 6
// settembre" (Insider Trend, the two-hundred-and-nineteenth held-out
// round: next Sunday, 6 September) was no date, the weekday alone
// read. The date says the day; the word is read as a separator, and a
// weekday the date does not fall on is still an error. Without a day
// and month after it, the word is prose and the text stays unread.
func TestHeldout219WeekdayNextLast(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Domenica prossima, 6 settembre 2020", "2020-09-06"},
		{"domenica prossima 6 settembre 2020", "2020-09-06"},
		{"sabato scorso, 5 settembre 2020", "2020-09-05"},
		{"lunedì prossimo, 7 settembre 2020", "2020-09-07"},
		{"dimanche prochain, 6 septembre 2020", "2020-09-06"},
		{"dimanche dernier 6 septembre 2020", "2020-09-06"},
		{"domingo próximo, 6 de septiembre de 2020", "2020-09-06"},
		{"domingo passado, 6 de setembro de 2020", "2020-09-06"},
		{"diumenge vinent, 6 de setembre de 2020", "2020-09-06"},
	})
	checkWholeInferred(t, heldoutRef, "Domenica prossima, 6 settembre", "2026-09-06")
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Domenica prossima, 6 settembre 2020, avranno luogo le manifestazioni", "Domenica prossima, 6 settembre 2020", "2020-09-06", "17 Elul 5780"},
		{"Ci vediamo sabato prossimo, 12 settembre 2020.", "sabato prossimo, 12 settembre 2020", "2020-09-12", "23 Elul 5780"},
	})
	checkUnread(t, heldoutRef,
		"Domenica prossima",
		"domenica prossima alle 18",
		"domenica prossima 6 volte",
		"domenica prossima, 6",
	)
	rep := dateline.Check("Domenica prossima, 7 settembre 2020", heldoutRef)
	assert.False(t, rep.OK())
}

// TestHeldout219HourBeforeDate: Italian's hour said with its word before
// the date it is the hour of, "di", "del" or "della" (of) between: "entro
// le ore 12 di venerdì 16 settembre" (the Comune di Venezia's news, the
// two-hundred-and-nineteenth held-out round: by 12 o'clock of Friday 16
// September) was read without its time, as "alle ore 18 del 16
// settembre" and "alle 20.30 di sabato 5 aprile" were. The hour is of
// the 24-hour clock; without a weekday or a day and month after "di",
// the words are a part of the day or prose, and no time is read.
func TestHeldout219HourBeforeDate(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"entro le ore 12 di venerdì 16 settembre 2022", "2022-09-16 12:00"},
		{"è indispensabile la prenotazione entro le ore 12 di venerdì 16 settembre 2022, scrivendo", "2022-09-16 12:00"},
		{"alle ore 18 del 16 settembre 2022", "2022-09-16 18:00"},
		{"alle 20.30 di sabato 5 aprile 2025", "2025-04-05 20:30"},
		{"ore 9:15 di lunedì 7 aprile 2025", "2025-04-07 09:15"},
		{"alle ore 21 della domenica 6 aprile 2025", "2025-04-06 21:00"},
	})
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"ore 12 di venerdì 16 settembre 2022", "2022-09-16"},
		{"alle 18 del 16 settembre 2022", "2022-09-16"},
	})
	checkWholeInferred(t, heldoutRef, "ore 12 di venerdì 16 settembre", "2022-09-16 12:00")
	// No hour of the clock, or no date after "di": no time read.
	checkUnread(t, heldoutRef,
		"alle 9 di sera",
		"ore 12 di lavoro",
		"alle 25 di venerdì 16 settembre 2022",
		"alle 18.75 di venerdì 16 settembre 2022",
		"ore 12 venerdì",
	)
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"ore 12 di lavoro, 16 settembre 2022", "16 settembre 2022", "2022-09-16", "20 Elul 5782"},
	})
	rep := dateline.Check("ore 12 di sabato 16 settembre 2022", heldoutRef)
	assert.False(t, rep.OK())
}

// TestHeldout219NextLineHour: in a list of one date a line, a line that
// starts with an hour said with its word and then a date of its own
// ("ore 12 venerdì 23 settembre 2022") gave its hour to the date on the
// line before, which the scan reads across a single line break as a
// dateline may wrap its time: the line before was read at 12:00, a time
// it does not say. The hour is that line's, and the date before keeps
// none; an hour alone on the next line is still the date's.
func TestHeldout219NextLineHour(t *testing.T) {
	ms := dateline.Find("venerdì 16 settembre 2022\nore 12 venerdì 23 settembre 2022", heldoutRef)
	if assert.Len(t, ms, 2) {
		assert.False(t, ms[0].Dateline.HasTime)
		assert.Equal(t, "2022-09-16", ms[0].Dateline.Time.Format("2006-01-02"))
		assert.Equal(t, "2022-09-23", ms[1].Dateline.Time.Format("2006-01-02"))
	}
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"venerdì 16 settembre 2022\nore 12", "2022-09-16 12:00"},
		{"venerdì 16 settembre 2022 ore 12", "2022-09-16 12:00"},
	})
}
