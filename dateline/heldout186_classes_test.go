package dateline_test

import (
	"testing"
)

// TestHeldout186SlavicDayWord: West Slavic's word for "on the day"
// (Polish "dnia", Czech "dne", Slovak "dňa") between the evening or a
// range's "from" or "until" and the day's number, as the Romance
// languages write "día" and "giorno": "W roku 2023, Chanuka zaczyna się
// wieczorem dnia 7 grudnia i trwa do wieczora dnia 15 grudnia."
// (infoTarnów, infotarnow.pl, the hundred-and-eighty-sixth held-out round,
// incoming line 2676) was two datelines, and "od dnia 6 do dnia 8
// września 2024" its end alone, the range's first day lost with nothing
// said; "wieczorem dnia 7 grudnia 2023" had the civil day's Hebrew date.
// The range gives its first day; the word before anything but a day's
// number ("do dnia dzisiejszego", to this day) joins nothing.
func TestHeldout186SlavicDayWord(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"W roku 2023, Chanuka zaczyna się wieczorem dnia 7 grudnia i trwa do wieczora dnia 15 grudnia.",
			"2023, Chanuka zaczyna się wieczorem dnia 7 grudnia i trwa do wieczora dnia 15 grudnia", "2023-12-07", "25 Kislev 5784"},
		{"Chanuka zaczyna się 14 grudnia 2025 i trwa do dnia 22 grudnia.",
			"Chanuka zaczyna się 14 grudnia 2025 i trwa do dnia 22 grudnia", "2025-12-14", "25 Kislev 5786"},
		{"Święto trwa od dnia 6 do dnia 8 września 2024.", "6 do dnia 8 września 2024", "2024-09-06", "3 Elul 5784"},
		{"Svátek začíná 18. prosince 2022 a trvá do dne 26. prosince.", "18. prosince 2022 a trvá do dne 26. prosince", "2022-12-18", "24 Kislev 5783"},
		{"Sviatok začína 24. decembra 2016 a potrvá do dňa 1. januára 2017.", "24. decembra 2016 a potrvá do dňa 1. januára 2017",
			"2016-12-24", "24 Kislev 5777"},
		{"Výstava potrvá od dne 18. do dne 26. prosince 2022", "18. do dne 26. prosince 2022", "2022-12-18", "24 Kislev 5783"},
		{"Program od dňa 18. do dňa 26. decembra 2022", "18. do dňa 26. decembra 2022", "2022-12-18", "24 Kislev 5783"},
		{"Zapraszamy wieczorem dnia 7 grudnia 2023.", "wieczorem dnia 7 grudnia 2023", "2023-12-07", "25 Kislev 5784"},
		{"Sejdeme se večer dne 18. prosince 2022", "večer dne 18. prosince 2022", "2022-12-18", "25 Kislev 5783"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		// The word before no day's number: the range's start alone.
		{"Wystawa trwa od 7 grudnia 2023 do dnia dzisiejszego.", "2023-12-07", "24 Kislev 5784"},
	})
	// A day out of its month after the word, or days with no month, stay
	// unread.
	checkUnread(t, heldoutRef, "od dnia 31 do dnia 35 września 2024", "wieczorem dnia 7 i do dnia 9")
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{{"wieczorem dnia 7 i do dnia 9", ""}})
}
