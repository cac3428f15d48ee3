package dateline_test

import (
	"testing"
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
