package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// checkWeekdayKept checks that each text's one match starts with its
// weekday, at the byte offset start, and has no problem: the weekday is
// read, so a wrong one would be said.
func checkWeekdayKept(t *testing.T, cases []struct {
	text, day string
	start     int
}) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.day, m.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.start, m.Start)
		})
	}
}

// TestHeldout102BareHebrewWeekday: a Hebrew weekday written as its bare
// ordinal, without יום, opening its clause before a comma and a date, as
// Israeli news and listings print it: "היום, חמישי, ה' חול המועד,
// 5.10.2023" (Kol Ha'ir, kolhair.co.il, the hundred-and-second held-out
// round). The ordinal was a weekday only after יום, ביום or a prefix
// word, so "שני, 25.9.2022" was read as its date alone, a wrong Monday
// (25 September 2022 was a Sunday) unsaid. An ordinal after a word is
// prose ("פרק שני": chapter two), and one before no date no weekday.
func TestHeldout102BareHebrewWeekday(t *testing.T) {
	checkWeekdayKept(t, []struct {
		text, day string
		start     int
	}{
		{"חמישי, 5.10.2023", "2023-10-05", 0},
		{"היום, חמישי, 5.10.2023", "2023-10-05", len("היום, ")},
		{"ראשון, 25.9.2022", "2022-09-25", 0},
		{"(שישי, 14.10.2022)", "2022-10-14", 1},
		{"שלישי, 11 באוקטובר 2022", "2022-10-11", 0},
		{"שבת, 15.10.2022", "2022-10-15", 0},
		{"רביעי, 12 אוקטובר 2022", "2022-10-12", 0},
	})
	for _, text := range []string{"שני, 25.9.2022", "רביעי, 5.10.2023", "היום, שלישי, 5.10.2023"} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
		})
	}
	// Prose before the ordinal, or no date after it: the date alone, or
	// nothing.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"פרק שני, 5.10.2023", "2023-10-05"},
		{"המקום השלישי, 5.10.2023", "2023-10-05"},
		{"חמישי, בבוקר", ""},
		{"שני, שלישי ורביעי", ""},
	})
	m := oneMatch(t, "פרק שני, 5.10.2023", heldoutRef)
	assert.Equal(t, len("פרק שני, "), m.Start)
	assert.True(t, m.OK(), "%v", m.Problems)
}

// TestHeldout102HebrewWeekWord: a word that says which week, between a
// Hebrew weekday and its date: "ביום רביעי השבוע, 16/10/2024" (on
// Wednesday this week; Kfar Saba's local news, kfarsaba.mynet.co.il, the
// hundred-and-second held-out round), "הקרוב" (the coming) and "הבא"
// (next). The date was read without its weekday, so "ביום שלישי השבוע,
// 16/10/2024" had a wrong Tuesday unsaid. The date says the week; the
// weekday must fit it.
func TestHeldout102HebrewWeekWord(t *testing.T) {
	checkWeekdayKept(t, []struct {
		text, day string
		start     int
	}{
		{"ביום רביעי השבוע, 16/10/2024", "2024-10-16", len("ביום ")},
		{"ביום רביעי הקרוב, 16/10/2024", "2024-10-16", len("ביום ")},
		{"ביום רביעי הבא, 16.10.2024", "2024-10-16", len("ביום ")},
		{"יום שלישי הקרוב, 15 באוקטובר 2024", "2024-10-15", 0},
		{"בשבת הקרובה, 19.10.2024", "2024-10-19", 0},
	})
	m := oneMatch(t, "ביום שלישי השבוע, 16/10/2024", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// Without a date right after it the word is prose: the date alone.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"ביום רביעי השבוע ייפתח היריד, 16/10/2024", "2024-10-16"},
		{"ביום רביעי הבא", ""},
	})
}
