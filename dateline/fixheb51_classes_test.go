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

// TestInvisibleInsideToken: a character that takes no room (a zero-width
// space, non-joiner or joiner, a word joiner, a BOM, a direction mark),
// as pages copied from the web carry them, inside a number or a word is
// read as nothing, as a browser shows it: "March 2, 2\u200b024" was March
// 2 of the year nearest the reference, with an info, and "י\u200d״ח
// כסלו" no day. The match's span and the report's input are the text as
// it was. Between words it separates as a space does, a number split by a
// space stays split, and Persian's non-joiner inside its words stays.
func TestInvisibleInsideToken(t *testing.T) {
	for _, tc := range []struct{ text, day string }{
		{"March 2, 2\u200b024", "2024-03-02"},
		{"March 2, 20\u2060\u200b24", "2024-03-02"},
		{"2\u200b024-03-02", "2024-03-02"},
		{"2024-0\u200e3-02", "2024-03-02"},
		{"Mar\u200bch 2, 2024", "2024-03-02"},
		{"2 Mär\u200dz 2024", "2024-03-02"},
		{"2 мар\ufeffта 2024", "2024-03-02"},
		{"2 מרץ 20\u200f24", "2024-03-02"},
		{"י\u200d״ח כסלו תשפ״ד", "2023-12-01"},
		{"ז\u200d׳ כסלו תשפ״ד", "2023-11-20"},
		{"כ\"\u200bב אדר א׳ תשפ״ד", "2024-03-02"},
		{"כ״ב אד\u200cר א׳ תשפ״ד", "2024-03-02"},
		{"יום ב\u200f׳ ז׳ כסלו תשפ״ד", "2023-11-20"},
		{"٢ مار\u200bس ٢٠\u061c٢٤", "2024-03-02"},
		// Near misses, read as before: between words, and Persian's
		// non-joiner inside its weekday's name.
		{"March\u200e 2, 2024", "2024-03-02"},
		{"March 2,\u200b2024", "2024-03-02"},
		{"\ufeffMarch 2, 2024", "2024-03-02"},
		{"سه\u200cشنبه ١٢ مارس ٢٠٢٤", "2024-03-12"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, fixheb51Reference)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Empty(t, rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.text, rep.Input)
			text := "נכתב: " + tc.text + "."
			ms := dateline.Find(text, fixheb51Reference)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, text[ms[0].Start:ms[0].End], ms[0].Input)
			assert.Contains(t, tc.text, ms[0].Input)
		})
	}
	// A number split by a space as well stays split: no year of 2024.
	for _, text := range []string{"March 2, 2\u200b 024", "March 2, 2 \u200b024"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, fixheb51Reference)
			assert.False(t, rep.OK())
			for _, m := range dateline.Find(text, fixheb51Reference) {
				assert.NotContains(t, m.Input, "024")
			}
		})
	}
	// A problem's span is in the text as it was.
	text := "Friday, March 2, 2\u200b024"
	rep := dateline.Check(text, fixheb51Reference)
	require.True(t, hasProblem(rep, dateline.CodeWeekday, dateline.Error), "%v", rep.Problems)
	for _, p := range rep.Problems {
		assert.True(t, p.Start >= 0 && p.Start <= p.End && p.End <= len(text), "%v", p)
	}
}

// TestArabicAdarQualified: Adar I and Adar II as Arabic pages on the
// Jewish calendar write them, آذار الأول and آذار الثاني (the hamza
// left off, الاول, and Egypt's الثانى too): "22 آذار الثاني 5784" was
// refused at its qualifier, and Find read 22 Adar of another year
// without it. The qualifier says the month is the Hebrew one, so that
// آذار, also the Levantine civil name of March, is not; the bare name
// keeps reading by its year (a civil 2024 is March, a Hebrew 5784 Adar
// with a warning that nothing says which).
func TestArabicAdarQualified(t *testing.T) {
	for _, tc := range []struct {
		text, day, heb string
		code           dateline.Code
	}{
		{"22 آذار الثاني 5784", "2024-04-01", "22 Adar II 5784", ""},
		{"22 آذار الأول 5784", "2024-03-02", "22 Adar I 5784", ""},
		{"22 آذار الاول 5784", "2024-03-02", "22 Adar I 5784", ""},
		{"22 أدار الثاني 5784", "2024-04-01", "22 Adar II 5784", ""},
		{"1 آذار الثانى 5784", "2024-03-11", "1 Adar II 5784", ""},
		{"٢٢ آذار الثاني ٥٧٨٤", "2024-04-01", "22 Adar II 5784", ""},
		// Near misses, as before.
		{"22 آذار 2024", "2024-03-22", "12 Adar II 5784", ""},
		{"22 آذار 5784", "2024-04-01", "22 Adar II 5784", dateline.CodeAdarAmbiguous},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, fixheb51Reference)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
			if tc.code == "" {
				assert.Empty(t, rep.Problems)
			} else {
				assert.True(t, hasProblem(rep, tc.code, dateline.Warning), "%v", rep.Problems)
			}
			ms := dateline.Find("في "+tc.text+".", fixheb51Reference)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.text, ms[0].Input)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
}

