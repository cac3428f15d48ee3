package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestRangeEndWeekdayAlone: a range joined by verbs whose end alone names
// its weekday, before its day: "В 2025 году Ханука начинается вечером 14
// декабря и продлится до понедельника 22 декабря" (Telegraf, the
// seventy-third held-out round). It was read as two datelines, the start
// and "понедельника 22 декабря", so the line had no one dateline. The
// range is one match from its first day, and the end's weekday is
// checked: a wrong one is an error, not a second dateline or nothing.
func TestRangeEndWeekdayAlone(t *testing.T) {
	for _, tc := range []struct{ text, day, hebrew, end string }{
		{"В 2025 году Ханука начинается вечером 14 декабря и продлится до понедельника 22 декабря.", "2025-12-14", "25 Kislev 5786", "понедельника 22 декабря"},
		{"Ханука начинается вечером 14 декабря 2025 года и продлится до понедельника 22 декабря.", "2025-12-14", "25 Kislev 5786", "понедельника 22 декабря"},
		{"У 2025 році Ханука починається ввечері 14 грудня і триватиме до понеділка 22 грудня.", "2025-12-14", "25 Kislev 5786", "понеділка 22 грудня"},
		{"Hanukkah begins at sundown on December 14, 2025 and ends on Monday, December 22.", "2025-12-14", "25 Kislev 5786", "Monday, December 22"},
		{"Pesach begint op 12 april 2025 en duurt tot zondag 20 april.", "2025-04-12", "15 Nisan 5785", "zondag 20 april"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Contains(t, m.Input, tc.end, "the match runs to the range's end")
			if tc.hebrew != "" {
				assert.Equal(t, tc.hebrew, m.Dateline.Hebrew.String())
			}
		})
	}
	// The end's weekday is checked, as a start's is: December 22, 2025
	// is a Monday.
	for _, text := range []string{
		"В 2025 году Ханука начинается вечером 14 декабря и продлится до вторника 22 декабря.",
		"Hanukkah begins at sundown on December 14, 2025 and ends on Tuesday, December 22.",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			require.Len(t, ms, 1)
			assert.False(t, ms[0].OK(), "the end's weekday is wrong")
			assert.Equal(t, "2025-12-14", ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
	// Without a year, the end's weekday gives the year, as a start's
	// does: the Sunday 14 December before Monday 22 December nearest
	// the reference is 2025's.
	ms := dateline.Find("Ханука начинается вечером 14 декабря и продлится до понедельника 22 декабря.", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "2025-12-14", ms[0].Dateline.Time.Format(time.DateOnly))
	// No verb, no range: a list's two days, or a weekday with no day
	// after it, do not change.
	for _, tc := range []struct {
		text string
		n    int
	}{
		{"14 декабря и 22 декабря", 0},
		{"В 2025 году Ханука начинается вечером 14 декабря и продлится до понедельника.", 1},
		{"В 2025 году Ханука начинается вечером 14 декабря и продлится до 22 декабря.", 1},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, tc.n)
			if tc.n == 1 {
				assert.Equal(t, "2025-12-14", ms[0].Dateline.Time.Format(time.DateOnly))
				assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
			}
		})
	}
}

// TestYearHeadingMarkAndGloss: a year said with its word for "year", set
// off from its date by a dash or a colon, after an occasion glossed
// between commas: "Песах, еврейская пасха в 2018 году — с 30 марта по 7
// апреля." (Looksrare, the seventy-third held-out round), not found: the
// dash stopped the year's words, and the gloss parted the occasion from
// its year. The date is of the year, and, after the occasion, from its
// eve. A gloss also names the sentence's year for a date after it:
// "Pesach, the Jewish Passover, in 2018 is from March 30 to April 7" was
// read as March 30, 2027, the year nearest the reference, with only an
// info.
func TestYearHeadingMarkAndGloss(t *testing.T) {
	for _, tc := range []struct{ text, day, hebrew, start string }{
		{"Песах, еврейская пасха в 2018 году — с 30 марта по 7 апреля.", "2018-03-30", "15 Nisan 5778", "Песах"},
		{"Песах в 2018 году — с 30 марта по 7 апреля.", "2018-03-30", "15 Nisan 5778", "Песах"},
		{"Ханука, свято світла, у 2025 році триває з 14 по 22 грудня.", "2025-12-14", "25 Kislev 5786", "Ханука"},
		{"Пурим, праздник жребия, в 2019 году приходится на 21 марта.", "2019-03-21", "14 Adar II 5779", "Пурим"},
		{"пасха в 2018 году — 30 марта", "2018-03-30", "14 Nisan 5778", "2018"},
		{"пасха в 2018 году: 30 марта", "2018-03-30", "14 Nisan 5778", "2018"},
		{"Свято у 2018 році – 30 березня.", "2018-03-30", "14 Nisan 5778", "2018"},
		{"Pesach, the Jewish Passover, in 2018 is from March 30 to April 7.", "2018-03-30", "14 Nisan 5778", "2018"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, m.Dateline.Hebrew.String())
			assert.True(t, strings.HasPrefix(m.Input, tc.start), "the match %q starts at %q", m.Input, tc.start)
		})
	}
	// Not a heading: a date with its own year keeps it; a dash glued to
	// the date, a count, a gloss too long or with a digit, or no year
	// after the gloss, name no year of the date.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"в 2018 году — 30 марта 2019", "2019-03-30"},
		{"в 2018 году — 30 человек", ""},
		{"пасха в 2018 году—30 марта", ""},
		{"Песах, еврейская пасха в этом году — с 30 марта по 7 апреля.", "2026-03-30"}, // "this year" (see TestRelativeYearFindsDate)
		{"Pesach, the one feast that people in 1918 kept, is from March 30 to April 7.", "2027-03-30"},
	})
}
