package dateline_test

import "testing"

// TestTransliteratedOccasions: the fast of Av and the minor days as
// Russian, Ukrainian, Polish or Romanian pages transliterate them are read
// as occasions.
// "Тиша бе-Ав 21 июля 2018 (9 ава 5778)" was read from its last word as
// "Ав 21 июля 2018": 21 Av with a calendar error, and "Тиша бе-Ав 5784"
// as the whole month of Av.
func TestTransliteratedOccasions(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Тиша бе-Ав 21 июля 2018 (9 ава 5778)", "2018-07-21"},
		{"Тиша бе-Ав 5784", "2024-08-13"},
		{"Тиша бе Ав 2024", "2024-08-13"},
		{"Ту би-Шват 5784", "2024-01-25"},
		{"Лаг ба-Омер 5784", "2024-05-26"},
		{"Ту бе-Ав 2024", "2024-08-19"},
		{"Лаг ба-Омер, 26 мая 2024", "2024-05-26"},
		{"Tisza be-Aw 5784", "2024-08-13"},
		{"Tișa BeAv 5784", "2024-08-13"},
	})
}

// TestOccasionWhoseWordIsAMonth: an occasion's name whose first word is a
// month's in another language (hebcal's French Tou biChvat, whose Tou is
// Finnish's May; Romanian's Şavat Şuvah, whose Şavat is Shevat) is read
// where it opens a dateline, as it was after a date: "Tou biChvat 5784"
// was not read at all.
func TestOccasionWhoseWordIsAMonth(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Tou biChvat 5784", "2024-01-25"},
		{"Tou Bichvat, jeudi 25 janvier 2024", "2024-01-25"},
		{"Şavat Şuvah 5784", "2023-09-23"},
		{"tou 5 2024", ""},
	})
}
