package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout108BareSunsetEnd: a range's end said with English's sunset
// and no "at" before it: "Passover this year begins sundown Wednesday,
// Apr. 5 and ends sundown Thursday, Apr. 13" (USA Today, 2023, the
// hundred-and-eighth held-out round) was two datelines, the end read
// apart, as "and ends" took a sunset only after "at". The end's weekday
// is checked as the range's.
func TestHeldout108BareSunsetEnd(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Passover begins at sundown Wednesday, Apr. 5 and ends sundown Thursday, Apr. 13", "2023-04-05", "15 Nisan 5783"},
		{"Passover begins sundown Wednesday, April 5, 2023 and ends sundown Thursday, April 13", "2023-04-05", "15 Nisan 5783"},
		{"Yom Kippur begins sundown Tuesday, Oct. 11 and ends nightfall Wednesday, Oct. 12", "2016-10-11", "10 Tishrei 5777"},
		{"Hanukkah begins at sundown on Sunday, Dec. 14, 2025 and ends dusk Monday, Dec. 22", "2025-12-14", "25 Kislev 5786"},
	})
	// A wrong weekday at the end is said.
	m := oneMatch(t, "Passover begins sundown Wednesday, April 5, 2023 and ends sundown Friday, April 13", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// A sunset before no date joins nothing: the start is read alone.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Passover begins on April 5, 2023 and ends sundown tonight", "2023-04-05"},
		{"and ends sundown", ""},
	})
}

// TestHeldout108PronounBeforeEnd: "it" between a range's "and" and its
// verb of ending: "This year, Rosh Hashanah begins at sunset on Sunday,
// October 2, and it ends at sunset on Tuesday, October 4." (Gustavus
// Adolphus College, 2016, the hundred-and-eighth held-out round) was two
// datelines, Find's fallback reading the start; "and it will end".
func TestHeldout108PronounBeforeEnd(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Rosh Hashanah begins at sunset on Sunday, October 2, and it ends at sunset on Tuesday, October 4", "2016-10-02", "1 Tishrei 5777"},
		{"Hanukkah begins at sundown on Sunday, December 14, and it will end at nightfall on Monday, December 22, 2025", "2025-12-14", "25 Kislev 5786"},
		{"Yom Kippur begins at sundown on Tuesday, October 11, 2016, and it ends on Wednesday, October 12", "2016-10-11", "10 Tishrei 5777"},
	})
	m := oneMatch(t, "Rosh Hashanah begins at sunset on Sunday, October 2, 2016, and it ends at sunset on Monday, October 4", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// "it" before no verb of ending joins nothing.
	ms := dateline.Find("Yom Kippur begins at sundown Tuesday, Oct. 11, and it was a Tuesday, Oct. 12", heldoutRef)
	assert.Len(t, ms, 2)
}

// TestHeldout108ThisYearBeforeBegins: "this year" between an occasion's
// name and its verb of beginning: "Passover this year begins sundown
// Wednesday, Apr. 5" (USA Today, 2023, the hundred-and-eighth held-out
// round) was read without the occasion's sunset: the day had the
// after-sunset warning instead of the evening's date, and "Passover this
// year begins on April 12, 2023" was April 12 alone, with nothing said.
func TestHeldout108ThisYearBeforeBegins(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Passover this year begins sundown Wednesday, Apr. 5 and ends sundown Thursday, Apr. 13", "2023-04-05", "15 Nisan 5783"},
		{"Passover this year begins on April 5, 2023", "2023-04-05", "15 Nisan 5783"},
		{"Yom Kippur this year will begin at sundown on Tuesday, October 11", "2016-10-11", "10 Tishrei 5777"},
		{"Chanuka w tym roku zaczyna się wieczorem 14 grudnia 2025", "2025-12-14", "25 Kislev 5786"},
	})
	for _, text := range []string{"Passover this year begins on April 12, 2023", "Rosh Hashanah this year begins at sundown on September 23, 2025"} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error), text)
	}
	// Without a verb of beginning the words are prose.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Passover this year is great", ""},
		{"Passover this year, April 5, 2023", "2023-04-05"},
	})
}

// TestHeldout108RunsFrom: English's verbs for how long an occasion goes
// on before a range's "from": "Hannukah runs from December 7th through
// the 15th" (NBC Palm Springs, 2023, the hundred-and-eighth held-out
// round) was December 7 alone in 2026; so was the brief's own "Passover
// 2023 runs from April 5 to April 13" two datelines. The range's first
// day is the occasion's, as after "is from", in the year whose occasion
// it fits.
func TestHeldout108RunsFrom(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Passover 2023 runs from April 5 to April 13", "2023-04-05", "15 Nisan 5783"},
		{"Passover runs from April 5 to April 13", "2023-04-05", "15 Nisan 5783"},
		{"Hanukkah lasts this year from December 7 through December 15", "2023-12-07", "25 Kislev 5784"},
		{"Hanukkah will run from December 14 to December 22, 2025", "2025-12-14", "25 Kislev 5786"},
		{"Sukkot 2022 lasted from October 9 to October 16", "2022-10-09", "15 Tishrei 5783"},
	})
	m := oneMatch(t, "Hanukkah 2023 runs from December 1 through December 5", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// Without "from" the verb names no first day: the date is read alone,
	// or nothing.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Hanukkah runs through December 15, 2023", "2023-12-15"},
		{"Hanukkah lasts 8 days", ""},
		{"Passover runs", ""},
	})
}

// TestHeldout108TheBeforeEndDay: a range's last day said by its number
// alone after "the": "Hannukah runs from December 7th through the 15th"
// (NBC Palm Springs, the hundred-and-eighth held-out round) was read as
// December 7 alone. "through the", "to the", "until the" before a day in
// digits; before a word the article is not the day's.
func TestHeldout108TheBeforeEndDay(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Hannukah runs from December 7th through the 15th", "2023-12-07", "25 Kislev 5784"},
		{"Hanukkah is from December 7th to the 15th", "2023-12-07", "25 Kislev 5784"},
		{"December 7th through the 15th, 2023", "2023-12-07", "24 Kislev 5784"},
		{"from December 7th until the 15th, 2023", "2023-12-07", "24 Kislev 5784"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"December 7, 2023 through the end of the month", "2023-12-07"},
		{"through the 15th", ""},
	})
}

// TestHeldout108Hannukah: Hanukkah with the n doubled and the k not, as
// American local news write it: "Hannukah runs from December 7th through
// the 15th" (NBC Palm Springs, 2023, the hundred-and-eighth held-out
// round) named no occasion.
func TestHeldout108Hannukah(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Hannukah 2023", "2023-12-08", "25 Kislev 5784"},
		{"Hannukah 5786", "2025-12-15", "25 Kislev 5786"},
	})
	m := oneMatch(t, "Hannukah, 1 November 2016", heldoutRef)
	assert.False(t, m.OK())
}
