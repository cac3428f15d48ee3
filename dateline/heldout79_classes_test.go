package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
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
		{"Hanukkah will be celebrated in 2014 on 16 December.", "2014 on 16 December", "2014-12-16", "24 Kislev 5775"},
		{"Hanukkah is celebrated in 2014 between 16 and 24 December.", "2014 between 16 and 24 December", "2014-12-16", "24 Kislev 5775"},
		{"Hanukkah si celebrerà nel 2014 il 16 dicembre.", "2014 il 16 dicembre", "2014-12-16", "24 Kislev 5775"},
		{"Pesach wird im Jahr 2019 am 20. April gefeiert.", "2019 am 20. April", "2019-04-20", "15 Nisan 5779"},
		// Where the verb is one of fallsOnVerbs, the occasion's name
		// heads the match, as the year does after it (see
		// TestOccasionVerbYear), and the date is the festival's first
		// day from that evening, with the warning that says so.
		{"Hanuka va fi sărbătorită în 2014 între 16 şi 24 decembrie.", "Hanuka va fi sărbătorită în 2014 între 16 şi 24 decembrie", "2014-12-16", "25 Kislev 5775"},
		{"Hanuka se sărbătorește în 2014 pe 16 decembrie.", "Hanuka se sărbătorește în 2014 pe 16 decembrie", "2014-12-16", "25 Kislev 5775"},
		{"Janucá se celebrará en 2014 el 16 de diciembre.", "Janucá se celebrará en 2014 el 16 de diciembre", "2014-12-16", "25 Kislev 5775"},
		{"Hanouka sera célébrée en 2014 le 16 décembre.", "Hanouka sera célébrée en 2014 le 16 décembre", "2014-12-16", "25 Kislev 5775"},
		{"Chanucá será celebrada em 2014 no dia 16 de dezembro.", "Chanucá será celebrada em 2014 no dia 16 de dezembro", "2014-12-16", "25 Kislev 5775"},
	})
	// No year: a lead before none, a name or a comma among the words, or
	// more words than a verb's phrase.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Hanukkah was mentioned in the evening news on 16 December.", "2026-12-16"},
		{"Hanuka va fi sărbătorită în familie pe 16 decembrie.", "2026-12-16"},
		{"Hanukkah was kept by Smith in 2014 on 16 December.", "2026-12-16"},
		{"Hanukkah is celebrated, in 2014 too, on 16 December.", "2026-12-16"},
		{"Hanukkah is here and we will all be together in 2014 on 16 December.", "2026-12-16"},
	})
}

// TestOccasionYearHeadsSentence: an occasion with its year heads the
// sentence, a colon or words after it, and a day without a year comes
// later in it, as a title heads a paragraph: "Anul Nou Evreiesc 2023:
// Vezi aici în ce an trec evreii pe data de 15 septembrie, potrivit
// calendarului erabic" (Wowbiz, the seventy-ninth held-out round). It was
// read as the occasion alone, 16 September 2023 (1 Tishrei), and the 15th
// the sentence names was not found: a day the text does not name, with
// nothing said of the one it does. The day is found, in the occasion's
// year, and checked with the occasion as one dateline (see
// TestHeadingOccasionJoined): the occasion's first day, which begins at
// the day's sunset, with its warning. A Hebrew year after the occasion
// names no Gregorian one, and a full stop ends the sentence.
func TestOccasionYearHeadsSentence(t *testing.T) {
	for _, tc := range []struct{ text, heb, day, end string }{
		{"Anul Nou Evreiesc 2023: Vezi aici în ce an trec evreii pe data de 15 septembrie, potrivit calendarului erabic.",
			"1 Tishrei 5784", "2023-09-15", "15 septembrie"},
		{"Pessach 2024: a festa começa em 22 de abril.", "15 Nisan 5784", "2024-04-22", "22 de abril"},
		{"Pesaj 2024: la fiesta comienza el 22 de abril.", "15 Nisan 5784", "2024-04-22", "22 de abril"},
		{"Pessah 2024 : la fête commence le 22 avril.", "15 Nisan 5784", "2024-04-22", "22 avril"},
		{"Rosh Hashanah 2023: the Jews enter the new year on 15 September.", "1 Tishrei 5784", "2023-09-15", "15 September"},
		{"Chanukka 2025: das Fest beginnt am 14. Dezember.", "25 Kislev 5786", "2025-12-14", "14. Dezember"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, 0, m.Start)
			assert.True(t, strings.HasSuffix(m.Input, tc.end), "%q", m.Input)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.True(t, hasProblem(m.Report, dateline.CodeAfterSunset, dateline.Warning), "%v", m.Problems)
		})
	}
	for _, text := range []string{
		"Anul Nou Evreiesc 5784: Vezi aici în ce an trec evreii pe data de 15 septembrie.",
		"Pessach 2024. A festa começa em 22 de abril.",
		"Pessach 20245: a festa começa em 22 de abril.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, heldoutRef) {
				assert.NotContains(t, m.Input, "abril", "no year for the day: %q", m.Input)
				assert.NotContains(t, m.Input, "septembrie", "no year for the day: %q", m.Input)
			}
		})
	}
}

