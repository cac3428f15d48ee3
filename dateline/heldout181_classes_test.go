package dateline_test

import (
	"testing"
)

// TestHeldout181DayMonthBeforeAtClock: a day and month in numbers with
// points and no year, one space after the day's point or none, before a
// word for "at" and a time that says it is one (its minutes after a point
// or a colon, or a word for the hour after it), as Slovene, Croatian,
// German and Dutch programmes list their events: "23. 1. ob 17.00"
// (Mladina's programme for Holocaust Remembrance Day, mladina.si, the
// hundred-and-eighty-first held-out round, incoming line 2652) was no
// date. It is read day first, as the points say, in the year nearest the
// reference, which the info says was inferred; on a line of its own in
// prose too. Without the time, or with an hour alone after "at", or with
// a short word before that may be a weekday's abbreviation the tables
// lack, the numbers stay unread, as a section's or a version's may look
// so.
func TestHeldout181DayMonthBeforeAtClock(t *testing.T) {
	checkWholeInferred(t, heldoutRef, "23. 1. ob 17.00", "2027-01-23 17:00")
	checkWholeInferred(t, heldoutRef, "23.1. um 17 Uhr", "2027-01-23 17:00")
	checkWholeInferred(t, heldoutRef, "23.1. om 17.00 uur", "2027-01-23 17:00")
	checkWholeInferred(t, heldoutRef, "20. 3. u 18 sati", "2027-03-20 18:00")
	checkWholeInferred(t, heldoutRef, "5. 12. ob 18:30", "2026-12-05 18:30")
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"Program:\n23. 1. ob 17.00\nMestni muzej Ljubljana", "2027-01-23 17:00"},
		{"<p>23. 1. ob 17.00</p>", "2027-01-23 17:00"},
		{"Feier am 23.1. um 17 Uhr im Gemeindesaal", "2027-01-23 17:00"},
		{"(23. januarja ob 17.00)", "2027-01-23 17:00"},
	})
	checkUnread(t, heldoutRef, "23. 1.", "23.1. u 2", "23. 1. ob 17")
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Poglavje 23. 1. in 24. 1.", ""},
		{"xy 23.1. um 17 Uhr", ""},
		{"verzija 3.5. ob 17.00.2", ""},
	})
}
