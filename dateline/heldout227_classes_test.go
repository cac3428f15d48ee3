package dateline_test

import (
	"testing"
)

// TestHeldout227HungarianEndingsRange: a Hungarian range said with case
// endings alone, its first day's ending for "from" (-tól, -től, and after
// the possessive vowel -étől, -ától, -jétől) and its last day's for
// "until" (-ig, -éig, -áig, -jéig), with the last day's month or
// without it: "augusztus 27-től szeptember 10-ig" (the Week of
// Synagogues, azuzlet.hu) and "augusztus 24-étől 26-áig" (Szombathely's
// Jewish courtyard, vaol.hu; the 227th held-out round) were no date, the
// first read alone up to the ending and the rest left over; and Find
// left "október 11-től 18-ig" out of free text, as a period's ends alone
// are no day. A start without an end that says "until" is no range, and
// a range that runs backwards none either.
func TestHeldout227HungarianEndingsRange(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"2023. augusztus 27-től szeptember 10-ig", "2023-08-27"},
		{"2023. augusztus 24-étől 26-áig", "2023-08-24"},
		{"2023. augusztus 24-től 26-ig", "2023-08-24"},
		{"2019. május 25-től május 27-ig", "2019-05-25"},
		{"2024. március 1-jétől március 3-áig", "2024-03-01"},
		{"2024. március 3-ától 5-éig", "2024-03-03"},
		{"2023. december 8-tól 15-ig", "2023-12-08"},
	})
	// The rows' own strings, their year the nearest fitting one.
	checkWholeInferred(t, heldoutRef, "augusztus 27-től szeptember 10-ig", "2026-08-27")
	checkWholeInferred(t, heldoutRef, "augusztus 24-étől 26-áig", "2026-08-24")
	checkWholeInferred(t, heldoutRef, "december 25-étől január 2-áig", "2026-12-25")
	// In free text the match runs to the range's end.
	checkRangeCases(t, []rangeCase{
		{"A programsorozat 2023. augusztus 27-től szeptember 10-ig tart.", "2023-08-27", "szeptember 10-ig"},
		{"A programok 2023. augusztus 24-étől 26-áig tartanak.", "2023-08-24", "26-áig"},
		{"Nyitva 2024. október 11-től 18-ig.", "2024-10-11", "18-ig"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"a programok augusztus 24-étől 26-áig tartanak", "2026-08-24", "11 Elul 5786"},
	})
	checkUnread(t, heldoutRef,
		"augusztus 27-től augusztus 10-ig",  // backwards
		"augusztus 27-től szeptember 10-én", // no "until"
		"augusztus 27-től 10 óráig",         // an hour, not a day
		"május 25-től június",               // no last day
	)
	// An ending alone is a period's end in free text, not its day.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Nyitva október 11-től.", ""},
		{"Nyitva október 18-ig.", ""},
	})
	// The endings are the layout's text, written after each day as read.
	checkDayLayouts(t, []struct{ text, day, layout string }{
		{"2023. augusztus 27-től szeptember 10-ig", "2023-08-27", "2006. január 2-től január 16-ig"},
		{"2023. augusztus 24-étől 26-áig", "2023-08-24", "2006. január 2-étől 4-áig"},
	})
}

