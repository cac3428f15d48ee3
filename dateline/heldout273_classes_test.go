package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout273EndFirstRange: a range of days written with its end
// first, before a month's name in Hebrew script, as a right-to-left text
// keeps the digits it shows left to right: a Yiddish poem dated "7-6
// מערץ, 2010" (March 6-7, elabrek.blogspot.com, the two hundred and
// seventy-third held-out round), and "(29-14 מאַי 2016)" (May 14-29, an
// earlier round's Kontekstn). Find read the first day alone, from the
// second number; Check, given the whole text, said it expected a numeric
// date. The smaller day is the dateline's and the other its range's end,
// for a civil month in Yiddish or Hebrew and a Hebrew month alike. Before
// a month in Latin letters the pair is no range, and the end that is
// really the start's is still a day of the range's own order.
func TestHeldout273EndFirstRange(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"7-6 מערץ, 2010", "2010-03-06"},
		{"7-6 מערץ 2010", "2010-03-06"},
		{"29-14 מאַי 2016", "2016-05-14"},
		{"(29-14 מאַי 2016)", "2016-05-14"},
		{"17-14 אָקטאָבער 2018", "2018-10-14"},
		{"30-28 דעצעמבער 2023", "2023-12-28"},
		{"16-12 בתשרי תשפ\"ה", "2024-10-14"},
		{"7-6 אדר ב' תשפ\"ד", "2024-03-16"},
		// The weekday is the first day's.
		{"שבת, 7-6 מערץ 2010", "2010-03-06"},
		// The range's own order, as before.
		{"6-7 מערץ, 2010", "2010-03-06"},
		{"14-29 מאַי 2016", "2016-05-14"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"ס'איז היינט אַ טאָג פון פרייד, אַ ליכטיקער, אַ מילדער 7-6 מערץ, 2010", "7-6 מערץ, 2010", "2010-03-06", "20 Adar 5770"},
		{"אין היינטצייטיקן פּוילן (29-14 מאַי 2016)", "29-14 מאַי 2016", "2016-05-14", "6 Iyyar 5776"},
	})
	// A weekday that is not the first day's is an error.
	rep := dateline.Check("זונטיק, 7-6 מערץ 2010", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	// An end that the month does not have.
	rep = dateline.Check("31-30 אַפּריל 2024", heldoutRef)
	assert.False(t, rep.OK())
	// Before a month in Latin letters, and with the same day twice, no
	// range: the text is not read whole.
	checkUnread(t, heldoutRef, "7-6 March 2010", "7-6 Adar 5784", "7-7 מערץ 2010")
}
