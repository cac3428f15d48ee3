package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout231OldOrdinalD: the "d" that English wrote, into the
// twentieth century and in law reports still, after a day whose ordinal
// ends in second or third (2d, 3d, 22d, 23d), before or after the month:
// "22d December, 1833" (a will's affidavit quoted in Fatheree v.
// Lawrence, app.midpage.ai, incoming line 3027, the 231st held-out
// round) was no date. The "d" is the day's own text, which a layout
// writes on that day only; "the 3d day of March, 1920" too, as "the 3rd
// day of". A day that is not a second or a third ("12d",
// "5d"), or more letters after the "d", stay unread.
func TestHeldout231OldOrdinalD(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"22d December, 1833", "1833-12-22"},
		{"the 22d of December, 1833", "1833-12-22"},
		{"December 22d, 1833", "1833-12-22"},
		{"Dec. 3d, 1851", "1851-12-03"},
		{"2d March 1920", "1920-03-02"},
		{"23d Nov. 1870", "1870-11-23"},
		{"the 3d day of March, 1920", "1920-03-03"},
		{"the 22d day of December, 1833", "1833-12-22"},
		// Read before, unchanged.
		{"22nd December, 1833", "1833-12-22"},
		{"the 19th of December, 1877", "1877-12-19"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Sworn to, and subscribed in open court, this 22d December, 1833.", "22d December, 1833", "1833-12-22", "10 Tevet 5594"},
	})
	checkUnread(t, heldoutRef,
		"12d December 1833", // the 12th
		"5d December 1833",
		"December 12d, 1833",
		"December 2dn 1833",
		"the 5d day of March, 1920",
	)
	rep := dateline.Check("31d December, 1833", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeSyntax, rep.Problems[0].Code)
}

// TestHeldout231ContractedMonth: an English month contracted as
// registers, deeds and letters of the eighteenth and nineteenth
// centuries wrote it, its first letters, an apostrophe (ASCII or
// typographic) and its last one or two: "Feb'y 23, 1797" (Ellis Ames's
// history of the Redman Farm, stoughtonhistory.com, incoming line 3029,
// the 231st held-out round) was no date, and so was the same page's
// "22d Dec'r". Letters that do not end the month's name ("Feb'x"), or
// fewer than three before the apostrophe ("Fe'y"), stay unread.
func TestHeldout231ContractedMonth(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Feb'y 23, 1797", "1797-02-23"},
		{"Jan’y 5, 1801", "1801-01-05"},
		{"Sept'r 14, 1801", "1801-09-14"},
		{"3d Oct'r 1799", "1799-10-03"},
		{"22d Dec'r, 1826", "1826-12-22"},
		{"Nov'r 30th, 1812", "1812-11-30"},
		{"Aug'st 9, 1790", "1790-08-09"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"that was set off and on Feb'y 23, 1797, incorporated into a new town", "Feb'y 23, 1797", "1797-02-23", "27 Shevat 5557"},
	})
	checkUnread(t, heldoutRef,
		"Feb'x 23, 1797",
		"Fe'y 23, 1797",
		"Dec'r",
	)
	rep := dateline.Check("Feb'y 30, 1797", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeNoSuchDay, rep.Problems[0].Code)
}
