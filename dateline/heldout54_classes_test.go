package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestFestivalLocaleNames: a festival is read by its name in every
// locale of hebcal-go, as hebcal translates the festival itself and not
// only its days (the fifty-fourth held-out round): Portuguese "Chanucá"
// (hebcal's days are "Chanucá: 3 velas"), Dutch "Chanoeka" and "Soekot",
// Hungarian "Peszách" and "Szukkot", Romanian "Sucot", Russian "Пэсах".
// Before, "A celebração do Chanucá 2025 começa neste domingo, 14 de
// dezembro" read as the civil day alone, 24 Kislev, where the festival
// begins that evening; a festival beside a day it is not on is an error.
func TestFestivalLocaleNames(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkDayHebs(t, ref, []struct{ text, day, heb string }{
		{"Chanucá 5786", "2025-12-15", "25 Kislev 5786"},
		{"Chanoeka 5785", "2024-12-26", "25 Kislev 5785"},
		{"Soekot 5785", "2024-10-17", "15 Tishrei 5785"},
		{"Sucot 5784", "2023-09-30", "15 Tishrei 5784"},
		{"Szukkot, 2024. október 17.", "2024-10-17", "15 Tishrei 5785"},
		{"Peszách 5785", "2025-04-13", "15 Nisan 5785"},
		{"Пэсах 5785 года", "2025-04-13", "15 Nisan 5785"},
		// The verb that says it begins, and the evening's Hebrew date.
		{"A celebração do Chanucá 2025 começa neste domingo, 14 de dezembro", "2025-12-14", "25 Kislev 5786"},
		{"Chanoeka begint op woensdag 25 december 2024", "2024-12-25", "25 Kislev 5785"},
	})
	ms := dateline.Find("Chanoeka, 10 december 2024", ref)
	require.Len(t, ms, 1)
	assert.False(t, ms[0].OK(), "Chanukah is not on 10 December 2024")
	for _, s := range []string{
		"Tijdens Soekot eten we in de soeka.",
		"Sucot é uma festa de sete dias.",
		"A Peszách ünnepe nyolc napig tart.",
		"O Chanucá é a festa das luzes.",
	} {
		assert.Empty(t, dateline.Find(s, ref), s)
	}
}

// TestCommaBeforeRangeTo: a range's start set off by a comma, as a
// clause's apposition, before the word that says "to" and an end that is
// a whole date (the fifty-fourth held-out round's "Am Abend des 9.
// November, bis zum 10. November 1938"), in the languages whose word it
// is: bis, al, au, по, to; with a weekday on each end, the start takes the
// end's year. Before, the start was read alone in a year near the
// reference (9 November 2026, with an info), and the end as another
// dateline. Slavic до after such a comma says "before" as often, and
// joins nothing (TestHeldout38CommaEveningRange). After the comma a word
// that says "to" before no date (10 Uhr, 10 people, a verb) is prose: the
// start is read alone, as before.
func TestCommaBeforeRangeTo(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Am Abend des 9. November, bis zum 10. November 1938", "Am Abend des 9. November, bis zum 10. November 1938", "1938-11-09", "16 Cheshvan 5699"},
		{"Die Ausstellung lief vom 9. November, bis 10. November 1938.", "9. November, bis 10. November 1938.", "1938-11-09", "15 Cheshvan 5699"},
		{"del 9 de noviembre, al 10 de noviembre de 1938", "9 de noviembre, al 10 de noviembre de 1938", "1938-11-09", "15 Cheshvan 5699"},
		{"le 9 novembre, au 10 novembre 1938", "9 novembre, au 10 novembre 1938", "1938-11-09", "15 Cheshvan 5699"},
		{"9 ноября, по 10 ноября 1938 года", "9 ноября, по 10 ноября 1938 года", "1938-11-09", "15 Cheshvan 5699"},
		{"November 9, to November 10, 1938", "November 9, to November 10, 1938", "1938-11-09", "15 Cheshvan 5699"},
		{"Montag, 9. November, bis Freitag, 13. November 2020", "Montag, 9. November, bis Freitag, 13. November 2020", "2020-11-09", "22 Cheshvan 5781"},
		{"lunes 9 de noviembre, hasta el viernes 13 de noviembre de 2020", "lunes 9 de noviembre, hasta el viernes 13 de noviembre de 2020", "2020-11-09", "22 Cheshvan 5781"},
	})
	for _, tc := range []struct{ text, match string }{
		{"Am 9. November, bis 10 Uhr geöffnet", "9. November"},
		{"November 9, to 10 people", "November 9"},
		{"Sunday, March 2, to celebrate", "Sunday, March 2"},
		{"Monday, March 2, until Friday the shop is closed", "Monday, March 2"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End], "no range")
		})
	}
}

