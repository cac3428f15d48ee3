package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout235NumberedWeekday: a Portuguese weekday from Monday to
// Friday written by its number, counted from Sunday as the words count
// (segunda-feira, the second day, is Monday): "6ª feira", "2ª-feira",
// "5a feira", Portugal's "6.ª-feira", as Brazilian and Portuguese
// community pages and timetables print it ("até às 11:00 da 6ª feira",
// cilisboa.org; "25.mai | 5ª | 19h", massoret.org; seen probing the
// 235th held-out round's focus). "6ª feira, 15 de abril de 2022" was no
// date to Check, and Find read the date alone, so a wrong weekday went
// unsaid. A wrong weekday is now an error; another number (1ª, 7ª), an
// ordinal before another word ("6ª edição") or the weekday alone stays
// unread.
func TestHeldout235NumberedWeekday(t *testing.T) {
	checkDayLayouts(t, []struct{ text, day, layout string }{
		{"6ª feira, 15 de abril de 2022", "2022-04-15", "segunda-feira, 2 de janeiro de 2006"},
		{"5ª feira, 14 de abril de 2022", "2022-04-14", ""},
		{"2ª-feira, 11 de abril de 2022", "2022-04-11", "2ª-feira, 2 de janeiro de 2006"},
		{"3a feira, 12 de abril de 2022", "2022-04-12", ""},
		{"4ª. feira, 13 de abril de 2022", "2022-04-13", ""},
		{"6.ª-feira, 15 de abril de 2022", "2022-04-15", ""},
		{"6ª Feira, 15/04/2022", "2022-04-15", ""},
	})
	checkWholeTimes(t, heldoutRef, []struct{ text, want string }{
		{"6ª feira, 15 de abril de 2022, às 19h", "2022-04-15 19:00"},
	})
	checkWholeInferred(t, heldoutRef, "6ª feira, 15 de abril", "2022-04-15")
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"O seder comunitário será na 6ª feira, 15 de abril de 2022, às 20h, na sinagoga.",
			"6ª feira, 15 de abril de 2022, às 20h", "2022-04-15", "14 Nisan 5782"},
	})
	rep := dateline.Check("6ª feira, 14 de abril de 2022", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	checkUnread(t, heldoutRef, "6ª feira", "6ª edição, 15 de abril de 2022",
		"1ª feira, 10 de abril de 2022", "7ª feira, 16 de abril de 2022")
	assert.Empty(t, dateline.Find("até às 11:00 da 6ª feira que antecede a visita", heldoutRef))
}
