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
