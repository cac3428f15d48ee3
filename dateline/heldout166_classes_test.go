package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout166SoundSlip: a Hebrew-script month name misspelt with a
// letter written for another of the same sound, ט for ת and ק for כ:
// "יח בטבט תשפ”א  2 בדצמבר 2021" (Mabat USA's date line on mabatusa.com,
// the hundred-and-sixty-sixth held-out round) was no date, "בטבט" no
// month, so the civil date alone was read and the two calendars'
// disagreement (18 Tevet 5781 is 2 January 2021) never said. The month is
// now read as the one it fits, with an info naming the correction, and
// the disagreement is an error. Only those letters, those ways round:
// "בשבת" (on Shabbat) is no Shevat and "תבת" (an ark) no Tevet, and a
// word that fits no month is none.
func TestHeldout166SoundSlip(t *testing.T) {
	for _, tc := range []struct{ text, day, heb string }{
		{"יח בטבט תשפ”א", "2021-01-02", "18 Tevet 5781"},
		{"יח בטבט תשפ”א  2 בינואר 2021", "2021-01-02", "18 Tevet 5781"},
		{"ג' טמוז תשפ\"ד", "2024-07-09", "3 Tammuz 5784"},
		{"כ\"ה בקסלו תשפ\"ד", "2023-12-08", "25 Kislev 5784"},
		{"יום שישי, ב' טשרי תשפ\"ה", "2024-10-04", "2 Tishrei 5785"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.Empty(t, severityCodes(m, dateline.Error))
			assert.Equal(t, []dateline.Code{dateline.CodeSpelling}, severityCodes(m, dateline.Info))
		})
	}
	// The calendars that disagree, and a wrong weekday, are said.
	m := oneMatch(t, "יח בטבט תשפ”א  2 בדצמבר 2021", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
	m = oneMatch(t, "יום רביעי, ב' טשרי תשפ\"ה", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"ט\"ו בשבת", ""},
		{"ג' תבת תשפ\"ד", ""},
		{"יח בטבט", ""},
		{"קראנו בטבט", ""},
		{"ג' טמוט תשפ\"ד", ""},
	})
}

// TestHeldout166OrdinalOnMonth: "on" for "of" between a day written with
// an English ordinal's suffix and a Hebrew month, as a page translated
// from Hebrew has it: "Wednesday the 21st on Nisan 29/04/2024"
// (hametz.co.il's Passover page, the hundred-and-sixty-sixth held-out
// round) was read from its civil date on, a Monday, with nothing said of
// the "Wednesday" before it. The whole line is now one dateline, and its
// wrong weekday an error. A civil month, a weekday or a day without a
// suffix after "on" is no such date.
func TestHeldout166OrdinalOnMonth(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Monday the 21st on Nisan 29/04/2024", "2024-04-29", "21 Nisan 5784"},
		{"the 15th on Nisan 5784", "2024-04-23", "15 Nisan 5784"},
		{"Thursday, the 2nd on Tevet 5785", "2025-01-02", "2 Tevet 5785"},
	})
	m := oneMatch(t, "Wednesday the 21st on Nisan 29/04/2024", heldoutRef)
	assert.Equal(t, "Wednesday the 21st on Nisan 29/04/2024", "Wednesday the 21st on Nisan 29/04/2024"[m.Start:m.End])
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"the 3rd on March", ""},
		{"the 21st on Sunday", ""},
		{"21 on Nisan", ""},
	})
}
