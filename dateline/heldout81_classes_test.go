package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSunsetCommaDate: a word for the sunset, with "from" or "at" before
// it, set off from the date whose evening it names by a comma: "In 2025
// Hanukkah lasts from sunset, 14 December to nightfall, 22 December"
// (Better World, the eighty-first held-out round) was read as the range
// from the 14th with the civil day's 24 Kislev and nothing said, a silent
// wrong Hebrew date: the words before the comma were left out of the
// match. The comma is read only after a sunset ("sunset", "sundown" and
// the other languages' "solnedgången", "słońca", ...); after other words
// for the evening, after a sunset that is no phrase's ("We watched the
// sunset, December 14"), and after a verb of ending ("ends at sundown,
// Saturday"), the date keeps the civil day's Hebrew date.
func TestSunsetCommaDate(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"In 2025 Hanukkah lasts from sunset, 14 December to nightfall, 22 December.",
			"2025 Hanukkah lasts from sunset, 14 December to nightfall, 22 December", "2025-12-14", "25 Kislev 5786"},
		{"Hanukkah lasts from sunset, 14 December 2025.", "Hanukkah lasts from sunset, 14 December 2025", "2025-12-14", "25 Kislev 5786"},
		{"Pesach starts from sundown, April 22, 2024.", "Pesach starts from sundown, April 22, 2024", "2024-04-22", "15 Nisan 5784"},
		{"Jom kippur börjar vid solnedgången, 24 september 2023.", "vid solnedgången, 24 september 2023", "2023-09-24", "10 Tishrei 5784"},
		{"Pesach begynner ved solnedgang, 22. april 2024.", "ved solnedgang, 22. april 2024.", "2024-04-22", "15 Nisan 5784"},
		{"Święto zaczyna się z zachodem słońca, 6 grudnia 2015.", "z zachodem słońca, 6 grudnia 2015", "2015-12-06", "25 Kislev 5776"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		// No evening: the civil day's Hebrew date.
		{"Jerusalem, December 14, 2025", "December 14, 2025", "2025-12-14", "24 Kislev 5786"},
		{"We watched the sunset, December 14, 2025 was cold.", "December 14, 2025", "2025-12-14", "24 Kislev 5786"},
		{"Come in the evening, December 14, 2025 is the day.", "December 14, 2025", "2025-12-14", "24 Kislev 5786"},
		{"The fast ends at sundown, Saturday, October 12, 2024.", "Saturday, October 12, 2024", "2024-10-12", "10 Tishrei 5785"},
	})
}

// TestThroughToRange: "through to" joins a range's ends as "through"
// does, as British and Australian pages write it: "This year the members
// of KKSY will celebrate Yom Kippur from Friday evening, October 11th,
// through to Saturday night, October 12th" (the Sephardic Jewish Union
// of America, the eighty-first held-out round) was read as two
// datelines. A "to" after "through" with no day after it ("through to 5
// pm", "through to the end of the month") joins nothing.
func TestThroughToRange(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"This year the members of KKSY will celebrate Yom Kippur from Friday evening, October 11th, through to Saturday night, October 12th.",
			"Yom Kippur from Friday evening, October 11th, through to Saturday night, October 12th", "2024-10-11", "10 Tishrei 5785"},
		{"The exhibit runs from October 11, 2024 through to October 20, 2024.", "October 11, 2024 through to October 20, 2024", "2024-10-11", "9 Tishrei 5785"},
		{"The exhibit runs October 11 through to October 20, 2024.", "October 11 through to October 20, 2024", "2024-10-11", "9 Tishrei 5785"},
		{"Sukkot: 17 October 2024 thru to 23 October 2024", "Sukkot: 17 October 2024 thru to 23 October 2024", "2024-10-17", "15 Tishrei 5785"},
	})
	for _, tc := range []struct{ text, match string }{
		{"The sale runs October 11, 2024 through to 5 pm.", "October 11, 2024"},
		{"Open October 11, 2024 through to the end of the month.", "October 11, 2024"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
		})
	}
}

// TestEndsVerbObject: English's verb of ending with its object, "their",
// "the" or "its" and a noun, before the end's evening, sunset or "on":
// "In 2015, observing Jews will start celebrating Shavuot at sundown on
// Saturday 23 May 2015 and end their celebrations in the evening of
// Monday 25 May 2015" (whenis.co.uk, the eighty-first held-out round) was
// read as two datelines. The object is taken only where a day follows
// what comes after it: "and ended the year on a high note" joins
// nothing.
func TestEndsVerbObject(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"In 2015, observing Jews will start celebrating Shavuot at sundown on Saturday 23 May 2015 and end their celebrations in the evening of Monday 25 May 2015.",
			"Shavuot at sundown on Saturday 23 May 2015 and end their celebrations in the evening of Monday 25 May 2015", "2015-05-23", "6 Sivan 5775"},
		{"Yom Kippur begins at sundown on Friday, October 11, 2024 and ends the fast at nightfall on Saturday, October 12, 2024.",
			"Yom Kippur begins at sundown on Friday, October 11, 2024 and ends the fast at nightfall on Saturday, October 12, 2024", "2024-10-11", "10 Tishrei 5785"},
		{"The fair starts on Sunday, December 14, 2025 and ends its season on Monday, December 22, 2025.",
			"Sunday, December 14, 2025 and ends its season on Monday, December 22, 2025", "2025-12-14", "24 Kislev 5786"},
	})
	for _, tc := range []struct{ text, match string }{
		{"The festival opened on Sunday, December 14, 2025 and ended the year on a high note.", "Sunday, December 14, 2025"},
		{"We met on Sunday, December 14, 2025 and ended the evening on a walk.", "Sunday, December 14, 2025"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
		})
	}
}
