package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout163HebrewWordHour: an hour said in Hebrew words after בשעה,
// with the part of the day that puts it in its half: "ביום שלישי' טז
// אדר, (14.3) בשעה שש בערב" (at six in the evening; the Temple Mount
// activists' notice on the--temple.blogspot.com, 2017, the
// hundred-and-sixty-third held-out round) was read as the day without its
// hour, which only digits gave after בשעה. Half and a quarter past, and
// the morning and the night, read as well; an hour the part of the day
// cannot hold ("שלוש בערב") or one without a part of the day ("בשעה
// שש", 6:00 or 18:00) gives the day alone, and a wrong weekday is still
// said.
func TestHeldout163HebrewWordHour(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"ביום שלישי' טז אדר, (14.3) בשעה שש בערב", "2017-03-14 18:00"},
		{"ביום שלישי, 14.3.2017 בשעה שבע וחצי בבוקר", "2017-03-14 07:30"},
		{"ביום שלישי, 14.3.2017 בשעה שמונה ורבע בערב", "2017-03-14 20:15"},
		{"ביום שלישי, 14.3.2017 בשעה אחת עשרה בלילה", "2017-03-14 23:00"},
		{"ביום חמישי, 2.5.2024 בשעה חמש אחר הצהריים", "2024-05-02 17:00"},
		// Digits, as before.
		{"ביום שלישי, 14.3.2017 בשעה 18:00", "2017-03-14 18:00"},
	})
	for _, text := range []string{
		"ביום שלישי, 14.3.2017 בשעה שלוש בערב",
		"ביום שלישי, 14.3.2017 בשעה שש",
		"ביום שלישי, 14.3.2017 בשעה עשרים בערב",
	} {
		t.Run(text, func(t *testing.T) {
			m := findOneOK(t, text, heldoutRef)
			assert.False(t, m.Dateline.HasTime)
			assert.Equal(t, "2017-03-14", m.Dateline.Time.Format("2006-01-02"))
		})
	}
	// A weekday that is not the date's is said.
	m := oneMatch(t, "ביום רביעי, 14.3.2017 בשעה שש בערב", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// An hour in words with no date before it is no date.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"בשעה שש בערב", ""},
		{"נפגשים בשעה שבע וחצי בבוקר", ""},
	})
}
