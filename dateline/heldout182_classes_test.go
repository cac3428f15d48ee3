package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout182NearSunsetRangeEnd: a range's end at a sunset a little
// after or before which it ends, after a word for "until" ("through just
// after sunset on", "until shortly after nightfall on", "to a few minutes
// after nightfall on", Spanish "hasta poco después del anochecer del",
// German "bis kurz nach Sonnenuntergang am"), as after a verb of ending
// ("and ends shortly after nightfall on"): "from just before sunset on
// Sept. 15 through just after sunset on Sept. 16" (Georgia State
// University, belonging.gsu.edu, the hundred-and-eighty-second held-out
// round, incoming line 2647) was two datelines, the end's evening a day
// of its own. The range gives its first day; a nearness to anything but
// a sunset, or a sunset with no day after it, joins nothing.
func TestHeldout182NearSunsetRangeEnd(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"from sunset on Sept. 15, 2021 through just after sunset on Sept. 16, 2021", "2021-09-15", "10 Tishrei 5782"},
		{"from sunset on Sept. 15, 2021 until shortly after nightfall on Sept. 16, 2021", "2021-09-15", "10 Tishrei 5782"},
		{"Sept. 15 through just after sunset on Sept. 16, 2021", "2021-09-15", "9 Tishrei 5782"},
		{"Sunday, Sept. 24, 2023 until a few minutes after nightfall on Monday, Sept. 25, 2023", "2023-09-24", "9 Tishrei 5784"},
		{"September 15, 2021 to 72 minutes after sundown on September 16, 2021", "2021-09-15", "9 Tishrei 5782"},
		{"desde el atardecer del 15 de septiembre hasta poco después del anochecer del 16 de septiembre de 2021", "2021-09-15", "10 Tishrei 5782"},
		{"15. September 2021 bis kurz nach Sonnenuntergang am 16. September 2021", "2021-09-15", "9 Tishrei 5782"},
	})
	checkUnread(t, heldoutRef,
		"Sept. 15, 2021 through just after the meeting on Sept. 16, 2021",
		"Sept. 15, 2021 through shortly before the end on Sept. 16, 2021",
		"from sunset on Sept. 15, 2021 until just after sunset",
	)
}

// TestHeldout182NearSunsetRangeStart: a range opened by a word for "from"
// at a sunset a little before or after which it starts, or at English's
// bare "before" or "after" one ("from just before sunset on", "from
// shortly after sundown on", "from 18 minutes before sunset on", "from
// several minutes before sunset on", "from before sunset on", "from after
// nightfall on"; Spanish "desde poco antes del atardecer del", German "von
// kurz vor Sonnenuntergang am"): "from just before sunset on Sept. 15
// through just after sunset on Sept. 16" (Georgia State University, the
// hundred-and-eighty-second held-out round, incoming line 2647) was no
// date for Check. As "from sunset on" and "begins before sundown on" are,
// the start is the day's evening, with the next day's Hebrew date: the
// observance begins at sunset, the minutes before it a margin kept. A
// Hebrew date of the civil day beside it is warned of, a wrong weekday
// is an error, and a nearness to anything but a sunset stays unread.
func TestHeldout182NearSunsetRangeStart(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"from just before sunset on Sept. 15, 2021 through just after sunset on Sept. 16, 2021", "2021-09-15", "10 Tishrei 5782"},
		{"from before sunset on Wednesday, Sept. 15, 2021 to after nightfall on Thursday, Sept. 16, 2021", "2021-09-15", "10 Tishrei 5782"},
		{"from shortly after sundown on Sept. 15, 2021", "2021-09-15", "10 Tishrei 5782"},
		{"from after nightfall on Sept. 15, 2021 until nightfall on Sept. 16, 2021", "2021-09-15", "10 Tishrei 5782"},
		{"from 18 minutes before sunset on Friday, September 15, 2023 until 42 minutes after sunset on Saturday, September 16, 2023", "2023-09-15", "1 Tishrei 5784"},
		{"from several minutes before sunset on Sunday, Sept. 24, 2023 until a few minutes after nightfall on Monday, Sept. 25, 2023", "2023-09-24", "10 Tishrei 5784"},
		{"from just before sunset on Sept. 15 (10 Tishrei 5782)", "2021-09-15", "10 Tishrei 5782"},
		{"desde poco antes del atardecer del 15 de septiembre de 2021 hasta poco después del anochecer del 16 de septiembre de 2021", "2021-09-15", "10 Tishrei 5782"},
		{"von kurz vor Sonnenuntergang am 15. September 2021 bis kurz nach Sonnenuntergang am 16. September 2021", "2021-09-15", "10 Tishrei 5782"},
	})
	// The real row names no year: the nearest, said so, and the
	// evening's Hebrew date.
	rep := dateline.Check("from just before sunset on Sept. 15 through just after sunset on Sept. 16", heldoutRef)
	assert.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2026-09-15", rep.Dateline.Time.Format("2006-01-02"))
	assert.Equal(t, "5 Tishrei 5787", rep.Dateline.Hebrew.String())
	assert.Contains(t, reportCodes(rep, dateline.Info), dateline.CodeYearInferred)
	// The civil day's Hebrew date beside the evening is warned of.
	rep = dateline.Check("from before sunset on Sept. 15, 2021 (9 Tishrei 5782)", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeAfterSunset, rep.Problems[0].Code)
	// A wrong weekday is an error, not a day.
	rep = dateline.Check("from just before sunset on Thursday, Sept. 15, 2021 through just after sunset on Thursday, Sept. 16, 2021", heldoutRef)
	assert.False(t, rep.OK())
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	checkUnread(t, heldoutRef,
		"from just before the meeting on Sept. 15, 2021",
		"from just after sunset",
		"from several minutes before the meeting on Sept. 15, 2021",
	)
}
