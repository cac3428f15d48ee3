package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestThousandsLetterAloneIsNoYear: a Hebrew letter with a geresh alone is
// a day or the day of Rosh Chodesh, not a year of thousands: "ראש חודש
// כסלו, ב׳" was Rosh Chodesh Kislev of the year 2000, in November -1761,
// and with ה׳ of the year 5000, with nothing said. The thousands are a
// year's with the rest of it (ה׳ תשפ״ה) or the word for thousands (ה׳
// אלפים).
func TestThousandsLetterAloneIsNoYear(t *testing.T) {
	for _, text := range []string{
		"ראש חודש כסלו, א׳",
		"ראש חודש כסלו, ב׳",
		"ראש חודש כסלו, ה׳",
		"ראש חודש אדר, ב׳ והלאה",
	} {
		for _, m := range dateline.Find(text, heldoutRef) {
			assert.GreaterOrEqual(t, m.Dateline.Hebrew.Year, 5700, "%s: %s", text, text[m.Start:m.End])
		}
	}
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"חנוכה ה׳ תשפ״ה", "2024-12-26", "25 Kislev 5785"},
	})
}

// TestRoshChodeshThenHebrewDate: Rosh Chodesh in Hebrew script, then the
// Hebrew date with its day in letters and the year, is one dateline, as
// with the day in digits: "ראש חודש כסלו, א׳ כסלו תשפ״ה" was two, Rosh
// Chodesh alone in the year nearest the reference. A day that is not
// Rosh Chodesh is an error, and a bare Adar's Rosh Chodesh in a leap year
// is Adar II's in its message, where it named the next year's ("Rosh
// Chodesh Adar 5785 is 1 Adar 5785").
func TestRoshChodeshThenHebrewDate(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"ראש חודש כסלו, א׳ כסלו תשפ״ה", "2024-12-02", "1 Kislev 5785"},
		{"ראש חודש כסלו א׳ בכסלו תשפ״ה", "2024-12-02", "1 Kislev 5785"},
		{"ר״ח כסלו, א׳ כסלו תשפ״ה", "2024-12-02", "1 Kislev 5785"},
		{"ר״ח כסלו - ל׳ חשון תשפ״ה", "2024-12-01", "30 Cheshvan 5785"},
		{"ר״ח אדר ב׳, א׳ אדר ב׳ תשפ״ד", "2024-03-11", "1 Adar II 5784"},
	})
	for _, tc := range []struct{ text, msg string }{
		{"ראש חודש כסלו, ב׳ כסלו תשפ״ה", "1 Kislev 5785 (December 2, 2024), not 2 Kislev 5785"},
		{"ר״ח כסלו, ב׳ כסלו תשפ״ה", "1 Kislev 5785 (December 2, 2024), not 2 Kislev 5785"},
		{"ראש חודש אדר, ב׳ אדר תשפ״ד", "ראש חודש אדר 5784 is 1 Adar II 5784 (March 11, 2024), not 2 Adar II 5784"},
		{"Rosh Chodesh Adar, 2 Adar 5784", "Rosh Chodesh Adar 5784 is 1 Adar II 5784 (March 11, 2024), not 2 Adar II 5784"},
	} {
		m := oneMatch(t, tc.text, heldoutRef)
		if assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error), tc.text) {
			for _, p := range m.Problems {
				if p.Code == dateline.CodeOccasion {
					assert.Contains(t, p.Message, tc.msg)
				}
			}
		}
	}
}

// TestHebrewYearOfThreeDigits: a Hebrew year of three digits ("25 Kislev
// 785") is read as written, a day of the fourth millennium before the
// common era, with a warning that it may be the year without its
// thousands, as a year in letters is read (תשפ״ה is 5785): it was read
// with nothing said.
func TestHebrewYearOfThreeDigits(t *testing.T) {
	for _, text := range []string{"25 Kislev 785", "ר״ח כסלו 784", "כ״ה כסלו 785"} {
		r := dateline.Check(text, heldoutRef)
		assert.Contains(t, severityCodes(dateline.Match{Report: r}, dateline.Warning), dateline.CodeYearUnlikely, text)
		assert.Less(t, r.Dateline.Hebrew.Year, 1000, text)
	}
	for _, text := range []string{"25 Kislev 5785", "כ״ה כסלו תשפ״ה"} {
		r := dateline.Check(text, heldoutRef)
		assert.Empty(t, r.Problems, text)
	}
}
