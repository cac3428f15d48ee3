package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestYearAgain: an occasion's year, then its date with the same year
// written again ("Passover 2024: April 22, 2024") is one dateline, the
// second year part of it; a range's end after it joins the range ("Hanukkah
// 2023 begins on Thursday, December 7, 2023 and ends on Friday, December
// 15, 2023"), where the dateline ended before the repeated year and the
// end was read as a dateline of its own. Another year after the date is
// not the date's: the dateline ends before it, with the year's error.
func TestYearAgain(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Passover 2024: April 22, 2024", "Passover 2024: April 22, 2024", "2024-04-22", "15 Nisan 5784"},
		{"Hanukkah 2023 begins on Thursday, December 7, 2023 and ends on Friday, December 15, 2023.",
			"Hanukkah 2023 begins on Thursday, December 7, 2023 and ends on Friday, December 15, 2023", "2023-12-07", "25 Kislev 5784"},
		{"Hanukkah 2023 inizia la sera di giovedì 7 dicembre 2023 e termina la sera di venerdì 15 dicembre 2023.",
			"Hanukkah 2023 inizia la sera di giovedì 7 dicembre 2023 e termina la sera di venerdì 15 dicembre 2023", "2023-12-07", "25 Kislev 5784"},
		{"Pessach 2024: 23. April 2024", "Pessach 2024: 23. April 2024", "2024-04-23", "15 Nisan 5784"},
	})
	ms := dateline.Find("Passover 2024: April 22, 2025", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "Passover 2024: April 22", ms[0].Input)
	assert.True(t, hasProblem(ms[0].Report, dateline.CodeYearUnlikely, dateline.Error), "%+v", ms[0].Problems)

	l, err := dateline.LayoutOf("Passover 2024: April 22, 2024")
	require.NoError(t, err)
	d := dateline.New(time.Date(2025, time.April, 12, 12, 0, 0, 0, time.UTC))
	// The layout writes both years, and the day's occasions by example.
	assert.Equal(t, "Erev Pesach, Shabbat HaGadol 2025: April 12, 2025", d.Format(l.String()))
}
