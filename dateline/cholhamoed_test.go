package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestWeekdayBeforeCholHaMoed: Chol HaMoed and its festival between a
// weekday and a date are the dateline's occasion, whose days the date's
// must be, and the weekday is the dateline's: "Thursday, Chol HaMoed
// Sukkot, October 5, 2023" (seen with the hundred-and-second held-out
// round) was the date alone, and a wrong weekday unsaid. The words are
// the occasion's field: a layout of the line writes each day's own
// occasions, not "Chol HaMoed" before them.
func TestWeekdayBeforeCholHaMoed(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Thursday, Chol HaMoed Sukkot, October 5, 2023", "2023-10-05", "20 Tishrei 5784"},
		{"Sunday, Chol HaMoed Pesach, April 28, 2024", "2024-04-28", "20 Nisan 5784"},
		{"Wednesday, Chol Hamoed Pesach, April 24, 2024", "2024-04-24", "16 Nisan 5784"},
	})
	m := oneMatch(t, "Friday, Chol HaMoed Sukkot, October 5, 2023", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	m = oneMatch(t, "Thursday, Chol HaMoed Sukkot, November 9, 2023", heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeOccasion)

	l, err := dateline.LayoutOf("Thursday, Chol HaMoed Sukkot, October 5, 2023")
	require.NoError(t, err)
	d := dateline.New(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	out := d.Format(l.String())
	assert.NotContains(t, strings.ToLower(out), "chol hamoed", out)
}
