package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestEmbeddedOccasionLeftOut: a layout whose occasion words after it tie
// into its text ("2023 roku Chanuka rozpoczyna się wieczorem 7 grudnia",
// "12. April beginnt abends das diesjährige Pessach-Fest") is refused on
// a day without the occasion, as one that opens with its occasion is: it
// wrote "2024 rozpoczyna się wieczorem 5 listopada" and "5.
// November-Fest", which read as nothing. An occasion set off by
// separators is left out as before.
func TestEmbeddedOccasionLeftOut(t *testing.T) {
	plain := dateline.New(time.Date(2024, time.November, 5, 12, 0, 0, 0, time.UTC))
	for _, example := range []string{
		"12. April beginnt abends das diesjährige Pessach-Fest",
		"am Abend des 22. April beginnenden Pessach-Festes",
		"24.09.2023: Yom Kippur aften",
	} {
		l, err := dateline.LayoutOf(example)
		require.NoError(t, err, example)
		got := plain.Format(l.String())
		assert.True(t, strings.HasPrefix(got, "%!Format("), "%s wrote %q", example, got)
		assert.Contains(t, got, dateline.ErrNoOccasion.Error(), example)
	}
	for example, want := range map[string]string{
		"Sunday, March 24, 2024 | Purim":              "Tuesday, November 5, 2024",
		"Erev Chanukah, Wednesday, December 25, 2024": "Tuesday, November 5, 2024",
	} {
		l, err := dateline.LayoutOf(example)
		require.NoError(t, err, example)
		assert.Equal(t, want, plain.Format(l.String()), example)
	}
}
