package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout240WeekdayCommaRange: a range or pair of days that each have
// their weekday, each weekday set off by its comma, as German calendars
// write it: "Freitag, 18. - Sonntag, 20. September" (Rosh Hashana 5781 in
// ramesch.org's intercultural calendar, seen probing the two hundred and
// fortieth held-out round) was no date to Check, and Find read its Sunday
// alone, the range's first day lost with nothing said. The end's weekday
// takes a comma where the first's has one, in the languages that write
// the range so (English, Dutch, German with its days' points), with a
// dash, "bis" or "und"; each weekday is checked against its day.
func TestHeldout240WeekdayCommaRange(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Freitag, 18. - Sonntag, 20. September 2020", "2020-09-18"},
		{"Freitag, 18. – Sonntag, 20. September 2020", "2020-09-18"},
		{"von Freitag, 18. bis Sonntag, 20. September 2020", "2020-09-18"},
		{"Freitag, 18. und Samstag, 19. September 2020", "2020-09-18"},
		{"Sonntag, 13. - Dienstag, 15. Oktober 2024", "2024-10-13"},
		{"Friday, 18 – Sunday, 20 September 2020", "2020-09-18"},
		{"vrijdag, 18 - zondag, 20 september 2020", "2020-09-18"},
	})
	// The page's layout, without a year: its start, in the nearest year
	// whose weekdays fit.
	checkWholeInferred(t, heldoutRef, "Freitag, 18. - Sonntag, 20. September", "2026-09-18")
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Termin: Freitag, 18. - Sonntag, 20. September 2020, in der Synagoge", "Freitag, 18. - Sonntag, 20. September 2020", "2020-09-18", "29 Elul 5780"},
	})
	// An end's weekday that is not its day's is said.
	rep := dateline.Check("Freitag, 18. – Samstag, 20. September 2020", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	// A comma after the end's weekday alone, the start's without one, is
	// not the form: it stays unread, as before.
	checkUnread(t, heldoutRef, "Freitag 18. - Sonntag, 20. September 2020")
}
