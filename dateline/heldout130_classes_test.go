package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout130CommaAfterLetterDay: a comma between a day written in
// Hebrew letters and its month, as a letter's date line sets each part
// apart: "א, אדר ב,, תש"ג" (1 Adar II 5703, the Rebbe's Yiddish letters
// on Yiddish Wikisource, yi.wikisource.org, the 130th held-out round).
// The comma ended the day, and the month was read alone: Adar II 5703,
// the whole month. The comma is now read between the day and a Hebrew
// month's name when a Hebrew year follows the month; without one the
// comma still ends the day, as a bare letter before a comma is as often a
// section's number ("הלכה ב, אדר", law 2, Adar), and the month alone is
// no day.
func TestHeldout130CommaAfterLetterDay(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{`א, אדר ב,, תש"ג`, "1943-03-08", "1 Adar II 5703"},
		{`ב"ה, א, אדר ב,, תש"ג`, "1943-03-08", "1 Adar II 5703"},
		{`כ"ז, אדר ב, תשי"ד`, "1954-04-01", "27 Adar II 5714"},
		{`ט"ו, שבט, תשט"ו`, "1955-02-07", "15 Shevat 5715"},
		{`ט"ו, שבט תשט"ו`, "1955-02-07", "15 Shevat 5715"},
		{`ט"ו, שבט 5715`, "1955-02-07", "15 Shevat 5715"},
		{`י"ז, חשון, ה'תש"ל`, "1969-10-29", "17 Cheshvan 5730"},
		{`ב"ה, ג, תמוז, תשמ"ח`, "1988-06-18", "3 Tammuz 5748"},
	})
	// A weekday that is not the day's is still an error.
	m := oneMatch(t, `יום ב, כ"ה, כסלו, תשפ"ה`, heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// Without a year after the month, the comma ends the day.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"הלכה ב, אדר", ""},
		{"סעיף ב, שבט", ""},
		{"ב, שבט, ואחר כך", ""},
		{"א, ב, ג", ""},
	})
}

// TestHeldout130DoubledComma: two commas in a row before a year, a slip
// of the keys that a date line prints as it was typed: "א, אדר ב,, תש"ג"
// (Yiddish Wikisource, the 130th held-out round). The year behind the
// second comma was left out, and the day read in the year nearest the
// reference with no more than a note that the year was inferred: "כ"ז
// אדר ב,, תשי"ד" (27 Adar II 5714) was 27 Adar II 5787, a silent wrong
// day, and "March 2,, 2024" March 2, 2027 with a warning. A doubled comma
// is now read as one before a year of either calendar; three are not.
func TestHeldout130DoubledComma(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{`כ"ז אדר ב,, תשי"ד`, "1954-04-01", "27 Adar II 5714"},
		{`ט"ו שבט,, תשט"ו`, "1955-02-07", "15 Shevat 5715"},
		{"15 Shevat,, 5715", "1955-02-07", "15 Shevat 5715"},
		{"March 2,, 2024", "2024-03-02", "22 Adar I 5784"},
		{"2 במרץ,, 2024", "2024-03-02", "22 Adar I 5784"},
		{"Saturday, March 2,, 2024", "2024-03-02", "22 Adar I 5784"},
	})
	// A wrong weekday is still said.
	m := oneMatch(t, "Friday, March 2,, 2024", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// Three commas are no slip: the year is not read past them, and the
	// day is said to be of an inferred year.
	m = oneMatch(t, `ט"ו שבט,,, תשט"ו`, heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Info), dateline.CodeYearInferred)
}
