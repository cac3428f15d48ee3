package dateline_test

import "testing"

// TestCyrillicOccasionSpellings: the fast of Av and the minor days as
// Russian and Ukrainian pages transliterate them are read as occasions.
// "Тиша бе-Ав 21 июля 2018 (9 ава 5778)" was read from its last word as
// "Ав 21 июля 2018": 21 Av with a calendar error, and "Тиша бе-Ав 5784"
// as the whole month of Av.
func TestCyrillicOccasionSpellings(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Тиша бе-Ав 21 июля 2018 (9 ава 5778)", "2018-07-21"},
		{"Тиша бе-Ав 5784", "2024-08-13"},
		{"Тиша бе Ав 2024", "2024-08-13"},
		{"Ту би-Шват 5784", "2024-01-25"},
		{"Лаг ба-Омер 5784", "2024-05-26"},
		{"Ту бе-Ав 2024", "2024-08-19"},
		{"Лаг ба-Омер, 26 мая 2024", "2024-05-26"},
	})
}
