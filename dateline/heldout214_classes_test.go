package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// checkWholeTimes checks each case's text as one dateline with Check: no
// problem above an info, and its day and time ("2006-01-02 15:04").
func checkWholeTimes(t *testing.T, ref dateline.Option, cases []struct{ text, want string }) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.True(t, rep.Dateline.HasTime)
			assert.Equal(t, tc.want, rep.Dateline.Time.Format("2006-01-02 15:04"))
		})
	}
}

// TestHeldout214LeadingHours: an hour without minutes, or a range of
// such hours, with its word for o'clock (Uhr, uur, h) or its AM or PM,
// at the start of a dateline, parted from the date it is the time of by
// a comma, as event calendars print an item's hours before its day: "11-18
// Uhr, Sonntag, 21. Mai" (Gedenkstätten südlicher Oberrhein, the
// programme of a museum day, the 214th held-out round) was no date, the
// numbers read as days that wanted a month; and Find read "7–9 pm,
// Thursday, Feb. 20, 2014" at 9 pm, the range's end. Without the comma
// the number may be a count ("2 hrs ago"), and the text stays unread.
func TestHeldout214LeadingHours(t *testing.T) {
	checkWholeTimes(t, heldoutRef, []struct{ text, want string }{
		{"11-18 Uhr, Sonntag, 21. Mai 2023", "2023-05-21 11:00"},
		{"11 Uhr, Sonntag, 21. Mai 2023", "2023-05-21 11:00"},
		{"18-20 uur, zondag 21 mei 2023", "2023-05-21 18:00"},
		{"19h, jeudi 4 septembre 2025", "2025-09-04 19:00"},
		{"10-17 h, dimanche 21 mai 2023", "2023-05-21 10:00"},
		{"7–9 pm, Thursday, Feb. 20, 2014", "2014-02-20 19:00"},
		{"7 to 9 PM, Thursday, February 20, 2014", "2014-02-20 19:00"},
	})
	checkWholeInferred(t, heldoutRef, "11-18 Uhr, Sonntag, 21. Mai", "2023-05-21 11:00")
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"Tag der Offenen Tür\n11-18 Uhr, Sonntag, 21. Mai 2023\n", "2023-05-21 11:00"},
		{"Lecture: 7–9 pm, Thursday, Feb. 20, 2014", "2014-02-20 19:00"},
	})
	// No comma after the hours, or no date after them: unread.
	checkUnread(t, heldoutRef, "11 Uhr Sonntag, 21. Mai 2023", "11 Uhr", "11-18 Uhr", "2 hrs ago, May 5, 2024", "11 Uhr, morgen")
}

// TestHeldout214WeekdayDayFirst: a weekday named in a language that
// writes a numeric date day first settles an ambiguous numeric date's
// order, as Hebrew text or a Polish year's "r." does: "Jeudi 04/09, à
// 17h30" (the opening of an exhibition in Metz, jecjlorraine.fr, the
// 214th held-out round) was read as April 9, month first, with the
// warning that it reads both ways, on a French page's 4 September. Only
// a date without its year: with one, the weekday picks the reading it
// fits (see TestNumericOrder's "za 6. 12. 2021"). An English weekday
// leaves the order to the date, or to the warning.
func TestHeldout214WeekdayDayFirst(t *testing.T) {
	checkWholeTimes(t, heldoutRef, []struct{ text, want string }{
		{"Jeudi 04/09/2025, à 17h30", "2025-09-04 17:30"},
		{"Jeudi 04/09, à 17h30", "2025-09-04 17:30"},
		{"Donnerstag, 04.09.2025, 19 Uhr", "2025-09-04 19:00"},
		{"giovedì 04/09/2025 ore 18", "2025-09-04 18:00"},
	})
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"jueves 04/09/2025", "2025-09-04"},
		{"quinta-feira, 04/09/2025", "2025-09-04"},
		{"Jeudi 09/04/2026", "2026-04-09"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Vernissage : Jeudi 04/09/2025, à 17h30", "Jeudi 04/09/2025, à 17h30", "2025-09-04", "11 Elul 5785"},
	})
	// An English weekday says nothing of the order: a date that fits the
	// weekday both ways keeps its warning.
	rep := dateline.Check("Thursday 06/01/2028", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Warning), dateline.CodeDateAmbiguous)
}
