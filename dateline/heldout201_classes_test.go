package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout201CzechSunday: Czech writes "on Sunday" in the accusative,
// "v neděli", as it writes "ve středu" and "v sobotu": neděle is its one
// weekday that ends in -e, whose accusative is -i, which the Slavic
// accusative (-a as -u) did not make. "v neděli 8. března od 10 hodin"
// (Hradecký deník, hradecky.denik.cz, the two-hundred-and-first held-out
// round, incoming line 2813) was no date: the day and month after an
// unknown word, which free text does not count without a year. Read now,
// the weekday is the date's, and a day that is no Sunday is an error.
func TestHeldout201CzechSunday(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"v neděli 8. března 2015", "2015-03-08", "17 Adar 5775"},
		{"V neděli 3. září 2023 od 14 hodin", "2023-09-03", "17 Elul 5783"},
		{"Purim se slaví v neděli 24. března 2024.", "2024-03-24", "14 Adar II 5784"},
	})
	// The round's row, with no year: the weekday picks the year the
	// reference gives (8 March 2026 is a Sunday), and says so.
	checkWholeInferred(t, heldoutRef, "neděli 8. března od 10 hodin", "2026-03-08 10:00")
	m := oneMatch(t, "v neděli 9. března 2015", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	assert.Empty(t, dateline.Find("v neděli odpoledne se sejdeme", heldoutRef))
}

// TestHeldout201AgencyDateline: the Slovak and Czech news agencies write
// a dateline's place and day without a comma, the agency's acronym in
// brackets after the date, and a story filed in two places joins them
// with a slash: "Jeruzalem/Bratislava 24. septembra (TASR)" (Život,
// zivotpo.sk, the two-hundred-and-first held-out round, incoming line
// 2812) was no date, a year-less day and month in free text counting
// only after a place and a comma ("ZAGREB, 30. rujna (Hina) -"). The
// acronym says it as the comma does; a bracket of other words, or a
// place's word that is no name, does not.
func TestHeldout201AgencyDateline(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Jeruzalem/Bratislava 24. septembra (TASR) - Židovskí veriaci na celom svete", "24. septembra", "2026-09-24", "13 Tishrei 5787"},
		{"Bratislava 24. septembra (TASR) -", "24. septembra", "2026-09-24", "13 Tishrei 5787"},
		{"Praha 5. prosince (ČTK) - Židovská obec", "5. prosince", "2026-12-05", "25 Kislev 5787"},
		{"Warszawa 5 grudnia (PAP) - Gmina", "5 grudnia", "2026-12-05", "25 Kislev 5787"},
	})
	for _, text := range []string{
		"Náměstí 28. října (Brno) je plné lidí",
		"ulice 28. října (TASR)",
		"Bratislava 24. septembra (foto)",
		"v Bratislave 24. septembra (TASR)",
	} {
		assert.Empty(t, dateline.Find(text, heldoutRef), text)
	}
}

// TestHeldout201DeixisBracket: news restate the day they speak of in
// brackets after a word for yesterday or today, or after "on
// yesterday's day" (Hungarian's "a tegnapi napon", Polish's "w dniu
// wczorajszym"): "A tegnapi napon (szeptember 03.) a MAZSIHISZ ..."
// (Délmagyarország, delmagyar.hu, the two-hundred-and-first held-out
// round, incoming line 2814) was no date, a year-less day and month in
// free text counting after such a word only with a comma ("Eile,
// 28.veebruaril"). The brackets say it as the comma does; a bracketed
// date after another word, or one whose bracket does not close, stays
// prose.
func TestHeldout201DeixisBracket(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"A tegnapi napon (szeptember 03.) a MAZSIHISZ és BZSH ügyvezető igazgatója", "szeptember 03", "2026-09-03", "21 Elul 5786"},
		{"A mai napon (december 5.) a közgyűlés", "december 5", "2026-12-05", "25 Kislev 5787"},
		{"W dniu wczorajszym (3 września) odbyło się spotkanie", "3 września", "2026-09-03", "21 Elul 5786"},
		{"Wczoraj (3 września) zarząd gminy", "3 września", "2026-09-03", "21 Elul 5786"},
		{"Dnes (2. března) jsme", "2. března", "2027-03-02", "23 Adar I 5787"},
	})
	for _, text := range []string{
		"A könyv (szeptember 03.) megjelent",
		"Wczoraj (3 września",
		"Náměstí (28. října) je",
	} {
		assert.Empty(t, dateline.Find(text, heldoutRef), text)
	}
}
