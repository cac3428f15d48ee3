package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout149SlashedYearlessRange: a range of two days written month
// first with a slash and no year, M/D - M/D, after an occasion or a
// weekday that vouch for the numbers being dates: "Shmini Atzeret
// (sunset 9/25 - sunset 9/26)" (Amherst College's religious holidays,
// amherst.edu, the hundred-and-forty-ninth held-out round). The end was
// no date, so the dateline was a syntax error, and Find read the start
// alone in the year nearest the reference, 2026, against its occasion.
// The occasion now fixes the year, as after a range of month names. Two
// such numbers with nothing that vouches for them may be scores, and a
// start that reads both ways (4/5) leaves the end's order unknown: both
// are left as they were.
func TestHeldout149SlashedYearlessRange(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Shmini Atzeret (sunset 9/25 - sunset 9/26)", "2013-09-25"},
		{"Shemini Atzeret 9/25 - 9/26", "2013-09-25"},
		{"Sukkot 9/30 - 10/7", "2023-09-30"},
		{"Passover (sundown 4/22 - nightfall 4/30)", "2024-04-22"},
		{"Yom Kippur, 25/9 - 26/9", "2012-09-25"},
		// With its year, as before.
		{"Shmini Atzeret (sunset 9/25/2013 - sunset 9/26/2013)", "2013-09-25"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"The score was 9/25 - 9/26 at half time", ""},
		{"Sunset 9/25 - 9/26", ""},
	})
	// A range that runs backwards is none.
	assert.False(t, dateline.Check("Sukkot 10/7 - 9/30", heldoutRef).OK())
}

// TestHeldout149OccasionFromSunset: an occasion's span given from the
// sunset it begins at to a sunset or nightfall, the start's sunset word
// in brackets or after a colon: "Shmini Atzeret (sunset 9/25 - sunset
// 9/26)" (amherst.edu, the hundred-and-forty-ninth held-out round),
// "Passover: Sundown on April 10 ... through Sundown on April 11"
// (nashville.gov, the same round). The start's day was read as the
// occasion's own, with a warning that the occasion begins at its sunset,
// which the text said, and the Nashville line's year as the most recent
// in whose Passover the day fell (2023's 19 Nisan, no Seder's evening);
// the day is now the evening the occasion begins, the year the one whose
// eve it is, and a day that is not the occasion's eve is an error. A
// sunset word without a sunset at the end may be the day's end and is
// read as before.
func TestHeldout149OccasionFromSunset(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Shmini Atzeret (sunset 9/25 - sunset 9/26)", "2013-09-25", "22 Tishrei 5774"},
		{"Shemini Atzeret (sunset September 25 - sunset September 26)", "2013-09-25", "22 Tishrei 5774"},
		{"Shemini Atzeret: sunset September 25, 2013 - nightfall September 26, 2013", "2013-09-25", "22 Tishrei 5774"},
		{"Passover: Sundown on April 10 through Sundown on April 11", "2017-04-10", "15 Nisan 5777"},
		{"Passover (sundown 4/22 - nightfall 4/30)", "2024-04-22", "15 Nisan 5784"},
	})
	for _, text := range []string{
		"Shmini Atzeret (sunset 9/25 - sunset 9/26)",
		"Passover: Sundown on April 10 through Sundown on April 11",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Empty(t, severityCodes(m, dateline.Warning), text)
	}
	// A start that is not the occasion's eve is said.
	m := oneMatch(t, "Passover (sundown 4/23/2024 - nightfall 4/30/2024)", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// Without a sunset at the end, as before: the occasion's day, warned.
	m = oneMatch(t, "Shemini Atzeret (sunset 9/25/2013)", heldoutRef)
	assert.Equal(t, "2013-09-25", m.Dateline.Time.Format("2006-01-02"))
	assert.Equal(t, []dateline.Code{dateline.CodeAfterSunset}, severityCodes(m, dateline.Warning))
}

// TestHeldout149CopulaBegins: a clause that says what the occasion is,
// "is a", "is an" or "is the" and a few words, then "and" before its verb
// of beginning: "Shemini Atzeret is a Jewish holy day and begins at
// sundown on September 27" (Missouri State University's diversity blog,
// blogs.missouristate.edu, 2021, the hundred-and-forty-ninth held-out
// round). The clause stood between the occasion and its verb, so the date
// was read alone, in the year nearest the reference (2026), with only an
// info; the occasion now fixes the year, and a day that is not its eve
// is an error. A clause with no verb of beginning after "and" is prose.
func TestHeldout149CopulaBegins(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Shemini Atzeret is a Jewish holy day and begins at sundown on September 27", "2021-09-27", "22 Tishrei 5782"},
		{"Yom Kippur is the holiest day of the year and begins at sundown on Friday, October 11, 2024", "2024-10-11", "10 Tishrei 5785"},
		{"Passover is an eight-day festival and begins at sundown on Saturday, April 12, 2025", "2025-04-12", "15 Nisan 5785"},
		{"Yom Kippur is a fast day and starts on October 11, 2024", "2024-10-11", "10 Tishrei 5785"},
	})
	m := oneMatch(t, "Passover is an eight-day festival and begins at sundown on Saturday, April 13, 2025", heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeOccasion)
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Purim is a festival and a feast", ""},
	})
}

// TestHeldout149SederGloss: Pesach's first two evenings glossed in
// brackets by their Seder after a date of a dateline that names Pesach,
// and between a range's start and its "through": "Passover: Sundown on
// April 10 (First Seder) through Sundown on April 11 (Second Seder)"
// (Nashville's Human Relations Commission, nashville.gov, 2017, the
// hundred-and-forty-ninth held-out round). After "Passover" the ordinal
// was read as a counted day's, which wanted "of", and the line was a
// syntax error; the start's gloss also kept the range from its end. The
// Seder now says which evening of Pesach the date is, as "First Seder,
// Saturday, April 12" does, which fixes the year; the end's Seder must be
// the next evening, and a Seder on another day is an error or no
// dateline, as before.
func TestHeldout149SederGloss(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Passover: Sundown on April 10 (First Seder) through Sundown on April 11 (Second Seder)", "2017-04-10", "15 Nisan 5777"},
		{"Passover: Sundown on April 10 (First Seder)", "2017-04-10", "15 Nisan 5777"},
		{"Passover: April 10, 2017 (First Seder)", "2017-04-10", "15 Nisan 5777"},
		{"Passover, April 11, 2017 (Second Seder)", "2017-04-11", "16 Nisan 5777"},
		{"Passover, April 11, 2017 (2nd Seder)", "2017-04-11", "16 Nisan 5777"},
		{"Sundown on April 10 (First Seder) through Sundown on April 11 (Second Seder)", "2017-04-10", "15 Nisan 5777"},
	})
	// A Seder on another evening is said.
	m := oneMatch(t, "Passover, April 10, 2017 (Second Seder)", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// An end's Seder that is not the next evening, or a third, reads no
	// dateline.
	for _, text := range []string{
		"Passover: Sundown on April 10 (First Seder) through Sundown on April 12 (Second Seder)",
		"Passover: Sundown on April 10 (Second Seder) through Sundown on April 11 (Third Seder)",
		"Sukkot: Sundown on April 10 (First Seder)",
	} {
		assert.False(t, dateline.Check(text, heldoutRef).OK(), text)
	}
}
