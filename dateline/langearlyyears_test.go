package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
)

// TestLangLayoutsEarlyYears: every language's datelines read back as the
// day they write in the years whose Gregorian and Hebrew years are both
// below 4000 and in the Aprils of Gregorian years from 4000, where a year
// of four digits does not say which calendar Turkish's Nisan (April) is
// of: "četvrtak, 10. mart 0050. | 1 Nisan 3810" (--lang sr) and "5 Nisan
// 4000 Çarşamba | 17 Adar II 7760" (--lang tr) were syntax errors
// (adv42 finding 2).
func TestLangLayoutsEarlyYears(t *testing.T) {
	if testing.Short() {
		t.Skip("thousands of days in every language")
	}
	var days []time.Time
	for d := time.Date(1, time.January, 3, 10, 39, 0, 0, time.UTC); d.Year() < 300; d = d.AddDate(0, 0, 23) {
		days = append(days, d)
	}
	for y := 3990; y < 4600; y += 13 {
		for d := time.Date(y, time.March, 20, 10, 39, 0, 0, time.UTC); d.Month() < time.May; d = d.AddDate(0, 0, 3) {
			days = append(days, d)
		}
	}
	for _, l := range format.Langs() {
		for _, layout := range []string{l.Layout(), l.LayoutTime()} {
			t.Run(l.String()+"/"+layout, func(t *testing.T) {
				failed := 0
				for _, day := range days {
					d := dateline.New(day)
					text := d.Format(layout)
					back, err := dateline.Parse(text)
					ok := assert.NoError(t, err, "%s: %q", day, text) &&
						assert.Equal(t, d.Hebrew, back.Hebrew, "%q", text) &&
						assert.Equal(t, day.Format(time.DateOnly), back.Time.Format(time.DateOnly), "%q", text)
					if !ok {
						if failed++; failed == 5 {
							return // enough to see the class
						}
					}
				}
			})
		}
	}
}
