package dateline_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout88CivilDayInWords: a Gregorian day written out in Hebrew
// words, after the prefix ה (the) or ב (on), before the month's Hebrew
// name with its ב: "ב- ה' באייר תש"ח, הארבעה עשר במאי 1948, הכריזו חברי
// מועצת העם ..." (a school's Memorial Day page, the eighty-eighth
// held-out round) was found as the Hebrew date alone and "במאי 1948" as a
// month. The words were read only before a Hebrew month. Without a prefix
// they are as often a count ("נהרגו שלושה במאי 2002", three were killed in
// May 2002) and are not read before a Gregorian month; nor after ל or מ.
func TestHeldout88CivilDayInWords(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{`ב- ה' באייר תש"ח, הארבעה עשר במאי 1948, הכריזו חברי מועצת העם על הקמת מדינה יהודית בארץ ישראל – היא מדינת ישראל.`,
			`ה' באייר תש"ח, הארבעה עשר במאי 1948`, "1948-05-14", "5 Iyyar 5708"},
		{"בארבעה עשר במאי 1948 הוכרזה המדינה.", "בארבעה עשר במאי 1948", "1948-05-14", "5 Iyyar 5708"},
		{"הטקס יתקיים בעשרים ושמונה בפברואר 2024.", "בעשרים ושמונה בפברואר 2024", "2024-02-28", "19 Adar I 5784"},
		{"החמישה בספטמבר 2023", "החמישה בספטמבר 2023", "2023-09-05", "19 Elul 5783"},
		{"ביום שישי, הארבעה עשר במאי 1948", "שישי, הארבעה עשר במאי 1948", "1948-05-14", "5 Iyyar 5708"},
	})
	for _, tc := range []struct{ text, month string }{
		// A count, or a prefix that no date of a Gregorian month takes:
		// the month alone, never a day of the words.
		{"נהרגו שלושה במאי 2002 בפיגוע.", "במאי 2002"},
		{"הגבלנו את המספר לשלושה במאי 2002.", "במאי 2002"},
		{"בשלושה מאי 2002", "מאי 2002"},
		{"המספר עלה מהחמישה במאי 2024.", "במאי 2024"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			round88NoDayBefore(t, tc.text, tc.month)
		})
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"השנים עשר חודשים האחרונים היו קשים.", ""},
		{"בשנים עשר חודשים", ""},
		{"השנים 1948 ו-1949", ""},
		{"בשלושים ואחד בפברואר", ""},
		// Other layouts of the same day do not change.
		{"ב-14 במאי 1948", "1948-05-14"},
		{"14 במאי 1948", "1948-05-14"},
	})
}

// TestHeldout88ArticleTeen: a day of a Hebrew month from 11 to 19 in
// words with the article ה before its unit, "הארבעה עשר בניסן תשפ"ד"
// (the fourteenth of Nisan), was read as "עשר בניסן", 10 Nisan, with
// nothing said, a silent wrong day: the unit before עשר was looked up
// without ב, ל or מ but not without ה, so the ten was read alone. Seen
// while teaching the class above. Two prefixes (ל and ה, "אור להארבעה עשר
// בניסן") are stripped too: that is no 10 Nisan either.
func TestHeldout88ArticleTeen(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{`הארבעה עשר בניסן תשפ"ד`, `הארבעה עשר בניסן תשפ"ד`, "2024-04-22", "14 Nisan 5784"},
		{`החמשה עשר בשבט תשפ"ה`, `החמשה עשר בשבט תשפ"ה`, "2025-02-13", "15 Shevat 5785"},
		{`בחמשה עשר בשבט תשפ"ה`, `בחמשה עשר בשבט תשפ"ה`, "2025-02-13", "15 Shevat 5785"},
	})
	for _, text := range []string{`אור להארבעה עשר בניסן תשפ"ד`, "החמשה עשר בשבט"} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, heldoutRef) {
				assert.NotEqual(t, 10, m.Dateline.Hebrew.Day, "%q", text[m.Start:m.End])
			}
		})
	}
}

// round88NoDayBefore checks that no match of text starts before month, the
// Gregorian month's words in it: the words before the month are read as
// no day.
func round88NoDayBefore(t *testing.T, text, month string) {
	t.Helper()
	at := strings.Index(text, month)
	if !assert.GreaterOrEqual(t, at, 0) {
		return
	}
	for _, m := range dateline.Find(text, heldoutRef) {
		assert.GreaterOrEqual(t, m.Start, at, "%q", text[m.Start:m.End])
	}
}
