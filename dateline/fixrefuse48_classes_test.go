package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewAbbreviationsOfPages: the abbreviations Hebrew pages write
// around a Hebrew date, each refused at its first letter by Check: the
// mark of the small count after a year in letters, לפ״ק (lifrat katan),
// is text of the dateline, and the year the one its letters name; ער״ח
// (ערב ראש חודש) is the day before Rosh Chodesh, its first day where it
// has two; ערש״ק (ערב שבת קודש), as עש״ק, the Friday before the
// portion's Shabbat; a prefix joined to a day in letters by a maqaf or a
// hyphen (ב־ט״ו בשבט) is text before the day, as before digits.
func TestHebrewAbbreviationsOfPages(t *testing.T) {
	checkReadDayHebs(t, commonRef, []struct{ text, day, heb string }{
		{"כ״ב אדר א׳ תשפ״ד לפ״ק", "2024-03-02", "22 Adar I 5784"},
		{`כ"ב אדר א' תשפ"ד לפ"ק`, "2024-03-02", "22 Adar I 5784"},
		{"כ״ב אדר א׳ תשפ״ד לפ'ק", "2024-03-02", "22 Adar I 5784"},
		{"כ״ב אדר א׳ ה׳תשפ״ד לפ״ק", "2024-03-02", "22 Adar I 5784"},
		{`בכ'ו שבט תרנז לפ"ק`, "1897-01-29", "26 Shevat 5657"},
		{"ט״ו בשבט תשפ״ה לפרט קטן", "2025-02-13", "15 Shevat 5785"},
		{"ער״ח אייר תשפ״ד", "2024-05-07", "29 Nisan 5784"},
		{`ער"ח אייר תשפ"ד`, "2024-05-07", "29 Nisan 5784"},
		{"בער״ח אייר תשפ״ד", "2024-05-07", "29 Nisan 5784"},
		{"יום ג׳ ער״ח אייר תשפ״ד", "2024-05-07", "29 Nisan 5784"},
		{"ער״ח ראש חודש אייר תשפ״ד", "2024-05-07", "29 Nisan 5784"},
		{"ער״ח טבת תשפ״ה", "2024-12-30", "29 Kislev 5785"},
		{"ער״ח ניסן תשפ״ד", "2024-04-08", "29 Adar II 5784"},
		{"ער״ח אב תשפ״ג", "2023-07-18", "29 Tammuz 5783"},
		{"ער״ח אייר", "2024-05-07", "29 Nisan 5784"},
		{"ערש״ק פרשת ויקרא תשפ״ד", "2024-03-22", "12 Adar II 5784"},
		{`ערש"ק צו תשפ"ד`, "2024-03-29", "19 Adar II 5784"},
		{"ערש״ק פ׳ ויקהל ה׳תשכ״ב", "1962-03-02", "26 Adar I 5722"},
		{"ב־ט״ו בשבט תשפ״ה", "2025-02-13", "15 Shevat 5785"},
		{`ב-ט"ו בשבט תשפ"ה`, "2025-02-13", "15 Shevat 5785"},
		{"ב־ט״ו בשבט", "2024-01-25", "15 Shevat 5784"},
		{"וב־כ״ב באדר א׳ תשפ״ד", "2024-03-02", "22 Adar I 5784"},
		{"מ-י״ד ניסן תשפ״ד", "2024-04-22", "14 Nisan 5784"},
	})
	checkDayHebs(t, commonRef, []struct{ text, day, heb string }{
		{"מכתב מיום כ״ב אדר א׳ תשפ״ד לפ״ק, ירושלים", "2024-03-02", "22 Adar I 5784"},
		{"נפגשנו בער״ח אב תשפ״ג בירושלים", "2023-07-18", "29 Tammuz 5783"},
		{`נכתב ב-ט"ו בשבט תשפ"ה בירושלים`, "2025-02-13", "15 Shevat 5785"},
	})
	// Near misses: the label without its mark, or glued to more letters; ער״ח without a month, or before a weekday or a civil
	// date; a day past 30 after the hyphen; a weekday that is not the
	// eve's.
	for _, text := range []string{
		"כ״ב אדר א׳ תשפ״ד לפק", "כ״ב אדר א׳ תשפ״ד לפ״קים", "ער״ח", "ער״ח שבת", "ער״ח 5 מאי",
		"ב-ל״ב בשבט", "ב-שבט", "יום ד׳ ער״ח אייר תשפ״ד",
	} {
		t.Run(text, func(t *testing.T) {
			assert.False(t, dateline.Check(text, commonRef).OK())
		})
	}
}

