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
		// A Hebrew date with a Gregorian year from 1583 to a century
		// after the reference's, as genealogy and history pages write
		// it: read in that Gregorian year where the day falls in it
		// once, and said; refused where it falls in it twice (Tevet,
		// in January and December), or where Nisan in Latin letters
		// may be Turkish's April. A year of antiquity is read as
		// written, and said.
		{"20th of Menachem-Av 1944", "1944-08-09", true, "1944 was read as the Gregorian year in which the Hebrew date falls: 20 Av 5704 is August 9, 1944", false},
		{"5 Tishrei 2024", "2024-10-07", true, "give the Hebrew year, 5785", false},
		{"18 Elul 1734", "1734-09-16", true, "18 Elul 5494 is September 16, 1734", false},
		{"10 Tevet 2025", "", true, "it is both January 10, 2025 (10 Tevet 5785) and December 30, 2025 (10 Tevet 5786)", true},
		{"19 Nisan 2024", "", true, "in Turkish, Nisan is April", true},
		{"19 ניסן 2024", "2024-04-27", true, "19 Nisan 5784 is April 27, 2024", false},
		{"17 Cheshvan 1492", "", true, "it was read as the Hebrew year 1492", false},
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

// TestHebrewDateInCivilYear: genealogy and history pages write a Hebrew
// date with the Gregorian year it falls in ("20th of Menachem-Av 1944",
// "on his 36th birthday, 18 Elul 1734", "[18 Elul 1698-6 Sivan 1760]", three
// rows of the corpus); they were read in Hebrew years of antiquity, 1944
// an error and 1734 a warning, the day 3,700 years off. The day is read
// in that Gregorian year, with a warning naming the Hebrew year, where it
// falls in it once; the Hebrew year as written, where the Gregorian year
// is later than a century after the reference's or earlier than 1583; and
// an error still where the day falls in it twice.
func TestHebrewDateInCivilYear(t *testing.T) {
	for _, tc := range []struct{ text, day, heb string }{
		{"20th of Menachem-Av 1944", "1944-08-09", "20 Av 5704"},
		{"on his 36th birthday, 18 Elul 1734", "1734-09-16", "18 Elul 5494"},
		{"[18 Elul 1698-6 Sivan 1760]", "1698-08-25", "18 Elul 5458"},
		{"Wednesday, 20 Av 1944", "1944-08-09", "20 Av 5704"},
		{"ט״ו בשבט 2025", "2025-02-13", "15 Shevat 5785"},
		{"22 Adar 1944", "1944-03-17", "22 Adar 5704"},        // 5704 has one Adar
		{"14 Adar II 1943", "1943-03-21", "14 Adar II 5703"},  // 5703 two
		{"12 Тамуза 1927 г.", "1927-07-12", "12 Tammuz 5687"}, // with the year's word
		{"1 Kislev 1990", "1990-11-18", "1 Kislev 5751"},      // Kislev: November or December
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			if assert.Len(t, ms, 1) {
				m := ms[0]
				assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
				assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
				assert.True(t, m.OK(), "%v", m.Problems)
				found := false
				for _, p := range m.Problems {
					found = found || p.Code == dateline.CodeYearUnlikely && p.Severity == dateline.Warning
				}
				assert.True(t, found, "a warning names the Hebrew year: %v", m.Problems)
			}
		})
	}
	for _, tc := range []struct {
		text string
		year int // the Hebrew year as written, or 0 for an error
	}{
		{"10 Tevet 2025", 0},      // January 10 and December 30, 2025
		{"19 Nisan 2024", 0},      // Turkish's April 19
		{"Friday, 20 Av 1944", 0}, // a Wednesday: an error of the weekday
		{"15 Nisan 2448", 2448},   // the Exodus, after 2126
		{"17 Cheshvan 1492", 1492},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			if tc.year == 0 {
				assert.False(t, rep.OK(), "%v", rep.Problems)
				return
			}
			assert.Equal(t, tc.year, rep.Dateline.Hebrew.Year)
		})
	}
}
