package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout123DayMonthPointHour: a day and month with dots and no year,
// the month's point, then a word for o'clock and its hour, as Finnish,
// Scandinavian and Baltic notices write an event: "Kylväjän Kesäpäivät
// alkavat Turussa 5.6. klo 10" (Lähetysyhdistys Kylväjä's symposium on
// Messianic Judaism, kylvaja.fi, the hundred-and-twenty-third held-out
// round) was not found, a year-less D.M. being read only after a weekday
// or beside an occasion; and after a weekday, "sunnuntaina 14.12. klo 17",
// the month's point parted the hour from the date, which was read without
// its time. The word for o'clock and the hour now say the numbers are a
// date, read day first as the dots say, in the year nearest the reference
// (or the one the weekday fits), with its time.
func TestHeldout123DayMonthPointHour(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"Kylväjän Kesäpäivät alkavat Turussa 5.6. klo 10", "2026-06-05 10:00"},
		{"5.6. klo 10", "2026-06-05 10:00"},
		{"14.12. kl. 16", "2026-12-14 16:00"},
		{"14.12. kl.16", "2026-12-14 16:00"},
		{"14.12. kello 17.30", "2026-12-14 17:30"},
		{"14.12. kell 17", "2026-12-14 17:00"},
		{"14.12. plkst. 17", "2026-12-14 17:00"},
		// After a weekday, the hour is the date's now.
		{"sunnuntaina 14.12. klo 17", "2025-12-14 17:00"},
		{"søndag 14.12. kl. 16", "2025-12-14 16:00"},
		{"lördagen den 13.12. kl. 18", "2025-12-13 18:00"},
		{"pühapäeval, 14.12. kell 17", "2025-12-14 17:00"},
		{"svētdien, 14.12. plkst. 17", "2025-12-14 17:00"},
	})
	// A weekday that is not the date's in the year given is said.
	m := oneMatch(t, "maanantaina 14.12.2025 klo 17", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// Without the word for o'clock and its hour the numbers are no date;
	// after a short word the tables do not know, which may be a weekday's
	// abbreviation they lack (Danish's "tirs."), the date is not read
	// rather than read in the nearest year with its weekday left out.
	// CLDR's Finnish "ti" and Swedish "tis" before their clock words are
	// read since round 207 as the weekdays they are, with the date (see
	// TestHeldout207ClockWordWeekday).
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"5.6.", ""},
		{"luku 5.6. on", ""},
		{"5.6. klo 25", ""},
		{"ti 14.12. klo 17", "2021-12-14"},
		{"tis 15.12. kl. 18", "2026-12-15"},
		{"tirs. 15.12. kl. 18", ""},
	})
}

// TestHeldout123YearInBrackets: a civil day and month, then the year alone
// in square or round brackets, as one who quotes a year-less notice adds
// its year: "9 november [2015] kl 18 anordnar Judiska Församlingen en
// manifestation" (Sapere Aude quoting the Jewish Community of Gothenburg,
// sapereaude.se, the hundred-and-twenty-third held-out round) was 9
// November 2026, the year nearest the reference, with only an info: the
// bracketed year was no date. It is now the date's, and a weekday that is
// not its own is said.
func TestHeldout123YearInBrackets(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"9 november [2015] kl 18 anordnar Judiska Församlingen en manifestation", "2015-11-09 18:00"},
		{"9 november (2015) kl 18", "2015-11-09 18:00"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"9 november [2015]", "2015-11-09", "27 Cheshvan 5776"},
		{"9. november (2015)", "2015-11-09", "27 Cheshvan 5776"},
		{"Monday 9 November (2015)", "2015-11-09", "27 Cheshvan 5776"},
		{"Kristallnatten, 9 november (1938)", "1938-11-09", "15 Cheshvan 5699"},
	})
	m := oneMatch(t, "Tuesday 9 November (2015)", heldoutRef)
	assert.Equal(t, "2015-11-09", m.Dateline.Time.Format("2006-01-02"))
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// A bracket with more than the year, or a Hebrew year, is not the
	// civil date's: the day is read alone, as before.
	for _, text := range []string{"9 november (2015 people)", "9 november (5776)"} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, "2026-11-09", m.Dateline.Time.Format("2006-01-02"), text)
	}
}
