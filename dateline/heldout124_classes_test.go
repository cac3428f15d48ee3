package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout124VerbYearRange: a year after a verb that says when an
// occasion falls, anywhere in its sentence, before a range opened by
// "between" and the words for its first day's sunset: "será celebrado
// em 2025 entre o pôr do sol de 1º de outubro e o anoitecer de 2 de
// outubro" (Metro1, on Yom Kippur, the 124th held-out round) was not
// found, as a year-less range in prose is taken only where its sentence
// names its year, and the year was sought only at the sentence's start
// or right after the occasion that heads it, with at most two words
// between it and the date. The day is the range's first, its Hebrew date
// the evening's. A year that no such verb says, or of another clause,
// names no date's year.
func TestHeldout124VerbYearRange(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"será celebrado em 2025 entre o pôr do sol de 1º de outubro e o anoitecer de 2 de outubro", "2025-10-01", "10 Tishrei 5786"},
		{"Yom Kippur, ou “Dia do Perdão”, é a data mais sagrada do calendário judaico e será celebrado em 2025 entre o pôr do sol de 1º de outubro e o anoitecer de 2 de outubro.", "2025-10-01", "10 Tishrei 5786"},
		{"Yom Kippur será celebrado em 2025 entre o pôr do sol de 1º de outubro e o anoitecer de 2 de outubro", "2025-10-01", "10 Tishrei 5786"},
		{"Pesaj se celebra en 2025 entre la puesta del sol del 12 de abril y el 20 de abril", "2025-04-12", "15 Nisan 5785"},
		// A year right before the date, which the occasion's name now
		// heads (see TestOccasionVerbYear): its first day, from the
		// evening of the date.
		{"O Yom Kippur será celebrado em 2025 no dia 1º de outubro", "2025-10-01", "10 Tishrei 5786"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"x em 2025 entre o pôr do sol de 1º de outubro e o anoitecer de 2 de outubro", ""},
		{"a igreja foi fundada em 1990 e celebra a festa em 1º de outubro", ""},
	})
}

// TestHeldout124HebrewYearFor: Portuguese's and Spanish's "for the Hebrew
// year (of)" between an occasion and its Hebrew year, as English's "for
// Hebrew Year 5781" is read: "Chanukah (Hanukkah, o festival judaico de
// rededicação) para o ano hebraico de 5784 começa ao pôr do sol de
// Quarta, 25 de dezembro de 2024" (Israelita do Caminho, the 124th
// held-out round) was read as the date alone with nothing said, where
// Chanukah of 5784 began on 7 December 2023: the year it names is now
// the occasion's, and a date of another year's occasion an error.
func TestHeldout124HebrewYearFor(t *testing.T) {
	for _, text := range []string{
		"Chanukah (Hanukkah, o festival judaico de rededicação) para o ano hebraico de 5784 começa ao pôr do sol de Quarta, 25 de dezembro de 2024",
		"Pessach do ano hebraico 5784 começa ao pôr do sol de sábado, 12 de abril de 2025",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error), text)
	}
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Chanukah para o ano hebraico de 5785 começa ao pôr do sol de Quarta, 25 de dezembro de 2024", "2024-12-25", "25 Kislev 5785"},
		{"Pessach para o ano judaico de 5785 começa ao pôr do sol de sábado, 12 de abril de 2025", "2025-04-12", "15 Nisan 5785"},
		{"Janucá para el año hebreo 5785 comienza al atardecer del miércoles 25 de diciembre de 2024", "2024-12-25", "25 Kislev 5785"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"uma festa para o ano hebraico de 5784", ""},
	})
}

// TestHeldout124RomanianArticle: an occasion's name with Romanian's
// definite article glued to it (Purimul, Pesahul, the genitive
// Purimului), a description set off by commas that opens with a noun
// bearing it ("sărbătoarea evreiască", the Jewish holiday), the past
// passive "s-a celebrat" and "în zilele de" (on the days of) before its
// days: "Purimul, sărbătoarea evreiască, s-a celebrat în zilele de 6 și 7
// martie în acest an" (Ziarul Tecucean, the 124th held-out round) was not
// found, a year-less date being taken only beside its occasion. It is
// 2023's, whose Purim began on the evening of 6 March. The description
// may come before the verbs of falling in the other languages too ("Purim,
// a festa judaica, aconteceu nos dias 6 e 7 de março"), and a day that is
// not the occasion's is said.
func TestHeldout124RomanianArticle(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Purimul, sărbătoarea evreiască, s-a celebrat în zilele de 6 și 7 martie în acest an", "2023-03-06", "14 Adar 5783"},
		{"Purimul s-a celebrat pe 7 martie 2023", "2023-03-07", "14 Adar 5783"},
		{"Pesahul este celebrat pe 6 aprilie 2023", "2023-04-06", "15 Nisan 5783"},
		{"Sucotul începe în seara de 29 septembrie 2023", "2023-09-29", "15 Tishrei 5784"},
		{"Purimul 2023", "2023-03-07", "14 Adar 5783"},
		{"Purim, a festa judaica, aconteceu nos dias 6 e 7 de março", "2023-03-06", "14 Adar 5783"},
	})
	for _, text := range []string{
		"Purimul s-a celebrat pe 9 martie 2023",
		"Purim, sărbătoarea evreiască, se celebrează pe 6 martie",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.False(t, m.OK(), text)
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"regulul 6 martie", ""},
		{"Purimul", ""},
		{"Shabbatul 6 martie", ""},
	})
}
