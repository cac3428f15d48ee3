package dateline_test

import "testing"

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
