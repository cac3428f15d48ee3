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
			"Chanukka (Lichterfest) 2024 beginnt am 25. Dezember", "2024-12-25", "25 Kislev 5785"},
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
