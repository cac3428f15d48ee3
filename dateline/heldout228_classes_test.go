package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout228SpacedNumericDate: a numeric date whose numbers a
// separator with a space on either side parts, day or month first and a
// year of four digits last, "19 / 05 / 2024" (Emlak Kulisi's date line,
// emlakkulisi.com.tr, the two-hundred-and-twenty-eighth held-out round),
// was no date; only an ISO date spaced with dashes was read ("2009 - 09 -
// 01", the hundred-and-fourteenth round). A slash, a point or a hyphen,
// the same between all three numbers, now parts them, as it does unspaced,
// in the same order (a date that reads both ways says so), and year first
// too. Two numbers alone, a year of two digits, a separator that changes
// or a space on one side only stay what they were: a range, a score or
// no date.
func TestHeldout228SpacedNumericDate(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"19 / 05 / 2024", "2024-05-19"},
		{"19 - 05 - 2024", "2024-05-19"},
		{"19 . 05 . 2024", "2024-05-19"},
		{"27 / 1 / 2023", "2023-01-27"},
		{"12 / 25 / 2023", "2023-12-25"},
		{"2024 / 05 / 19", "2024-05-19"},
		{"Pazar, 19 / 05 / 2024", "2024-05-19"},
		{"Κυριακή, 19 / 05 / 2024", "2024-05-19"},
		{"19 / 05 / 2024 10:30", "2024-05-19"},
		// The spaced ISO date, as before.
		{"2009 - 09 - 01", "2009-09-01"},
	})
	// A day and a month that both may be the month read both ways, as
	// unspaced: the order is said.
	m := oneMatch(t, "2 / 3 / 2024", heldoutRef)
	assert.Equal(t, "2024-02-03", m.Dateline.Time.Format("2006-01-02"))
	assert.Contains(t, severityCodes(m, dateline.Warning), dateline.CodeDateAmbiguous)
	// A weekday the date does not fall on is said.
	m = oneMatch(t, "Cumartesi, 19 / 05 / 2024", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"3 / 4", ""},
		{"1 / 2 / 24", ""},
		{"19 / 13 / 2024", ""},
		{"32 / 05 / 2024", ""},
		{"19 / 05 - 2024", ""},
		{"19 /05 / 2024", ""},
		{"19 / 05 / 20245", ""},
		{"1941 - 1945", ""},
	})
}

// TestHeldout228TurkishAccusativeEnding: Turkish's accusative case ending,
// which it joins with an apostrophe to a date as an object, "10 eylül’ü"
// (Ekşi Sözlük's "10 eylül’ü 11 eylül’e bağlayan akşam", eksisozluk.com,
// the two-hundred-and-twenty-eighth held-out round), after a month or a
// year, "26 Mart’ı", "1 Ekim 2018’i", was no date: the endings for "in",
// "from", "to" and "of" were read, not this one. It is text of the date,
// as theirs are, in its four vowels and after a vowel with a y; a weekday
// the date does not fall on is still said, and a letter that is no such
// ending after the apostrophe leaves the date unread as before.
func TestHeldout228TurkishAccusativeEnding(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"1 Ekim 2018’i", "2018-10-01"},
		{"10 Eylül 2018’i", "2018-09-10"},
		{"15 Kasım 2003'ü", "2003-11-15"},
		{"6 Haziran 2019'u", "2019-06-06"},
		{"Pazartesi, 10 Eylül 2018’i", "2018-09-10"},
		{"Cuma, 26 Mart 2021'i", "2021-03-26"},
		// The other endings, as before.
		{"10 Eylül 2018’de", "2018-09-10"},
		{"6 Eylül 2021'in", "2021-09-06"},
	})
	checkWholeInferred(t, pageRef(2018), "10 eylül’ü", "2018-09-10")
	checkWholeInferred(t, pageRef(2021), "26 Mart’ı", "2021-03-26")
	m := oneMatch(t, "Salı, 10 Eylül 2018’i", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	checkUnread(t, heldoutRef, "10 Eylül’ö", "10 Eylül’üx")
}
