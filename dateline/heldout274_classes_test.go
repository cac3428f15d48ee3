package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout274GluedDualBracket: a dual date whose other calendar's day
// is in a bracket glued to the first day, with no space, as Ukrainian and
// Russian biographies write it: "Народився Михайло Ботвинник 4(17) серпня
// 1911 р." (vk-spy.ru, the two hundred and seventy-fourth held-out round,
// born on 4 (17) August 1911) was read as the month August 1911, where
// "4 (17) серпня 1911 р." was read as the dual date it is. A bracket
// right after the day now counts when a digit opens it, as with a space:
// the Julian day, the Gregorian one, their month and year; a Julian day
// that is not the Gregorian day's Julian date is still an error, and a
// pair the calendars never had, or no year, leaves the text unread.
func TestHeldout274GluedDualBracket(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"4(17) серпня 1911 р.", "1911-08-17"},
		{"4(17) августа 1911 г.", "1911-08-17"},
		{"14(26) мая 1852 г.", "1852-05-26"},
		{"1(14) февраля 1918 г.", "1918-02-14"},
		{"14(2 O.S.) November 1839", "1839-11-14"},
		// With a space, as before.
		{"4 (17) серпня 1911 р.", "1911-08-17"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Народився Михайло Ботвинник 4(17) серпня 1911 р. в Куоккала", "4(17) серпня 1911 р.", "1911-08-17", "23 Av 5671"},
		{"Он родился 14(26) мая 1852 г. в Киеве", "14(26) мая 1852 г.", "1852-05-26", "8 Sivan 5612"},
	})
	// The Gregorian August 16, 1911 was the Julian August 3, not 4.
	rep := dateline.Check("4(16) серпня 1911 р.", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar)
	// Fourteen days apart is no pair of 1911; a bracket with no year
	// after its month, or no month, is no date.
	checkUnread(t, heldoutRef, "4(18) серпня 1911 р.", "4(17) серпня", "4(17)")
}

// TestHeldout274MacedonianOldCalendar: Macedonian's "според стариот
// календар" (according to the old calendar) after a date says it is
// Julian, as the Serbian "по старом календару" did: "избувнала на 25
// октомври според стариот календар" (m.kajgana.com, the two hundred and
// seventy-fourth held-out round, on the October Revolution) was read as
// the Gregorian October 25 with nothing said; it is November 7. The
// definite forms, after според or по, of the calendar and of the style,
// and Bulgarian's "по стария календар", now
// mark the date before them Julian, their "new" counterparts Gregorian;
// a word that only starts with the calendar's leaves the date Gregorian.
func TestHeldout274MacedonianOldCalendar(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"25 октомври 1917 според стариот календар", "1917-11-07"},
		{"на 25 октомври 1917 според стариот календар", "1917-11-07"},
		{"25 октомври 1917 според стариот стил", "1917-11-07"},
		{"25 октомври 1917 по стариот календар", "1917-11-07"},
		{"7 ноември 1917 според новиот календар", "1917-11-07"},
		{"6 юли 1837 г. по стария календар", "1837-07-18"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"избувнала на 25 октомври 1917 според стариот календар.", "25 октомври 1917 според стариот календар", "1917-11-07", "22 Cheshvan 5678"},
		{"Роден е на 6 юли 1837 г. по стария календар в Карлово", "6 юли 1837 г. по стария календар", "1837-07-18", "15 Tammuz 5597"},
	})
	// "календарски" (calendrical) is no calendar: the date is read as
	// written, October 25.
	ms := dateline.Find("25 октомври 1917 според стариот календарски систем", heldoutRef)
	if assert.NotEmpty(t, ms) {
		assert.Equal(t, "1917-10-25", ms[0].Dateline.Time.Format("2006-01-02"))
	}
}
