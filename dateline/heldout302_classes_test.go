package dateline_test

import (
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout302SlavicEve: the eve of an occasion named in a Slavic
// language, a noun or an adverb with the occasion's name in the genitive
// after it and no word for "of": Russian "канун" and "накануне",
// Ukrainian "напередодні" and "переддень", Belarusian "напярэдадні",
// Polish "przeddzień", and Bulgarian's "навечерието на", with "на" (of)
// before the name, as Bulgarian has no genitive. "В канун Хануки, 27 ноября, на площади Революции
// зажжется ... менора" (m24.ru, the 302nd held-out round) was read as
// Hanukkah's own day, 25 Kislev 5774 from the evening of 27 November 2013,
// where the words say 27 November is the eve, 24 Kislev, as "Eve of
// Hanukkah, November 27" is read. A date that is not the eve is now
// reported; before a weekday the words name the day before it; before no
// occasion the date is read alone, as before.
func TestHeldout302SlavicEve(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"В канун Хануки, 27 ноября, на площади Революции зажжется гигантский ритуальный восьмисвечник - менора.", "канун Хануки, 27 ноября", "2013-11-27", "24 Kislev 5774"},
		{"В канун Хануки, 27 ноября 2013 года, на площади зажгут менору.", "канун Хануки, 27 ноября 2013 года", "2013-11-27", "24 Kislev 5774"},
		{"накануне Песаха, 22 апреля 2024 года", "накануне Песаха, 22 апреля 2024 года", "2024-04-22", "14 Nisan 5784"},
		{"Накануне Йом Кипура, 11 октября 2024 года, в синагоге", "Накануне Йом Кипура, 11 октября 2024 года", "2024-10-11", "9 Tishrei 5785"},
		{"напередодні Хануки, 7 грудня 2023 року", "напередодні Хануки, 7 грудня 2023 року", "2023-12-07", "24 Kislev 5784"},
		{"У переддень Песаху, 22 квітня 2024 року", "переддень Песаху, 22 квітня 2024 року", "2024-04-22", "14 Nisan 5784"},
		{"напярэдадні Ханукі, 7 снежня 2023 года", "напярэдадні Ханукі, 7 снежня 2023 года", "2023-12-07", "24 Kislev 5784"},
		{"w przeddzień Jom Kipur, 11 października 2024 r.", "przeddzień Jom Kipur, 11 października 2024 r.", "2024-10-11", "9 Tishrei 5785"},
		{"в навечерието на Ханука, 7 декември 2023 г.", "навечерието на Ханука, 7 декември 2023 г.", "2023-12-07", "24 Kislev 5784"},
		{"В навечерието на Песах, 22 април 2024 г., в синагогата", "навечерието на Песах, 22 април 2024 г.", "2024-04-22", "14 Nisan 5784"},
		{"накануне субботы, 3 мая 2024 года", "накануне субботы, 3 мая 2024 года", "2024-05-03", "25 Nisan 5784"},
		// No occasion after the word: the date alone.
		{"В канун Нового года, 31 декабря 2023 года", "31 декабря 2023 года", "2023-12-31", "19 Tevet 5784"},
		{"накануне выборов, 27 ноября 2013 года", "27 ноября 2013 года", "2013-11-27", "24 Kislev 5774"},
		{"в навечерието на изборите, 7 декември 2023 г.", "7 декември 2023 г.", "2023-12-07", "24 Kislev 5784"},
	})
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"канун Хануки, 27 ноября 2013 года", "2013-11-27", "24 Kislev 5774"},
		{"Накануне Песаха, 22 апреля 2024 года", "2024-04-22", "14 Nisan 5784"},
	})
	for _, text := range []string{"накануне Песаха, 23 апреля 2024 года", "напередодні Хануки, 8 грудня 2023 року"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			assert.False(t, rep.OK(), "%q: the date is not the occasion's eve", text)
		})
	}
}

