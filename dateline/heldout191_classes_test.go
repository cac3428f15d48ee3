package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout191BetweenTheDates: Hebrew's "between the dates" and
// "between the days" (בין התאריכים, בין הימים) before a range whose ends
// are joined by ל (to) or ו (and), as a municipality, a school or a
// community centre announces a registration or a closure. Round 191's
// Bat Yam page ("בין התאריכים 8/6/24 עד 14/6/24", tarbut-batyam.co.il,
// incoming line 2730) showed the words; with ל between the ends, Find
// read the range as its end alone, with nothing said ("בין התאריכים 7
// ל-15 בדצמבר 2023" was December 15). The range is read from its start,
// as with בין alone; another noun after בין joins nothing, and a count
// after the words is no date.
func TestHeldout191BetweenTheDates(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"רישום  על בסיס מקום פנוי בלבד יתקיים בין התאריכים 8/6/24 עד 14/6/24.", "8/6/24 עד 14/6/24", "2024-06-08", "2 Sivan 5784"},
		{"ההרשמה תתקיים בין התאריכים 7 ל-15 בדצמבר 2023", "7 ל-15 בדצמבר 2023", "2023-12-07", "24 Kislev 5784"},
		{"המשרדים סגורים בין התאריכים 5.4 ל-7.4.2024", "5.4 ל-7.4.2024", "2024-04-05", "26 Adar II 5784"},
		{"בין התאריכים 30 בנובמבר ל-2 בדצמבר 2023", "30 בנובמבר ל-2 בדצמבר 2023", "2023-11-30", "17 Kislev 5784"},
		{"בין הימים 7 ל-15 בדצמבר 2023", "7 ל-15 בדצמבר 2023", "2023-12-07", "24 Kislev 5784"},
		{"בין התאריכים ה-7 ל-15 בדצמבר 2023", "ה-7 ל-15 בדצמבר 2023", "2023-12-07", "24 Kislev 5784"},
		{"בין התאריכים 5.4 ו-7.4.2024", "5.4 ו-7.4.2024", "2024-04-05", "26 Adar II 5784"},
	})
	// Another noun after בין is no range's word: its end alone, as before.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"בין הילדים 5.4 ל-7.4.2024", "2024-04-07"},
		{"התאריכים 5.4 ל-7.4.2024", "2024-04-07"},
		{"בין התאריכים 5 ל-10 ילדים", ""},
	})
}

// TestHeldout191GoingOutOfShabbat: Hebrew's "at the going out of" (בצאת)
// before Shabbat names Saturday's evening, as מוצאי does, with the next
// day's Hebrew date: "בצאת השבת, 27.3.2021" was read as Saturday's own
// 14 Nisan, the words left out, with nothing said. Round 191's
// "בצאת החג (יום ראשון, 28.3)" (Radio Harish, radioharish.co.il, incoming
// line 2729) showed the word; a holiday it does not name ("החג", the
// holiday) gives no day, and the bare צאת stays a time's label ("צאת
// שבת: 18:31"). A day that is no Saturday is the weekday's error.
func TestHeldout191GoingOutOfShabbat(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"בצאת השבת, 27.3.2021", "בצאת השבת, 27.3.2021", "2021-03-27", "15 Nisan 5781"},
		{"בצאת שבת, 27.3.2021", "בצאת שבת, 27.3.2021", "2021-03-27", "15 Nisan 5781"},
		{"ההקפות השניות יתקיימו בצאת השבת 27 במרץ 2021 ברחבת העירייה", "בצאת השבת 27 במרץ 2021", "2021-03-27", "15 Nisan 5781"},
		{"בצאת שבת קודש, 2.3.2024", "בצאת שבת קודש, 2.3.2024", "2024-03-02", "23 Adar I 5784"},
		{"כ״ב אדר א׳ תשפ״ד, צאת שבת: 18:31", "כ״ב אדר א׳ תשפ״ד, צאת שבת: 18:31", "2024-03-02", "22 Adar I 5784"},
	})
	m := oneMatch(t, "בצאת השבת, 28.3.2021", heldoutRef)
	assert.Contains(t, reportCodes(m.Report, dateline.Error), dateline.CodeWeekday)
	checkUnread(t, heldoutRef, "בצאת החג, 28.3.2021", "בצאת הכוכבים 27.3.2021")
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"בצאת החג, 28.3.2021", "2021-03-28"},
		{"צאת השבת: 19:30", ""},
	})
}

// TestHeldout191BracketedWeekday: a bare Hebrew weekday in brackets of
// its own before a date, opening the clause or after a word for today,
// tomorrow or yesterday (היום, מחר, אתמול ...), as Israeli news write
// it: "מוצאי שמחת תורה יחל מחר (שני), ה-21 באוקטובר, כ"ב בתשרי תש"ף"
// (HaShikma Rishon LeZion, hashikma-rishon.co.il, incoming line 2728)
// had its date read without the weekday, and "מחר (שלישי), ה-21
// באוקטובר 2019" was a Monday with nothing said. The weekday is read and
// checked, also before a day with the article ה-; it settles a numeric
// date's order. After another word the ordinal is a count ("פרק (שני)",
// chapter two), and the date is read alone.
func TestHeldout191BracketedWeekday(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"מוצאי שמחת תורה יחל מחר (שני), ה-21 באוקטובר, כ\"ב בתשרי תש\"ף", "שני), ה-21 באוקטובר, כ\"ב בתשרי תש\"ף", "2019-10-21", "22 Tishrei 5780"},
		{"(שני), ה-21 באוקטובר 2019", "שני), ה-21 באוקטובר 2019", "2019-10-21", "22 Tishrei 5780"},
		{"היום (רביעי), 5.3.2025", "רביעי), 5.3.2025", "2025-03-05", "5 Adar 5785"},
		{"אתמול (ראשון) 20.10.2019", "ראשון) 20.10.2019", "2019-10-20", "21 Tishrei 5780"},
		{"שני, ה-21 באוקטובר 2019", "שני, ה-21 באוקטובר 2019", "2019-10-21", "22 Tishrei 5780"},
	})
	m := oneMatch(t, "מחר (שלישי), ה-21 באוקטובר 2019", heldoutRef)
	assert.Contains(t, reportCodes(m.Report, dateline.Error), dateline.CodeWeekday)
	for _, text := range []string{"פרק (שני), 21.10.2019", "חלק (שני) 21.10.2019", "מחר (שני) יתקיים 21.10.2019"} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, "21.10.2019", text[m.Start:m.End])
		})
	}
}

// TestHeldout191CheckBetweenLead: a text read whole may open with
// Hebrew's "between" (בין), "between the dates" or "between the days",
// before a range's first day in digits, as it may open with a word for
// "from": "בין התאריכים 8/6/24 עד 14/6/24" (tarbut-batyam.co.il,
// incoming line 2730) and "בין 3 ל-5 במרץ 2024" were syntax errors at
// בין, read only by Find. The range is read from its start, the words
// written back by its layout; a count after the words is still no date.
func TestHeldout191CheckBetweenLead(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"בין התאריכים 8/6/24 עד 14/6/24", "2024-06-08"},
		{"בין 3 ל-5 במרץ 2024", "2024-03-03"},
		{"בין התאריכים 5.4 ל-7.4.2024", "2024-04-05"},
		{"בין הימים 30 בנובמבר ל-2 בדצמבר 2023", "2023-11-30"},
		{"בין התאריכים ה-7 ל-15 בדצמבר 2023", "2023-12-07"},
	})
	checkUnread(t, heldoutRef, "בין 5 ל-10 ילדים", "בין הילדים 5.4 ל-7.4.2024")
}
