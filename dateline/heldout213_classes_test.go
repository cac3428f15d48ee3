package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout213WeekdayDaytimeCompound: a weekday joined in one word with
// its morning or afternoon, as German, Dutch and Swedish join it with its
// evening ("Freitagabend", "zondagavond", "lördagskväll"): "In 2013 viel
// de dag op vrijdagavond 13 september tot en met zaterdagmiddag 14
// september" (Christipedia on Yom Kippur, christipedia.nl, the 213th
// held-out round) was read as two dates, the range's end word no weekday.
// A morning or an afternoon says nothing of the Hebrew date, where an
// evening gives the next day's; a wrong weekday is still an error, and a
// night, which the text may put after the day or into it, stays unread.
func TestHeldout213WeekdayDaytimeCompound(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"In 2013 viel de dag op vrijdagavond 13 september tot en met zaterdagmiddag 14 september", "2013-09-13", "10 Tishrei 5774"},
		{"vrijdagavond 13 september tot en met zaterdagmiddag 14 september 2013", "2013-09-13", "10 Tishrei 5774"},
		{"zaterdagmiddag 14 september 2013", "2013-09-14", "10 Tishrei 5774"},
		{"zondagochtend 15 september 2013", "2013-09-15", "11 Tishrei 5774"},
		{"Samstagnachmittag, 14. September 2013", "2013-09-14", "10 Tishrei 5774"},
		{"Sonntagmorgen, 15. September 2013", "2013-09-15", "11 Tishrei 5774"},
		{"Freitagabend, 13. September 2013", "2013-09-13", "10 Tishrei 5774"},
		{"söndagseftermiddag den 15 september 2013", "2013-09-15", "11 Tishrei 5774"},
		{"lördagsmorgon den 14 september 2013", "2013-09-14", "10 Tishrei 5774"},
	})
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"zaterdagmiddag 14 september 2013", "2013-09-14"},
		{"Sonntagvormittag, 15. September 2013", "2013-09-15"},
		{"woensdagmiddag 16 oktober 2024", "2024-10-16"},
	})
	// The wrong weekday is said, as for the weekday alone.
	rep := dateline.Check("zaterdagmiddag 14 september 2014", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
	// A night joined to its weekday is no part the reader takes.
	checkUnread(t, heldoutRef, "Samstagnacht, 14. September 2013", "zaterdagnacht 14 september 2013")
}
