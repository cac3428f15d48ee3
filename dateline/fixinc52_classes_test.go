package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestDotlessWeekdayBeforeDigits: a weekday's abbreviation that CLDR
// writes with its point (French's sam., Italian's ven., German's Mi.),
// written without it, is a word of prose as often as a weekday: a name,
// an English word. Before a date of digits alone, which says no language,
// it is read as a weekday no longer, as a month cut short so is not (see
// word.bare): "Spain Sam 15-11-1963" (a name on a gravestone, incoming
// line 1245) was Saturday, 15 November 1963, with the error that the
// day is a Friday. The date is read without it. With its point, or beside
// a month's name of its language, it is still its weekday.
func TestDotlessWeekdayBeforeDigits(t *testing.T) {
	for _, tc := range []struct{ text, match, day, heb string }{
		// hd: Friday 15 Nov 1963 = 28 Cheshvan 5724.
		{"Spain Sam 15-11-1963", "15-11-1963", "1963-11-15", "28 Cheshvan 5724"},
		{"Cohen Mer 15-11-1963", "15-11-1963", "1963-11-15", "28 Cheshvan 5724"},
		// hd: Wednesday 20 Nov 1963 = 4 Kislev 5724.
		{"Anna Mi 20-11-1963", "20-11-1963", "1963-11-20", "4 Kislev 5724"},
		{"Maria Sab 20.11.1963", "20.11.1963", "1963-11-20", "4 Kislev 5724"},
		// Near misses, still the weekday's: hd: Saturday 16 Nov 1963 =
		// 29 Cheshvan 5724; Friday 13 Dec 2024 = 12 Kislev 5785.
		{"sam. 16-11-1963", "sam. 16-11-1963", "1963-11-16", "29 Cheshvan 5724"},
		{"Sam 16 novembre 1963", "Sam 16 novembre 1963", "1963-11-16", "29 Cheshvan 5724"},
		{"ven 13 déc 2024", "ven 13 déc 2024", "2024-12-13", "12 Kislev 5785"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.Empty(t, severityCodes(m, dateline.Error))
		})
	}
}
