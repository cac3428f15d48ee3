package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestYearlessDateAfterLead: a day and a month of a language whose names
// English does not write, without a year, weekday or time, after an
// article or preposition of that language that puts a day of the month
// there ("il", "le", "el", "am", "на", "pe"), is a date in free text, as
// "on 22 April" is in English's: "Il 22 aprile ricorre la festa di
// Pesach", "vom Abend des 16. Oktober an", "в ночь на 8 апреля", "el
// proper 29 de desembre" (incoming lines 689, 893, 2499, 914) were no
// date. Its year is the nearest the reference's, said as inferred.
func TestYearlessDateAfterLead(t *testing.T) {
	for _, tc := range []struct{ text, match, day string }{
		{"Il 22 aprile ricorre la festa di Pesach", "22 aprile", "2027-04-22"},
		{"le 22 avril nous fêtons", "22 avril", "2027-04-22"},
		{"el 22 de abril se celebra", "22 de abril", "2027-04-22"},
		{"las cenas del 24 y 25 de septiembre se encuentran", "24 y 25 de septiembre", "2026-09-24"},
		{"se tenait les 9 et 10 mai", "9 et 10 mai", "2027-05-09"},
		{"el proper 29 de desembre a la plaça", "29 de desembre", "2026-12-29"},
		// The night "of" the day is its evening (see TestIberianEveningOf).
		{"A celebração começou na noite do dia 22 de dezembro, com", "noite do dia 22 de dezembro", "2026-12-22"},
		{"Sărbătoarea are loc la 27 ianuarie", "27 ianuarie", "2027-01-27"},
		{"Die Feier beginnt am 6. Oktober.", "6. Oktober", "2026-10-06"},
		{"еврейская Пасха началась только в ночь на 8 апреля", "8 апреля", "2027-04-08"},
		{"Spotkanie odbędzie się od 22 listopada w Warszawie", "22 listopada", "2026-11-22"},
		{"Sastanak će se održati od 22. listopada u Zagrebu", "22. listopada", "2026-10-22"},
		{"с 27 марта до 4 апреля", "27 марта до 4 апреля", "2027-03-27"}, // a range whose start the lead opens
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findMatch(t, heldoutRef, tc.text, tc.match)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			said := append(reportCodes(m.Report, dateline.Info), reportCodes(m.Report, dateline.Warning)...)
			assert.Contains(t, said, dateline.CodeYearInferred) // a warning where its sentence's occasion is not on the day
			assert.Empty(t, reportCodes(m.Report, dateline.Error))
		})
	}
}

// TestYearlessDateAfterLeadNot: without such a word, or with one of
// another language than the month's, or before a month cut short, a
// year-less day and month of a language beyond English stay prose: a
// street ("Calle 25 de Mayo"), a planet ("2 Mars rovers").
func TestYearlessDateAfterLeadNot(t *testing.T) {
	for _, text := range []string{
		"Calle 25 de Mayo, Buenos Aires",
		"Sent the 2 Mars rovers on their way",
		"They met on 2 mars in Paris",
		"il 6 Oktober",
		"el 2 dic se celebra",
		"Visitámos 22 de dezembro",
		// A range's end after a start the reader did not take: not the
		// text's date alone.
		"przypada w dniach 27 marca do 4 kwietnia",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, heldoutRef))
		})
	}
}
