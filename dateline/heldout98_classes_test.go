package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout98SameDayWords: English's words that say a date and the
// other calendar's after it are one day, as "is" does: "aka" and
// "a.k.a.", "also known as", and the verbs of coinciding ("coincides",
// "aligns", "corresponds", "lines up", in the present or the past) with
// "with" after them and an adverb in -ly before them or not. "Vayeshev
// for Shabbat December 9, 2023 aka the 26th of Kislev 5784:"
// (floridaregionfjmc.org) and "September 1st coincidentally aligns with
// the first of the Hebrew month Elul." (mishkanhaam.org, both of the
// ninety-eighth held-out round) were two datelines each, the second's
// civil date read in the year nearest the reference. The two dates are
// checked against each other as one dateline's: a Hebrew date that is not
// the civil one's is an error, or the after-sunset warning for the next
// day's. The words join nothing where no date of the other calendar
// follows.
func TestHeldout98SameDayWords(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Vayeshev for Shabbat December 9, 2023 aka the 26th of Kislev 5784:",
			"December 9, 2023 aka the 26th of Kislev 5784", "2023-12-09", "26 Kislev 5784"},
		{"Shabbat December 9, 2023 a.k.a. 26 Kislev 5784",
			"Shabbat December 9, 2023 a.k.a. 26 Kislev 5784", "2023-12-09", "26 Kislev 5784"},
		{"December 9, 2023, also known as 26 Kislev 5784",
			"December 9, 2023, also known as 26 Kislev 5784", "2023-12-09", "26 Kislev 5784"},
		{"26 Kislev 5784 aka December 9, 2023",
			"26 Kislev 5784 aka December 9, 2023", "2023-12-09", "26 Kislev 5784"},
		{"Tuesday, 22 Kislev, 5784 aka December 5, 2023",
			"Tuesday, 22 Kislev, 5784 aka December 5, 2023", "2023-12-05", "22 Kislev 5784"},
		{"September 1, 2019 coincides with 1 Elul 5779",
			"September 1, 2019 coincides with 1 Elul 5779", "2019-09-01", "1 Elul 5779"},
		{"1 Elul 5779 coincided with Sunday, September 1, 2019",
			"1 Elul 5779 coincided with Sunday, September 1, 2019", "2019-09-01", "1 Elul 5779"},
		{"September 1, 2019 exactly corresponds with 1 Elul 5779",
			"September 1, 2019 exactly corresponds with 1 Elul 5779", "2019-09-01", "1 Elul 5779"},
		{"December 9, 2023 lines up with 26 Kislev 5784",
			"December 9, 2023 lines up with 26 Kislev 5784", "2023-12-09", "26 Kislev 5784"},
	})
	// Without a year, the year whose two dates are one day.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"September 1st coincidentally aligns with the first of the Hebrew month Elul.", "2019-09-01"},
		{"September 1st aligns with the first of Elul.", "2019-09-01"},
	})
	// A Hebrew date that is not the civil date's: an error.
	for _, text := range []string{
		"December 9, 2023 aka the 25th of Kislev 5784",
		"September 1, 2019 coincides with 5 Elul 5779",
		"September 20, 2023 coincides with Rosh Hashanah",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, text, text[m.Start:m.End])
			assert.False(t, m.OK(), "%v", m.Problems)
		})
	}
	// No date of the other calendar after the words: the date alone.
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"September 1, 2019 coincides with the start of school.",
			"September 1, 2019", "2019-09-01", "1 Elul 5779"},
		{"December 9, 2023 aka the day of the party",
			"December 9, 2023", "2023-12-09", "26 Kislev 5784"},
		{"December 9, 2023 coincidentally was rainy",
			"December 9, 2023", "2023-12-09", "26 Kislev 5784"},
	})
}

