package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout186SlavicDayWord: West Slavic's word for "on the day"
// (Polish "dnia", Czech "dne", Slovak "dňa") between the evening or a
// range's "from" or "until" and the day's number, as the Romance
// languages write "día" and "giorno": "W roku 2023, Chanuka zaczyna się
// wieczorem dnia 7 grudnia i trwa do wieczora dnia 15 grudnia."
// (infoTarnów, infotarnow.pl, the hundred-and-eighty-sixth held-out round,
// incoming line 2676) was two datelines, and "od dnia 6 do dnia 8
// września 2024" its end alone, the range's first day lost with nothing
// said; "wieczorem dnia 7 grudnia 2023" had the civil day's Hebrew date.
// The range gives its first day; the word before anything but a day's
// number ("do dnia dzisiejszego", to this day) joins nothing.
func TestHeldout186SlavicDayWord(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"W roku 2023, Chanuka zaczyna się wieczorem dnia 7 grudnia i trwa do wieczora dnia 15 grudnia.",
			"2023, Chanuka zaczyna się wieczorem dnia 7 grudnia i trwa do wieczora dnia 15 grudnia", "2023-12-07", "25 Kislev 5784"},
		{"Chanuka zaczyna się 14 grudnia 2025 i trwa do dnia 22 grudnia.",
			"Chanuka zaczyna się 14 grudnia 2025 i trwa do dnia 22 grudnia", "2025-12-14", "25 Kislev 5786"},
		{"Święto trwa od dnia 6 do dnia 8 września 2024.", "6 do dnia 8 września 2024", "2024-09-06", "3 Elul 5784"},
		{"Svátek začíná 18. prosince 2022 a trvá do dne 26. prosince.", "18. prosince 2022 a trvá do dne 26. prosince", "2022-12-18", "24 Kislev 5783"},
		{"Sviatok začína 24. decembra 2016 a potrvá do dňa 1. januára 2017.", "24. decembra 2016 a potrvá do dňa 1. januára 2017",
			"2016-12-24", "24 Kislev 5777"},
		{"Výstava potrvá od dne 18. do dne 26. prosince 2022", "18. do dne 26. prosince 2022", "2022-12-18", "24 Kislev 5783"},
		{"Program od dňa 18. do dňa 26. decembra 2022", "18. do dňa 26. decembra 2022", "2022-12-18", "24 Kislev 5783"},
		{"Zapraszamy wieczorem dnia 7 grudnia 2023.", "wieczorem dnia 7 grudnia 2023", "2023-12-07", "25 Kislev 5784"},
		{"Sejdeme se večer dne 18. prosince 2022", "večer dne 18. prosince 2022", "2022-12-18", "25 Kislev 5783"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		// The word before no day's number: the range's start alone.
		{"Wystawa trwa od 7 grudnia 2023 do dnia dzisiejszego.", "2023-12-07", "24 Kislev 5784"},
	})
	// A day out of its month after the word, or days with no month, stay
	// unread.
	checkUnread(t, heldoutRef, "od dnia 31 do dnia 35 września 2024", "wieczorem dnia 7 i do dnia 9")
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{{"wieczorem dnia 7 i do dnia 9", ""}})
}

// TestHeldout186SlavicYearBegins: Polish, Czech and Slovak say after a
// day that a Hebrew year begins on it, a verb of beginning before "rok"
// (year), "nowy rok żydowski", "nový židovský rok" and the year's number:
// "Tak więc wieczorem 29 września rozpocznie się rok 5769." (Kopalnia
// Wiedzy, kopalniawiedzy.pl, the hundred-and-eighty-sixth held-out round,
// incoming line 2677) was no date, its day having no civil year. As
// "a passagem para o ano de 5784", the words name Rosh Hashana of that
// year: its eve fixes the civil year, and a day that is neither its eve
// nor its first day is an error. A year that is not a Hebrew one ("rok
// 2024"), or none ("rok szkolny", the school year), names no occasion.
func TestHeldout186SlavicYearBegins(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Tak więc wieczorem 29 września rozpocznie się rok 5769.", "wieczorem 29 września rozpocznie się rok 5769",
			"2008-09-29", "1 Tishrei 5769"},
		{"wieczorem 15 września rozpoczyna się nowy rok żydowski 5784", "wieczorem 15 września rozpoczyna się nowy rok żydowski 5784",
			"2023-09-15", "1 Tishrei 5784"},
		{"Večer 28. septembra sa začína nový židovský rok 5772.", "Večer 28. septembra sa začína nový židovský rok 5772",
			"2011-09-28", "1 Tishrei 5772"},
		{"Večer 2. října začíná nový židovský rok 5785", "Večer 2. října začíná nový židovský rok 5785", "2024-10-02", "1 Tishrei 5785"},
	})
	for _, text := range []string{"wieczorem 29 września rozpocznie się rok 5770", "večer 16. září začíná nový židovský rok 5777"} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Contains(t, reportCodes(m.Report, dateline.Error), dateline.CodeOccasion)
		})
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"wieczorem 29 września rozpocznie się rok szkolny", ""},
		{"1 września rozpoczyna się rok 2024", ""},
	})
}

