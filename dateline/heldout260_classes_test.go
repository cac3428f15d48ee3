package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout260GermanPortions: the weekly portions as German pages spell
// them where hebcal's German spells them otherwise (Wajeze for its
// Wajetze, Schemot for Schmot, Tezawe, Zaw, Schemini, Ki Teze, Ha'asinu,
// Pekudej, Acharej Mot), and German's word for a portion, Paraschat
// (Parascha, Paraschah), before one: "Sidra Wajeze 9. Kislew 5786" (the
// Zurich liberal community's weekly letter, the 260th held-out round) was
// read as its Hebrew day alone, and Check stopped at the portion. The
// portion names the Shabbat that reads it; one that another Shabbat
// reads, or that is not read alone that year, stays an error, and a name
// that only starts like one, or one without a word before it that names
// a portion, stays unread.
func TestHeldout260GermanPortions(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Sidra Wajeze 9. Kislew 5786", "2025-11-29"},
		{"Paraschat Wajeze 6. Kislew 5785", "2024-12-07"},
		{"Paraschat Wajeze 5785", "2024-12-07"},
		{"Paraschat Schemot 5785", "2025-01-18"},
		{"Paraschat Tezawe 5784", "2024-02-24"},
		{"Parascha Zaw 5784", "2024-03-30"},
		{"Paraschah Zaw 5784", "2024-03-30"},
		{"Paraschat Pekudej 5784", "2024-03-16"},
		{"Sidra Wajakhel-Pekudej 5783", "2023-03-18"},
		{"Schabbat Acharej Mot-Kedoschim 5783", "2023-04-29"},
		{"Sidra Schemini 5785", "2025-04-26"},
		{"Sidra Schelach Lecha 5784", "2024-06-29"},
		{"Sidra Ki Teze 5784", "2024-09-14"},
		{"Sidra Ha'asinu 5785", "2024-10-05"},
		// hebcal's German and English spellings, as before.
		{"Sidra Wajetze 9. Kislew 5786", "2025-11-29"},
		{"Parashat Tzav 5784", "2024-03-30"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Likrat Schabbat. Sidra Wajeze 9. Kislew 5786", "Sidra Wajeze 9. Kislew 5786", "2025-11-29", "9 Kislev 5786"},
		{"Wochenabschnitt: Paraschat Schemot 5785.", "Paraschat Schemot 5785", "2025-01-18", "18 Tevet 5785"},
	})
	// The portion another Shabbat reads, or one not read alone (or not
	// read together) that year, is an error.
	for _, text := range []string{
		"Paraschat Wajeze 13. Kislew 5785",
		"Sidra Wajakhel-Pekudej 5785",
		"Schabbat Acharej Mot-Kedoschim 5784",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion)
		})
	}
	// A longer word, a word that names no portion after Paraschat, and
	// a portion's name without a word before it that names one are
	// unread.
	checkUnread(t, heldoutRef,
		"Sidra Wajezet 5786",
		"Paraschat dieser Woche 5785",
		"Zaw 5784",
		"Paraschatt Schemot 5785",
	)
}
