package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout135BeginsBeforeSundown: an occasion's verb of beginning with
// "before sundown" (before sunset, before nightfall) before its day, as
// papers say it begins with the candles lit before the sun sets:
// "Passover begins before sundown on Monday, April 22 and will end after
// nightfall on Tuesday, April 30" (AOL, 2024, the 135th held-out round)
// was read as the Monday with the occasion's 15 Nisan and a warning that
// it is the next day's date, the evening's words unread. They now name
// the day's evening, as "at sundown" does: the day is the occasion's
// eve, and another day, or a wrong weekday, is an error. After a date, or
// after a verb that is not an occasion's beginning, they are not read.
func TestHeldout135BeginsBeforeSundown(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Passover begins before sundown on Monday, April 22", "2024-04-22", "15 Nisan 5784"},
		{"Passover begins before sundown on Monday, April 22, 2024", "2024-04-22", "15 Nisan 5784"},
		{"Hanukkah begins before sundown on Wednesday, December 25, 2024", "2024-12-25", "25 Kislev 5785"},
		{"Yom Kippur begins before sunset on Friday, October 11, 2024", "2024-10-11", "10 Tishrei 5785"},
		{"Rosh Hashanah begins before nightfall on Wednesday, October 2, 2024", "2024-10-02", "1 Tishrei 5785"},
	})
	for _, tc := range []struct {
		text string
		code dateline.Code
	}{
		{"Passover begins before sundown on Tuesday, April 23, 2024", dateline.CodeOccasion},
		{"Passover begins before sundown on Tuesday, April 22, 2024", dateline.CodeWeekday},
	} {
		m := oneMatch(t, tc.text, heldoutRef)
		assert.Contains(t, severityCodes(m, dateline.Error), tc.code, tc.text)
	}
	// Without an occasion's verb before them, or after a date, the words
	// leave the civil day's date as it was.
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"The store closes before sundown on Monday, April 22, 2024", "2024-04-22", "14 Nisan 5784"},
		{"April 22, 2024 before sundown", "2024-04-22", "14 Nisan 5784"},
		{"Passover begins before dinner on Monday, April 22, 2024", "2024-04-22", "14 Nisan 5784"},
	})
}

// TestHeldout135AppositiveWhichBegins: an occasion, a description set off
// by commas and a relative clause whose verb says when it begins: "Yom
// Kippur, the Day of Atonement, which begins at sundown Sept. 17" (The
// Patriot Ledger, 2010, the 135th held-out round) was read from "at
// sundown" on, 17 September of the year nearest the reference, 2026,
// with only an info: a silent wrong day. The appositive read a verb after
// its comma, not a "which" clause. It now reads the clause, and the day
// is the occasion's eve, in the year whose eve it is; another day is an
// error, and a clause that says no beginning is prose.
func TestHeldout135AppositiveWhichBegins(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Yom Kippur, the Day of Atonement, which begins at sundown Sept. 17", "2010-09-17", "10 Tishrei 5771"},
		{"Yom Kippur, the Day of Atonement, which begins at sundown on Friday, October 11, 2024", "2024-10-11", "10 Tishrei 5785"},
		{"Chanukah, the Festival of Lights, which begins at sundown on Tuesday, December 12, 2017", "2017-12-12", "25 Kislev 5778"},
		{"Rosh Hashanah, the Jewish New Year, which begins at sunset on Sunday, September 29, 2019", "2019-09-29", "1 Tishrei 5780"},
		{"Passover, also known as Pesach, which begins at sundown on April 22, 2024", "2024-04-22", "15 Nisan 5784"},
		// Without the description, as before.
		{"Yom Kippur, which begins at sundown Sept. 17", "2010-09-17", "10 Tishrei 5771"},
	})
	for _, text := range []string{
		"Yom Kippur, the Day of Atonement, which begins at sundown Sept. 18, 2010",
		"Purim, the Feast of Lots, which begins at sundown on Wednesday, March 20, 2024",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error), text)
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Yom Kippur, the Day of Atonement, which we love", ""},
	})
}

// TestHeldout135JewishNewYear: Rosh Hashana by its English name in words,
// "the Jewish New Year", as the other languages' (Nouvel An juif, Año
// Nuevo judío) were read: "The start of the Jewish New Year comes this
// Sunday night, Sept. 29" (St. Louis Jewish Light, 2019, the 135th
// held-out round) was read as Sunday 29 September 2024, the nearest year
// whose 29 September is a Sunday, with only an info: a silent wrong day.
// The name now chooses the year whose Rosh Hashana begins that night, and
// a day that is not its eve is an error. "The Jewish New Year for Trees"
// is Tu BiShvat's name, read to its end; a greeting is no date.
func TestHeldout135JewishNewYear(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"The start of the Jewish New Year comes this Sunday night, Sept. 29", "2019-09-29", "1 Tishrei 5780"},
		{"The Jewish New Year begins at sundown on Sunday, September 29, 2019", "2019-09-29", "1 Tishrei 5780"},
		{"the Jewish New Year begins at sunset on Wednesday, October 2", "2024-10-02", "1 Tishrei 5785"},
		{"Jewish New Year 5780", "2019-09-30", "1 Tishrei 5780"},
		{"Tu BiShvat, the Jewish New Year for Trees, begins at sundown on Sunday, January 20, 2019", "2019-01-20", "15 Shevat 5779"},
		{"the Jewish New Year for Trees, January 21, 2019", "2019-01-21", "15 Shevat 5779"},
		{"the Jewish New Year of the Trees, January 21, 2019", "2019-01-21", "15 Shevat 5779"},
	})
	for _, text := range []string{
		"The Jewish New Year begins at sundown on Sunday, September 22, 2019",
		"the Jewish New Year for Trees, January 22, 2019",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error), text)
	}
	// In appositive after the Hebrew name, with a number after it, the
	// name reads as "Rosh Hashanah, 7776" and "Rosh Hashanah, 5776" do:
	// a year that is not the date's is an error, and a year with no verb
	// after it a dateline of its own.
	m := oneMatch(t, "Rosh Hashanah, the Jewish New Year, 7776 – begins at sundown, Sunday, Sept. 13, 2015.", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
	ms := dateline.Find("Rosh Hashanah, the Jewish New Year, 5776 – a time to reflect, Sunday, Sept. 13, 2015.", heldoutRef)
	if assert.Len(t, ms, 2) {
		assert.Equal(t, "2015-09-14", ms[0].Dateline.Time.Format(time.DateOnly))
		assert.Equal(t, "2015-09-13", ms[1].Dateline.Time.Format(time.DateOnly))
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Happy Jewish New Year!", ""},
		{"Jewish New Year's greetings to all", ""},
	})
}
