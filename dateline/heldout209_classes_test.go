package dateline_test

import (
	"testing"
)

// TestHeldout209LeadYearAfterDayMonth: a day and month with points and no
// space between them, the year after the month's point and a space
// ("16.3. 1971"), right after a word that leads a date in a language that
// writes it day first: "Dopis MNV z 16.3. 1971 obsahuje sdělení" (the
// local council's letter of 16 March 1971; Holocaust Litomyšl,
// holocaustlitomysl.cz, the two-hundred-and-ninth held-out round,
// incoming line 2868) was no date, where "z 16. 3. 1971", spaced
// throughout, and "16.3.1971" were read. Without such a word the numbers
// are as often a section's and a count, and stay unread, as before.
func TestHeldout209LeadYearAfterDayMonth(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Dopis MNV z 16.3. 1971 obsahuje sdělení", "1971-03-16", "19 Adar 5731"},
		{"Zápis ze dne 5.12. 2019", "2019-12-05", "7 Kislev 5780"},
		{"Dokument zo dňa 5.12. 2019", "2019-12-05", "7 Kislev 5780"},
		{"Pismo z dnia 12.4. 2021", "2021-04-12", "30 Nisan 5781"},
		{"Brief vom 16.3. 1971 an die Gemeinde", "1971-03-16", "19 Adar 5731"},
		{"Výstava potrvá od 4.4. 2023", "2023-04-04", "13 Nisan 5783"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Kapitola 5.5. 2023 stran", ""},
		{"verze 2.3. 2024", ""},
		{"z 5.5. 123 bodů", ""},
		{"5.5. 2023", ""},
	})
}
