package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout220GermanOccasionSpellings: the days as German community
// and school calendars spell them beside hebcal's German names (Schmini
// Azeret, Sukkot VII (Hoschana Raba), Zom Gedalia, Tu biSchwat, Rosch
// haSchana): Schemini with its e and Atzeret with its tz, Hoschana Raba
// alone, the fasts with German's word for a fast. "24.10.2024 Schemini
// Azeret (Yizkor)" (jg-badnauheim.de, the 220th held-out round) was read
// as its date without its occasion, and "Schemini Azeret und Simchat
// Tora, 24. und 25. Oktober 2024" from Simchat Tora, a day late. A day
// the name does not fall on is still an error, and the first word alone
// names no day.
func TestHeldout220GermanOccasionSpellings(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"24.10.2024 Schemini Azeret", "2024-10-24", "22 Tishrei 5785"},
		{"Schemini Azeret und Simchat Tora, 24. und 25. Oktober 2024", "2024-10-24", "22 Tishrei 5785"},
		{"Schemini Atzeret 2021", "2021-09-28", "22 Tishrei 5782"},
		{"Schmini Atzeret, 28.09.2021", "2021-09-28", "22 Tishrei 5782"},
		{"Erew Schemini Azeret 2024", "2024-10-23", "21 Tishrei 5785"},
		{"23.10.2024 Hoschana Raba", "2024-10-23", "21 Tishrei 5785"},
		{"Hoschana Rabba 5785", "2024-10-23", "21 Tishrei 5785"},
		{"13.03.2025 Fasten Esther", "2025-03-13", "13 Adar 5785"},
		{"Fasten Gedalja 5785", "2024-10-06", "4 Tishrei 5785"},
		{"Fasten Gedalia 2024", "2024-10-06", "4 Tishrei 5785"},
		{"Zom Gedalja 5785", "2024-10-06", "4 Tishrei 5785"},
		{"Tu Bischevat 2025", "2025-02-13", "15 Shevat 5785"},
		{"Tu biSchewat 5785", "2025-02-13", "15 Shevat 5785"},
		{"Rosch Haschanah 5785", "2024-10-03", "1 Tishrei 5785"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Feiertage\n24.10.2024 Schemini Azeret (Yizkor)\nGedenktage", "2024-10-24", "22 Tishrei 5785"},
	})
	rep := dateline.Check("Schemini Azeret, 25. Oktober 2024", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeOccasion, rep.Problems[0].Code)
	checkUnread(t, heldoutRef, "Schemini 2024", "Fasten 2024", "Hoschana 5785")
}
