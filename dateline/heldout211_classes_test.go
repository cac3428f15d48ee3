package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout211DayFirstZone: a numeric date with the zone of a country
// that writes it day first (Australia's, New Zealand's and South
// Africa's: AEST, AEDT, ACST, ACDT, AWST, NZST, NZDT, SAST) is day first
// by that custom. The 211th held-out round's English-language Jewish
// community pages of those countries print their stamps so, with a
// 12-hour clock ("Updated: 12/03/2025 10:39am AEDT"), which the reader
// took for an American clock: December 3, with the warning that it
// reads both ways. All eight of the round's rows were read right; this
// class is one seen probing the stamps of the focus. The zones of
// countries whose pages also print them beside month-first dates (BST,
// GMT, IST, the European and American zones) and numeric offsets settle
// nothing: they keep the warning. A weekday or Hebrew date that fits only
// the other reading is an error, not a silent day.
func TestHeldout211DayFirstZone(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"12/03/2025 10:39am AEDT", "2025-03-12"},
		{"12/3/2025 10:39 AEST", "2025-03-12"},
		{"05/06/2024 3:15pm ACST", "2024-06-05"},
		{"07/08/2023 9:00am AWST", "2023-08-07"},
		{"01/02/2024 11:30am NZDT", "2024-02-01"},
		{"11-10-2024 08:45 SAST", "2024-10-11"},
		{"Mon 03/02/2025 10:39am AEDT", "2025-02-03"},
		{"12/03/2025 10:39am AEDT / 12 Adar 5785", "2025-03-12"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Updated: 12/03/2025 10:39am AEDT", "12/03/2025 10:39am AEDT", "2025-03-12", "12 Adar 5785"},
		{"Posted 04/09/2023 7:05pm SAST by the editor", "04/09/2023 7:05pm SAST", "2023-09-04", "18 Elul 5783"},
	})
	for _, tc := range []struct {
		text string
		code dateline.Code
	}{
		{"06/07/2025 10:39am BST", dateline.CodeDateAmbiguous}, // in summer either way: BST on March 12 is off season (see TestZoneOffSeason)
		{"12/03/2025 10:39am EST", dateline.CodeDateAmbiguous},
		{"12/03/2025 10:39am +11:00", dateline.CodeDateAmbiguous},
		{"Sun 03/02/2025 10:39am AEDT", dateline.CodeWeekday},
		{"12/03/2025 10:39am AEDT / 13 Kislev 5786", dateline.CodeCalendar},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			require.NotEmpty(t, rep.Problems)
			assert.Equal(t, tc.code, rep.Problems[0].Code)
		})
	}
}
