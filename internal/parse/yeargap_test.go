package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// TestYearPhraseGap: a year said as such ("в 2010 году") heads a date
// without one up to five words of letters later, a clause's subject, verb
// and preposition, as a Sevastopol news page writes the start of Chanukah
// ("В 2010 году начало праздника приходится на 2 декабря", four words
// between, where three were read). A comma or more words stop it.
func TestYearPhraseGap(t *testing.T) {
	parsedYears(t, map[string]int{ // 0: no dateline
		"В 2010 году начало праздника приходится на 2 декабря":         2010,
		"у 2025 році свято починається ввечері вже 14 грудня":          2025,
		"В 2010 году он переехал, а 2 декабря":                         0,
		"в 2010 году один два три четыре пять шесть слов на 2 декабря": 0,
	})
}

// parsedYears checks that Parse reads each text with the Gregorian year
// given, or refuses it where the year given is 0.
func parsedYears(t *testing.T, cases map[string]int) {
	t.Helper()
	for in, year := range cases {
		t.Run(in, func(t *testing.T) {
			r, err := parse.Parse(in)
			if year == 0 {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			f, ok := r.Get(layout.Year)
			require.True(t, ok)
			assert.Equal(t, year, f.Value)
		})
	}
}
