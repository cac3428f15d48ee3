package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestNotDatesInProse: numbers that only look like a date are not found
// in free text: a program's versions and patches, three numbers whose
// year is before the Gregorian calendar's first or more than a century
// after the reference ("Patch 7.4.2244", "8.1.0245", found in Vim's
// changelog as April 7, 2244), and a number no day of a month can be
// before a month's name that is a word of prose ("Test 83 may fail",
// found with the error that there is no day 83), and a date whose year
// is mistyped with five digits ("March 15, 20245", found as March 15 in
// the year nearest the reference), nor a date in numbers after a word
// that numbers a section or a version, or joined to a name by an
// underscore. Check still reads and judges such a text given alone.
func TestNotDatesInProse(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	tests := []struct {
		in    string
		found []string
	}{
		{"Patch 7.4.2244: crash when ...", nil},
		{"Patch 8.1.0245: calling setline() in TextChangedI", nil},
		{"Test 83 may fail for some encodings.", nil},
		{"with 40 march rehearsals and 83 May concerts", nil},
		// A year mistyped with five digits: no date without its year.
		{"on March 15, 20245 we met", nil},
		// A date in numbers after a word that numbers a section or
		// a version, or joined to a name by an underscore, as a
		// program names a version: its numbering (found in Go's
		// sources: "RFC 9110, section 15.5.22" as May 15, 2022).
		{"see section 15.5.22 of RFC 9110", nil},
		{"gemäß Abschnitt 2.3.12 der Satzung", nil},
		{"לפי סעיף 4.1.16 לתקנון", nil},
		{"Версия 2.6.29 вышла", nil},
		{"var key = {\"LINUX_2.6.39\", 0x75fcbb9}", nil},
		{"{\"3.4.35_hi3535\", 3, 4, 35, true}", nil},
		// Dates of the same shapes that a page does date.
		{"פורסם בתאריך: 27.3.23 11:00", []string{"27.3.23 11:00"}},
		{"News Nosh 1.21.20", []string{"1.21.20"}},
		{"report_2024-01-05.pdf", []string{"2024-01-05"}},
		{"Patch 8.2.1981 was released.", []string{"8.2.1981"}},
		{"Erschienen am 7.4.2024 in Berlin", []string{"7.4.2024"}},
		{"born 3.2.1890 in Vilna", []string{"3.2.1890"}},
		{"On 5 may 2024 we met.", []string{"5 may 2024"}},
		{"31 May 2024", []string{"31 May 2024"}},
		{"Montag, 7.4.2244", []string{"Montag, 7.4.2244"}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var found []string
			for _, m := range dateline.Find(tc.in, ref) {
				found = append(found, tc.in[m.Start:m.End])
			}
			assert.Equal(t, tc.found, found)
		})
	}
	for in, when := range map[string]string{"7.4.2244": "2244-04-07", "8.1.0245": "0245-01-08"} {
		assert.Equal(t, when, dateline.Check(in, ref).Dateline.Time.Format("2006-01-02"), in)
	}
	assert.False(t, dateline.Check("32 March 2024", ref).OK())
}

// TestProductVersionNotDate: three numbers parted by points, without a
// year of four digits, after a program's, language's or system's name or
// after a version's word with a label's colon or an abbreviation's point,
// are its version: "Node 18.3.24", "Django 4.2.11", "Kotlin 1.9.22",
// "Version: 18.3.24", "ver. 18.3.24" were found as dates (March 18, 2024,
// February 4, 2011, September 1, 2022), where "version 18.3.24" and
// "v18.3.24" were not. Words of prose and labels before such numbers
// leave them dates ("Published 18.3.24", "Stand 18.3.24", "am 18.3.24",
// "News Nosh 1.21.20"), and so does a year of four digits.
func TestProductVersionNotDate(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct {
		in    string
		found []string
	}{
		{"Node 18.3.24 is out", nil},
		{"Node.js 18.3.24 is out", nil},
		{"upgrade to Python 3.11.10 now", nil},
		{"Django 4.2.11 fixes a bug", nil},
		{"PHP 8.2.12 released", nil},
		{"Kotlin 1.9.22 changelog", nil},
		{"Android 12.1.22 firmware", nil},
		{"Version: 18.3.24", nil},
		{"ver. 18.3.24", nil},
		{"Rel. 4.2.11 notes", nil},
		{"version 18.3.24", nil},
		{"v18.3.24", nil},
		// Dates still.
		{"Published 18.3.24", []string{"18.3.24"}},
		{"Published: 18.3.24", []string{"18.3.24"}},
		{"Stand 18.3.24", []string{"18.3.24"}},
		{"Termin am 18.3.24", []string{"18.3.24"}},
		{"News Nosh 1.21.20", []string{"1.21.20"}},
		{"Node 18.3.2024", []string{"18.3.2024"}},
	} {
		t.Run(tc.in, func(t *testing.T) {
			var found []string
			for _, m := range dateline.Find(tc.in, ref) {
				found = append(found, tc.in[m.Start:m.End])
			}
			assert.Equal(t, tc.found, found)
		})
	}
}
