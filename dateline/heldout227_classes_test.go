package dateline_test

import (
	"testing"
)

// TestHeldout227HungarianEndingsRange: a Hungarian range said with case
// endings alone, its first day's ending for "from" (-tól, -től, and after
// the possessive vowel -étől, -ától, -jétől) and its last day's for
// "until" (-ig, -éig, -áig, -jéig), with the last day's month or
// without it: "augusztus 27-től szeptember 10-ig" (the Week of
// Synagogues, azuzlet.hu) and "augusztus 24-étől 26-áig" (Szombathely's
// Jewish courtyard, vaol.hu; the 227th held-out round) were no date, the
// first read alone up to the ending and the rest left over; and Find
// left "október 11-től 18-ig" out of free text, as a period's ends alone
// are no day. A start without an end that says "until" is no range, and
// a range that runs backwards none either.
func TestHeldout227HungarianEndingsRange(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"2023. augusztus 27-től szeptember 10-ig", "2023-08-27"},
		{"2023. augusztus 24-étől 26-áig", "2023-08-24"},
		{"2023. augusztus 24-től 26-ig", "2023-08-24"},
		{"2019. május 25-től május 27-ig", "2019-05-25"},
		{"2024. március 1-jétől március 3-áig", "2024-03-01"},
		{"2024. március 3-ától 5-éig", "2024-03-03"},
		{"2023. december 8-tól 15-ig", "2023-12-08"},
	})
	// The rows' own strings, their year the nearest fitting one.
	checkWholeInferred(t, heldoutRef, "augusztus 27-től szeptember 10-ig", "2026-08-27")
	checkWholeInferred(t, heldoutRef, "augusztus 24-étől 26-áig", "2026-08-24")
	checkWholeInferred(t, heldoutRef, "december 25-étől január 2-áig", "2026-12-25")
	// In free text the match runs to the range's end.
	checkRangeCases(t, []rangeCase{
		{"A programsorozat 2023. augusztus 27-től szeptember 10-ig tart.", "2023-08-27", "szeptember 10-ig"},
		{"A programok 2023. augusztus 24-étől 26-áig tartanak.", "2023-08-24", "26-áig"},
		{"Nyitva 2024. október 11-től 18-ig.", "2024-10-11", "18-ig"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"a programok augusztus 24-étől 26-áig tartanak", "2026-08-24", "11 Elul 5786"},
	})
	checkUnread(t, heldoutRef,
		"augusztus 27-től augusztus 10-ig",  // backwards
		"augusztus 27-től szeptember 10-én", // no "until"
		"augusztus 27-től 10 óráig",         // an hour, not a day
		"május 25-től június",               // no last day
	)
	// An ending alone is a period's end in free text, not its day.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Nyitva október 11-től.", ""},
		{"Nyitva október 18-ig.", ""},
	})
	// The endings are the layout's text, written after each day as read.
	checkDayLayouts(t, []struct{ text, day, layout string }{
		{"2023. augusztus 27-től szeptember 10-ig", "2023-08-27", "2006. január 2-től január 16-ig"},
		{"2023. augusztus 24-étől 26-áig", "2023-08-24", "2006. január 2-étől 4-áig"},
	})
}
