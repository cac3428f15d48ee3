package dateline_test

import (
	"testing"

	"github.com/dualdate/dualdate/dateline"
)

// TestBeginsAdverbAndKnownAs: an adverb between an occasion's name and its
// verb of beginning ("officially began", "traditionally begins"), and
// "also known as" another name set off by commas before the verb, keep
// the occasion the dateline's: "Hanukkah, also known as Chanukah or the
// Festival of Lights, officially began at sundown on Sunday, December 14,
// 2025" (incoming.tsv) was read from "at sundown", the occasion left out,
// so that a day not its eve went unsaid.
func TestBeginsAdverbAndKnownAs(t *testing.T) {
	checkMatchCases(t, []matchCase{
		{"Hanukkah, also known as Chanukah or the Festival of Lights, officially began at sundown on Sunday, December 14, 2025, marking the start",
			"Hanukkah, also known as Chanukah or the Festival of Lights, officially began at sundown on Sunday, December 14, 2025", "2025-12-14", nil},
		{"Passover traditionally begins at sundown on April 12, 2025.", "Passover traditionally begins at sundown on April 12, 2025", "2025-04-12", nil},
		{"Passover, known as Pesach, starts on April 12, 2025.", "Passover, known as Pesach, starts on April 12, 2025", "2025-04-12", nil},
		{"Hanukkah officially began at sundown on Monday, December 15, 2025.", "Hanukkah officially began at sundown on Monday, December 15, 2025",
			"2025-12-15", []dateline.Code{dateline.CodeOccasion}},
	})
	// An adverb before anything but a verb of beginning is prose.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Hanukkah officially recognized on December 14, 2025", "2025-12-14"},
	})
}
