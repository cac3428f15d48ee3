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

// TestHeldout209MorningBeforeDay: Russian's and Ukrainian's morning
// before a year-less day and month puts a day there, as their
// prepositions do: "станом на ранок 2 жовтня понад 30 тисяч
// паломників-хасидів прибули до Умані" (as of the morning of 2 October;
// Ми-Україна, weukraine.tv, the two-hundred-and-ninth held-out round,
// incoming line 2865) was no date. The morning is the civil day's, and
// its Hebrew date the day's own (an evening's would be the next day's).
// The year is the nearest fitting one, as for any date without it, and
// the page's year where the text names it.
func TestHeldout209MorningBeforeDay(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"станом на ранок 2 жовтня понад 30 тисяч паломників-хасидів прибули до Умані", "2 жовтня", "2026-10-02", "21 Tishrei 5787"},
		{"вранці 14 грудня відбулася церемонія", "14 грудня", "2026-12-14", "4 Tevet 5787"},
		{"зранку 3 березня", "3 березня", "2027-03-03", "24 Adar I 5787"},
		{"утром 2 октября в синагоге", "2 октября", "2026-10-02", "21 Tishrei 5787"},
		{"с утра 14 декабря", "14 декабря", "2026-12-14", "4 Tevet 5787"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"утром 2 октября 2024 года", "2024-10-02", "29 Elul 5784"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Доброе утро 2 друга", ""},
		{"ранок 2 квітень", ""}, // a nominative month is no date's
	})
}

// TestHeldout209FallsVerbAfterDay: a year-less day and month before a
// verb for "falls" (slavicFallsVerbs, of fallsOnVerbs), as the Slavic
// languages put the day first and what falls on it after the verb:
// "23 września przypada 77. rocznica likwidacji wileńskiego getta" (TVP
// Polonia, polonia.tvp.pl, the two-hundred-and-ninth held-out round,
// incoming line 2867) was no date, the verb read only before an
// occasion's name. The verb says the numbers are a day; the year is the
// nearest fitting one, and the page's where the text names it. A verb
// before its own "on" names the day after it, not the one before.
func TestHeldout209FallsVerbAfterDay(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"23 września przypada 77. rocznica likwidacji wileńskiego getta", "23 września", "2026-09-23", "12 Tishrei 5787"},
		{"10 marca przypada rocznica", "10 marca", "2027-03-10", "1 Adar II 5787"},
		{"12 квітня припадає річниця", "12 квітня", "2027-04-12", "5 Nisan 5787"},
		{"23. září připadá výročí", "23. září", "2026-09-23", "12 Tishrei 5787"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"23 września 2020 r. przypada 77. rocznica", "2020-09-23", "5 Tishrei 5781"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"10 марта приходится на", ""},
		{"1 февраля отмечается день рождения", ""}, // a passive of celebrating needs an occasion after it
		{"23. septembra pada kiša", ""},            // rain falls
		{"23 września", ""},
	})
}