// TestBareHourBeforePartOfDay: an hour without minutes before a part of
// the day, after the word for "at" of a language whose "at" was not one
// of atHourWords (Russian's and Bulgarian's "в", Ukrainian's "о",
// German's "um"), or with French's word for the hour between them ("à 8
// heures du soir", "à 8 h du soir"): "2 марта 2024 в 8 вечера" and "2 mars
// 2024 à 8 heures du soir" were refused at the part of the day, where
// "в 8:00 вечера", "в 8 часов вечера" and "à 8h du soir" were read. An
// hour the part cannot hold, or no part at all after "в", stays an error;
// a span of hours is no time.
func TestBareHourBeforePartOfDay(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"2 марта 2024 г. в 8 вечера", "2024-03-02 20:00"},
		{"2 марта 2024 в 8 утра", "2024-03-02 08:00"},
		{"2 марта 2024 года в 3 дня", "2024-03-02 15:00"},
		{"2 марта 2024 года в 11 ночи", "2024-03-02 23:00"},
		{"суббота, 2 марта 2024 года, в 8 вечера", "2024-03-02 20:00"},
		{"2 березня 2024 о 8 вечора", "2024-03-02 20:00"},
		{"2 mars 2024 à 8 heures du soir", "2024-03-02 20:00"},
		{"Samedi 2 mars 2024 à 9 heures du matin", "2024-03-02 09:00"},
		{"2 mars 2024 à 1 heure du matin", "2024-03-02 01:00"},
		{"2 mars 2024 à 8 h du soir", "2024-03-02 20:00"},
		{"2 mars 2024 à 20 heures", "2024-03-02 20:00"},
		{"2. März 2024 um 8 abends", "2024-03-02 20:00"},
		{"2 de marzo de 2024 a las 8 de la tarde", "2024-03-02 20:00"},
		{"2 de março de 2024 às 8 da noite", "2024-03-02 20:00"},
		{"2 marzo 2024 alle 8 di sera", "2024-03-02 20:00"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, commonRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.True(t, rep.Dateline.HasTime)
			assert.Equal(t, tc.want, rep.Dateline.Time.Format("2006-01-02 15:04"))
		})
	}
	checkTimes(t, commonRef, []struct{ text, want string }{
		{"Встреча состоится 2 марта 2024 года в 7 вечера в синагоге.", "2024-03-02 19:00"},
		{"Rendez-vous le 2 mars 2024 à 8 heures du soir devant la synagogue.", "2024-03-02 20:00"},
	})
	for _, text := range []string{
		"2 марта 2024 в 13 вечера", "2 mars 2024 à 3 heures du soir", "2 марта 2024 в 8",
		"2 mars 2024 à 5 h plus tard", "2 mars 2024, 2 heures plus tard",
	} {
		t.Run(text, func(t *testing.T) {
			assert.False(t, dateline.Check(text, commonRef).OK())
		})
	}
}

