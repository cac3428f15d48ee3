package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout226AdverbialWeekday: Dutch's and German's weekday with the
// -s of an adverb before the date ("dinsdags", "zondags", "Sonntags": on
// Tuesday, on Sunday): "De eerste rondleiding is dinsdags 1 juni." (Kerk
// en Israël Veluwe, kerkenisraelveluwe.nl, the 226th held-out round) was
// no date, where "dinsdag 1 juni" was read. The weekday is checked as the
// weekday is; alone or before hours (on Tuesdays, 10 to 12) it is no
// date.
func TestHeldout226AdverbialWeekday(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"dinsdags 1 juni 2021", "2021-06-01"},
		{"Dinsdags 1 juni 2021", "2021-06-01"},
		{"zondags 6 juni 2021", "2021-06-06"},
		{"zaterdags 2 maart 2024", "2024-03-02"},
		{"woensdags 6 december 2023 om 19.30 uur", "2023-12-06"},
		{"Sonntags, 6. Juni 2021", "2021-06-06"},
		{"mittwochs, 6. Dezember 2023", "2023-12-06"},
	})
	checkWholeInferred(t, heldoutRef, "dinsdags 1 juni", "2021-06-01")
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"De eerste rondleiding is dinsdags 1 juni 2021.", "dinsdags 1 juni 2021", "2021-06-01", "21 Sivan 5781"},
		{"Die Führung ist sonntags, 6. Juni 2021 im Museum.", "sonntags, 6. Juni 2021", "2021-06-06", "26 Sivan 5781"},
	})
	// Alone, or before hours: on Tuesdays, no date.
	checkUnread(t, heldoutRef,
		"dinsdags",
		"dinsdags 10-12 uur",
		"dinsdags 10.00 uur",
		"sonntags 10 Uhr",
	)
	for _, text := range []string{"De synagoge is dinsdags open van 10 tot 12 uur.", "Sonntags 10 bis 12 Uhr geöffnet"} {
		assert.Empty(t, dateline.Find(text, heldoutRef), text)
	}
	// A weekday the date does not fall on is an error.
	for _, text := range []string{"zondags 1 juni 2021", "Montags, 6. Juni 2021"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday, text)
	}
}
