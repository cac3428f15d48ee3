package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout106SlashedHebrewPair: two days joined by a slash before a
// Hebrew month, as the same pair before the civil month is written: "27/28
// September 2019, 27/28 Elul 5779" (the title of a UK synagogue's Shabbat
// message, fps.org, the hundred-and-sixth held-out round) was its civil
// pair alone, the Hebrew pair read as the month Elul 5779 and never
// checked against it. A slash between a day and the next one before a
// Hebrew month's name now ends the pair, as before a civil month's ("13/14
// July"); the first day is the dateline's. A slash between two days that
// are not one after the other is no pair.
func TestHeldout106SlashedHebrewPair(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"27/28 September 2019, 27/28 Elul 5779", "2019-09-27", "27 Elul 5779"},
		{"27/28 Elul 5779", "2019-09-27", "27 Elul 5779"},
		{"27/28 Elul 5779 / 27/28 September 2019", "2019-09-27", "27 Elul 5779"},
		{"4/5 Adar II 5784", "2024-03-14", "4 Adar II 5784"},
		{"29/30 Kislev 5785", "2024-12-30", "29 Kislev 5785"},
		{"22/23 Tishrei 5785, 24/25 October 2024", "2024-10-24", "22 Tishrei 5785"},
		// The civil pair, as before.
		{"13/14 July 2024", "2024-07-13", "7 Tammuz 5784"},
	})
	// A Hebrew pair that is not the civil pair's days is said.
	m := oneMatch(t, "27/28 September 2019, 26/27 Elul 5779", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
	// Days that do not follow each other are no pair: the month alone.
	m = oneMatch(t, "27/29 Elul 5779", heldoutRef)
	assert.True(t, m.Dateline.Time.IsZero())
}

// TestHeldout106SameAsMark: a mark that says "is the same day as" between
// the two calendars, "<>", as PhiloTorah's Shabbat times write it: "26
// Kislev 5784 <> December 8-9, '23" (philotorah.co, the hundred-and-sixth
// held-out round) was two datelines, never checked against each other.
// "<>", "<=>", "<->" and the double arrows now part the calendars as a
// bar or a slash does: the Hebrew date of the Shabbat is the Friday's
// from sunset, as sites print it, and a day that is neither is an error.
// A '<' alone, or such a mark between words, is no date.
func TestHeldout106SameAsMark(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"26 Kislev 5784 <> December 9, 2023", "2023-12-09", "26 Kislev 5784"},
		{"December 9, 2023 <=> 26 Kislev 5784", "2023-12-09", "26 Kislev 5784"},
		{"26 Kislev 5784 <-> 9 December 2023", "2023-12-09", "26 Kislev 5784"},
		{"9 December 2023 ⇔ 26 Kislev 5784", "2023-12-09", "26 Kislev 5784"},
		{"Saturday, December 9, 2023 ↔ 26 Kislev 5784", "2023-12-09", "26 Kislev 5784"},
	})
	m := oneMatch(t, "26 Kislev 5784 <> December 8-9, '23", heldoutRef)
	assert.Equal(t, "2023-12-08", m.Dateline.Time.Format("2006-01-02"))
	assert.Empty(t, severityCodes(m, dateline.Error))
	assert.Equal(t, []dateline.Code{dateline.CodeAfterSunset}, severityCodes(m, dateline.Warning))
	// Two calendars that disagree, or a wrong weekday, are said.
	m = oneMatch(t, "26 Kislev 5784 <> December 10, 2023", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
	m = oneMatch(t, "Friday <> December 9, 2023", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"5 < 6 and 7 > 2", ""},
		{"a <> b", ""},
		{"x <=> y", ""},
	})
}