// TestISOInterval: an interval of ISO 8601, its ends parted by a slash,
// the end whole or without the parts it shares with the start, is read as
// the range a dash makes ("2024-12-30 – 2025-01-02"): the start is the
// dateline's day and the end its Also. "2024-12-30/2025-01-02" was
// refused at the end, and Find read the start alone. An end before the
// start, as ISO 8601 fills in its parts ("2024-12-30/01-02" ends on
// January 2, 2024), is refused, as is one that is no date.
func TestISOInterval(t *testing.T) {
	for _, tc := range []struct{ text, day, end string }{
		{"2024-12-30/2025-01-02", "2024-12-30", "2025-01-02"},
		{"2024-12-24/2024-12-26", "2024-12-24", "2024-12-26"},
		{"2024-12-24/12-26", "2024-12-24", "2024-12-26"},
		{"2024-02-28/03-01", "2024-02-28", "2024-03-01"},
		{"2024-12-24/26", "2024-12-24", "2024-12-26"},
		{"2024-12-24–26", "2024-12-24", "2024-12-26"},
		{"2024-12-24 – 12-26", "2024-12-24", "2024-12-26"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, commonRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			if assert.Len(t, rep.Also, 1) {
				assert.Equal(t, tc.end, rep.Also[0].Time.Format("2006-01-02"))
			}
		})
	}
	t.Run("in text", func(t *testing.T) {
		text := "Ferien vom 2024-12-30/2025-01-02, dann Schule."
		m := findOneOK(t, text, commonRef)
		assert.Equal(t, "2024-12-30/2025-01-02", text[m.Start:m.End])
		assert.Equal(t, "2024-12-30", m.Dateline.Time.Format("2006-01-02"))
	})
	for _, text := range []string{
		"2024-12-30/01-02", "2024-12-30/12-30", "2024-12-30/12-32", "2024-12-30/2024-12-02", "2024-12-24/26/27", "2024-12-24/2",
	} {
		t.Run(text, func(t *testing.T) {
			assert.False(t, dateline.Check(text, commonRef).OK())
		})
	}
	// A slash after an ISO date before a Hebrew date still parts the
	// dateline's two dates.
	rep := dateline.Check("2024-12-30/29 Kislev 5785", commonRef)
	assert.True(t, rep.OK(), "%v", rep.Problems)
	assert.Empty(t, rep.Also)
}

// TestPortionAloneYearInferred: a weekly portion with no year and no date,
// "Parashat Vayakhel", "פרשת ויקהל", was refused ("expected a date"),
// where "Parashat Vayakhel 5784" and "Parashat Vayakhel, March 9, 2024"
// were read. It is the portion's Shabbat in the year a year-less Hebrew
// date takes ("15 Shevat"): the most recent whose Shabbat is at most six
// months after the reference, with the year-inferred info. With a weekday
// of its week, that day (יום ג׳ פרשת כי תשא); a weekday that is not the
// Shabbat's in English stays an error, as with a year. Of a year that
// reads the portion twice (5783's Vayeilech) the latest Shabbat within
// the six months is taken. In text a portion alone is a word, as an
// occasion alone is, and Find does not read it.
func TestPortionAloneYearInferred(t *testing.T) {
	for _, tc := range []struct{ text, day, heb string }{
		{"Parashat Vayakhel", "2024-03-09", "29 Adar I 5784"},
		{"פרשת ויקהל", "2024-03-09", "29 Adar I 5784"},
		{"Parshas Vayakhel", "2024-03-09", "29 Adar I 5784"},
		{"ש״פ ויקהל", "2024-03-09", "29 Adar I 5784"},
		{"Shabbat Parashat Vayakhel", "2024-03-09", "29 Adar I 5784"},
		{"שבת פרשת ויקהל", "2024-03-09", "29 Adar I 5784"},
		{"עש״ק ויקהל", "2024-03-08", "28 Adar I 5784"},
		{"Parashat Ki Tisa", "2024-03-02", "22 Adar I 5784"},
		{"Parashat Bereshit", "2023-10-14", "29 Tishrei 5784"},
		{"Parashat Noach", "2023-10-21", "6 Cheshvan 5784"},
		{"Parashat Shemot", "2024-01-06", "25 Tevet 5784"},
		{"Parashat Haazinu", "2023-09-23", "8 Tishrei 5784"},
		{"Parashat Vayeilech", "2023-09-09", "23 Elul 5783"},
		{"Tuesday of Parashat Ki Tisa", "2024-02-27", "18 Adar I 5784"},
		{"יום ג׳ פרשת כי תשא", "2024-02-27", "18 Adar I 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, commonRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
			assert.Contains(t, reportCodes(rep, dateline.Info), dateline.CodeYearInferred)
		})
	}
	for _, text := range []string{"Friday, Parashat Vayakhel", "Parashat Banana", "Parashat", "Dvar Torah on Parashat Vayakhel"} {
		t.Run(text, func(t *testing.T) {
			assert.False(t, dateline.Check(text, commonRef).OK())
		})
	}
	t.Run("in text", func(t *testing.T) {
		assert.Empty(t, dateline.Find("A dvar Torah on Parashat Vayakhel and its builders.", commonRef))
	})
}
