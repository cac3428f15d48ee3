package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAllTitles: a weekday in a title, before a spaced dash and the
// dateline's own weekday written in another style, is not a range with it
// (issue 13, item 6).
func TestAllTitles(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Zmanim for Shabbat – Friday, 2 Shevat, January 31, 2025", []string{"Friday, 2 Shevat, January 31, 2025"}},
		{"Candle Lighting Times For Shabbat - Friday, 6 Kislev, November 28, 2014", []string{"Friday, 6 Kislev, November 28, 2014"}},
		{"Shabbos Times — Friday, March 1, 2024", []string{"Friday, March 1, 2024"}},
		// Ranges write their days alike, or unspaced.
		{"Sunday - Tuesday, March 3-5, 2024", []string{"Sunday - Tuesday, March 3-5, 2024"}},
		{"Shabbos-Sunday, March 2-3, 2024", []string{"Shabbos-Sunday, March 2-3, 2024"}},
		{"Thursday night – Friday, November 30-December 1, 2023", []string{"Thursday night – Friday, November 30-December 1, 2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			assert.Equal(t, tc.want, spans(collect(t, tc.text)))
		})
	}
}
