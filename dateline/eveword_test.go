package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestEveWordOfDay: the other languages' words for the eve before a civil
// date or a Hebrew date in digits, "la veille du 2 mars 2024", "am
// Vorabend des 2. März 2024", "la víspera del 2 de marzo de 2024",
// "накануне 2 марта 2024", "ערב 2 במרץ 2024", "Erev 14 Nisan 5784". Check
// refused them at the eve's word, and Find matched the date alone, the
// named day for its eve with nothing said (March 2's 22 Adar I as a
// Saturday). Both now read them as English's "the eve of" (see
// TestEveOfCivilDay): the evening before the civil day, whose Hebrew date
// is the day's own; and the evening that begins a Hebrew day, with a
// warning that the words may name the one that ends it. Russian накануне
// and French veille also say "the day before": its civil day is the same.
// "la veille au soir du 2 mars 2024" was read from "au soir du" on, as
// March 2's own evening (23 Adar I), and "la veille du samedi 2 mars
// 2024" from the weekday on, as Saturday's day, with nothing said.
func TestEveWordOfDay(t *testing.T) {
	// 2024-09-16 is Monday, 13 Elul 5784; its eve is Sunday, September 15
	// (12 Elul by day, 13 Elul from sunset). 2025-01-01 is 1 Tevet 5785.
	for _, tc := range []struct{ text, match, day, heb string }{
		{"La réunion a eu lieu la veille du 16 septembre 2024.", "la veille du 16 septembre 2024", "2024-09-15", "13 Elul 5784"},
		{"La réunion a eu lieu la veille du 1er janvier 2025.", "la veille du 1er janvier 2025", "2024-12-31", "1 Tevet 5785"},
		{"Das Treffen fand am Vorabend des 16. September 2024 statt.", "am Vorabend des 16. September 2024", "2024-09-15", "13 Elul 5784"},
		{"La reunión fue la víspera del 16 de septiembre de 2024.", "la víspera del 16 de septiembre de 2024", "2024-09-15", "13 Elul 5784"},
		{"A reunião foi na véspera de 16 de setembro de 2024.", "na véspera de 16 de setembro de 2024", "2024-09-15", "13 Elul 5784"},
		{"La riunione si è tenuta la vigilia del 16 settembre 2024.", "la vigilia del 16 settembre 2024", "2024-09-15", "13 Elul 5784"},
		{"Встреча прошла накануне 2 марта 2024 в Москве", "накануне 2 марта 2024", "2024-03-01", "22 Adar I 5784"},
		{"Зустріч відбулася напередодні 2 березня 2024 у Києві", "напередодні 2 березня 2024", "2024-03-01", "22 Adar I 5784"},
		{"הפגישה התקיימה ערב 16.9.2024 בבית הכנסת", "ערב 16.9.2024", "2024-09-15", "13 Elul 5784"},
		{"הפגישה התקיימה ערב 2 במרץ 2024 בבית הכנסת", "ערב 2 במרץ 2024", "2024-03-01", "22 Adar I 5784"},
		// A weekday after the word for "of" is the day's, as after "the
		// eve of"; French's "la veille au soir du" says the evening.
		{"On dîne la veille du samedi 2 mars 2024 chez eux", "la veille du samedi 2 mars 2024", "2024-03-01", "22 Adar I 5784"},
		{"Cenamos la víspera del sábado 2 de marzo de 2024 en casa", "la víspera del sábado 2 de marzo de 2024", "2024-03-01", "22 Adar I 5784"},
		{"On dîne la veille au soir du 2 mars 2024 chez eux", "la veille au soir du 2 mars 2024", "2024-03-01", "22 Adar I 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.match, eveRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
			findAgreesWithCheck(t, tc.text, tc.match)
		})
	}
	// A Hebrew date after the words: the evening that begins it (14 Nisan
	// 5784 is Monday, April 22, 2024), with the warning.
	for _, tc := range []struct{ text, match string }{
		{"We met Erev 14 Nisan 5784 again", "Erev 14 Nisan 5784"},
		{"Le seder a lieu la veille du 14 Nisan 5784.", "la veille du 14 Nisan 5784"},
		{"Der Seder ist am Vorabend des 14. Nisan 5784.", "am Vorabend des 14. Nisan 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findAgreesWithCheck(t, tc.text, tc.match)
			assert.Equal(t, "2024-04-21", m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, "14 Nisan 5784", m.Dateline.Hebrew.String())
			assert.Contains(t, problemCodesOf(m.Report), dateline.CodeDateAmbiguous)
		})
	}
	// Near misses: Erev before a weekday is that day (Erev Shabbat is
	// Friday), ערב in prose ("good evening") and a bare "la veille" set
	// off by a comma name no eve, nor do Christmas Eve and New Year's Eve.
	for _, tc := range []struct{ text, match, day, heb string }{
		{"On Erev Shabbat, March 1, 2024 we ate", "Erev Shabbat, March 1, 2024", "2024-03-01", "21 Adar I 5784"},
		{"אכלנו ערב שבת 1.3.2024 יחד", "ערב שבת 1.3.2024", "2024-03-01", "21 Adar I 5784"},
		{"ערב טוב 2 במרץ 2024 לכולם", "2 במרץ 2024", "2024-03-02", "22 Adar I 5784"},
		{"Elle est venue la veille, 2 mars 2024.", "2 mars 2024", "2024-03-02", "22 Adar I 5784"},
		{"Christmas Eve, December 24, 2024, was cold", "December 24, 2024", "2024-12-24", "23 Kislev 5785"},
		{"New Year's Eve, December 31, 2024, again", "December 31, 2024", "2024-12-31", "30 Kislev 5785"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, eveRef)
			assert.Equal(t, tc.match, m.Input)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
		})
	}
	// The eve of a range names no one evening: its words are not read as
	// its first day's evening (23 Adar I for March 2, whose eve is 22).
	for _, text := range []string{
		"Встреча накануне 2-3 марта 2024 года",
		"Réunion la veille du 2 au 3 mars 2024",
		"Treffen am Vorabend des 2. März 2024 bis 5. März 2024",
		"פגישה ערב 2.3.2024 עד 5.3.2024",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, eveRef)
			assert.NotEqual(t, "23 Adar I 5784", m.Dateline.Hebrew.String())
		})
	}
	assert.False(t, dateline.Check("la veille", eveRef).OK(), "no date")
	rep := dateline.Check("la veille du dimanche 2 mars 2024", eveRef)
	assert.Contains(t, problemCodesOf(rep), dateline.CodeWeekday, "March 2, 2024 is a Saturday")
}

