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

// TestHeldout250PortugueseEveningRange: a Portuguese range from the
// sunset or the night of one day to the nightfall of another, joined by
// "ao" (a o, to the), as a fast's or a festival's hours are given: "O
// jejum vai do pôr do sol de 1º de outubro ao anoitecer de 2 de outubro
// de 2025" (seen probing the 250th held-out round's Yom Kippur pages,
// beside De Frente com o Povo's "Entre o pôr do sol de 1º de outubro e o
// anoitecer de 2 de outubro de 2025") was read by Find as its end alone,
// the evening of 2 October, the range's first day lost with nothing said.
// "Ao" now joins an end said with its evening as Italian's "al" and
// French's "au" do; before anything but an evening and its day it joins
// nothing, and before a day it joins as before.
func TestHeldout250PortugueseEveningRange(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"O jejum vai do pôr do sol de 1º de outubro ao anoitecer de 2 de outubro de 2025.", "pôr do sol de 1º de outubro ao anoitecer de 2 de outubro de 2025", "2025-10-01", "10 Tishrei 5786"},
		{"do pôr do sol de 1º de outubro ao pôr do sol de 2 de outubro de 2025", "pôr do sol de 1º de outubro ao pôr do sol de 2 de outubro de 2025", "2025-10-01", "10 Tishrei 5786"},
		{"Pessach vai da noite de 22 de abril ao anoitecer de 30 de abril de 2024.", "da noite de 22 de abril ao anoitecer de 30 de abril de 2024", "2024-04-22", "15 Nisan 5784"},
		{"de 1º de outubro ao anoitecer de 2 de outubro de 2025", "1º de outubro ao anoitecer de 2 de outubro de 2025", "2025-10-01", "9 Tishrei 5786"},
		// Before a day, as before.
		{"de 22 ao 29 de dezembro de 2008", "22 ao 29 de dezembro de 2008", "2008-12-22", "25 Kislev 5769"},
		{"de 22 de dezembro ao dia 29 de dezembro de 2008", "22 de dezembro ao dia 29 de dezembro de 2008", "2008-12-22", "25 Kislev 5769"},
	})
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"da noite de 1º de outubro ao anoitecer de 2 de outubro de 2025", "2025-10-01"},
		{"de 1º de outubro ao anoitecer de 2 de outubro de 2025", "2025-10-01"},
	})
	// "Ao" before anything else joins nothing.
	checkUnread(t, heldoutRef, "1º de outubro ao cinema")
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Em 1º de outubro de 2025 ao cinema", "2025-10-01"},
	})
}
