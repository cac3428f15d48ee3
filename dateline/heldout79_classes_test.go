package dateline_test

import (
	"testing"
)

// TestYearAfterOccasionVerb: an occasion, the verb that says when it is
// kept, then the year with its lead, then the day: "Hanuka va fi
// sărbătorită în 2014 între 16 şi 24 decembrie" (Informații cu măsură,
// the seventy-ninth held-out round), which was not found, and English's
// "Hanukkah will be celebrated in 2014 on 16 December", read as December
// 16, 2026, the year nearest the reference, with only an info: a wrong
// day with nothing said. The year is the sentence's, as "In 2014" at its
// start is; the match starts at it. A lead before no year ("in the
// evening"), a name among the words, or the words across a comma, name
// none.
func TestYearAfterOccasionVerb(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Hanuka va fi sărbătorită în 2014 între 16 şi 24 decembrie.", "2014 între 16 şi 24 decembrie", "2014-12-16", "24 Kislev 5775"},
		{"Hanukkah will be celebrated in 2014 on 16 December.", "2014 on 16 December", "2014-12-16", "24 Kislev 5775"},
		{"Hanukkah is celebrated in 2014 between 16 and 24 December.", "2014 between 16 and 24 December", "2014-12-16", "24 Kislev 5775"},
		{"Hanuka se sărbătorește în 2014 pe 16 decembrie.", "2014 pe 16 decembrie", "2014-12-16", "24 Kislev 5775"},
		{"Janucá se celebrará en 2014 el 16 de diciembre.", "2014 el 16 de diciembre", "2014-12-16", "24 Kislev 5775"},
		{"Hanukkah si celebrerà nel 2014 il 16 dicembre.", "2014 il 16 dicembre", "2014-12-16", "24 Kislev 5775"},
		{"Hanouka sera célébrée en 2014 le 16 décembre.", "2014 le 16 décembre", "2014-12-16", "24 Kislev 5775"},
		{"Chanucá será celebrada em 2014 no dia 16 de dezembro.", "2014 no dia 16 de dezembro", "2014-12-16", "24 Kislev 5775"},
		{"Pesach wird im Jahr 2019 am 20. April gefeiert.", "2019 am 20. April", "2019-04-20", "15 Nisan 5779"},
	})
	// No year: a lead before none, a name or a comma among the words, or
	// more words than a verb's phrase.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Hanukkah was mentioned in the evening news on 16 December.", "2026-12-16"},
		{"Hanuka va fi sărbătorită în familie pe 16 decembrie.", ""},
		{"Hanukkah was kept by Smith in 2014 on 16 December.", "2026-12-16"},
		{"Hanukkah is celebrated, in 2014 too, on 16 December.", "2026-12-16"},
		{"Hanukkah is here and we will all be together in 2014 on 16 December.", "2026-12-16"},
	})
}