// TestHeldout227HourWordInItsCase: the word for hour written out in the
// case its preposition takes, before the hour as Polish writes it,
// "od godziny 18.00" (from the hour), "o godzinie 18.00" (at the hour),
// and after it as Slovak does, "o 18.00 hodine", "o 18. hodine" (at the
// 18th hour, an ordinal with its point, as Slovenian's "ob 11. uri"):
// "w sobotę, 29 czerwca od godziny 18.00" (the Kraków Jewish Culture
// Festival's finale, welcometo.pl, the 227th held-out round) was no
// date, where "godz. 18.00" and "od 18.00" were read; so was "od godz.
// 18". The word says the number after or before it is an hour; without
// a number, or with one no hour is, the text stays unread.
func TestHeldout227HourWordInItsCase(t *testing.T) {
	checkWholeTimes(t, heldoutRef, []struct{ text, want string }{
		{"w sobotę, 29 czerwca 2019 od godziny 18.00", "2019-06-29 18:00"},
		{"29 czerwca 2019 o godzinie 18.00", "2019-06-29 18:00"},
		{"29 czerwca 2019 o godzinie 18", "2019-06-29 18:00"},
		{"29 czerwca 2019 od godz. 18", "2019-06-29 18:00"},
		{"29 czerwca 2019 od g. 18.00", "2019-06-29 18:00"},
		{"29 czerwca 2019 od godziny 18.00 do godziny 20.00", "2019-06-29 18:00"},
		{"v piatok 8. septembra 2023 o 18. hodine", "2023-09-08 18:00"},
		{"v piatok 8. septembra 2023 o 18.00 hodine", "2023-09-08 18:00"},
		{"8. septembra 2023 o 18 hodine", "2023-09-08 18:00"},
	})
	// The row's own string: its weekday fits 2024 nearest the reference
	// (the page's year is 2019).
	checkWholeInferred(t, heldoutRef, "w sobotę, 29 czerwca od godziny 18.00", "2024-06-29 18:00")
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"Finałem festiwalu będzie koncert – w sobotę, 29 czerwca 2019 od godziny 18.00.", "2019-06-29 18:00"},
		{"Spotkanie odbędzie się 12 marca 2024 r. o godzinie 17.00 w synagodze.", "2024-03-12 17:00"},
		{"Stretnutie bude v piatok 8. septembra 2023 o 18. hodine v synagóge.", "2023-09-08 18:00"},
	})
	checkUnread(t, heldoutRef,
		"29 czerwca 2019 od godziny",       // no hour
		"29 czerwca 2019 o godzinie",       // no hour
		"29 czerwca 2019 od godziny 25.00", // no hour of the day
		"29 czerwca 2019 od godziny 2019",  // a year, not an hour
		"8. septembra 2023 o 25. hodine",   // no hour of the day
		"8. septembra 2023 o 18.",          // no word for hour: no ordinal hour
	)
	checkDayLayouts(t, []struct{ text, day, layout string }{
		{"29 czerwca 2019 od godziny 18.00", "2019-06-29", "2 stycznia 2006 od godziny 15.04"},
		{"8. septembra 2023 o 18. hodine", "2023-09-08", "2. januára 2006 o 15. hodine"},
	})
}

// TestHeldout227CzechSlovakDayWord: Czech's and Slovak's word for "on the
// day" before a date, "dne" and "dňa", and for "in the days" before a
// range, "ve dnech" and "v dňoch", as Polish's "dnia" and "w dniach" were
// read: "dne 4. prosince 2023" and "v dňoch 7. – 15. decembra 2023" were
// no date (probing the 227th held-out round's languages, whose pages
// write them before a date in most official notices). Free text found
// the date after them, and still does; the word alone, or before a day
// without its month, is no date.
func TestHeldout227CzechSlovakDayWord(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"dne 4. prosince 2023", "2023-12-04"},
		{"Dne 4. prosince 2023 v 17 hodin", "2023-12-04"},
		{"dňa 4. decembra 2023", "2023-12-04"},
		{"Dňa 4. decembra 2023 o 17.00 hod.", "2023-12-04"},
		{"ve dnech 7.–15. prosince 2023", "2023-12-07"},
		{"v dňoch 7. – 15. decembra 2023", "2023-12-07"},
	})
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Pietní akt se uskuteční dne 4. prosince 2023 u pomníku.", "2023-12-04"},
		{"Podujatie sa konalo dňa 4. decembra 2023 v synagóge.", "2023-12-04"},
	})
	checkUnread(t, heldoutRef,
		"dne",
		"dne 4.",
		"dnech 7.–15.",
	)
	checkDayLayouts(t, []struct{ text, day, layout string }{
		{"dne 4. prosince 2023", "2023-12-04", "dne 2. ledna 2006"},
		{"v dňoch 7. – 15. decembra 2023", "2023-12-07", "v dňoch 2. – 10. januára 2006"},
	})
}

// TestHeldout227HungarianBetween: Hungarian's "között" (between) after a
// range's or a pair's last day, as Hungarian puts the word after the two
// ends where other languages put it before them: "Augusztus 24–27.
// között Debrecenben" (Magyar Nemzet's programme of Debrecen's Jewish
// street festival, the 227th held-out round) was no date, and "2023.
// december 7. és 15. között" none either, the word left over. It makes
// the range a date in free text, as a case ending for "on" does a day;
// after one day it says nothing, and the text stays unread.
func TestHeldout227HungarianBetween(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"2023. december 7. és 15. között", "2023-12-07"},
		{"2023. augusztus 24–27. között", "2023-08-24"},
		{"2023. december 7.–15. között", "2023-12-07"},
		{"2018. június 7. és 10. között", "2018-06-07"},
	})
	checkWholeInferred(t, heldoutRef, "Augusztus 24–27. között", "2026-08-24")
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"A fesztivál 2023. december 7. és 15. között lesz.", "2023. december 7. és 15. között", "2023-12-07", "24 Kislev 5784"},
		{"Augusztus 24–27. között Debrecenben a Pásti utcában", "Augusztus 24–27. között", "2026-08-24", "11 Elul 5786"},
	})
	checkUnread(t, heldoutRef,
		"2023. december 7. között",           // one day: no range between
		"2023. december 7. és 15. között és", // words after it
	)
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Augusztus 24–27. Debrecenben", ""}, // no year, no word that makes it a date
	})
}
