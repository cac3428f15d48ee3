package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestErevOfDateNamedOccasion: an occasion whose Hebrew name is a date
// ("תשעה באב", "ט״ו בשבט") is found in free text with the eve before it,
// as the date alone is found: "ערב תשעה באב" was read from the date on,
// 9 Av, a day late, with only the info that the year was inferred, where
// Check read 8 Av. An occasion alone whose name is no date stays a word.
func TestErevOfDateNamedOccasion(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"ערב תשעה באב", "ערב תשעה באב", "2026-07-22", "8 Av 5786"},
		{"ביום ערב תשעה באב נקיים", "ערב תשעה באב", "2026-07-22", "8 Av 5786"},
		{"ערב ט״ו בשבט", "ערב ט״ו בשבט", "2027-01-22", "14 Shevat 5787"},
		{"תשעה באב", "תשעה באב", "2026-07-23", "9 Av 5786"},
	})
	checkDayOrNone(t, ref, []struct{ text, day string }{
		{"ערב פסח", ""},
		{"מסיבת חנוכה", ""},
	})
}

// TestErevShabbatAbbrevPortion: עש״ק (ערב שבת קודש) before a weekly
// portion names the Friday before the portion's Shabbat, as the words in
// full do: "עש״ק משפטים ה׳תש״י" was read as the Shabbat, a day late, with
// nothing said (seen by round 244). ש״פ is the Shabbat itself, and with a
// Hebrew date the date says the day.
func TestErevShabbatAbbrevPortion(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, day string }{
		{"עש״ק משפטים ה׳תש״י", "1950-02-17"},
		{"עש\"ק פרשת משפטים תש\"י", "1950-02-17"},
		{"ערב שבת קודש פרשת משפטים ה׳תש״י", "1950-02-17"},
		{"עש״ק משפטים, ל׳ שבט ה׳תש״י", "1950-02-17"},
		{"ש״פ משפטים ה׳תש״י", "1950-02-18"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			if assert.True(t, rep.OK(), "%v", rep.Problems) {
				assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			}
		})
	}
}

// TestEveningOfHebrewDay: words of a script other than Hebrew's that put
// a Hebrew date with no civil day at an evening or a sunset may name the
// evening that begins it or the one that ends it: "au coucher du soleil
// le 5 Sivan" (round 241, Shavuot's eve) is the sunset that ends it, read
// with nothing said as the one that begins it. It is read as before, with
// a warning that gives the other; ליל is the night that begins the day,
// and a civil date or a weekday says which.
func TestEveningOfHebrewDay(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	for _, text := range []string{"au coucher du soleil le 5 Sivan 5783", "at sunset on 5 Sivan 5783", "on the evening of 5 Sivan 5783"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, ref)
			assert.Equal(t, "2023-05-24", rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, []dateline.Code{dateline.CodeDateAmbiguous}, severityCodes(dateline.Match{Report: rep}, dateline.Warning))
		})
	}
	for _, text := range []string{"ליל ה׳ סיון תשפ״ג", "the evening of 5 Sivan 5783 (May 24, 2023)", "the evening of May 24, 2023"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, ref)
			assert.Equal(t, "2023-05-24", rep.Dateline.Time.Format(time.DateOnly))
			assert.Empty(t, severityCodes(dateline.Match{Report: rep}, dateline.Warning))
		})
	}
}
