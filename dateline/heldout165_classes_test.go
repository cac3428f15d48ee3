package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout165Setiembre: Spanish's September without its p, as the Real
// Academia allows and Uruguay and Peru mostly write it: "al atardecer del
// 6 de setiembre de 2021" (FM Gente, Maldonado, Uruguay; the 165th
// held-out round) was not read at all. It reads as septiembre does, at
// sunset too; Portuguese's setembro as before, and a month's name alone
// is still no date.
func TestHeldout165Setiembre(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"al atardecer del 6 de setiembre de 2021", "2021-09-06", "1 Tishrei 5782"},
		{"6 de setiembre de 2021", "2021-09-06", "29 Elul 5781"},
		{"lunes 6 de setiembre de 2021", "2021-09-06", "29 Elul 5781"},
		{"Montevideo, 25 de setiembre de 2023", "2023-09-25", "10 Tishrei 5784"},
		{"16 de setiembre de 2023 (1 de Tishrei de 5784)", "2023-09-16", "1 Tishrei 5784"},
		{"6 de septiembre de 2021", "2021-09-06", "29 Elul 5781"},
		{"6 de setembro de 2021", "2021-09-06", "29 Elul 5781"},
	})
	// A wrong weekday beside it is said.
	m := oneMatch(t, "martes 6 de setiembre de 2021", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"setiembre", ""},
		{"en setiembre", ""},
	})
}

// TestHeldout165WeekdayBareDayEnd: a range whose end is a weekday and a
// bare day of the start's month, as news pages write an occasion's days:
// "Desde este viernes 15 de septiembre al miércoles 17" (Redboing,
// Argentina, Rosh Hashanah 5784; the 165th held-out round) was read as
// its start alone, with nothing said, though the end's weekday is wrong
// (17 September is a Sunday two days after a Friday, in any year). The end
// is now the range's, its weekday checked; a smaller day is the next
// month's. The start's weekday, day and month in words are needed, as for
// a range of weekdays with their months: a bare number after a date alone
// is no range's end.
func TestHeldout165WeekdayBareDayEnd(t *testing.T) {
	for _, tc := range []struct{ text, span, day string }{
		{"Desde este viernes 15 de septiembre al domingo 17", "viernes 15 de septiembre al domingo 17", "2023-09-15"},
		{"viernes 15 de septiembre de 2023 al domingo 17", "viernes 15 de septiembre de 2023 al domingo 17", "2023-09-15"},
		{"viernes 29 de septiembre al domingo 1", "viernes 29 de septiembre al domingo 1", "2023-09-29"},
		{"du vendredi 15 septembre au dimanche 17", "vendredi 15 septembre au dimanche 17", "2023-09-15"},
		{"Friday, September 15 to Sunday, 17", "Friday, September 15 to Sunday, 17", "2023-09-15"},
		{"del lunes 22 de abril de 2024 hasta el martes 30", "lunes 22 de abril de 2024 hasta el martes 30", "2024-04-22"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.span, m.Input)
			assert.Equal(t, tc.day, m.Dateline.Time.Format("2006-01-02"))
		})
	}
	// A wrong weekday at the end is said, as the page's is.
	for _, text := range []string{
		"Desde este viernes 15 de septiembre al miércoles 17",
		"viernes 15 de septiembre de 2023 al lunes 17",
		"du vendredi 15 septembre 2023 au mardi 17",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
		})
	}
	// Without the weekdays, or with a number that goes on, the date
	// stands alone as before.
	for _, tc := range []struct{ text, span string }{
		{"viernes 15 de septiembre al 17", "viernes 15 de septiembre"},
		{"viernes 15 de septiembre de 2023 al domingo 17:30", "viernes 15 de septiembre de 2023"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.span, m.Input)
		})
	}
}

// TestHeldout165AsideBeforeYear: a short remark in brackets between a
// Hebrew month and the word that joins it to its year: "El último 2 de
// Kislev( este año Shabat ) de 5784" (Mashala Digital, Buenos Aires, the
// 165th held-out round; the remark says that this year, 5786, the
// anniversary falls on Shabbat) was read as 2 Kislev of the reference's
// year, 5787, with a warning that the sentence names 5784. The remark is
// text of the dateline and never read. A weekday alone in the brackets is
// the date's own and is not skipped; nor is a bracket with digits (the
// other calendar's date), or a year without "de".
func TestHeldout165AsideBeforeYear(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"El último 2 de Kislev( este año Shabat ) de 5784, hace 2 años", "2023-11-15", "2 Kislev 5784"},
		{"2 de Kislev (este año Shabat) de 5784", "2023-11-15", "2 Kislev 5784"},
		{"15 de Nisán (Pésaj) de 5784", "2024-04-23", "15 Nisan 5784"},
		{"10 de Tishrei (Iom Kipur) del 5785", "2024-10-12", "10 Tishrei 5785"},
		{"2 de Kislev de 5784", "2023-11-15", "2 Kislev 5784"},
	})
	for _, text := range []string{
		"2 de Kislev (miércoles) de 5784",
		"15 de Nisán (22 de abril) de 5784",
		"2 de Kislev (este año Shabat) 5784",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.NotContains(t, m.Input, "5784")
		})
	}
}
