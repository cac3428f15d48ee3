package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/parse"
)

// TestLeadingEvening: the words before a dateline's first field that say
// its day is an evening, and words before it that do not.
func TestLeadingEvening(t *testing.T) {
	for in, want := range map[string]bool{
		"the evening of March 23, 2024":    true,
		"la noche del 23 de marzo de 2024": true,
		"le soir du samedi 23 mars 2024":   true,
		"с вечера 23 марта 2024 года":      true,
		"sundown March 23, 2024":           true,
		"March 23, 2024":                   false,
		"Saturday, March 23, 2024":         false,
		"du 23 mars au 25 mars 2024":       false,
		"с 23 по 25 марта 2024 года":       false,
	} {
		t.Run(in, func(t *testing.T) {
			r, err := parse.Parse(in)
			require.NoError(t, err)
			assert.Equal(t, want, parse.LeadingEvening(&r))
		})
	}
}
