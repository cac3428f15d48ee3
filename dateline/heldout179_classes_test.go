package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout179RomanceTableSunsets: the sunset and nightfall that
// Wikipedia's infobox writes before a festival's first and last days, in
// the copies of the Romance languages, each with a comma before its day:
// Portuguese "Pôr do sol, 21 de maio – anoitecer, 23 de maio"
// (localcityguide.net's Shavuot, the hundred-and-seventy-ninth held-out
// round) was no date, where English "Sunset, 4 April – nightfall, 5
// April" was read. Spanish, Catalan and French write the row the same
// way. The words for evening and night ("vespre", "notte") are no table
// sunset, and prose around a sunset stays unread.
func TestHeldout179RomanceTableSunsets(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Pôr do sol, 21 de maio de 2026 – anoitecer, 23 de maio de 2026", "2026-05-21"},
		{"Pôr do sol, 1 de junho de 2025 – anoitecer, 3 de junho de 2025", "2025-06-01"},
		{"pôr do sol, 16 de maio de 2021 – anoitecer, 18 de maio de 2021", "2021-05-16"},
		{"Puesta del sol, 21 de mayo de 2026 – anochecer, 23 de mayo de 2026", "2026-05-21"},
		{"Puesta de sol, 4 de abril de 2020 – anochecer, 5 de abril de 2020", "2020-04-04"},
		{"Posta de sol, 21 de maig de 2026 – anoitecer, 23 de maig de 2026", "2026-05-21"},
		{"Coucher du soleil, 21 mai 2026 – tombée de la nuit, 23 mai 2026", "2026-05-21"},
	})
	// The real row names no year: its year is the row label's, which the
	// string does not hold, so the nearest year is taken and said so.
	checkWholeInferred(t, heldoutRef, "Pôr do sol, 21 de maio – anoitecer, 23 de maio", "2027-05-21")
	checkWholeInferred(t, heldoutRef, "Puesta del sol, 21 de mayo – anochecer, 23 de mayo", "2027-05-21")
	// The row starts at the sunset of 21 May, so its Hebrew date is the
	// evening's, 6 Sivan (Shavuot), as English "Sunset, ..." reads.
	rep := dateline.Check("Pôr do sol, 21 de maio de 2026 – anoitecer, 23 de maio de 2026", heldoutRef)
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "6 Sivan 5786", rep.Dateline.Hebrew.String())
	checkUnread(t, heldoutRef,
		"o pôr do sol de hoje",
		"Pôr do sol, amanhã",
		"vespre, 23 de maig de 2026",
		"notte, 23 maggio 2026",
		"Pôr do sol – anoitecer",
	)
}
