package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestCzechShortWeekdaySpacedDate: Czech and Slovak event listings put a
// weekday of two letters before a date in their spaced norm, "Út 5. 3.
// 2024 v 19:00", "Po 4. 3. 2024": the weekday was left unread, and the
// date with it where no time followed. With the year it is read and
// checked; without one, "po 5. 3." (Polish prose's "after") is left alone,
// as a year found from the weekday alone would be a guess.
func TestCzechShortWeekdaySpacedDate(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Po 4. 3. 2024", "Po 4. 3. 2024", "2024-03-04", "24 Adar I 5784"},
		{"Koncert: Čt 7. 3. 2024", "Čt 7. 3. 2024", "2024-03-07", "27 Adar I 5784"},
		{"Pá 8. 3. 2024 – začátek šabatu", "Pá 8. 3. 2024", "2024-03-08", "28 Adar I 5784"},
		{"Ne 3. 3. 2024", "Ne 3. 3. 2024", "2024-03-03", "23 Adar I 5784"},
		{"pi 8. 3. 2024", "pi 8. 3. 2024", "2024-03-08", "28 Adar I 5784"},       // Slovak piatok
		{"Št 7. 3. 2024", "Št 7. 3. 2024", "2024-03-07", "27 Adar I 5784"},       // Slovak štvrtok
		{"so 16. 11. 2024", "so 16. 11. 2024", "2024-11-16", "15 Cheshvan 5785"}, // sobota
	})
	// A weekday that is not the date's is an error, not a guess.
	m := oneMatch(t, "Po 5. 3. 2024", ref)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// No year: no weekday read, and no year found from it.
	for _, text := range []string{"po 5. 3. odjechał", "to 5. 3. ja"} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, ref) {
				require.NotContains(t, m.Input, "po")
				require.NotContains(t, m.Input, "to")
			}
		})
	}
}
