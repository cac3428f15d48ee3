package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout121YearPointBracket: a sentence's full stop after a year,
// and the other calendar's date after it in brackets as its gloss:
// "zum jüdischen Neujahrsfest Rosch Haschana 5774. (5. und 6. September)"
// (Pfalz-Express, the hundred-and-twenty-first held-out round) was no
// dateline: the point ended it, and the bracket's civil days were left
// without the Hebrew year that fixes their year. The point now joins
// them where the bracket opens with the other calendar's date: a civil
// day, or a pair or range of days, after a Hebrew year; a Hebrew date
// after a civil one.
func TestHeldout121YearPointBracket(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Rosch Haschana 5774. (5. und 6. September)", "2013-09-05", "1 Tishrei 5774"},
		{"Bundesinnenminister Friedrich gratuliert zum jüdischen Neujahrsfest Rosch Haschana 5774. (5. und 6. September)", "2013-09-05", "1 Tishrei 5774"},
		{"Rosch Haschana 5774. (5.-6. September)", "2013-09-05", "1 Tishrei 5774"},
		{"Rosch Haschana 5774. (5. September 2013)", "2013-09-05", "1 Tishrei 5774"},
		{"Rosh Hashana 5774. (September 5, 2013)", "2013-09-05", "1 Tishrei 5774"},
		{"Jom Kippur 5785. (12. Oktober)", "2024-10-12", "10 Tishrei 5785"},
		{"22 Adar I 5784. (2. März 2024)", "2024-03-02", "22 Adar I 5784"},
		{"2. März 2024. (22 Adar I 5784)", "2024-03-02", "22 Adar I 5784"},
		// Without the point, as before.
		{"Rosch Haschana 5774 (5. und 6. September)", "2013-09-05", "1 Tishrei 5774"},
	})
	// Two calendars that disagree across the point are said: 5 September
	// is no Rosh Hashana of 5775.
	m := oneMatch(t, "Rosch Haschana 5775. (5. und 6. September)", heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeOccasion)
	// A bracket with no date after the point is the next sentence's.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Rosch Haschana 5774. (Foto: dpa)", "2013-09-05"},
		{"Rosch Haschana 5774. (5 Bilder)", "2013-09-05"},
		{"Seite 12. (5. Auflage)", ""},
	})
}

// TestHeldout121PartOfDayBeforeHour: a part of the day said right before
// the hour, as Hungarian says it: "megemlékezést tart 2024. január
// 18-án, csütörtökön délelőtt 10 órakor" (Szombat, the Budapest ghetto's
// liberation day, the hundred-and-twenty-first held-out round) had no
// time, "délelőtt" (before noon) unknown; and testing it found worse:
// "csütörtökön délután 5 órakor" (in the afternoon at 5) was 05:00 with
// nothing said, "csütörtökön este 7 órakor" (in the evening at 7) 7 the
// next morning, and after a date without its weekday the words were no
// dateline. The part of the day now makes the hour one of its half, as
// after the hour ("9 Uhr abends"); German's "abends 8 Uhr" and Dutch's
// "'s avonds 8 uur" with it.
func TestHeldout121PartOfDayBeforeHour(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"2024. január 18-án, csütörtökön délelőtt 10 órakor", "2024-01-18 10:00"},
		{"megemlékezést tart 2024. január 18-án, csütörtökön délelőtt 10 órakor a Dohány utcai zsinagógában", "2024-01-18 10:00"},
		{"2024. január 18-án, csütörtökön délután 5 órakor", "2024-01-18 17:00"},
		{"2024. január 18-án, csütörtökön este 7 órakor", "2024-01-18 19:00"},
		{"2024. január 18-án, csütörtökön reggel 9 órakor", "2024-01-18 09:00"},
		{"2024. január 18-án, csütörtökön délután 3:30", "2024-01-18 15:30"},
		{"2024. január 18-án délután 5 órakor", "2024-01-18 17:00"},
		{"2024. január 18. este 7 órakor", "2024-01-18 19:00"},
		{"2024. január 18-án, csütörtökön este 20 órakor", "2024-01-18 20:00"},
		{"Freitag, 5. April 2024, abends 8 Uhr", "2024-04-05 20:00"},
		{"zondag 7 april 2024 's avonds 8 uur", "2024-04-07 20:00"},
		// Without the part of the day, as before.
		{"2024. január 18-án, csütörtökön 10 órakor", "2024-01-18 10:00"},
	})
	// The evening of a weekday is the next Hebrew day's, as without the
	// hour.
	m := findOneOK(t, "2024. január 18-án, csütörtökön este 7 órakor", heldoutRef)
	assert.Equal(t, "9 Shevat 5784", m.Dateline.Hebrew.String())
	// An hour that its part of the day does not hold is no time: the
	// date is read without it, or not at all, never at the wrong hour.
	for _, text := range []string{
		"2024. január 18-án, csütörtökön este 3 órakor",
		"2024. január 18-án, csütörtökön reggel 20 órakor",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, heldoutRef) {
				assert.False(t, m.Dateline.HasTime && m.OK(), "%v", m.Dateline.Time)
			}
		})
	}
	// A part of the day with no hour after it is no time; nor is a number
	// that is no hour.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"délután 5 órakor", ""},
		{"este 7 órakor", ""},
	})
}

// TestHeldout121HungarianHourEnding: Hungarian's case endings joined with
// a hyphen to a time of day, as its announcements write the hour: "at"
// (18.00-kor, 5-kor), "from" (18.00-tól) and "until" (20.00-ig). Testing
// the part of the day before the hour (above) found "2024. január 18-án
// 18.00-kor" and "csütörtökön délután 5-kor" no datelines, the ending
// left over. "-kor" alone makes a number an hour; "2-ig" and "2-tól"
// stay a day's endings.
func TestHeldout121HungarianHourEnding(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"2024. január 18-án 18.00-kor", "2024-01-18 18:00"},
		{"2024. január 18-án 18:30-kor", "2024-01-18 18:30"},
		{"2024. január 18-án 18.00-tól", "2024-01-18 18:00"},
		{"2024. január 18-án 19-kor", "2024-01-18 19:00"},
		{"2024. január 18-án, csütörtökön délután 5-kor", "2024-01-18 17:00"},
		{"2024. január 18-án este 7-kor", "2024-01-18 19:00"},
	})
	// A day's ending after the day, as before, and no hour after it.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"2024. június 2-ig", "2024-06-02"},
	})
	m := findOneOK(t, "2024. június 2-ig", heldoutRef)
	assert.False(t, m.Dateline.HasTime)
}
