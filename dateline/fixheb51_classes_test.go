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

// TestPortionAbbrevNamesItsDay: the abbreviations by which a Hebrew letter
// names its day by the week's portion say which day of the week: עש״ק and
// ערש״ק (ערב שבת קודש) its Friday, as "ערב שבת" does, and ש״פ (שבת פרשת)
// its Shabbat. The date beside them is checked against that weekday, and
// עש״ק with no portion after it is the weekday alone. Before, the word
// shifted only the portion's Shabbat, so a date of any day of its week
// read with nothing said ("עש״ק פרשת וישב, כ״ד כסלו תשפ״ד", a Thursday;
// "ש״פ וישב, כ״ה כסלו תשפ״ד", a Friday), עש״ק before a date alone was no
// dateline, and "יום ו׳ עש״ק וישב תשפ״ד" was the Thursday.
func TestPortionAbbrevNamesItsDay(t *testing.T) {
	for _, tc := range []struct{ text, day string }{
		{"עש״ק פרשת וישב, כ״ה כסלו תשפ״ד", "2023-12-08"},
		{"עש״ק וישב, כ״ה כסלו תשפ״ד", "2023-12-08"},
		{"ערש״ק פרשת וישב, כ״ה כסלו תשפ״ד", "2023-12-08"},
		{"עש\"ק פ' וישב, כ\"ה כסלו תשפ\"ד", "2023-12-08"},
		{"עש״ק, כ״ה כסלו תשפ״ד", "2023-12-08"},
		{"עש״ק כ״ה כסלו תשפ״ד", "2023-12-08"},
		{"עש״ק, 8.12.2023", "2023-12-08"},
		{"יום ו׳ עש״ק וישב תשפ״ד", "2023-12-08"},
		{"כ״ה כסלו, עש״ק וישב תשפ״ד", "2023-12-08"},
		{"עש״ק פרשת ויקרא תשפ״ד", "2024-03-22"},
		{"ש״פ וישב, כ״ו כסלו תשפ״ד", "2023-12-09"},
		{"ש״פ וישב תשפ״ד", "2023-12-09"},
		{"ש\"פ ויקרא, י\"ג אדר ב' תשפ\"ד", "2024-03-23"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, fixheb51Reference)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
		})
	}
	// A date of another day of the portion's week is the weekday error,
	// to Check and to Find; a weekday of its own that is not Friday
	// beside עש״ק is no dateline.
	for _, text := range []string{
		"עש״ק פרשת וישב, כ״ד כסלו תשפ״ד",
		"עש״ק פרשת וישב, כ״ו כסלו תשפ״ד",
		"ערש״ק פרשת וישב, כ״ד כסלו תשפ״ד",
		"עש״ק, כ״ד כסלו תשפ״ד",
		"עש״ק, 7.12.2023",
		"כ״ד כסלו, עש״ק וישב תשפ״ד",
		"ש״פ וישב, כ״ה כסלו תשפ״ד",
		"ש״פ ויקרא, י״ב אדר ב׳ תשפ״ד",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, fixheb51Reference)
			assert.True(t, hasProblem(rep, dateline.CodeWeekday, dateline.Error), "%v", rep.Problems)
			ms := dateline.Find(text, fixheb51Reference)
			require.Len(t, ms, 1)
			assert.Equal(t, text, text[ms[0].Start:ms[0].End])
			assert.False(t, ms[0].OK(), "%v", ms[0].Problems)
		})
	}
	rep := dateline.Check("יום ה׳ עש״ק וישב תשפ״ד", fixheb51Reference)
	assert.True(t, hasProblem(rep, dateline.CodeSyntax, dateline.Error), "%v", rep.Problems)
	// A layout writes every day, and עש״ק is Friday alone: it would
	// write the next day's weekday on the others, so it is refused, as
	// מוצ״ש is; "ערב שבת" and ש״פ write every day's weekday.
	for _, text := range []string{"עש״ק פרשת ויגש, ו׳ טבת תשס״ו", "עש״ק, כ״ה כסלו תשפ״ד"} {
		t.Run(text, func(t *testing.T) {
			_, err := dateline.LayoutOf(text)
			assert.ErrorIs(t, err, dateline.ErrSyntax)
		})
	}
}

// TestBlessingOpensDateline: the abbreviation a Hebrew letter or notice
// heads itself with, asking for God's help (ב״ה, בס״ד, בעזה״י), before
// its date, with a comma after it or not, is the dateline's text: Check
// refused "ב״ה יום ב׳ ז׳ כסלו תשפ״ד" at its first word, where Find read
// the date after it. The date is checked as ever (a wrong weekday stays
// the weekday error), and the word alone is no date.
func TestBlessingOpensDateline(t *testing.T) {
	for _, tc := range []struct{ text, day string }{
		{"ב״ה יום ב׳ ז׳ כסלו תשפ״ד", "2023-11-20"},
		{"ב\"ה יום ב' ז' כסלו תשפ\"ד", "2023-11-20"},
		{"בס״ד יום ב׳ ז׳ כסלו תשפ״ד", "2023-11-20"},
		{"ב״ה, יום ב׳ ז׳ כסלו תשפ״ד", "2023-11-20"},
		{"בס\"ד, ז' כסלו תשפ\"ד", "2023-11-20"},
		{"בעזה״י, ח׳ חשון תשפ״ה", "2024-11-09"},
		{"בס״ד 20.11.2023", "2023-11-20"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, fixheb51Reference)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Empty(t, rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
		})
	}
	for _, tc := range []struct {
		text string
		code dateline.Code
	}{
		{"ב״ה יום ב׳ י״ח כסלו תשפ״ד", dateline.CodeWeekday}, // 18 Kislev 5784 is a Friday
		{"בס״ד יום ה׳ 20.11.2023", dateline.CodeWeekday},
		{"ב״ה", dateline.CodeSyntax},
		{"ב״ה בירושלים", dateline.CodeSyntax},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, fixheb51Reference)
			assert.True(t, hasProblem(rep, tc.code, dateline.Error), "%v", rep.Problems)
		})
	}
}
