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

// TestHeldout240KabbalatShabbat: "Kabbalat Shabbat" (the welcoming of
// Shabbat), the Friday evening's service, after a date as an agenda lists
// it: "2 oktober: Kabbalat Sjabbat" (Beit HaChidush's newsletter,
// eepurl.com, incoming line 3121) was no date to Check, and in brackets
// no date to Find. It names Shabbat's eve as "Erev Shabbat" does, in each
// language's spelling of Shabbat (Sjabbat, Schabbat, Shabbos) and
// Kabbalat's (Kabbolas): a Friday, which a year-less date's year must
// fit and a date that is no Friday contradicts. Before anything but
// Shabbat ("Kabbalat Torah") it is no eve, and alone it is no date.
func TestHeldout240KabbalatShabbat(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"2 oktober 2020: Kabbalat Sjabbat", "2020-10-02"},
		{"Kabbalat Shabbat, Friday, March 1, 2024", "2024-03-01"},
		{"Kabbalat Schabbat am 1. März 2024", "2024-03-01"},
		{"Kabbolas Shabbos 1 March 2024", "2024-03-01"},
	})
	// The agenda's line, without a year: the nearest year whose 2 October
	// is a Friday (the page's 2020 with its year).
	checkWholeInferred(t, heldoutRef, "2 oktober: Kabbalat Sjabbat", "2026-10-02")
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"(2 oktober 2020: Kabbalat Sjabbat)", "2020-10-02", "14 Tishrei 5781"},
		{"<p>23 oktober 2020: Kabbalat Sjabbat</p>", "2020-10-23", "5 Cheshvan 5781"},
	})
	// A date that is no Friday is said.
	rep := dateline.Check("3 oktober 2020: Kabbalat Sjabbat", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	// No eve of anything but Shabbat, and no date alone.
	checkUnread(t, heldoutRef, "Kabbalat Torah 1 March 2024", "Kabbalat Pesach 2024", "Kabbalat Shabbat")
}
