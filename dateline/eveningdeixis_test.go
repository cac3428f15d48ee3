package dateline_test

import "testing"

// TestEveningDeixis: the words for this evening and tomorrow evening
// before a date, set off by a comma or not, say the date's evening, as
// "the evening of" does: "Tonight, September 8, 2025" and "Domani sera, 8
// settembre" (incoming.tsv, with the page's year) were found from the
// date on and read as its daytime, whose Hebrew date is the day before
// the evening's, with nothing said. Check reads them at a dateline's
// start, and Find takes them into the match of the date after them.
func TestEveningDeixis(t *testing.T) {
	cases := []struct{ text, day, heb string }{
		{"Tonight, September 8, 2025", "2025-09-08", "16 Elul 5785"},
		{"Tonight, Monday, September 8, 2025", "2025-09-08", "16 Elul 5785"},
		{"This evening, September 8, 2025", "2025-09-08", "16 Elul 5785"},
		{"Tomorrow night, September 8, 2025", "2025-09-08", "16 Elul 5785"},
		{"Domani sera, 8 settembre 2025", "2025-09-08", "16 Elul 5785"},
		{"Stasera 8 settembre 2025", "2025-09-08", "16 Elul 5785"},
		{"Ce soir, 8 septembre 2025", "2025-09-08", "16 Elul 5785"},
		{"Esta noche, 8 de septiembre de 2025", "2025-09-08", "16 Elul 5785"},
		{"Heute Abend, 8. September 2025", "2025-09-08", "16 Elul 5785"},
		{"Hoje à noite, 8 de setembro de 2025", "2025-09-08", "16 Elul 5785"},
		{"Сегодня вечером, 6 октября 2025", "2025-10-06", "15 Tishrei 5786"},
	}
	checkDayHebsWhole(t, cases)
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"We meet tonight, September 8, 2025, at the shul.", "2025-09-08", "16 Elul 5785"},
		{"Ce soir, 8 septembre 2025, nous allumons la première bougie.", "2025-09-08", "16 Elul 5785"},
		// Today and tomorrow without the evening name the day.
		{"Tomorrow, September 9, 2025, we meet.", "2025-09-09", "16 Elul 5785"},
	})
	// A word for tonight before no date is prose.
	checkNotChecked(t, "Tonight at 8", "Tonight, all of us")
}

// TestEveningDeixisUntil: "until tomorrow evening" before a date names
// the last day of what it ends, until that evening: the date's Hebrew
// date is its own.
func TestEveningDeixisUntil(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Si celebra fino a domani sera, 9 ottobre 2019, lo Yom Kippur.", "2019-10-09", "10 Tishrei 5780"},
		{"It lasts until tomorrow evening, September 9, 2025.", "2025-09-09", "16 Elul 5785"},
	})
}
