package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// An occasion's night is the evening that begins its first day: its civil
// day is the one before the occasion's, its Hebrew date the occasion's.
// "the night of Pesach 5782" was read as Pesach's day, a civil day late,
// with nothing said (Find dropped the words; Check refused them).
func TestNightOfOccasion(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"We met on the night of Pesach 5782 at home.", "night of Pesach 5782", "2022-04-15", "15 Nisan 5782"},
		{"on the evening of Yom Kippur 5785, Kol Nidre", "evening of Yom Kippur 5785", "2024-10-11", "10 Tishrei 5785"},
		{"Tikkun Leil Shavuot 5784 at the shul", "Leil Shavuot 5784", "2024-06-11", "6 Sivan 5784"},
		{"הם נפגשו בליל פסח תשפ״ב בבית.", "בליל פסח תשפ״ב", "2022-04-15", "15 Nisan 5782"},
		{"ליל שבועות תשפ״ד", "ליל שבועות תשפ״ד", "2024-06-11", "6 Sivan 5784"},
		// A date after "the night of" is that day's evening, whose Hebrew
		// date, from sunset, is the next day's.
		{"Kristallnacht, the night of November 9, 1938, began it", "the night of November 9, 1938", "1938-11-09", "16 Cheshvan 5699"},
	})
	for _, s := range []string{"the night of Pesach 5782", "Leil Shavuot 5784", "ליל פסח תשפ״ב", "the evening of Yom Kippur 5785"} {
		t.Run("Check "+s, func(t *testing.T) {
			r := dateline.Check(s)
			assert.True(t, r.OK(), "%v", r.Problems)
			assert.Empty(t, r.Problems) // no word of a weekday's evening
		})
	}
}

// The words before a weekday are the weekday's evening, and a night that
// names no occasion is prose.
func TestNightOfNoOccasion(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkDayHebs(t, ref, []struct{ text, day, heb string }{
		{"Leil Shabbat, 15 Nisan 5782", "2022-04-15", "15 Nisan 5782"},
		{"אור ליום שישי ב' בניסן התשפ\"ג, 23.3.2023", "2023-03-23", "2 Nisan 5783"},
	})
	for _, s := range []string{"a night of music and song", "the evening of the concert was cold", "Leil"} {
		assert.Empty(t, dateline.Find(s, ref), s)
	}
}
