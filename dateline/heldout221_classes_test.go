package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout221WeekWordBeforeDate: Hebrew's word for which week a
// weekday is in (הקרוב, the coming; הבא, next; השבוע, this week) before
// its date with no comma, after a space or an opening bracket: "ביום
// רביעי הקרוב (10.2) בשעה 18:00" (Rehovot's council-meeting notice,
// seen probing the 221st held-out round's focus) was no date to Check,
// where "ביום רביעי הקרוב, 10.2" was read. The date must fit the
// weekday; a word or a bracket that holds no date after the week word
// leaves the text unread.
func TestHeldout221WeekWordBeforeDate(t *testing.T) {
	checkWholeInferred(t, heldoutRef, "ביום רביעי הקרוב (10.2) בשעה 18:00", "2027-02-10 18:00")
	checkWholeInferred(t, heldoutRef, "ביום רביעי הקרוב 10.2", "2027-02-10")
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"ביום רביעי הקרוב (10.2.2021)", "2021-02-10"},
		{"ביום חמישי הבא 11.2.2021", "2021-02-11"},
		{"ביום שני השבוע 8 בפברואר 2021", "2021-02-08"},
		{"בשבת הקרובה (13.2.2021)", "2021-02-13"},
		// With the comma, read before.
		{"ביום רביעי הקרוב, 10.2.2021", "2021-02-10"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"הישיבה תתקיים ביום רביעי הקרוב (10.2.2021) באולם הספורט",
			"רביעי הקרוב (10.2.2021)", "2021-02-10", "28 Shevat 5781"},
	})
	rep := dateline.Check("ביום רביעי הקרוב (11.2.2021)", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	checkUnread(t, heldoutRef,
		"ביום רביעי הקרוב 10 אנשים",
		"ביום רביעי הקרוב (ראו למטה)",
	)
}
