package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout279SentenceCountedOccasion: a date with no year, then a
// clause, then an occasion's day or night counted by an English ordinal
// word, as local news dates a public menorah lighting ("A 15-foot Menorah
// will be lighted at Tampa City Hall Plaza on Monday, Dec. 26 followed by
// a community-wide celebration on the third night of Chanukah", WFLA,
// wfla.com, the two hundred and seventy-ninth held-out round). The
// sentence's occasion was joined to the date by its name alone, as
// Chanukah's first day or its eve: the line was Monday, December 26,
// 2005, whose Chanukah began that day, with only an info (and, on a
// reference too far from 2005, the date alone in 2022), where the page's
// is 2016's third night; "Saturday, April 23 with a community seder on
// the second night of Passover" was 15 Nisan, the first day. The words
// now count the day or the night, as the parser reads them where a
// dateline opens with them ("the third night of Chanukah"), before or
// after the date; a count the occasion does not fit in any year near
// the reference, a count past its last day and words that count nothing
// leave the date alone.
func TestHeldout279SentenceCountedOccasion(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{
			"A 15-foot Menorah will be lighted at Tampa City Hall Plaza on Monday, Dec. 26 followed by a community-wide celebration on the third night of Chanukah.",
			"Monday, Dec. 26 followed by a community-wide celebration on the third night of Chanukah", "2016-12-26", "27 Kislev 5777",
		},
		{"Wednesday, Dec. 28 followed by a party on the fifth night of Hanukkah", "Wednesday, Dec. 28 followed by a party on the fifth night of Hanukkah", "2016-12-28", "29 Kislev 5777"},
		{"Saturday, April 23 with a community seder on the second night of Passover", "Saturday, April 23 with a community seder on the second night of Passover", "2016-04-23", "16 Nisan 5776"},
		{"Tuesday, Dec. 27 followed by a celebration on the third day of Chanukah", "Tuesday, Dec. 27 followed by a celebration on the third day of Chanukah", "2016-12-27", "27 Kislev 5777"},
		{"On the third night of Chanukah the city will light its menorah on Monday, Dec. 26", "third night of Chanukah the city will light its menorah on Monday, Dec. 26", "2016-12-26", "27 Kislev 5777"},
		// The first day, counted or not, as before.
		{"Sunday, Dec. 25 followed by a celebration on the first day of Chanukah", "Sunday, Dec. 25 followed by a celebration on the first day of Chanukah", "2016-12-25", "25 Kislev 5777"},
	})
	// A night that no Tuesday, December 26 near the reference begins,
	// Chanukah's ninth night, and words that count nothing: the date
	// alone, never another day of the festival.
	for _, tc := range []struct{ text, match string }{
		{"Tuesday, Dec. 26 followed by a celebration on the third night of Chanukah", "Tuesday, Dec. 26"},
		{"Monday, Dec. 26 followed by a celebration on the ninth night of Chanukah", "Monday, Dec. 26"},
		{"Monday, Dec. 26 followed by a celebration on the third nightly round of Chanukah", "Monday, Dec. 26"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			if assert.Len(t, ms, 1) {
				assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
				assert.NotEqual(t, "27 Kislev 5777", ms[0].Dateline.Hebrew.String())
			}
		})
	}
}
