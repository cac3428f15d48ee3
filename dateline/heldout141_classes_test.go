package dateline_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout141UntilEndWeekdayDate: two weekdays joined by a word for
// "until" (hasta, al, até, until, to), the date written after the second:
// "Desde el miércoles por la tarde y hasta el atardecer de este jueves 2
// de octubre" (Tiempo de San Juan, tiempodesanjuan.com, Yom Kippur 2025,
// the hundred-and-forty-first held-out round). The date is the end's:
// the dateline is that day, the start's weekday the days before it. The
// date was read as the start's, so that "desde el miércoles hasta el
// jueves 2 de octubre de 2025" was said to name the wrong weekday, and,
// once the row's start was read (TestHeldout141ThisWeekdayAfterOf), the
// row without its year was put in 2024, whose 2 October is a Wednesday,
// with nothing said. Only a start said of its evening, a day before,
// was read so ("miércoles por la noche hasta el jueves 2 de octubre").
func TestHeldout141UntilEndWeekdayDate(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Desde el miércoles por la tarde y hasta el atardecer de este jueves 2 de octubre de 2025", "2025-10-02"},
		{"desde el miércoles hasta el jueves 2 de octubre de 2025", "2025-10-02"},
		{"del lunes al jueves 2 de octubre de 2025", "2025-10-02"},
		{"de quarta-feira à tarde até quinta-feira, 2 de outubro de 2025", "2025-10-02"},
		{"Wednesday until Thursday, October 2, 2025", "2025-10-02"},
		{"from Wednesday to Thursday, October 2, 2025", "2025-10-02"},
		// An evening two days before, which was said to be the wrong
		// weekday too.
		{"from Tuesday evening until Thursday, October 2, 2025", "2025-10-02"},
		// As before: the evening the day before.
		{"miércoles por la noche hasta el jueves 2 de octubre de 2025", "2025-10-02"},
	})
	// Without a year, the end's weekday says which.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Desde el miércoles por la tarde y hasta el atardecer de este jueves 2 de octubre", "2025-10-02"},
		{"Wednesday until Thursday, October 2", "2025-10-02"},
		{"del lunes al jueves 2 de octubre", "2025-10-02"},
	})
	// The real line is found from its start's weekday, one Hebrew day.
	const row = "Desde el miércoles por la tarde y hasta el atardecer de este jueves 2 de octubre el judaísmo celebra el Yom Kipur"
	m := oneMatch(t, row, heldoutRef)
	assert.Equal(t, strings.Index(row, "miércoles"), m.Start)
	assert.Equal(t, "10 Tishrei 5786", m.Dateline.Hebrew.String())
	// An end's weekday that is not its date's is still said.
	m = oneMatch(t, "desde el miércoles hasta el viernes 2 de octubre de 2025", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// A dash, "and" or "&" lists the days, whose dates are the first's
	// as before; a night and the day after it are the day's.
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Wednesday-Thursday, October 1-2, 2025", "2025-10-01"},
		{"Wednesday and Thursday, October 1 and 2, 2025", "2025-10-01"},
		{"Sunday night through Monday, Sept. 24 and 25, 2023", "2023-09-25"},
	})
	// Weekdays without a date after them are none.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"del lunes al jueves", ""},
		{"desde el lunes hasta el jueves 2 personas", ""},
		{"Wednesday until Thursday at 2 pm", ""},
	})
}

// TestHeldout141ThisWeekdayAfterOf: the word for "this" (este, esta,
// questo, ce) between "the evening of" or "the sunset of" and a
// weekday, as news name a day of the week they are in: "hasta el
// atardecer de este jueves 2 de octubre" (Tiempo de San Juan, the
// hundred-and-forty-first held-out round). The range's start before it
// was left out of the span, its date read alone.
func TestHeldout141ThisWeekdayAfterOf(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"desde la noche del martes 1 hasta el atardecer de este miércoles 2 de octubre de 2024", "2024-10-01"},
		{"dal mercoledì 1 ottobre fino alla sera di questo giovedì 2 ottobre 2025", "2025-10-01"},
	})
	m := oneMatch(t, "Yom Kipur va desde la noche del martes 1 hasta el atardecer de este miércoles 2 de octubre de 2024.", heldoutRef)
	assert.Equal(t, "la noche del martes 1 hasta el atardecer de este miércoles 2 de octubre de 2024", m.Input)
	// "This" before anything but a weekday is prose, as before.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"hasta el atardecer de este jueves", ""},
		{"el atardecer de este año", ""},
	})
}