// TestHeldout302GluedYearWord: the word for "year" glued to a year of four
// digits. Polish's "r." (roku), lower case, with its point or without:
// "07 luty 2015r. spotykamy się" (a Gdańsk PTTK trip report), "zmarły 6
// grudnia 1806r." and "zmarłej 8 września 1807r, widoczny" (a Warsaw blog,
// the 302nd held-out round) were not read at all, where "2005г." was; and
// any of these words after a numeric date ("05.05.2019г.", "13.12.2023г.",
// "5.05.2019r."), which was no date either. A capital R or another word
// glued to the digits still makes them no year.
func TestHeldout302GluedYearWord(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		// With the hour its sentence gives after godz. (see
		// TestSentenceClockCutHourWord).
		{"07 luty 2015r. spotykamy się  o godz. 10.30 przy wrzeszczańskim Manhattanie", "07 luty 2015r. spotykamy się  o godz. 10.30", "2015-02-07", "18 Shevat 5775"},
		{"Pierwszą oficjalnie pochowaną tu osobą był Nachum, syn Nachuma z Siemiatycz zmarły 6 grudnia 1806r.", "6 grudnia 1806r.", "1806-12-06", "25 Kislev 5567"},
		{"grób Sary, córki Eliezera zmarłej 8 września 1807r, widoczny poniżej.", "8 września 1807r", "1807-09-08", "5 Elul 5567"},
		{"dnia 5.05.2019r.", "5.05.2019r.", "2019-05-05", "30 Nisan 5779"},
		{"Обновление от 13.12.2023г.", "13.12.2023г.", "2023-12-13", "1 Tevet 5784"},
	})
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"Spotkanie 12 marca 2024r. o godz. 18:00", "2024-03-12 18:00"},
		{"05.05.2019р. о 10:00", "2019-05-05 10:00"},
	})
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"6 grudnia 1806r.", "1806-12-06", "25 Kislev 5567"},
		{"5.05.2019г.", "2019-05-05", "30 Nisan 5779"},
		{"12 marca 2024r.", "2024-03-12", "2 Adar II 5784"},
	})
	checkUnread(t, heldoutRef, "6 grudnia 1806R.", "6 grudnia 1806rok", "5.05.2019rok", "5.05.19г.")
}

// TestHeldout302AdarByOccasion: a bare Adar in a leap year beside the
// name of an occasion that falls on that day of one Adar: the name says
// which, as a weekday does. "Пурим 14 – 15 Адара 5771/ 2011" (a Chabad
// page's title, the 302nd held-out round) and "Purim 14 Adar 5784" were
// warned that nothing in the dateline said which Adar, though Purim is
// Adar II's, Purim Katan Adar I's; the warning is now an info that the
// occasion shows it. A day that is not the occasion's, an Adar without
// one, and a Rosh Chodesh Adar named bare are still warned of.
func TestHeldout302AdarByOccasion(t *testing.T) {
	for _, tc := range []struct {
		text, day, heb string
		warn           bool
	}{
		{"Пурим 14 – 15 Адара 5771/ 2011", "2011-03-20", "14 Adar II 5771", false},
		{"Purim 14 Adar 5784", "2024-03-24", "14 Adar II 5784", false},
		{"Purim, 14 Adar 5784", "2024-03-24", "14 Adar II 5784", false},
		{"Shushan Purim 15 Adar 5784", "2024-03-25", "15 Adar II 5784", false},
		{"Purim Katan 14 Adar 5784", "2024-02-23", "14 Adar I 5784", false},
		{"14 Adar 5784", "2024-03-24", "14 Adar II 5784", true},
		{"Rosh Chodesh Adar, 1 Adar 5784", "2024-03-11", "1 Adar II 5784", true},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
			assert.Equal(t, tc.warn, slices.Contains(reportCodes(rep, dateline.Warning), dateline.CodeAdarAmbiguous))
			if !tc.warn {
				assert.Contains(t, reportCodes(rep, dateline.Info), dateline.CodeAdarAmbiguous)
			}
		})
	}
	rep := dateline.Check("Purim 15 Adar 5784", heldoutRef)
	assert.False(t, rep.OK(), "15 Adar II is not Purim's day")
}