// TestHeldout186ThisYearAbbrev: Polish's, Czech's and Slovak's
// abbreviations of "of this year" right after a day and month, "br." and
// "b.r." (bieżącego roku), "t.r." and "t. r." (tohoto roku, tohto roku),
// and the words "bieżącego roku" and "tohoto roku" near it: "Duża grupa
// członków Klubu Seniora  zwiedzała  15 listopada br. Synagogę" (Rada
// Osiedla Ołtaszyn, osiedle.wroc.pl, the hundred-and-eighty-sixth
// held-out round, incoming line 2678) was no date. The year is the
// reference's, the page's date, with an info that names the words. Before
// a number "br." is South Slavic's "number" and names no year; a word that
// only starts so ("brak") is none.
func TestHeldout186ThisYearAbbrev(t *testing.T) {
	page := dateline.Reference(time.Date(2019, time.November, 20, 0, 0, 0, 0, time.UTC))
	checkDayOrNone(t, page, []struct{ text, day string }{
		{"Duża grupa członków Klubu Seniora  zwiedzała  15 listopada br. Synagogę „ Pod Białym Bocianem”", "2019-11-15"},
		{"Spotkanie odbędzie się 3 grudnia b.r. o godz. 17.", "2019-12-03"},
		{"Přednáška se koná 12. prosince t.r. v synagoze", "2019-12-12"},
		{"Prednáška bude 12. decembra t. r. v synagóge", "2019-12-12"},
		{"zwiedzała 15 listopada bieżącego roku synagogę", "2019-11-15"},
		{"15. studenoga br. 5", ""},
		{"15 listopada brak miejsc", ""},
	})
	m := oneMatch(t, "zwiedzała 15 listopada br. Synagogę", heldoutRef)
	assert.Equal(t, "2026-11-15", m.Dateline.Time.Format(time.DateOnly))
	assert.Contains(t, reportCodes(m.Report, dateline.Info), dateline.CodeYearInferred)
}

// TestHeldout186NameAmbiguousCustomKept: a month's name two languages
// give two months ("listopada": Polish's and Czech's November, Croatian's
// October), whose day says its language by its custom (no point after it
// in Polish, a point in Croatian), keeps that meaning without a year
// whatever the reference: "zwiedzała 15 listopada br. Synagogę" (Rada
// Osiedla Ołtaszyn, the hundred-and-eighty-sixth held-out round, incoming
// line 2678) was read on its page's year as October 15, the nearer to a
// reference of July, as was "W tym roku 15 listopada". Croatian's
// point keeps October.
func TestHeldout186NameAmbiguousCustomKept(t *testing.T) {
	for _, ref := range []time.Time{time.Date(2019, time.July, 1, 0, 0, 0, 0, time.UTC), time.Date(2019, time.December, 20, 0, 0, 0, 0, time.UTC)} {
		checkDayOrNone(t, dateline.Reference(ref), []struct{ text, day string }{
			{"zwiedzała 15 listopada br. Synagogę", "2019-11-15"},
			{"W tym roku 15 listopada zwiedzaliśmy synagogę.", "2019-11-15"},
			{"Ove godine 15. listopada posjetili smo sinagogu.", "2019-10-15"},
			{"u utorak, 15. listopada 2019.", "2019-10-15"},
		})
	}
}
