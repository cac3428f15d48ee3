package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestRelativeYearUnread: a date without a year whose sentence says which
// year it is by the reference's ("this year", "last year", "next year",
// in the languages of Latin and Cyrillic letters) is read in the year
// nearest the reference that fits, as before, but where that is not the
// year the words name the info that says so is a warning: "u četvrtak,
// 9. septembra prošle godine" (Jadovno, a page of 2011: last year's
// Thursday, September 9, 2010; the 158th held-out round) was Thursday,
// September 9, 2021 on a reference of 2026, with an info alone.
func TestRelativeYearUnread(t *testing.T) {
	warned := []string{
		"u četvrtak, 9. septembra prošle godine",
		"This year, Hanukkah begins on Sunday, December 14.",
		"Last year, on Thursday, September 9, we met",
		"W tym roku święto Pesach przypada w dniach 27 marca do 4 kwietnia",
		"В прошлом году Ханука началась в четверг, 7 декабря.", // 2023's
	}
	for _, text := range warned {
		m := oneMatch(t, text, heldoutRef)
		assert.Contains(t, severityCodes(m, dateline.Warning), dateline.CodeYearInferred, text)
	}
	// The words name the year read, or none of the date's: an info.
	for _, text := range []string{
		"This year Hanukkah begins on Friday, December 4.",
		"Last year, on Thursday, September 11, we met", // 2025's
		"В прошлом году Ханука началась в воскресенье, 14 декабря.",
		"Next year in Jerusalem! The Seder is on Wednesday, April 1.",
		"Next year in Jerusalem, on Wednesday, April 1",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.NotContains(t, severityCodes(m, dateline.Warning), dateline.CodeYearInferred, text)
		assert.Contains(t, severityCodes(m, dateline.Info), dateline.CodeYearInferred, text)
	}
}

// TestRelativeYearFindsDate: a civil day and month named in a language
// other than English, without a year, a weekday or an occasion, whose
// sentence says "this year", "last year" or "next year", is a date in
// free text, as one whose sentence names its year is, and of the year
// the words name by the reference's: "в этом году празднование началось
// с вечера 28 мая" (this year the celebration began on the evening of
// 28 May), "Idén szeptember 9-én este ünneplik a zsidók az újévet",
// "Chanuka trwa osiem dni, w tym roku święto zaczęło się 23 grudnia"
// and "тази година се отбелязва от 25 декември до 2 януари" (incoming
// rows of Russian, Hungarian, Polish and Bulgarian pages) were no date,
// and the last only because its "this year" had a Latin t. Where the
// nearest year was taken before ("1 февраля в этом году" read in
// November: the coming February's, with a warning), the past one's is.
// An occasion of the sentence that is not on the day in that year, or
// a year the sentence states, is said in a warning.
func TestRelativeYearFindsDate(t *testing.T) {
	for _, tc := range []struct{ text, day string }{
		{"в этом году празднование началось с вечера 28 мая и продлится до вечера 29 мая", "2026-05-28"},
		{"Idén szeptember 9-én este ünneplik a zsidók az újévet", "2026-09-09"},
		{"Chanuka trwa osiem dni, w tym roku święto zaczęło się 4 grudnia.", "2026-12-04"},
		{"тази година се отбелязва от 25 декември до 2 януари", "2026-12-25"},
		{"Цього року свято розпочинається увечері 12 квітня", "2026-04-12"},
		{"1 февраля в этом году", "2026-02-01"},
		{"В прошлом году праздник начался 18 декабря.", "2025-12-18"},
		{"Le festival aura lieu l'année prochaine, le 3 juillet.", "2027-07-03"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.day, m.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, []dateline.Code{dateline.CodeYearInferred}, severityCodes(m, dateline.Info))
			assert.Empty(t, severityCodes(m, dateline.Warning))
			assert.Contains(t, m.Problems[0].Message, "by the reference")
		})
	}
	// An occasion its sentence names that is not on the day or its eve
	// in that year makes the info a warning (the page's year, 2008 or
	// 2025, is not the reference's), and so does a year the sentence
	// states, which the words do not override.
	for _, text := range []string{
		"Chanuka trwa osiem dni, w tym roku święto zaczęło się 23 grudnia.",
		"Sukot Bayramı, bu yıl 6 Ekim'de başlıyor",
		"Sie enden an Jom Kippur, dem Versöhnungstag, der in diesem Jahr vom 11. bis 12. Oktober gefeiert wird.",
		"Święto Rosz Haszana – Nowy Rok – obchodzone jest w tym roku (5771 r.) 29-30 września.",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeYearInferred}, severityCodes(m, dateline.Warning), text)
	}
	// A year its sentence states, of either calendar, is the date's
	// before the words: "ove godine" (this year) of a page of 2024
	// beside the Hebrew year it names (incoming.tsv).
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"Praznik Roš Ašana predstavlja početak Nove godine koji se ove godine obeležava 3. oktobra, proslavljanjem početka 5785. godine.", "2024-10-03"},
		{"W 2023 roku, jak w tym roku, święto zaczęło się 7 grudnia.", "2023-12-07"},
		{"Dziesiąty dzień miesiąca tiszri (w tym roku 2020 przypada on 27–28 września)", "2020-09-27"}, // see TestThisYearNamesYear
	})
	// Without the words, such a date in prose is no date, as before; a
	// weekday or an occasion of the match chooses the year itself, and
	// the words only warn of another (see TestRelativeYearUnread).
	for _, text := range []string{
		"праздник начался 18 декабря",
		"Idén is, mint tavaly, sok vendég jött.",
	} {
		assert.Empty(t, dateline.Find(text, heldoutRef), text)
	}
}
