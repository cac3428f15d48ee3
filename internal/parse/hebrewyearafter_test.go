package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/internal/parse"
)

// TestHebrewYearAfter: the Hebrew year a sentence names after a date, by
// the word for "year" before it or after it, and not a number alone, a
// civil year, or a year of the next sentence.
func TestHebrewYearAfter(t *testing.T) {
	for text, want := range map[string]int{ // 0: none
		"30 september en 1 Oktober begint het jaar 5780":         5780,
		"16 de septiembre, el comienzo del año 5773":             5773,
		"25.septembra vakarā sākas jaunais ebreju 5783.gads.":    5783,
		"20. septembra praznik Roš hašana, odnosno 5778. godinu": 5778,
		"3 октября начинается 5785 год":                          5785,
		"March 24 in the Jewish year 5784":                       5784,
		"March 24 (the year 5784)":                               5784,
		"March 5 about 5784 people marched":                      0,
		"March 5 in the year 2024":                               0,
		"March 5 we met. The year 5784 was hard.":                0,
		"March 5 we met\nthe year 5784":                          0,
		"March 5 the year 57840":                                 0,
	} {
		hy, ok := parse.HebrewYearAfter(text, 0)
		assert.Equal(t, want, hy, text)
		assert.Equal(t, want != 0, ok, text)
	}
}
