package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestOccasionGlossBeforeYear: an occasion's name, a gloss in brackets,
// then the occasion's year: "Kort svar: Jom Kippur (eller Yom Kippur) 2017
// börjar vid solnedgången den 18 september" (a Swedish teacher's blog,
// the seventy-seventh held-out round) was read from "vid solnedgången"
// alone, as September 18, 2026, with only an info, and "Hanukkah
// (Chanukah) 2024 begins at sundown on December 25" as December 25, 2026:
// wrong days with nothing said. The year after the gloss is the
// occasion's, as it is after the name alone and before "for Hebrew Year";
// a gloss with digits in it, or a number after it that is no year, is
// not read so.
func TestOccasionGlossBeforeYear(t *testing.T) {
	ms := dateline.Find("Kort svar: Jom Kippur (eller Yom Kippur) 2017 börjar vid solnedgången den 18 september och håller på till nästföljande kväll.", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "2017-09-18", ms[0].Dateline.Time.Format(time.DateOnly))
	assert.Contains(t, ms[0].Input, "2017")
	assert.False(t, ms[0].OK(), "Yom Kippur 2017 began at sundown on September 29")
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Hanukkah (Chanukah) 2024 begins at sundown on December 25.",
			"Hanukkah (Chanukah) 2024 begins at sundown on December 25", "2024-12-25", "25 Kislev 5785"},
		{"Hanukkah (the Festival of Lights) 2024 begins at sundown on December 25.",
			"Hanukkah (the Festival of Lights) 2024 begins at sundown on December 25", "2024-12-25", "25 Kislev 5785"},
		{"Chanukka (Lichterfest) 2024 beginnt am 25. Dezember bei Sonnenuntergang.",
			"Chanukka (Lichterfest) 2024 beginnt am 25. Dezember bei Sonnenuntergang", "2024-12-25", "25 Kislev 5785"},
		{"Jom Kippur (försoningsdagen) 2017 börjar vid solnedgången den 29 september",
			"Jom Kippur (försoningsdagen) 2017 börjar vid solnedgången den 29 september", "2017-09-29", "10 Tishrei 5778"},
		{"Rosh Hashana (Jewish New Year) 5785 begins at sundown on October 2.",
			"Rosh Hashana (Jewish New Year) 5785 begins at sundown on October 2", "2024-10-02", "1 Tishrei 5785"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Pesach (Passover) 8 days of matzah", ""},
		{"Hanukkah (Chanukah) begins at sundown on December 25, 2024.", "2024-12-25"},
	})
}

// TestRelativeClauseYear: a relative clause that names a year, "som i
// 2017" (which in 2017), and holds the date after its verb: "Den årlige
// jødiske purimfesten feires de fleste steder på den fjortende dagen av
// måneden adar, som i 2017 faller på 12. mars." (a Norwegian church's
// Purim page, the seventy-seventh held-out round) was not found, as a
// date without a year in prose is taken only where its sentence names
// one, and "the 14th day of the month of Adar, which in 2017 falls on
// March 12" was March 12, 2027 with only an info: a wrong day. The clause
// may follow any words, with a comma or without; a date after the clause
// closes (a comma after its year), or more words than a verb and its
// preposition away, is not given its year.
func TestRelativeClauseYear(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Den årlige jødiske purimfesten feires de fleste steder på den fjortende dagen av måneden adar, som i 2017 faller på 12. mars.",
			"2017 faller på 12. mars", "2017-03-12", "14 Adar 5777"},
		{"the 14th day of the month of Adar, which in 2017 falls on March 12.", "2017 falls on March 12", "2017-03-12", "14 Adar 5777"},
		{"Purim which in 2017 falls on March 12.", "2017 falls on March 12", "2017-03-12", "14 Adar 5777"},
		{"festen som i 2017 faller på søndag 12. mars", "2017 faller på søndag 12. mars", "2017-03-12", "14 Adar 5777"},
		{"högtiden, som år 2017 infaller den 30 september", "2017 infaller den 30 september", "2017-09-30", "10 Tishrei 5778"},
		{"the feast that in 2018 fell on 1 March", "2018 fell on 1 March", "2018-03-01", "14 Adar 5778"},
	})
	// This year without its number: the reference's (see TestRelativeYearFindsDate).
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{{"festen, som i år faller på 12. mars.", "2026-03-12"}})
	for _, tc := range []struct {
		text string
		year int
	}{
		{"the feast, which in 2017 was a holiday, fell on 12 March.", 2017},
		{"The synagogue which in 1925 was consecrated burned on 4 July.", 1925},
	} {
		t.Run(tc.text, func(t *testing.T) {
			for _, m := range dateline.Find(tc.text, heldoutRef) {
				assert.NotEqual(t, tc.year, m.Dateline.Time.Year(), "the clause's year is not the main clause's: %q", m.Input)
			}
		})
	}
}
