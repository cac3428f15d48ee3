package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout250BrasiliaZone: Brasília time (BRT, three hours behind UTC)
// and its summer time (BRST, two hours behind, kept until 2019) after a
// time of day, as Brazilian news pages print a story's hour ("Publicado
// 15 de set. de 2023, 18:00 BRT", National Geographic Brasil's byline of
// a Rosh Hashana story, the 250th held-out round): the abbreviation was no
// zone, Check stopped at it, and Find read the date without its time.
// Brazil writes a numeric date day first, and only its pages print its
// zones, so they settle an ambiguous numeric date as day first, as
// Australia's and South Africa's do (TestHeldout211DayFirstZone). The
// abbreviation in lower case, or run on into a longer word, stays no zone.
func TestHeldout250BrasiliaZone(t *testing.T) {
	checkWholeTimes(t, heldoutRef, []struct{ text, want string }{
		{"15 de set. de 2023, 18:00 BRT", "2023-09-15 18:00"},
		{"15/09/2023 18:00 BRT", "2023-09-15 18:00"},
		{"sexta-feira, 15 de setembro de 2023, 18h00 BRT", "2023-09-15 18:00"},
		{"15 de setembro de 2023 às 18:00 BRT", "2023-09-15 18:00"},
		{"15.09.2023 - 18h39 BRT", "2023-09-15 18:39"},
		{"Sep 15, 2023 6:00 PM BRT", "2023-09-15 18:00"},
		// Day first by the zone: June 5 and March 12, with no warning.
		{"05/06/2018 10:39 BRST", "2018-06-05 10:39"},
		{"12/03/2025 10:39 BRT", "2025-03-12 10:39"},
		{"Mon 03/02/2025 10:39 BRT", "2025-02-03 10:39"},
	})
	// The zone's offset is the time's.
	for _, tc := range []struct {
		text   string
		offset int
	}{
		{"15/09/2023 18:00 BRT", -3 * 3600},
		{"05/06/2018 10:39 BRST", -2 * 3600},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			_, offset := rep.Dateline.Time.Zone()
			assert.Equal(t, tc.offset, offset)
		})
	}
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"Publicado 15 de set. de 2023, 18:00 BRT", "2023-09-15 18:00"},
		{"Atualizado em 28/09/2022 10:39 BRT | Por Redação", "2022-09-28 10:39"},
	})
	// A weekday that fits only the month-first reading is an error, not
	// a silent day.
	rep := dateline.Check("Sun 03/02/2025 10:39 BRT", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
	// Not the zone: lower case, or letters run on.
	for _, text := range []string{"15 de set. de 2023, 18:00 brt", "15 de set. de 2023, 18:00 BRTX"} {
		t.Run(text, func(t *testing.T) {
			assert.False(t, dateline.Check(text, heldoutRef).OK())
		})
	}
}
