package dateline_test

import (
	"testing"
	"time"

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
	// day is said to be of an inferred year, with a warning that its
	// sentence names 5715, as for the year in digits (see
	// TestFixadvASentenceLetterYear).
	for _, text := range []string{`ט"ו שבט,,, תשט"ו`, "15 Shevat,,, 5715"} {
		m = oneMatch(t, text, heldoutRef)
		assert.Equal(t, 5787, m.Dateline.Hebrew.Year, text)
		assert.Contains(t, severityCodes(m, dateline.Warning), dateline.CodeYearInferred, text)
	}
}

// TestHeldout130WeekdayGeresh: a weekday's name written in full with the
// mark of its letter after it, as if abbreviated: "ביום שלישי' טז אדר,
// (14.3)" (on Tuesday, 16 Adar, (14.3); the--temple.blogspot.com, a post
// of March 2017 met while collecting the 130th held-out round and left
// out of it, as 2028 fits its year-less days too and is nearer the
// reference). The mark cut the weekday off: the Hebrew day was read alone
// and the civil day in the bracket dropped, and "ביום שני' 14.3.2017" was
// March 14 with its wrong Monday unsaid. The mark, a geresh or an
// apostrophe that ends the word, is now the weekday's text, after יום or
// ביום or before a comma and a date, as the weekday is read without it.
func TestHeldout130WeekdayGeresh(t *testing.T) {
	ref2017 := dateline.Reference(time.Date(2017, time.March, 1, 0, 0, 0, 0, time.UTC))
	checkDayHebs(t, ref2017, []struct{ text, day, heb string }{
		{"ביום שלישי' טז אדר, (14.3)", "2017-03-14", "16 Adar 5777"},
		{"ביום שלישי' 14.3.2017", "2017-03-14", "16 Adar 5777"},
		{"יום שלישי׳, 14.3.2017", "2017-03-14", "16 Adar 5777"},
		{"שלישי', 14.3.2017", "2017-03-14", "16 Adar 5777"},
		{`יום רביעי' ז' שבט תשפ"ה`, "2025-02-05", "7 Shevat 5785"},
	})
	// A weekday that is not the date's is said.
	m := oneMatch(t, "ביום שני' 14.3.2017", ref2017)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// The mark makes no weekday of a word that is none, nor of an
	// ordinal in prose.
	checkDayOrNone(t, ref2017, []struct{ text, day string }{
		{"ביום שלישי' הוא יום", ""},
		{"פרק שני', 5.10.2023", "2023-10-05"},
	})
}
