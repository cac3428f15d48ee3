package dateline_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout157BeginsParticiple: English's participle of a verb of
// beginning after a date, before the words that say the day's end: "This
// year, Purim falls on Wednesday, March 16, starting at sundown and
// continuing until sundown the next day" (NewsBreak, newsbreak.com, 2022,
// the hundred-and-fifty-seventh held-out round). The match stopped at the
// date, so the evening went unsaid: the Wednesday's civil day with a
// warning that Purim begins at its sunset. "starting", "beginning" and
// "commencing" before "at sundown" (at sunset, at nightfall, in the
// evening) are now text of the dateline, which names the day's evening,
// and say of an occasion before the date what "begins at sundown on" does:
// its Hebrew date is the evening's, with an info, and a day that is not
// the occasion's eve is said.
func TestHeldout157BeginsParticiple(t *testing.T) {
	cases := []struct{ text, match, day, heb string }{
		{"This year, Purim falls on Wednesday, March 16, starting at sundown and continuing until sundown the next day (via Hebcal).",
			"Purim falls on Wednesday, March 16, starting at sundown", "2022-03-16", "14 Adar II 5782"},
		{"Purim is Wednesday, March 16, 2022, beginning at sundown.",
			"Purim is Wednesday, March 16, 2022, beginning at sundown", "2022-03-16", "14 Adar II 5782"},
		{"Purim: Wednesday, March 16, 2022, beginning at sunset",
			"Purim: Wednesday, March 16, 2022, beginning at sunset", "2022-03-16", "14 Adar II 5782"},
		{"Yom Kippur falls on Wednesday, October 1, 2025, commencing at sundown.",
			"Yom Kippur falls on Wednesday, October 1, 2025, commencing at sundown", "2025-10-01", "10 Tishrei 5786"},
		{"Hanukkah falls on December 14, 2025 starting at sundown",
			"Hanukkah falls on December 14, 2025 starting at sundown", "2025-12-14", "25 Kislev 5786"},
		{"Passover 2024 falls on April 22, beginning in the evening.",
			"Passover 2024 falls on April 22, beginning in the evening", "2024-04-22", "15 Nisan 5784"},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.Empty(t, severityCodes(m, dateline.Error))
			if strings.HasPrefix(tc.text, "This year") {
				// 2022's, which "this year" does not name on the
				// reference of 2026 (see TestRelativeYearUnread).
				assert.Equal(t, []dateline.Code{dateline.CodeYearInferred}, severityCodes(m, dateline.Warning))
			} else {
				assert.Empty(t, severityCodes(m, dateline.Warning))
			}
			assert.Contains(t, severityCodes(m, dateline.Info), dateline.CodeAfterSunset)
		})
	}
	// Without an occasion the words name the evening alone.
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Wednesday, March 16, 2022, starting at sundown", "2022-03-16", "14 Adar II 5782"},
		{"March 16, 2022 beginning at nightfall", "2022-03-16", "14 Adar II 5782"},
	})
	// A day that is not the occasion's eve, or a weekday that is not the
	// date's, is said.
	m := oneMatch(t, "Purim falls on Friday, March 18, 2022, starting at sundown", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	m = oneMatch(t, "Purim falls on Tuesday, March 16, 2022, starting at sundown", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// A participle before another time names no evening: the civil day's
	// own Hebrew date, as before.
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"The fair is Wednesday, March 16, 2022, starting at noon.", "2022-03-16", "13 Adar II 5782"},
	})
	// The words alone are no date.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"starting at sundown", ""},
		{"Services, beginning at sunset", ""},
	})
}

// TestHeldout157ErevBeginsAtSundown: an Erev said to begin at the sundown
// of its own day, as English pages call the festival's first evening its
// erev: "Erev Sukkot begins at sundown on Oct. 2." (the Stowe Reporter,
// vtcng.com, 2020, the hundred-and-fifty-seventh held-out round). Erev
// Sukkot is 2 October, on whose evening Sukkot begins; the reader wanted
// the Erev to begin on the evening before, so the line was 2026's 2
// October with an occasion error, and with its year an error on the right
// day. The text now names the Erev's evening, the festival's first day
// from sunset, with an info, as "Erev Sukkot, Friday, Oct. 2, 2020, at
// sundown" does; Erev Rosh Hashana's day is the last of the year before.
// A day that is neither the Erev's nor the day before it is still said.
func TestHeldout157ErevBeginsAtSundown(t *testing.T) {
	cases := []struct{ text, day, heb string }{
		{"Erev Sukkot begins at sundown on Oct. 2.", "2020-10-02", "15 Tishrei 5781"},
		{"Erev Sukkot begins at sundown on Oct. 2, 2020", "2020-10-02", "15 Tishrei 5781"},
		{"Erev Rosh Hashanah begins at sundown on Sunday, September 25, 2022", "2022-09-25", "1 Tishrei 5783"},
		{"Erev Yom Kippur begins at sundown on Friday, October 11, 2024", "2024-10-11", "10 Tishrei 5785"},
		{"Erev Pesach begins on the evening of April 22, 2024", "2024-04-22", "15 Nisan 5784"},
		{"Erev Shavuot begins at sundown on June 11, 2024", "2024-06-11", "6 Sivan 5784"},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.day, m.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.Empty(t, severityCodes(m, dateline.Error))
			assert.Empty(t, severityCodes(m, dateline.Warning))
			assert.Contains(t, severityCodes(m, dateline.Info), dateline.CodeAfterSunset)
		})
	}
	// A day that is not the Erev's, or a weekday not the date's, is said.
	for _, text := range []string{
		"Erev Pesach begins at sundown on April 23, 2024",
		"Erev Rosh Hashanah begins at sundown on Monday, September 26, 2022",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error), text)
	}
	m := oneMatch(t, "Erev Yom Kippur begins at sundown on Saturday, October 11, 2024", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// The festival's own name keeps its eve: "Sukkot begins at sundown on
	// Oct. 2" is 2020's too, and Oct. 3 is not its eve.
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Sukkot begins at sundown on Oct. 2, 2020", "2020-10-02", "15 Tishrei 5781"},
	})
	m = oneMatch(t, "Sukkot begins at sundown on Oct. 3, 2020", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
}
