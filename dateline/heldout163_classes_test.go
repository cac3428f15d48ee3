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

// TestHeldout163SundownOf: English's "sundown of" or "sunset of" (no
// "at", no "on") before a day, as a range's start names its evening
// before the end's nightfall: "(sundown of April 22 - nightfall of April
// 30, 2024)" (russianjews.org, the hundred-and-sixty-third held-out
// round; its row reads right by the Hebrew range before it) was read in
// free text from the day on, with the civil day's 14 Nisan and nothing
// said of the evening, while the end's "nightfall of" was read. The
// words are now text of the dateline, naming the evening, whose Hebrew
// date is the next day's; a sunset that ends something ("ends at sundown
// of") is its day's, as "ends at sundown on" was.
func TestHeldout163SundownOf(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"sundown of April 22 - nightfall of April 30, 2024", "sundown of April 22 - nightfall of April 30, 2024", "2024-04-22", "15 Nisan 5784"},
		{"sundown of April 22, 2024", "sundown of April 22, 2024", "2024-04-22", "15 Nisan 5784"},
		{"from sundown of April 22 to nightfall of April 30, 2024", "sundown of April 22 to nightfall of April 30, 2024", "2024-04-22", "15 Nisan 5784"},
		{"Hanukkah: from sunset of Sunday, December 14, 2025 to nightfall of Monday, December 22, 2025", "Hanukkah: from sunset of Sunday, December 14, 2025 to nightfall of Monday, December 22, 2025", "2025-12-14", "25 Kislev 5786"},
		{"The holiday ends at sundown of April 30, 2024.", "April 30, 2024", "2024-04-30", "22 Nisan 5784"},
	})
	// A wrong weekday is still said.
	m := oneMatch(t, "sundown of Monday, April 23, 2024", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// The words alone are no date.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"sundown of the first day", ""},
		{"sunset of the year", ""},
	})
}