// TestHeldout98RoshChodeshGloss: a gloss set off by a comma after Rosh
// Chodesh that names its day in words, "the first day of the Hebrew Month
// of Elul", "the first of Elul", "the 1st of Elul", is read with the
// occasion as one dateline, as a day in digits after it was ("Rosh
// Chodesh Sh'vat 1 Sh'vat 5783"): "Rosh Chodesh Elul, the first day of
// the Hebrew Month of Elul, fell on Wednesday, August 7." (templesinai.info,
// the ninety-eighth held-out round) was two datelines, the occasion alone
// read in the year nearest the reference (2026) with the warning that it
// is two days. The gloss picks the day of the two, and a gloss that is
// not one of them is an error; "the first day of the month" and other
// prose after the comma leave the occasion alone, as before.
func TestHeldout98RoshChodeshGloss(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Rosh Chodesh Elul, the first day of Elul 5773",
			"Rosh Chodesh Elul, the first day of Elul 5773", "2013-08-07", "1 Elul 5773"},
		{"Rosh Chodesh Elul, the first of Elul 5773",
			"Rosh Chodesh Elul, the first of Elul 5773", "2013-08-07", "1 Elul 5773"},
		{"Rosh Chodesh Elul, the 1st of Elul 5773",
			"Rosh Chodesh Elul, the 1st of Elul 5773", "2013-08-07", "1 Elul 5773"},
		{"Rosh Chodesh Elul, the thirtieth of Av 5773",
			"Rosh Chodesh Elul, the thirtieth of Av 5773", "2013-08-06", "30 Av 5773"},
		{"Rosh Chodesh Kislev, the first day of the Hebrew month of Kislev 5785",
			"Rosh Chodesh Kislev, the first day of the Hebrew month of Kislev 5785", "2024-12-02", "1 Kislev 5785"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Rosh Chodesh Elul, the first day of the Hebrew Month of Elul, fell on Wednesday, August 7.", "2013-08-07"},
		{"Rosh Chodesh Elul, the first of Elul, fell on Wednesday, August 7.", "2013-08-07"},
	})
	// Not a day of the occasion: an error.
	for _, text := range []string{
		"Rosh Chodesh Elul, the fifth of Elul 5773",
		"Rosh Chodesh Elul, the 5th of Elul 5773",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.False(t, m.OK(), "%v", m.Problems)
		})
	}
	// Prose after the comma: the occasion alone, as before.
	for _, text := range []string{
		"Rosh Chodesh Elul, the first day of the month.",
		"Rosh Chodesh Elul, the first time in years",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, "Rosh Chodesh Elul", text[m.Start:m.End])
		})
	}
}

// TestHeldout98EndsDayPart: a part of the last day named after "through
// the" or "until the" in English's range of a verb on each end, "the
// daylight hours of", "the day of", "the evening of", before the day:
// "begins at sundown on Sunday, January 14, and continues through the
// daylight hours of Monday, January 15, 2026." (pixelation.org, the
// ninety-eighth held-out round) was two datelines, the start read in
// 2024 (the nearest year whose January 14 is a Sunday) with a warning,
// and the end with its wrong weekday. It is now one range in 2026, its
// weekdays, neither of them 2026's, errors, as the page's are. Without a
// day after the words the start is read alone, as before.
func TestHeldout98EndsDayPart(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Sunday, January 14, and continues through the daylight hours of Monday, January 15, 2024.", "2024-01-14"},
		{"Sunday, January 14, and continues through the day of Monday, January 15, 2024.", "2024-01-14"},
		{"Sunday, January 14, and lasts until the evening of Monday, January 15, 2024.", "2024-01-14"},
		{"Sunday, January 14, and continues through the daylight hours of the next day.", "2024-01-14"},
	})
	m := oneMatch(t, "This year, that 15th day begins at sundown on Sunday, January 14, and continues through the daylight hours of Monday, January 15, 2026.", heldoutRef)
	assert.Equal(t, "2026-01-14", m.Dateline.Time.Format(time.DateOnly))
	assert.False(t, m.OK(), "%v", m.Problems)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeWeekday)
	// The range of the right weekdays is one match over both ends.
	text := "Sunday, January 14, and continues through the daylight hours of Monday, January 15, 2024."
	r := oneMatch(t, text, heldoutRef)
	assert.True(t, r.OK(), "%v", r.Problems)
	assert.Equal(t, text[:len(text)-1], text[r.Start:r.End])
}
