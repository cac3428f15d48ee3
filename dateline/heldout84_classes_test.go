package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout84DatePurpose: a clause of purpose after a date names the
// occasion whose day or eve the date is: "A comunidade judaica se reúne, a
// partir da quarta-feira, 20 de março, para iniciar as celebrações do
// Purim" (Revista News, the eighty-fourth held-out round) was read as the
// date alone, Wednesday, March 20, 2024 (10 Adar II 5784), the weekday's
// nearest year, with only an info: a silent wrong day, as Purim's eve on
// a Wednesday 20 March is 2019's. English's "to begin the celebrations
// of", and the other Romance languages' and Romanian's "para celebrar",
// "pour fêter", "per festeggiare", "pentru a sărbători" read the same.
func TestHeldout84DatePurpose(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"A comunidade judaica se reúne, a partir da quarta-feira, 20 de março, para iniciar as celebrações do Purim.",
			"quarta-feira, 20 de março, para iniciar as celebrações do Purim", "2019-03-20", "14 Adar II 5779"},
		{"The community gathers from Wednesday, March 20, to begin the celebrations of Purim.",
			"Wednesday, March 20, to begin the celebrations of Purim", "2019-03-20", "14 Adar II 5779"},
		{"On Thursday, March 21, to celebrate Purim, the school closes.",
			"Thursday, March 21, to celebrate Purim", "2019-03-21", "14 Adar II 5779"},
		{"El miércoles 20 de marzo, para celebrar Purim.", "miércoles 20 de marzo, para celebrar Purim", "2019-03-20", "14 Adar II 5779"},
		{"Mercredi 20 mars, pour fêter Pourim.", "Mercredi 20 mars, pour fêter Pourim", "2019-03-20", "14 Adar II 5779"},
		{"Mercoledì 20 marzo, per festeggiare Purim.", "Mercoledì 20 marzo, per festeggiare Purim", "2019-03-20", "14 Adar II 5779"},
		{"Dimecres 20 de març, per celebrar Purim.", "Dimecres 20 de març, per celebrar Purim", "2019-03-20", "14 Adar II 5779"},
		{"Miercuri, 20 martie, pentru a sărbători Purim.", "Miercuri, 20 martie, pentru a sărbători Purim", "2019-03-20", "14 Adar II 5779"},
		// "light" is no verb of the clause, but the occasion its
		// sentence names chooses the year of a date without one, as
		// the occasion's eve (TestFindSentenceOccasion).
		{"Sunday, December 14, to light the first candle of Hanukkah",
			"Sunday, December 14, to light the first candle of Hanukkah", "2025-12-14", "25 Kislev 5786"},
		{"Sunday, December 14, 2025, to usher in Hanukkah", "Sunday, December 14, 2025, to usher in Hanukkah",
			"2025-12-14", "25 Kislev 5786"}, // as "Sunday, December 14, 2025, Hanukkah" is read: its eve, the evening's date
	})
	// The eve is reported, as after "Wednesday, March 20, Purim".
	m := findOneOK(t, "The community gathers from Wednesday, March 20, to begin the celebrations of Purim.", heldoutRef)
	var afterSunset bool
	for _, p := range m.Problems {
		afterSunset = afterSunset || p.Code == dateline.CodeAfterSunset
	}
	assert.True(t, afterSunset, "%v", m.Problems)

	// No occasion after the clause, or another verb: the date alone, and
	// "to" still joins a range.
	for _, tc := range []struct{ text, match, day string }{
		{"On Wednesday, March 20, to begin the meeting, we met.", "Wednesday, March 20", "2024-03-20"},
		{"from March 20 to April 2, 2025", "March 20 to April 2, 2025", "2025-03-20"},
		{"March 20, 2025 to begin", "March 20, 2025", "2025-03-20"},
		{"Wednesday, March 20, 2024, to celebrate the team", "Wednesday, March 20, 2024", "2024-03-20"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format("2006-01-02"))
		})
	}
	// An occasion whose day the date is not: reported, not read as
	// another year's.
	ms := dateline.Find("Wednesday, March 20, to celebrate Hanukkah", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.False(t, ms[0].OK(), "%v", ms[0].Problems)
	}
}

// TestHeldout84YearAfterIn: the Romance languages' and Romanian's word for
// "in" before a civil year that ends the sentence or its clause, after a
// day and month, as English's "in" is read ("on November 9 in 1938,"):
// "O Hanukkah celebra-se a 7 de dezembro em 2015." (Portugal Paranormal,
// the eighty-fourth held-out round) was not found. Portuguese "em",
// Spanish, French and Catalan "en", Italian "nel", Romanian "în"; not
// before a count of things ("en 2000 ciudades") or a number that is no
// year.
func TestHeldout84YearAfterIn(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"O Hanukkah celebra-se a 7 de dezembro em 2015.", "7 de dezembro em 2015", "2015-12-07", "25 Kislev 5776"},
		{"La fiesta empezó el 7 de diciembre en 2015.", "7 de diciembre en 2015", "2015-12-07", "25 Kislev 5776"},
		{"La fête a commencé le 7 décembre en 2015, à Paris.", "7 décembre en 2015", "2015-12-07", "25 Kislev 5776"},
		{"La festa va començar el 7 de desembre en 2015.", "7 de desembre en 2015", "2015-12-07", "25 Kislev 5776"},
		{"La festa è iniziata il 7 dicembre nel 2015.", "7 dicembre nel 2015", "2015-12-07", "25 Kislev 5776"},
		{"Sărbătoarea a început pe 7 decembrie în 2015.", "7 decembrie în 2015", "2015-12-07", "25 Kislev 5776"},
		{"Expoziția s-a deschis pe 7 decembrie în 2015, la Iași.", "7 decembrie în 2015", "2015-12-07", "25 Kislev 5776"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"O festival chegou a 7 de dezembro em 2000 cidades.", ""},
		{"El 7 de diciembre en 2015 personas vinieron.", "2026-12-07"}, // its sentence's 2015, not read as its year, warned of
		{"A 7 de dezembro em 15 minutos.", ""},
	})
}

