package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeadingOccasionJoined: an occasion and its year that head a
// sentence, and the day the sentence goes on to name without a year, are
// one dateline where they fit each other: "Ханука 2023: первая свеча
// зажигается вечером 7 декабря" and "Anul Nou Evreiesc 2023: Vezi aici în
// ce an trec evreii pe data de 15 septembrie" (incoming.tsv) were two
// matches, the occasion's day and the date's. Where the date is another
// day, the two stand.
func TestHeadingOccasionJoined(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Ханука 2023: первая свеча зажигается вечером 7 декабря",
			"Ханука 2023: первая свеча зажигается вечером 7 декабря", "2023-12-07", "25 Kislev 5784"},
		{"Anul Nou Evreiesc 2023: Vezi aici în ce an trec evreii pe data de 15 septembrie, potrivit calendarului erabic.",
			"Anul Nou Evreiesc 2023: Vezi aici în ce an trec evreii pe data de 15 septembrie", "2023-09-15", "1 Tishrei 5784"},
		{"Hanukkah 2023: the first candle is lit on the evening of December 7.",
			"Hanukkah 2023: the first candle is lit on the evening of December 7", "2023-12-07", "25 Kislev 5784"},
		{"Pesach 2024: der erste Sederabend ist am Montag, 22. April.",
			"Pesach 2024: der erste Sederabend ist am Montag, 22. April", "2024-04-22", "15 Nisan 5784"},
	})
	// Another day of the year, or a date in the next sentence: two
	// matches.
	for _, text := range []string{
		"Hanukkah 2023: our party is on December 20.",
		"Hanukkah 2023. On December 7 we met.",
	} {
		ms := dateline.Find(text, heldoutRef)
		require.Len(t, ms, 2, text)
		assert.Equal(t, "Hanukkah 2023", text[ms[0].Start:ms[0].End], text)
	}
}
