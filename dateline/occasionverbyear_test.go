package dateline_test

import "testing"

// TestOccasionVerbYear: the year after the verb that says when an
// occasion is kept, before its days, as the year before the verb is
// read (TestHeldout87OccasionYearSaid's "Janucá en 2024 se celebra del 25 de
// diciembre"); and Romanian's future passive among those verbs: "Hanuka
// va fi sărbătorită în 2014 între 16 şi 24 decembrie" (incoming.tsv) was
// read from the year on, 16 December's own 24 Kislev, with nothing said
// of the festival that began that evening. With the occasion joined, the
// date is its first day's, from sunset.
func TestOccasionVerbYear(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"Hanuka va fi sărbătorită în 2014 între 16 şi 24 decembrie", "2014-12-16", "25 Kislev 5775"},
		{"Hanuka este sărbătorită în 2014 între 16 şi 24 decembrie", "2014-12-16", "25 Kislev 5775"},
		{"Pesah va fi celebrat în 2024 între 22 şi 30 aprilie", "2024-04-22", "15 Nisan 5784"},
		{"Pesaj se celebra en 2024 del 22 al 30 de abril", "2024-04-22", "15 Nisan 5784"},
		{"Pessach é celebrado em 2024 de 22 a 30 de abril", "2024-04-22", "15 Nisan 5784"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Hanuka va fi sărbătorită în 2014 între 16 şi 24 decembrie.", "2014-12-16", "25 Kislev 5775"},
	})
}

// TestOccasionBegunBefore: an occasion named before a date whose year
// the text states, with a verb right before the date that says the
// occasion begins then, as a sentence says when a festival starts after
// naming it: "Еврейский Праздник Кущей или Суккот длится семь дней, в
// 2025 году он начинается с 6 октября" (incoming.tsv) was read as 6
// October's own 14 Tishrei, the festival that began that evening unsaid.
// The date is its first day's, from that evening. Words between the verb
// and the date, a comma, or a verb of ending leave the date alone.
func TestOccasionBegunBefore(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Еврейский Праздник Кущей или Суккот длится семь дней, в 2025 году он начинается с 6 октября.", "2025-10-06", "15 Tishrei 5786"},
		{"Суккот длится семь дней и в этом году начинается 6 октября 2025 года.", "2025-10-06", "15 Tishrei 5786"},
		{"Chanuka trwa osiem dni, a w 2025 roku zaczyna się 14 grudnia.", "2025-12-14", "25 Kislev 5786"},
		// Words of the dateline's own between: "before dinner" is the
		// day's, before the festival.
		{"Passover begins before dinner on Monday, April 22, 2024", "2024-04-22", "14 Nisan 5784"},
		{"Pesach začíná, 8. dubna 2020 se sejdeme.", "2020-04-08", "14 Nisan 5780"},
		{"Sukkot lasts a week and ends on October 13, 2025.", "2025-10-13", "21 Tishrei 5786"},
	})
}