// TestLevantineTwoWordMonths: the Levantine Arabic names of the civil
// months of two words, as CLDR's ar-LB, ar-SY, ar-JO, ar-IQ and ar-PS
// write them: كانون الثاني (January), تشرين الأول (October), تشرين الثاني
// (November), كانون الأول (December), read as whole names. "2 كانون
// الثاني 2024" was refused at كانون; the first word alone, or with a
// word after it that is no ordinal of its, names no month and stays
// refused, never a guess at one of the two.
func TestLevantineTwoWordMonths(t *testing.T) {
	for _, tc := range []struct{ text, day string }{
		{"2 كانون الثاني 2024", "2024-01-02"},
		{"الثلاثاء 2 كانون الثاني 2024", "2024-01-02"},
		{"2 كانون الأول 2024", "2024-12-02"},
		{"2 كانون الاول 2024", "2024-12-02"},
		{"2 تشرين الأول 2024", "2024-10-02"},
		{"2 تشرين الاول 2024", "2024-10-02"},
		{"السبت 2 تشرين الثاني 2024", "2024-11-02"},
		{"15 تشرين الثانى 2023", "2023-11-15"},
		{"١٥ تشرين الثاني ٢٠٢٣", "2023-11-15"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, fixheb51Reference)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Empty(t, rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			ms := dateline.Find("نشر في "+tc.text+".", fixheb51Reference)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.text, ms[0].Input)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
	rep := dateline.Check("الأربعاء 2 كانون الثاني 2024", fixheb51Reference)
	assert.True(t, hasProblem(rep, dateline.CodeWeekday, dateline.Error), "%v", rep.Problems)
	for _, text := range []string{"2 كانون 2024", "2 تشرين 2024", "2 كانون الثالث 2024", "2 تشرين الأخير 2024"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, fixheb51Reference)
			assert.True(t, hasProblem(rep, dateline.CodeSyntax, dateline.Error), "%v", rep.Problems)
			for _, m := range dateline.Find(text, fixheb51Reference) {
				assert.NotContains(t, m.Input, "2024", "%v", m.Dateline)
			}
		})
	}
}

// TestHebrewYearInWordsUnread: a Hebrew year written out in words after
// "the year" (שנת, בשנת), as a ketubah or a formal document writes it,
// "שנת חמשת אלפים ושבע מאות ושמונים וארבע לבריאת העולם" (5784), is a
// year the reader does not read, as a civil year in English words is:
// Find read the day and month before it in the year nearest the
// reference, 7 Kislev 5787, with only an info, and now takes no date
// there; Check says which year it could not read. A year in letters
// after שנת reads as before.
func TestHebrewYearInWordsUnread(t *testing.T) {
	for _, text := range []string{
		"בשבעה לחודש כסלו שנת חמשת אלפים ושבע מאות ושמונים וארבע לבריאת העולם",
		"שבעה בכסלו, שנת חמשת אלפים ושבע מאות ושמונים וארבע",
		"ז׳ כסלו בשנת חמשת אלפים ושבע מאות ושמונים וארבע",
		"ט״ו בשבט שנת ארבעת אלפים",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, fixheb51Reference)
			assert.True(t, hasProblem(rep, dateline.CodeSyntax, dateline.Error), "%v", rep.Problems)
			assert.Empty(t, dateline.Find(text, fixheb51Reference))
		})
	}
	for _, tc := range []struct{ text, day string }{
		{"ז׳ כסלו שנת תשפ״ד", "2023-11-20"},
		{"ז׳ כסלו בשנת תשפ״ד", "2023-11-20"},
		{"ז׳ כסלו שנת תשע״ד", "2013-11-10"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, fixheb51Reference)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
		})
	}
}
