package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout202OldStyleEquals: an Old Style bracket whose marker an
// equals sign links to its day, or whose day is an ordinal with its
// abbreviation point, is the Julian half of the New Style date before
// it, as "(O.S. November 19)" and "[OS: 4 September 1745]" were: "He died
// on December 1st. 1825 (O.S. = November 19th.)" (All About Royal
// Families, allaboutroyalfamilies.blogspot.com, the two-hundred-and-second
// held-out round, incoming line 2814) was read as the Julian December 1,
// twelve days late with an info only, and November 19 of its own. After
// an equals sign the marker is never the date before's; a bracket's day
// that is not the New Style day's Julian date is said.
func TestHeldout202OldStyleEquals(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"December 1st. 1825 (O.S. = November 19th.)", "1825-12-01", "21 Kislev 5586"},
		{"December 1, 1825 (O.S. = November 19)", "1825-12-01", "21 Kislev 5586"},
		{"December 1st, 1825 (O.S. November 19th)", "1825-12-01", "21 Kislev 5586"},
		{"1 December 1825 (O.S. = 19 November)", "1825-12-01", "21 Kislev 5586"},
		{"the 1st of December 1825 (O.S. = 19th November)", "1825-12-01", "21 Kislev 5586"},
		{"December 23rd (O.S. = December 12th) 1777", "1777-12-23", "23 Kislev 5538"},
		{"June 9, 1672 [O.S. = May 30]", "1672-06-09", "14 Sivan 5432"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"He died on December 1st. 1825 (O.S. = November 19th.)",
			"December 1st. 1825 (O.S. = November 19th.)", "1825-12-01", "21 Kislev 5586"},
	})
	// The equals sign is never said of the date before it: the date stays
	// New Style, and the bracket is text.
	ms := dateline.Find("December 1, 1825 (O.S. = 12 days earlier)", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "1825-12-01", ms[0].Dateline.Time.Format("2006-01-02"))
	// A bracket's day that is not the Julian date is said.
	rep := dateline.Check("December 1, 1825 (O.S. = November 20)", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeCalendar, rep.Problems[0].Code)
	// The marker after the date, with no equals sign, is still of it.
	rep = dateline.Check("December 1, 1825 O.S.", heldoutRef)
	assert.Equal(t, "1825-12-13", rep.Dateline.Time.Format("2006-01-02"))
}

// TestHeldout202LeadingOldStyle: a bracket without a marker right before
// a New Style date, holding exactly that date's Julian day in its year,
// is its Old Style half, as the bracket after it is ("29 листопада (12
// грудня) 1905"): "was born (May 30) June 9 in 1672" (calendr.net's
// life of Peter I, the two-hundred-and-second held-out round, incoming
// line 2815) was two dates of 1672, May 30 eleven days wrong. A bracket
// of any other day, or of words and a day, stays a date of its own.
func TestHeldout202LeadingOldStyle(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"was born (May 30) June 9 in 1672", "May 30) June 9 in 1672", "1672-06-09", "14 Sivan 5432"},
		{"Peter was born (May 30) June 9, 1672, in Moscow.", "May 30) June 9, 1672", "1672-06-09", "14 Sivan 5432"},
		{"born (30 May) 9 June 1672", "30 May) 9 June 1672", "1672-06-09", "14 Sivan 5432"},
		{"died [November 19] December 1, 1825", "November 19] December 1, 1825", "1825-12-01", "21 Kislev 5586"},
		{"народився (29 листопада) 12 грудня 1905", "29 листопада) 12 грудня 1905", "1905-12-12", "14 Kislev 5666"},
	})
	for _, text := range []string{
		"was born (May 31) June 9 in 1672", // not the Julian day
		"was born (see May 3) June 9, 1672",
		"was born (May 30) June 9", // no year to prove it
	} {
		t.Run(text, func(t *testing.T) {
			assert.Len(t, dateline.Find(text, heldoutRef), 2)
		})
	}
}
