package dateline_test

import (
	"testing"
)

// TestDayInTheMonthOf: Hebrew's "בחודש" (in the month), as its
// "לחודש" (of the month), full or defective (בחדש, לחדש), between a day
// and its month's name, of either calendar: "ב-11 בחודש מאי 1965 נפתח
// ברוב עם מוזיאון ישראל." (the Israel State Archives, the eighty-second
// held-out round) was read as the month May 1965 alone, with an info,
// its day dropped; "ט"ו בחודש שבט תשפ"ד", a day in letters, and
// "בשלושה עשר בחודש אדר", a day in words, were read as their months. The
// word with no month after it is prose: "ב-11 בחודש הבא" (on the 11th
// next month) names no day.
func TestDayInTheMonthOf(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"ב-11 בחודש מאי 1965 נפתח ברוב עם מוזיאון ישראל.", "ב-11 בחודש מאי 1965", "1965-05-11", "9 Iyyar 5725"},
		{"המוזיאון נפתח 11 בחודש מאי 1965.", "11 בחודש מאי 1965", "1965-05-11", "9 Iyyar 5725"},
		{"ב-11 בחדש מאי 1965", "ב-11 בחדש מאי 1965", "1965-05-11", "9 Iyyar 5725"},
		{"ב-11 לחדש מאי 1965", "ב-11 לחדש מאי 1965", "1965-05-11", "9 Iyyar 5725"},
		{"ב-4 בחודש פברואר 1997", "ב-4 בחודש פברואר 1997", "1997-02-04", "27 Shevat 5757"},
		{`ט"ו בחודש שבט תשפ"ד`, `ט"ו בחודש שבט תשפ"ד`, "2024-01-25", "15 Shevat 5784"},
		{`בט"ו בחודש שבט תשפ"ד`, `בט"ו בחודש שבט תשפ"ד`, "2024-01-25", "15 Shevat 5784"},
		{`ה' בחודש אייר תש"ח (14 במאי 1948)`, `ה' בחודש אייר תש"ח (14 במאי 1948)`, "1948-05-14", "5 Iyyar 5708"},
		{`בשלושה עשר בחודש אדר א' תשפ"ד`, `בשלושה עשר בחודש אדר א' תשפ"ד`, "2024-02-22", "13 Adar I 5784"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"11 בחודש מאי", "2027-05-11"},
		{"ב-11 בחודש הבא נפתח המוזיאון", ""},
		{"ב-15 בחודש ישולם השכר", ""},
		{"שילמנו 11 בחודש שעבר", ""},
		{"ב-11 בחודשים הקרובים", ""},
	})
}

// TestDayOfTheCivilMonthRomance: the Romance "of the month of" before a
// civil month, as Hebrew's "בחודש" (see TestDayInTheMonthOf): "le 11 du
// mois de mai 1965", "el 11 del mes de mayo de 1965" and "l'11 del mese
// di maggio 1965" were read as the month alone, their day dropped; the
// phrases were read before a Hebrew month only ("el 15 del mes de Kislev
// de 5784", which stays as it was). Without a month after it the phrase
// names no day: "le 11 du mois prochain".
func TestDayOfTheCivilMonthRomance(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Le musée a ouvert le 11 du mois de mai 1965.", "11 du mois de mai 1965", "1965-05-11", "9 Iyyar 5725"},
		{"el 11 del mes de mayo de 1965", "11 del mes de mayo de 1965", "1965-05-11", "9 Iyyar 5725"},
		{"l'11 del mese di maggio 1965", "11 del mese di maggio 1965", "1965-05-11", "9 Iyyar 5725"},
		{"el día 15 del mes de mayo de 2024", "15 del mes de mayo de 2024", "2024-05-15", "7 Iyyar 5784"},
		{"el 15 del mes de Kislev de 5784", "15 del mes de Kislev de 5784", "2023-11-28", "15 Kislev 5784"},
		{"le 11 du mois de Nissan 5725", "11 du mois de Nissan 5725", "1965-04-13", "11 Nisan 5725"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"le 11 du mois prochain", ""},
		{"payé le 11 du mois suivant", ""},
		{"el 11 del mes de la fecha", ""},
	})
}
