package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestYearsUnlikely: a Gregorian month with a Hebrew year, and a dateline
// without a year that fits only a year far from the reference, are read
// with a warning (issue 13, item 10).
func TestYearsUnlikely(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	tests := []struct {
		in, day string
		warn    bool   // a year-unlikely warning
		word    string // in its message
	}{
		{"12 November 5785", "5785-11-12", true, "November 12, 2024"},
		{"12 נובמבר 5785", "5785-11-12", true, "November 12, 2024"},
		{"Tuesday, November 12, 5785", "5785-11-12", true, "November 12, 2024"},
		{"12 November 2024", "2024-11-12", false, ""},
		{"12 November 4999", "4999-11-12", false, ""},
		// A Hebrew year beside it: the two are checked against each other.
		{"12 November 5785 | 11 Cheshvan 5785", "", false, ""},
		{"Sunday, March 2 | 22 Adar I", "1986-03-02", true, "1986, 40 years before 2026"},
		{"Saturday, March 2nd | 22 Adar I", "2024-03-02", false, ""},
		{"Thursday, 30 Cheshvan", "2022-11-24", false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			if tc.day != "" {
				assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			}
			var msg string
			found := false
			for _, p := range rep.Problems {
				if p.Code == dateline.CodeYearUnlikely {
					found, msg = true, p.Message
					assert.Equal(t, dateline.Warning, p.Severity)
				}
			}
			assert.Equal(t, tc.warn, found, "%+v", rep.Problems)
			assert.Contains(t, msg, tc.word)
		})
	}
}
