package dateline_test

import "testing"

// TestNightFromTo: "the night from one day to the next" before its first
// day, in Russian, Ukrainian, Polish, Dutch and German ("в ночь с 19 на 20 мая 2018
// года", the first night of Shavuot; incoming.tsv, line 2431), names the
// first day's evening, whose Hebrew date is the next day's: it was the
// first civil day with its own Hebrew date, 5 Sivan, the day before the
// night's, with nothing said. "The night onto the 8th" (в ночь на 8
// апреля) names no first day, and stays the 8th.
func TestNightFromTo(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"в ночь с 19 на 20 мая 2018 года", "2018-05-19", "6 Sivan 5778"},
		{"у ніч з 5 на 6 квітня 2023 року", "2023-04-05", "15 Nisan 5783"},
		{"w nocy z 5 na 6 kwietnia 2023", "2023-04-05", "15 Nisan 5783"},
		{"in der Nacht vom 9. auf den 10. November 1938", "1938-11-09", "16 Cheshvan 5699"},
		{"в ночь на 8 апреля 2020 года", "2020-04-08", "14 Nisan 5780"},
	})
}
