package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestPipedNumericDate: a numeric date whose numbers vertical bars part,
// unspaced or spaced, as news sites print a stamp: "11|10|20 09:46 hs."
// and "08 | 09 | 2019 I SITA" (incoming.tsv) were no dates. The order is
// settled as a slashed date's: day first where the clock is a 24-hour
// one or the day is over 12, month first else, the ambiguity told either
// way; a date of the Hebrew calendar beside it settles it. Bars between
// two numbers alone, or before a year of three digits, are no date.
func TestPipedNumericDate(t *testing.T) {
	for _, tc := range []struct {
		text, match, at, heb string
		ambiguous            bool
	}{
		// hd: Sunday 11 Oct 2020 = 23 Tishrei 5781.
		{"11|10|20 09:46 hs.", "11|10|20 09:46 hs.", "2020-10-11 09:46", "23 Tishrei 5781", true},
		// hd: Friday 9 Aug 2019 = 8 Av 5779, month first, as told.
		{"08 | 09 | 2019 I SITA", "08 | 09 | 2019", "2019-08-09 00:00", "8 Av 5779", true},
		// hd: Sunday 25 Oct 2020 = 7 Cheshvan 5781.
		{"Publicado 25|10|2020", "25|10|2020", "2020-10-25 00:00", "7 Cheshvan 5781", false},
		{"Publicado 25 | 10 | 2020", "25 | 10 | 2020", "2020-10-25 00:00", "7 Cheshvan 5781", false},
		// hd: Wednesday 25 Dec 2024 = 24 Kislev 5785.
		{"12|25|2024", "12|25|2024", "2024-12-25 00:00", "24 Kislev 5785", false},
		// hd: Saturday 2 Mar 2024 = 22 Adar I 5784: the Hebrew date settles it.
		{"3|2|2024 | 22 Adar I 5784", "3|2|2024 | 22 Adar I 5784", "2024-03-02 00:00", "22 Adar I 5784", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.at, m.Dateline.Time.Format("2006-01-02 15:04"))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.Empty(t, severityCodes(m, dateline.Error))
			if tc.ambiguous {
				assert.Equal(t, []dateline.Code{dateline.CodeDateAmbiguous}, severityCodes(m, dateline.Warning))
			} else {
				assert.Empty(t, severityCodes(m, dateline.Warning))
			}
		})
	}
	for _, text := range []string{"score 3|2", "10|12", "a 1|2|345 b", "2 | 3 | 24"} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, heldoutRef))
		})
	}
}
