package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewTextDayFirst: Hebrew text reads numeric dates day first,
// unless told otherwise (issue 13, item 3).
func TestHebrewTextDayFirst(t *testing.T) {
	tests := []struct {
		in   string
		opts []dateline.Option
		day  string
	}{
		{"(7.11.1912 למניינם)", nil, "1912-11-07"},
		{"(7.11.1912 למניינם)", []dateline.Option{dateline.MonthFirst()}, "1912-07-11"},
		{"03/02/2024 בשעה 10:00", nil, "2024-02-03"},
		{"01/02/2024 לסה״נ", nil, "2024-02-01"},
		{"יום א׳, 03/02/2024", nil, "2024-02-03"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, tc.opts...)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			for _, p := range rep.Problems {
				assert.NotEqual(t, dateline.CodeDateAmbiguous, p.Code, "Hebrew text says day first: %s", p.Message)
			}
		})
	}
	// In free text, the Hebrew around the date says so.
	ms := dateline.Find("נולד ב-03/02/2024 בירושלים")
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "2024-02-03", ms[0].Dateline.Time.Format("2006-01-02"))
		assert.Empty(t, ms[0].Problems)
	}
	ms = dateline.Find("He was born 03/02/2024 in Jerusalem")
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "2024-03-02", ms[0].Dateline.Time.Format("2006-01-02"))
	}
}
