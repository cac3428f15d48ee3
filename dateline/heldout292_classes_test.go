package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout292GoUntil: English's "go" joins a range's two ends with
// "until" or "through" after it, as "lasts until" and "runs through"
// do: "This year 2022, Rosh Hashanah will begin at sundown on Sunday,
// September 25th, and go until sundown on Tuesday, September 27th." (The
// New Dispatch, seen by the two hundred and ninety-second held-out round)
// was two datelines, its start and its end; "and goes through", "and
// going until", "and it goes until". "Go on" is a day to go somewhere,
// and a "go" before no day joins nothing: the dates stay apart.
func TestHeldout292GoUntil(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"This year 2022, Rosh Hashanah will begin at sundown on Sunday, September 25th, and go until sundown on Tuesday, September 27th.",
			"2022, Rosh Hashanah will begin at sundown on Sunday, September 25th, and go until sundown on Tuesday, September 27th",
			"2022-09-25", "1 Tishrei 5783"},
		{"Hanukkah begins at sundown on Thursday, December 7, 2023 and goes through Friday, December 15, 2023.",
			"Hanukkah begins at sundown on Thursday, December 7, 2023 and goes through Friday, December 15, 2023",
			"2023-12-07", "25 Kislev 5784"},
		{"Passover begins April 22, 2024 and going until April 30.",
			"Passover begins April 22, 2024 and going until April 30", "2024-04-22", "15 Nisan 5784"},
		{"Sukkot starts on the evening of September 29, 2023, and it goes until October 6, 2023.",
			"Sukkot starts on the evening of September 29, 2023, and it goes until October 6, 2023", "2023-09-29", "15 Tishrei 5784"},
		{"The fair opened March 3, 2024 and went till March 5, 2024.",
			"March 3, 2024 and went till March 5, 2024", "2024-03-03", "23 Adar I 5784"},
	})
	// The joined end is the range's: Find gives it as the match's also.
	ms := dateline.Find("Passover begins April 22, 2024 and going until April 30.", heldoutRef)
	if assert.Len(t, ms, 1) && assert.Len(t, ms[0].Also, 1) {
		assert.Equal(t, "2024-04-30", ms[0].Also[0].Time.Format("2006-01-02"))
	}
	// "Go" before "on", before no day, or before words leaves the dates
	// apart.
	for _, tc := range []struct {
		text string
		n    int
	}{
		{"We light on Sunday, December 10, 2023 and go on Monday, December 18, 2023 to the zoo.", 2},
		{"Purim is March 24, 2024 and goes on and on.", 1},
		{"The party is March 24, 2024 and goes until late, then March 25, 2024 is quiet.", 2},
	} {
		t.Run(tc.text, func(t *testing.T) {
			assert.Len(t, dateline.Find(tc.text, heldoutRef), tc.n)
		})
	}
}