// TestHeldout84HourWithPart: an hour without minutes said with a part of
// the day after a word for "at", before the date or after it: "A
// proclamação do Estado de Israel foi feita pelo dirigente sionista Ben
// Gurion, às 4 da tarde de 14 de Maio de 1948, ..." (Avante!, the
// eighty-fourth held-out round) was read as the day alone, its 16:00
// dropped. English's "at 4 in the afternoon on", Spanish's "a las 4 de
// la tarde del", Italian's "alle 4 del pomeriggio del", Catalan's "a les
// 8 del vespre del" read the same, and Portuguese's "às 4 da tarde" after
// the date, as "a las" was read there. Without the word for "at", or with
// an hour the part of the day cannot hold, the date is read alone
// (right after the date an hour with its part is read without "at":
// see TestPartHourAfterDate).
func TestHeldout84HourWithPart(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"A proclamação do Estado de Israel foi feita pelo dirigente sionista Ben Gurion, às 4 da tarde de 14 de Maio de 1948, numa cerimónia realizada no Museu de Telavive.",
			"1948-05-14 16:00"},
		{"O ato começou às 9 da manhã de 14 de Maio de 1948.", "1948-05-14 09:00"},
		{"at 4 in the afternoon on 14 May 1948", "1948-05-14 16:00"},
		{"a las 4 de la tarde del 14 de mayo de 1948", "1948-05-14 16:00"},
		{"alle 4 del pomeriggio del 14 maggio 1948", "1948-05-14 16:00"},
		{"a les 8 del vespre del 14 de maig de 1948", "1948-05-14 20:00"},
		{"Sexta-feira, 14 de Maio de 1948, às 4 da tarde", "1948-05-14 16:00"},
		{"14 May 1948 at 9 in the evening", "1948-05-14 21:00"},
		// Right after the date, with no word for "at", the part of the
		// day still says the number is an hour (fixsilent52: it was
		// read as the day alone, the hour dropped with nothing said).
		{"14 de Maio de 1948, 4 da tarde", "1948-05-14 16:00"},
	})
	for _, tc := range []struct{ text, match string }{
		{"Chapter 4 in the afternoon session, 14 May 1948", "14 May 1948"},
		{"at 9 in the afternoon on 14 May 1948", "14 May 1948"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.False(t, m.Dateline.HasTime)
		})
	}
}

// TestHeldout84OccasionGlossDate: an occasion, its gloss set off by
// commas, then its date: "... que culmina com o Yom Kipur, o dia da
// Expiação, dia 14 de setembro, dia importante ..." (Nuno Canilho's blog,
// the eighty-fourth held-out round) was not found, and English's "Yom
// Kippur, the Day of Atonement, September 14" was read as the date alone,
// September 14, 2026 (3 Tishrei 5787), with only an info: a silent wrong
// day, where Yom Kippur on September 14 is 2013's. The gloss starts with
// an article of English or a Romance language and has at most five
// words; a relative clause ("Purim, that is a joyful day,", German's
// "Chanukka, das Lichterfest, am": see TestGermanRelativeDay), a second
// occasion ("Yom Kippur, Sukkot, September 14") or words that are no
// date after it leave the gloss out.
func TestHeldout84OccasionGlossDate(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"É um dia de introspecção, de julgamento, e o inicio de um período de meditação que culmina com o Yom Kipur, o dia da Expiação, dia 14 de setembro, dia importante muito importante do calendário judaico.",
			"Yom Kipur, o dia da Expiação, dia 14 de setembro", "2013-09-14", "10 Tishrei 5774"},
		{"Yom Kippur, the Day of Atonement, September 14", "Yom Kippur, the Day of Atonement, September 14", "2013-09-14", "10 Tishrei 5774"},
		{"Yom Kippur, the Day of Atonement, Saturday, September 14", "Yom Kippur, the Day of Atonement, Saturday, September 14", "2013-09-14", "10 Tishrei 5774"},
		{"Yom Kipur, el Día del Perdón, el 14 de septiembre", "Yom Kipur, el Día del Perdón, el 14 de septiembre", "2013-09-14", "10 Tishrei 5774"},
		{"Yom Kippour, le jour du Grand Pardon, le 14 septembre", "Yom Kippour, le jour du Grand Pardon, le 14 septembre", "2013-09-14", "10 Tishrei 5774"},
		{"Yom Kippur, the holiest day, 10 Tishrei 5774", "Yom Kippur, the holiest day, 10 Tishrei 5774", "2013-09-14", "10 Tishrei 5774"},
		{"Yom Kippur, the Day of Atonement, September 14, 2013", "Yom Kippur, the Day of Atonement, September 14, 2013", "2013-09-14", "10 Tishrei 5774"},
	})
	// Not a gloss: a second occasion is reported against the date, and
	// words that are no date leave the occasion alone.
	ms := dateline.Find("Yom Kippur, Sukkot, September 14", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.False(t, ms[0].OK(), "%v", ms[0].Problems)
	}
	for _, tc := range []struct{ text, match string }{
		{"Purim, that is a joyful day, March 24, 2024", "March 24, 2024"},
		{"Jom Kippur, der höchste Feiertag, am 12. Oktober 2024", "12. Oktober 2024"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
		})
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Yom Kippur, the Day of Atonement, two weeks later", ""},
		{"Pesach, the feast of freedom, comes soon.", ""},
	})
}