// TestEveWordOfOccasion: the eve's noun with its article before an
// occasion, "la veille de Pessah 2024", "la vigilia di Pesach 2024", "am
// Vorabend von Pessach 2024", was refused by Check at the article, where
// Find read it from the noun on as Erev Pesach. Check now reads it as
// "Erev Pesach 2024" is read: 14 Nisan 5784, Monday, April 22, 2024.
func TestEveWordOfOccasion(t *testing.T) {
	want := dateline.Check("Erev Pesach 2024", eveRef)
	require.True(t, want.OK(), "%v", want.Problems)
	require.Equal(t, "2024-04-22", want.Dateline.Time.Format(time.DateOnly))
	for _, text := range []string{
		"la veille de Pessah 2024",
		"La veille de Pessah 2024",
		"la vigilia di Pesach 2024",
		"la víspera de Pésaj 2024",
		"am Vorabend von Pessach 2024",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, eveRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, want.Dateline, rep.Dateline)
			m := oneMatch(t, "Nous y serons "+text+" avec eux", eveRef)
			assert.Equal(t, want.Dateline.Time, m.Dateline.Time)
			assert.Equal(t, want.Dateline.Hebrew, m.Dateline.Hebrew)
		})
	}
}

// TestEveningWordsAroundFind: a word for the evening after a date
// ("2.3.2024 בערב", "2 mars 2024 au soir") and French's "le soir du" with
// its article before one: Find's match holds the words, with Check's
// day, Hebrew date and problems for its text. "le soir du 14 Nisan 5784"
// was matched from "soir" on, the article left out of the match and of
// its warning.
func TestEveningWordsAroundFind(t *testing.T) {
	for _, tc := range []struct{ text, match, day, heb string }{
		{"האירוע יתקיים 2.3.2024 בערב", "2.3.2024 בערב", "2024-03-02", "23 Adar I 5784"},
		{"האירוע יתקיים 2 במרץ 2024 בערב.", "2 במרץ 2024 בערב", "2024-03-02", "23 Adar I 5784"},
		{"Réunion le 2 mars 2024 au soir", "2 mars 2024 au soir", "2024-03-02", "23 Adar I 5784"},
		{"The party is March 2, 2024 in the evening", "March 2, 2024 in the evening", "2024-03-02", "23 Adar I 5784"},
		{"La fête commence le soir du 2 mars 2024.", "le soir du 2 mars 2024", "2024-03-02", "23 Adar I 5784"},
		{"La fête commence le soir du 14 Nisan 5784.", "le soir du 14 Nisan 5784", "2024-04-21", "14 Nisan 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findAgreesWithCheck(t, tc.text, tc.match)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
		})
	}
}