// TestFromTheEveningOfFused: "from the evening of", the word for "from"
// fused with the article or before it, before a day: "A partire dalla
// sera di lunedì 22 settembre, i fedeli dell'ebraismo in tutto il mondo
// celebreranno Rosh Hashanah" (Intercity Daily News, the seventy-ninth
// held-out round) was read as that Monday with its own Hebrew date, 29
// Elul, and nothing said, the evening left out of the match. The words
// are the match's, and its Hebrew date the evening's; Portuguese "a
// partir da noite de", Catalan "des del vespre del" and Romanian
// "începând din seara de" say it so too. Words that only end as these
// do ("della sera di" is no "from") leave the day its own.
func TestFromTheEveningOfFused(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"A partire dalla sera di lunedì 22 settembre, i fedeli dell'ebraismo in tutto il mondo celebreranno Rosh Hashanah, l'inizio del nuovo anno 5786 del calendario ebraico.",
			// The occasion the sentence names after it chooses the
			// year of a date without one (TestFindSentenceOccasion).
			"dalla sera di lunedì 22 settembre, i fedeli dell'ebraismo in tutto il mondo celebreranno Rosh Hashanah", "2025-09-22", "1 Tishrei 5786"},
		// Italian's "si celebra" after the date joins the occasion,
		// which is then checked (TestHeldout104RomanceCelebrates).
		{"A partire dalla sera del 22 settembre 2025 si celebra Rosh Hashanah.", "dalla sera del 22 settembre 2025 si celebra Rosh Hashanah", "2025-09-22", "1 Tishrei 5786"},
		{"Dalla serata di lunedì 22 settembre 2025 si celebra.", "Dalla serata di lunedì 22 settembre 2025", "2025-09-22", "1 Tishrei 5786"},
		{"A partir da noite de segunda-feira, 22 de setembro de 2025, os fiéis celebram.", "da noite de segunda-feira, 22 de setembro de 2025", "2025-09-22", "1 Tishrei 5786"},
		{"Des del vespre del dilluns 22 de setembre de 2025 se celebra.", "del vespre del dilluns 22 de setembre de 2025", "2025-09-22", "1 Tishrei 5786"},
		{"Începând din seara de 22 septembrie 2025 se celebrează.", "din seara de 22 septembrie 2025", "2025-09-22", "1 Tishrei 5786"},
		{"Începând cu seara zilei de 22 septembrie 2025, evreii sărbătoresc.", "cu seara zilei de 22 septembrie 2025", "2025-09-22", "1 Tishrei 5786"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Il programma della sera di lunedì 22 settembre 2025 è pronto.", "lunedì 22 settembre 2025", "2025-09-22", "29 Elul 5785"},
		{"Il giorno dalla mattina di lunedì 22 settembre 2025.", "lunedì 22 settembre 2025", "2025-09-22", "29 Elul 5785"},
	})
}

