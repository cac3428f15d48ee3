package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout207DroppedPointWeekday: Norwegian and Danish calendars write
// their weekday abbreviations without the point CLDR gives them ("tor
// 12. des.", the round's focus, probed beside the two Danish rows of the
// two-hundred-and-seventh held-out round, incoming lines 2863 and 2864,
// "nytårsaften (31. dec. kl. 23.30)" and "søndag den 20. december kl.
// 16.00"). Such a word was no weekday of theirs: Check read "tor 12.
// des." as Slovenian's tor. (Tuesday) beside Norwegian's des., on a
// Tuesday, 12 December 2023, with nothing said, and Find took none of
// it, or only "12. des. kl. 19", its weekday left out, on a Saturday.
// Beside a month of its language it is now that language's weekday,
// with its point or without; a month the language does not write keeps
// it unread, and Slovenian's own month keeps Slovenian's Tuesday.
func TestHeldout207DroppedPointWeekday(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"tor 12. des. 2024 kl. 19 i synagogen", "tor 12. des. 2024 kl. 19", "2024-12-12", "11 Kislev 5785"},
		{"Konsert tor. 12. des. 2024 kl. 19", "tor. 12. des. 2024 kl. 19", "2024-12-12", "11 Kislev 5785"},
		{"Tor 12. des. 2024", "Tor 12. des. 2024", "2024-12-12", "11 Kislev 5785"},
		{"søn 15. des. 2024 kl. 11 gudstjeneste", "søn 15. des. 2024 kl. 11", "2024-12-15", "14 Kislev 5785"},
		{"lør 14. des. 2024", "lør 14. des. 2024", "2024-12-14", "13 Kislev 5785"},
		{"tir 10. des. 2024 kl. 18", "tir 10. des. 2024 kl. 18", "2024-12-10", "9 Kislev 5785"},
		{"man 9. dec. 2024 kl. 17", "man 9. dec. 2024 kl. 17", "2024-12-09", "8 Kislev 5785"},
		{"Slovensko: tor, 5. decembra 2023", "tor, 5. decembra 2023", "2023-12-05", "22 Kislev 5784"},
	})
	// Without a year, the weekday's year nearest the reference.
	checkWholeInferred(t, heldoutRef, "tor 12. des.", "2024-12-12")
	checkWholeInferred(t, heldoutRef, "tor 12. des. kl. 19", "2024-12-12 19:00")
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"Julekonsert tor 12. des. kl. 19 i kirken", "2024-12-12 19:00"},
	})
	// On a day the weekday does not fit, Check says so: no Slovenian
	// Tuesday beside a Norwegian month.
	rep := dateline.Check("tor 12. des. 2023", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	// An English word before an English month is no weekday.
	const prose = "the man 9 Dec 2024 was seen"
	if ms := dateline.Find(prose, heldoutRef); assert.Len(t, ms, 1) {
		assert.Equal(t, "9 Dec 2024", prose[ms[0].Start:ms[0].End])
	}
}

// TestHeldout207ClockWordWeekday: Finnish, Swedish, Danish and Norwegian
// calendars write a weekday's abbreviation before a day and month of
// digits and their word for o'clock ("ti 10.12. klo 18", "fre 6.1. kl
// 18", the round's focus, probed beside its Finnish row "perjantaina 6.1.
// kello 18", Kirkonseutu, digiplus.fi, incoming line 2865). No month's
// name says the abbreviation's language there, so it was no weekday:
// Check stopped at it ("expected a date, found \"ti\"") and Find took
// nothing. The clock word now says the language, as a month's name
// would; without it ("to 5.12.", English's "to") or with another
// language's ("la 7.12. um 18 Uhr") the abbreviation stays unread.
func TestHeldout207ClockWordWeekday(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"ti 10.12.2024 klo 18", "2024-12-10 18:00"},
		{"Konsertti ke 11.12.2024 kello 18 kirkossa", "2024-12-11 18:00"},
		{"pe 6.1.2017 klo 18", "2017-01-06 18:00"},
		{"tis 10.12.2024 kl. 18", "2024-12-10 18:00"},
		{"Gudstjänst sön 15.12.2024 kl. 11", "2024-12-15 11:00"},
		{"ons 11.12.2024 klockan 18", "2024-12-11 18:00"},
		{"søn 15.12.2024 kl. 11 gudstjeneste", "2024-12-15 11:00"},
		{"tor 12.12.2024 kl. 19", "2024-12-12 19:00"},
		{"Julekonsert tor. 12.12. kl. 19", "2024-12-12 19:00"},
		{"su 15.12. klo 11", "2024-12-15 11:00"},
	})
	checkWholeInferred(t, heldoutRef, "ti 10.12. klo 18", "2024-12-10 18:00")
	checkWholeInferred(t, heldoutRef, "fre 6.1. kl 18", "2023-01-06 18:00")
	checkWholeInferred(t, heldoutRef, "lör 7.12. kl. 14", "2024-12-07 14:00")
	// A weekday the date does not fit is said.
	rep := dateline.Check("ma 5.12.2024 klo 18", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	// Without the language's clock word the abbreviation is no weekday.
	checkUnread(t, heldoutRef, "to 5.12.", "la 7.12. um 18 Uhr", "ti 10.12. om 18 uur")
	for _, text := range []string{"la 7.12. um 18 Uhr", "du 10.12. au 12.12. kl 18"} {
		assert.Empty(t, dateline.Find(text, heldoutRef), text)
	}
	if ms := dateline.Find("Going to 5.12.2024 at 18", heldoutRef); assert.Len(t, ms, 1) {
		assert.Equal(t, 9, ms[0].Start) // the date alone, no Thursday
	}
}
