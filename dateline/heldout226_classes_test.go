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

// TestHeldout226BelgianUntilAndWith: Belgian Dutch's abbreviation of
// "tot en met" (up to and with), "t.e.m.", between a range's ends, as
// Flemish agendas write it where the Netherlands write "t/m": "van 7
// t.e.m. 15 december" (seen in the 226th held-out round's searches) was a
// syntax error, and Find read the end alone as the range's day. It joins
// what "t/m" joins: days, whole dates, numeric dates; glued to the next
// day it is still no link.
func TestHeldout226BelgianUntilAndWith(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"van 7 t.e.m. 15 december 2023", "2023-12-07"},
		{"7 t.e.m. 15 december 2023", "2023-12-07"},
		{"7 T.E.M. 15 DECEMBER 2023", "2023-12-07"},
		{"van 7 december t.e.m. 15 december 2023", "2023-12-07"},
		{"donderdag 7 t.e.m. vrijdag 15 december 2023", "2023-12-07"},
		{"4-10-2022 t.e.m. 5-10-2022", "2022-10-04"},
		{"van 22 t.e.m. 30 april 2024", "2024-04-22"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"De tentoonstelling loopt van 7 t.e.m. 15 december 2023 in Antwerpen.", "7 t.e.m. 15 december 2023", "2023-12-07", "24 Kislev 5784"},
		{"Chanoeka 5784 valt van 7 t.e.m. 15 december 2023.", "Chanoeka 5784 valt van 7 t.e.m. 15 december 2023", "2023-12-07", "25 Kislev 5784"},
	})
	// Glued to the day after it, or its points dropped halfway: no link.
	checkUnread(t, heldoutRef,
		"7 t.e.m.15 december 2023",
		"7 t.e 15 december 2023",
	)
	// An end's weekday that is not its date's is an error.
	rep := dateline.Check("donderdag 7 t.e.m. zaterdag 15 december 2023", heldoutRef)
	assert.False(t, rep.OK())
}