// TestNightOverTwoDays: a night over two days said with the words for
// "from" and "onto" (the fifty-fourth held-out round's "van 9 op 10
// november in 1938"): Dutch "van … op", German "vom … auf den", Russian
// and Ukrainian "с … на", "з … на", Polish "z … na". It is a range of the
// two days, whose first is the dateline's. Before, the first day was
// dropped and the second read as the date ("in der Nacht vom 9. auf den
// 10. November 1938" gave 10 November). The words join only the next day
// after the language's "from": "van 9 op 12 november" and "9 op 10
// punten" (nine out of ten) are no night. The words for "the night" before
// them say the first day's evening, whose Hebrew date is the second
// day's, 16 Cheshvan, the Kristallnacht's (see TestNightFromTo; this
// test wanted the first day's own, 15 Cheshvan, a day before the night).
func TestNightOverTwoDays(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"de nacht van 9 op 10 november 1938", "de nacht van 9 op 10 november 1938", "1938-11-09", "16 Cheshvan 5699"},
		{"in der Nacht vom 9. auf den 10. November 1938", "in der Nacht vom 9. auf den 10. November 1938", "1938-11-09", "16 Cheshvan 5699"},
		{"в ночь с 9 на 10 ноября 1938 года", "в ночь с 9 на 10 ноября 1938 года", "1938-11-09", "16 Cheshvan 5699"},
		{"у ніч з 9 на 10 листопада 1938 року", "у ніч з 9 на 10 листопада 1938 року", "1938-11-09", "16 Cheshvan 5699"},
		{"w nocy z 9 na 10 listopada 1938", "w nocy z 9 na 10 listopada 1938", "1938-11-09", "16 Cheshvan 5699"},
		{"van 24 op 25 december 2024", "24 op 25 december 2024", "2024-12-24", "23 Kislev 5785"},
	})
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"van 9 op 12 november 1938", "12 november 1938", "1938-11-12", "18 Cheshvan 5699"},
		{"Hij scoorde 9 op 10 punten op 5 november 2020", "5 november 2020", "2020-11-05", "18 Cheshvan 5781"},
		{"Es stand 9 auf 10 Punkte. Am 5. November 2020 war Schluss.", "5. November 2020", "2020-11-05", "18 Cheshvan 5781"},
	})
}

// TestInBeforeYear: "in" alone before a civil year that ends its clause,
// after a date without one (the fifty-fourth held-out round's "van 9 op
// 10 november in 1938", read as 10 November 2026): Dutch and English say
// a past year so. Before a word or another number the year is a count of
// things or goes on the sentence ("9 november in 2000 steden"), and the
// date is read alone, as before.
func TestInBeforeYear(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"van 9 op 10 november in 1938", "9 op 10 november in 1938", "1938-11-09", "15 Cheshvan 5699"},
		{"op 9 november in 1938, werden synagogen verwoest", "9 november in 1938", "1938-11-09", "15 Cheshvan 5699"},
		{"It happened on November 9 in 1938.", "November 9 in 1938", "1938-11-09", "15 Cheshvan 5699"},
	})
	for _, s := range []string{"Op 9 november in 2000 steden", "on November 9 in 1938 and in 1939"} {
		t.Run(s, func(t *testing.T) {
			ms := dateline.Find(s, ref)
			require.Len(t, ms, 1)
			assert.NotEqual(t, "1938", ms[0].Dateline.Time.Format("2006"), "in and a number that goes on the sentence")
			assert.NotEqual(t, "2000", ms[0].Dateline.Time.Format("2006"), "in and a number that goes on the sentence")
		})
	}
}

