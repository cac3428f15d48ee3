package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// fixheb51Reference is the reference of these tests: Saturday, March 2,
// 2024, 22 Adar I 5784.
var fixheb51Reference = dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))

// TestOrLeHebrewNight: the rabbinic "אור ל" (the light of: the night
// before) and a Hebrew day glued to its ל names the night that begins
// that Hebrew day, as "ליל י״ד ניסן" does: the evening of the civil day
// before, whose Hebrew date, from sunset, is the day named. Find read the
// day alone after "אור", its own civil day, a day late (April 22 for "אור
// לי״ד ניסן תשפ״ד"), and Check refused it at "לי". Without its ל, or
// before a civil month, the word is not the night's.
func TestOrLeHebrewNight(t *testing.T) {
	checkMatches(t, fixheb51Reference, []struct{ text, match, day, heb string }{
		{"אור לי״ד ניסן תשפ״ד", "אור לי״ד ניסן תשפ״ד", "2024-04-21", "14 Nisan 5784"},
		{"בדיקת חמץ אור לי״ד בניסן תשפ״ד", "אור לי״ד בניסן תשפ״ד", "2024-04-21", "14 Nisan 5784"},
		{"אור לט״ו בניסן תשפ״ד", "אור לט״ו בניסן תשפ״ד", "2024-04-22", "15 Nisan 5784"},
		{"אור לא׳ תשרי תשפ״ה", "אור לא׳ תשרי תשפ״ה", "2024-10-02", "1 Tishrei 5785"},
		{"נכתב אור לכ״ה כסלו תשפ״ד.", "אור לכ״ה כסלו תשפ״ד", "2023-12-07", "25 Kislev 5784"},
	})
	for _, tc := range []struct{ text, day string }{
		{"אור לי״ד ניסן תשפ״ד", "2024-04-21"},
		{"אור לכ״ה כסלו תשפ״ד", "2023-12-07"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, fixheb51Reference)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
		})
	}
	// Near misses: "אור" without its ל, or before a civil month ("the
	// night before April 14" is not April 14's evening), is no night.
	for _, text := range []string{"אור י״ד ניסן תשפ״ד", "אור לי״ד באפריל 2024", "אור ל-14 באפריל 2024", "אור השמש, י״ד ניסן תשפ״ד"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, fixheb51Reference)
			assert.False(t, rep.OK(), "%v", rep.Dateline)
			for _, m := range dateline.Find(text, fixheb51Reference) {
				assert.NotContains(t, text[m.Start:m.End], "אור")
			}
		})
	}
}
