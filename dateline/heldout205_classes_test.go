package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout205StandAloneLongMonth: Bulgarian's and Serbian's март, and
// Bulgarian's май, are Russian's stand-alone (nominative) names too,
// which the tables key them by, so that a preposition of the month's
// language before the day did not lead it as it leads "На 10 юни": "На
// 10 март отбелязваме Деня на спасяването на българските евреи" (Радиан,
// radian.bg, the two-hundred-and-fifth held-out round, incoming line
// 2845) was no date. A stand-alone name is now a full one for the
// languages whose date writes it so; Russian's writes марта, and its
// nominative after a day stays prose.
func TestHeldout205StandAloneLongMonth(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"На 10 март отбелязваме Деня на спасяването на българските евреи", "10 март", "2027-03-10", "1 Adar II 5787"},
		{"на 10 май ще се проведе концерт", "10 май", "2027-05-10", "3 Iyyar 5787"},
		{"до 25 март ще бъде отворена изложбата", "25 март", "2027-03-25", "16 Adar II 5787"},
		{"Од 25. март биће отворена изложба", "25. март", "2027-03-25", "16 Adar II 5787"},
	})
	// With its year, the row's day is the page's.
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"На 10 март 2023 г. отбелязваме Деня на спасяването", "2023-03-10", "17 Adar 5783"},
	})
	for _, text := range []string{
		"10 март отбелязваме",     // no lead
		"на 10 апрель отмечаем",   // Russian's nominative of April is no date's
		"ввечері 14 березень був", // nor Ukrainian's of March
	} {
		assert.Empty(t, dateline.Find(text, heldoutRef), text)
	}
}

// TestHeldout205DeixisDash: a word for today (or yesterday, tomorrow)
// set off from a year-less day and month by a dash spaced on both sides,
// as by a comma ("Eile, 28.veebruaril"): "Днес – 10 март, се навършват
// 80 години от спасяването на българските евреи." (СамокоВест,
// samokovest.com, the two-hundred-and-fifth held-out round, incoming
// line 2844) was no date. A dash without spaces, or after another word,
// says nothing.
func TestHeldout205DeixisDash(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Днес – 10 март, се навършват 80 години от спасяването на българските евреи.", "10 март", "2027-03-10", "1 Adar II 5787"},
		{"Вчера — 9 декември се проведе церемония", "9 декември", "2026-12-09", "29 Kislev 5787"},
		{"Danas – 5. decembra obeležavamo Hanuku", "5. decembra", "2026-12-05", "25 Kislev 5787"},
		{"Gestern – 28. Februar feierte die Gemeinde", "28. Februar", "2027-02-28", "21 Adar I 5787"},
	})
	for _, text := range []string{
		"Днес–10 март се навършват",
		"Sale – 28 février de la communauté",
		"Книга – 10 март се",
	} {
		assert.Empty(t, dateline.Find(text, heldoutRef), text)
	}
}