// TestCyrillicEndsJoin: a range with a verb on each end in Russian and
// Ukrainian, "and ends", "and will last until" (the fifty-fourth held-out
// round's "он начинается вечером 1 октября и завершается вечером 2
// октября"): Russian и and Ukrainian і before завершается, заканчивается,
// продлится до, триватиме до and their tenses, as endsPhrases has them
// in the other languages. Before, its two ends were two datelines. An
// "and" and a verb before no date are prose, and the date is read alone;
// Ukrainian і lists two days as и does.
func TestCyrillicEndsJoin(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"он начинается вечером 1 октября 2025 и завершается вечером 2 октября 2025",
			"вечером 1 октября 2025 и завершается вечером 2 октября 2025", "2025-10-01", "10 Tishrei 5786"},
		{"начинается 1 октября 2025 года и заканчивается 2 октября 2025 года",
			"1 октября 2025 года и заканчивается 2 октября 2025", "2025-10-01", "9 Tishrei 5786"},
		{"Песах начинается 12 апреля 2025 и продлится до 20 апреля 2025",
			"Песах начинается 12 апреля 2025 и продлится до 20 апреля 2025", "2025-04-12", "15 Nisan 5785"},
		{"Ханука почнеться 14 грудня 2025 року і триватиме до 22 грудня 2025 року",
			"Ханука почнеться 14 грудня 2025 року і триватиме до 22 грудня 2025", "2025-12-14", "25 Kislev 5786"},
		{"14 і 15 грудня 2025 року", "14 і 15 грудня 2025 року", "2025-12-14", "24 Kislev 5786"},
	})
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"14 декабря 2025 и закончится концерт", "14 декабря 2025", "2025-12-14", "24 Kislev 5786"},
		{"1 октября 2025 и завершается работа выставки", "1 октября 2025", "2025-10-01", "9 Tishrei 5786"},
		{"14 грудня 2025 року і ми пішли додому", "14 грудня 2025 року", "2025-12-14", "24 Kislev 5786"},
	})
}

// TestFrenchThatOfJoin: French's "to that of", à celle du or à celui du,
// joins a range whose end is named by its start's noun (the fifty-fourth
// held-out round's "de la soirée du mercredi 24 à celle du jeudi 25
// janvier", from the evening of Wednesday the 24th to that of Thursday
// the 25th), as au does. Before, the range's end was read as the date, 25
// January. Before no date the words are prose.
func TestFrenchThatOfJoin(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"de la soirée du mercredi 24 à celle du jeudi 25 janvier 2024", "mercredi 24 à celle du jeudi 25 janvier 2024", "2024-01-24", "14 Shevat 5784"},
		{"la soirée du 24 janvier 2024 à celle du 25 janvier 2024", "24 janvier 2024 à celle du 25 janvier 2024", "2024-01-24", "14 Shevat 5784"},
		{"Du soir du 6 à celui du 7 décembre 2023", "soir du 6 à celui du 7 décembre 2023", "2023-12-06", "24 Kislev 5784"},
	})
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"le 24 janvier 2024 à celle du maire", "24 janvier 2024", "2024-01-24", "14 Shevat 5784"},
	})
}

// TestRangeEndBracketedDate: a range's end whose weekday has its date in
// brackets after it, as the fifty-fourth held-out round's German line
// writes both ends ("... bis Samstagabend (12. Oktober)"): "Freitag, 11.
// Oktober 2024 bis Samstag (12. Oktober 2024)" is one range. Before, the
// end was a dateline of its own. A bracket after the end's weekday that
// holds no date ends the range's start alone. (A start written so, "am
// Freitag (11. Oktober 2024) bis ...", is still read as two datelines.)
func TestRangeEndBracketedDate(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Freitag, 11. Oktober 2024 bis Samstag (12. Oktober 2024)", "Freitag, 11. Oktober 2024 bis Samstag (12. Oktober 2024)", "2024-10-11", "9 Tishrei 5785"},
		{"vendredi 11 octobre 2024 au samedi (12 octobre 2024)", "vendredi 11 octobre 2024 au samedi (12 octobre 2024)", "2024-10-11", "9 Tishrei 5785"},
		{"Friday, October 11, 2024 to Saturday (October 12, 2024)", "Friday, October 11, 2024 to Saturday (October 12, 2024)", "2024-10-11", "9 Tishrei 5785"},
	})
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Freitag, 11. Oktober 2024 bis Samstag (abends)", "Freitag, 11. Oktober 2024", "2024-10-11", "9 Tishrei 5785"},
	})
}
