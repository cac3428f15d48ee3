package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestYearlessWeekdaySearch: a weekday with a Hebrew date or an occasion
// and no year is read in the most recent year whose date falls on it,
// which the search finds reading one year of each type (see yearTypes
// in check.go); where none does, the nearest year's date, with the
// weekday's error. "Shabbat, Purim" read all four hundred years of the
// search, a quarter of a second each.
func TestYearlessWeekdaySearch(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct {
		in, day, heb string
		code         dateline.Code // the error, or ""
	}{
		{"Tuesday, 30 Cheshvan", "2009-11-17", "30 Cheshvan 5770", ""}, // 5770 is the last year of 30 Cheshvan on a Tuesday
		{"Shabbat, Chanukah", "2023-12-09", "26 Kislev 5784", ""},
		{"Shabbat, Purim", "2024-03-24", "14 Adar II 5784", dateline.CodeWeekday}, // Purim is never on Shabbat
		{"Tuesday, Yom Kippur", "2023-09-25", "10 Tishrei 5784", dateline.CodeWeekday},
		{"Wednesday, Purim", "2024-03-24", "14 Adar II 5784", dateline.CodeWeekday},
		// Today's rules: since 5764 Yom HaAtzmaut moves off a Monday.
		{"Monday, Yom HaAtzmaut", "2024-05-14", "6 Iyyar 5784", dateline.CodeWeekday},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
			var errs []dateline.Code
			for _, p := range rep.Problems {
				if p.Severity == dateline.Error {
					errs = append(errs, p.Code)
				}
			}
			if tc.code == "" {
				assert.Empty(t, errs)
			} else {
				assert.Equal(t, []dateline.Code{tc.code}, errs)
			}
		})
	}
}
