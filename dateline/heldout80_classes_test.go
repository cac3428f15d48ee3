package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestYearAfterOccasionVerb: an occasion, its gloss or not, a verb phrase
// ("will be celebrated", "is observed", Dutch "wordt"), then a year's lead
// and the year right before the date that names none: "Hanukkah, the
// Jewish Festival of Lights, will be celebrated in 2019 from sundown
// December 22 to sundown December 30" (MarCam Designs, the eightieth
// held-out round) was read as December 22, 2026 with only an info, a
// silent wrong day. The year heads the date only where at most two words
// in lower case come between; a gloss's own year, a comma after a word
// between it and the date, is no date's year.
func TestYearAfterOccasionVerb(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Hanukkah, the Jewish Festival of Lights, will be celebrated in 2019 from sundown December 22 to sundown December 30.", "2019-12-22"},
		{"Hanukkah will be celebrated in 2019 from December 22 to December 30.", "2019-12-22"},
		{"Hanukkah is observed in 2019 on December 22.", "2019-12-22"},
		{"Passover will be observed in 2025 starting April 12.", "2025-04-12"},
		{"Chanoeka wordt in 2019 gevierd van 22 tot 30 december.", "2019-12-22"},
		{"Pesach, the Jewish Passover, in 2018, is from March 30 to April 7.", "2018-03-30"},
	})
	ms := dateline.Find("Hanukkah, the Jewish Festival of Lights, will be celebrated in 2019 from sundown December 22 to sundown December 30.", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "25 Kislev 5780", ms[0].Dateline.Hebrew.String(), "the evening of December 22, 2019")
	for _, text := range []string{
		"Passover, first celebrated in 1949 in Israel, begins on April 12.",
		"Hanukkah is celebrated in 2019 in many homes on December 22.",
		"We moved in 2019 from Boston on December 22.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, heldoutRef) {
				assert.NotContains(t, []int{1949, 2019}, m.Dateline.Time.Year(), "%q", m.Input)
			}
		})
	}
}
