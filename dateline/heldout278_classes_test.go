package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout278MonthCommaDayYear: an English month's name with a comma
// right after it, then the day and the year with only a space between
// them, as AboveTopSecret's forum stamps every post ("posted on Mar, 3
// 2007 @ 09:26 PM", a thread on Purim, abovetopsecret.com, the two
// hundred and seventy-eighth held-out round). Find read nothing and
// Check stopped at the comma, where "Mar 3 2007 @ 09:26 PM" read whole.
// The comma now leads the day where one space, the day (with an
// ordinal's suffix or not), one space and a year of four digits follow;
// without the year, with a comma after the day or with a two-digit year
// the text stays unread, a day the month lacks and a weekday not the
// date's stay errors.
func TestHeldout278MonthCommaDayYear(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Mar, 3 2007", "2007-03-03"},
		{"March, 31 2024", "2024-03-31"},
		{"Dec, 24 2024", "2024-12-24"},
		{"Sep, 16 2023", "2023-09-16"},
		{"Sat, Mar, 3 2007", "2007-03-03"},
		{"Mar, 3rd 2007", "2007-03-03"},
		{"mar, 3 2007", "2007-03-03"},
	})
	checkWholeTimes(t, heldoutRef, []struct{ text, want string }{
		{"Mar, 3 2007 @ 09:26 PM", "2007-03-03 21:26"},
		{"Apr, 22 2024 @ 07:15 AM", "2024-04-22 07:15"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"posted on Mar, 3 2007 @ 09:26 PM", "Mar, 3 2007 @ 09:26 PM", "2007-03-03", "13 Adar 5767"},
		{"posted on Oct, 8 2016 @ 11:02 AM\nG'mar chatima tova", "Oct, 8 2016 @ 11:02 AM", "2016-10-08", "6 Tishrei 5777"},
	})
	// The layout writes the comma after another month.
	l, err := dateline.LayoutOf("Mar, 3 2007 @ 09:26 PM")
	require.NoError(t, err)
	other := dateline.Check("2026-12-06 18:05", heldoutRef).Dateline
	require.False(t, other.Time.IsZero())
	assert.Equal(t, "Dec, 6 2026 @ 06:05 PM", l.Format(other.Time, other.Hebrew))
	// Without its year, with a comma after the day, glued to the day or
	// with a two-digit year the comma is prose's or a list's.
	for _, text := range []string{
		"in March, 3 of them came back",
		"Mar, 3, 2007",
		"Mar, 2007",
		"Mar,3 2007",
		"Mar, 3 07",
		"Mar, 32 2007",
	} {
		t.Run(text, func(t *testing.T) {
			assert.False(t, dateline.Check(text, heldoutRef).OK())
		})
	}
	for _, text := range []string{"in March, 3 of them came back", "by May, 12 more had signed"} {
		t.Run("find "+text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, heldoutRef))
		})
	}
	// A day the month lacks, and a weekday not the date's.
	rep := dateline.Check("Feb, 30 2007", heldoutRef)
	assert.NotEmpty(t, reportCodes(rep, dateline.Error))
	rep = dateline.Check("Sun, Mar, 3 2007", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, reportCodes(rep, dateline.Error))
}
