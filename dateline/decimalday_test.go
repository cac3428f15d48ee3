package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestDecimalAfterMonthNoDay: a number after a month's name that goes on
// after a point with more digits is a decimal or a number with a
// thousands point, not the month's day: Find read "15 Nisan 5.783" (a
// Hebrew year with a thousands point, which the reader refuses) as 5
// Nisan 5784, and "March 5.50" as March 5. A day and a point that ends
// it ("March 5. 2024"), or a comma, stays a day.
func TestDecimalAfterMonthNoDay(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for _, s := range []string{"15 Nisan 5.783 here", "on Nisan 5.783 we", "price March 5.50 today", "Tevet 10.5 percent", "oil was up in May 3.25%"} {
		t.Run(s, func(t *testing.T) {
			for _, m := range dateline.Find(s, ref) {
				assert.Fail(t, "a date", "%q: %q read as %v", s, m.Input, m.Dateline)
			}
		})
	}
	for s, want := range map[string]string{
		"Nisan 5, 5784":  "2024-04-13",
		"March 5. 2024":  "2024-03-05",
		"Tevet 10, 5784": "2023-12-22",
	} {
		t.Run(s, func(t *testing.T) {
			d, err := dateline.Parse(s, ref)
			if assert.NoError(t, err) {
				assert.Equal(t, want, d.Time.Format("2006-01-02"))
			}
		})
	}
}