// TestRomanianRangeEndVerb: a range whose end Romanian gives with "and"
// and a verb of ending: "În 2025, Hanuka va începe pe 14 decembrie la
// apusul soarelui și se va încheia pe 22 decembrie, la apus" (Antena 3,
// the seventy-ninth held-out round) was read as two datelines, the
// start's and the end's. It is one, from the start, as "and ends on" is
// in the languages of endsPhrases; its "and" is written with the comma
// below or with the cedilla of older pages. Without a verb of ending, or
// with another verb, the days stay apart.
func TestRomanianRangeEndVerb(t *testing.T) {
	for _, tc := range []struct{ text, match, day string }{
		{"În 2025, Hanuka va începe pe 14 decembrie la apusul soarelui și se va încheia pe 22 decembrie, la apus.",
			"2025, Hanuka va începe pe 14 decembrie la apusul soarelui și se va încheia pe 22 decembrie", "2025-12-14"},
		{"Hanuka începe pe 14 decembrie 2025 și se încheie pe 22 decembrie 2025.", "Hanuka începe pe 14 decembrie 2025 și se încheie pe 22 decembrie 2025", "2025-12-14"},
		{"Hanuka începe pe 14 decembrie 2025 şi se termină pe 22 decembrie 2025.", "Hanuka începe pe 14 decembrie 2025 şi se termină pe 22 decembrie 2025", "2025-12-14"},
		{"Pesah începe pe 12 aprilie 2025 și durează până pe 20 aprilie 2025.", "Pesah începe pe 12 aprilie 2025 și durează până pe 20 aprilie 2025", "2025-04-12"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, ms[0].Input)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
	for _, text := range []string{
		"Hanuka începe pe 14 decembrie 2025 și se citește pe 22 decembrie 2025.",
		"Hanuka începe pe 14 decembrie 2025 și pe 22 decembrie 2025.",
		"Hanuka începe pe 14 decembrie 2025 sisi se încheie pe 22 decembrie 2025.",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Len(t, dateline.Find(text, heldoutRef), 2)
		})
	}
}

// TestFirstNightOfOccasion: the Romance languages' "the first night of"
// before an occasion and the day it falls on: "Este año, la primera
// noche de Hanukkah cae el domingo 14 de diciembre de 2025" (Fundación
// Estrellas Amarillas, the seventy-ninth held-out round) was read as that
// Sunday with its own Hebrew date, 24 Kislev, and nothing said, where
// English's "the first night of Hanukkah falls on" names the evening.
// The words are the match's and its Hebrew date the evening's, 25
// Kislev; a wrong weekday is still an error. Without the words, Chanukah
// on its eve is the evening's too (see firstCandleEve), and a festival
// on its first day keeps that day's own date.
func TestFirstNightOfOccasion(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Este año, la primera noche de Hanukkah cae el domingo 14 de diciembre de 2025.",
			"la primera noche de Hanukkah cae el domingo 14 de diciembre de 2025", "2025-12-14", "25 Kislev 5786"},
		{"Quest'anno la prima sera di Hanukkah cade domenica 14 dicembre 2025.",
			"la prima sera di Hanukkah cade domenica 14 dicembre 2025", "2025-12-14", "25 Kislev 5786"},
		{"Cette année, la première nuit de Hanouka tombe le dimanche 14 décembre 2025.",
			"la première nuit de Hanouka tombe le dimanche 14 décembre 2025", "2025-12-14", "25 Kislev 5786"},
		{"Este año, Hanukkah cae el domingo 14 de diciembre de 2025.",
			"Hanukkah cae el domingo 14 de diciembre de 2025", "2025-12-14", "25 Kislev 5786"},
		{"Este año, Pésaj cae el domingo 13 de abril de 2025.",
			"Pésaj cae el domingo 13 de abril de 2025", "2025-04-13", "15 Nisan 5785"},
	})
	ms := dateline.Find("La primera noche de Hanukkah cae el domingo 15 de diciembre de 2025.", heldoutRef)
	require.Len(t, ms, 1)
	assert.False(t, ms[0].OK(), "December 15, 2025 is a Monday")
}
