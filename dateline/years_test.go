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
		warn    bool   // a year-unlikely problem
		word    string // in its message
		err     bool   // of severity error: refused, not read
	}{
		{"12 November 5785", "5785-11-12", true, "November 12, 2024", false},
		{"12 נובמבר 5785", "5785-11-12", true, "November 12, 2024", false},
		{"Tuesday, November 12, 5785", "5785-11-12", true, "November 12, 2024", false},
		{"12 November 2024", "2024-11-12", false, "", false},
		{"12 November 4999", "4999-11-12", false, "", false},
		// A Hebrew year beside it: the two are checked against each other.
		{"12 November 5785 | 11 Cheshvan 5785", "", false, "", false},
		{"Sunday, March 2 | 22 Adar I", "1986-03-02", true, "1986, 40 years before 2026", false},
		{"Saturday, March 2nd | 22 Adar I", "2024-03-02", false, "", false},
		{"Thursday, 30 Cheshvan", "2022-11-24", false, "", false},
		// A Hebrew month with a year within a century of the
		// reference's: the page's Gregorian year, refused, with the
		// Hebrew year it would be in; a year of antiquity is read as
		// written, and said.
		{"20th of Menachem-Av 1944", "", true, "Av of Gregorian 1944 is in Hebrew year 5704", true},
		{"5 Tishrei 2024", "", true, "Tishrei of Gregorian 2024 is in Hebrew year 5785", true},
		{"10 Tevet 2025", "", true, "Tevet of Gregorian 2025 is in Hebrew year 5785", true},
		{"19 Nisan 2024", "", true, "in Turkish, Nisan is April", true},
		{"19 ניסן 2024", "", true, "Nisan of Gregorian 2024 is in Hebrew year 5784", true},
		{"15 Nisan 2448", "", true, "it was read as the Hebrew year 2448", false},
		{"19 Nisan 5784", "2024-04-27", false, "", false},
		{"19 Nisan 2024 Cuma", "2024-04-19", false, "", false},
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
					want := dateline.Warning
					if tc.err {
						want = dateline.Error
					}
					assert.Equal(t, want, p.Severity, p.Message)
				}
			}
			assert.Equal(t, tc.warn, found, "%+v", rep.Problems)
			assert.Contains(t, msg, tc.word)
		})
	}
}

// TestYearInferredSaysWhich: the message of a year taken for a dateline
// that names none says which year it is: the most recent, up to six
// months after the reference, or, where an occasion's date fits only a
// later one, the next (it said "up to six months after" of a day ten
// months away).
func TestYearInferredSaysWhich(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.December, 2, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ in, day, says string }{
		{"Yom Kippur – October 11", "2027-10-11", "2027 is the next year whose date is the occasion's, after December 2, 2026"},
		{"Monday, March 2", "2026-03-02", "2026 is the most recent year whose date fits the weekday, up to six months after December 2, 2026"},
		{"March 10", "2027-03-10", "2027 is the most recent year whose date is nearest, up to six months after December 2, 2026"},
	} {
		rep := dateline.Check(tc.in, ref)
		assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"), tc.in)
		var says []string
		for _, p := range rep.Problems {
			if p.Code == dateline.CodeYearInferred {
				says = append(says, p.Message)
			}
		}
		assert.Equal(t, []string{"the text names no year; " + tc.says}, says, tc.in)
	}
}
