package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout118FastAndAtonementInWords: the fast of Esther and Yom
// Kippur by their names in words, as Portuguese and Spanish pages call
// them (jejum de Ester, ayuno de Ester, Dia do Perdão, Día del Perdón),
// as French's Jeûne d'Esther was read. "O jejum de Ester é durante a
// quinta-feira de dia, 17 de Março" (Comunidade Judaica de Belmonte's
// blog, 2011, the hundred-and-eighteenth held-out round) was read as
// 2022's Thursday 17 March, no fast's day, with only an info; it is
// 2011's, whose fast was kept on the Thursday as 13 Adar II was Shabbat.
// Portuguese's Dia, a word that joins a date's parts ("dia 5 de maio"),
// was tried as a name's first word only after a date: opening a
// dateline, "Dia do Perdão, 12 de outubro de 2024" was the date alone.
// A day that is not the occasion's is said; the words alone are no date.
func TestHeldout118FastAndAtonementInWords(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"O jejum de Ester é durante a quinta-feira de dia, 17 de Março", "2011-03-17", "11 Adar II 5771"},
		{"Jejum de Esther, quinta-feira, 13 de março de 2025", "2025-03-13", "13 Adar 5785"},
		{"Ayuno de Ester: jueves 21 de marzo de 2024", "2024-03-21", "11 Adar II 5784"},
		{"Dia do Perdão, 12 de outubro de 2024", "2024-10-12", "10 Tishrei 5785"},
		{"Dia do Perdão 2024", "2024-10-12", "10 Tishrei 5785"},
		{"Día del Perdón, 12 de octubre de 2024", "2024-10-12", "10 Tishrei 5785"},
	})
	for _, text := range []string{
		"Jejum de Ester, quinta-feira, 20 de março de 2025",
		"Dia do Perdão, 13 de outubro de 2024",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error), text)
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"dia 5 de maio de 2024", "2024-05-05"},
		{"Dia do Perdão", ""},
		{"o dia do perdão é importante", ""},
	})
}

// TestHeldout118RomanceTakesPlace: Portuguese's and Spanish's verbs for
// "takes place" (acontece, aconteceu, ocorre, tuvo lugar) between an
// occasion and its day, with "nos dias", "los días" and "entre os dias"
// before two days, and "que" opening them as a relative clause after a
// comma, as English's "which took place on" was read: "o Dia do Perdão,
// que aconteceu entre os dias 17 e 18 de setembro" (Associação
// Israelita de Santa Catarina's blog, 2010, the hundred-and-eighteenth
// held-out round) was not read; it is 17 September 2010, Yom Kippur's
// eve. A day that is not the occasion's is said, and a clause after
// another word leaves the date alone.
func TestHeldout118RomanceTakesPlace(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"o Dia do Perdão, que aconteceu entre os dias 17 e 18 de setembro", "2010-09-17"},
		{"Yom Kipur, que aconteceu entre os dias 11 e 12 de outubro de 2024", "2024-10-11"},
		{"Yom Kipur acontece em 12 de outubro de 2024", "2024-10-12"},
		{"Yom Kipur, que acontece em 12 de outubro de 2024", "2024-10-12"},
		{"Shavuot ocorre nos dias 12 e 13 de junho de 2024", "2024-06-12"},
		{"Iom Kipur tuvo lugar los días 11 y 12 de octubre de 2024", "2024-10-11"},
		{"Pesaj, que se celebra el 23 de abril de 2024", "2024-04-23"},
	})
	m := oneMatch(t, "Yom Kipur, que aconteceu em 15 de outubro de 2024", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	m = oneMatch(t, "A reunião, que aconteceu em 12 de outubro de 2024", heldoutRef)
	assert.Equal(t, "12 de outubro de 2024", m.Input)
}

// TestHeldout118CelebrantsFuture: after a civil day, the people who
// celebrate with their count in digits before a word for thousands, and
// a future's auxiliary with an infinitive of beginning or celebrating
// before the occasion, as a verb of celebrating was read there: "na noite
// de 18 de setembro, cerca de 120 mil judeus brasileiros vão iniciar as
// comemorações de Rosh Hashaná" (Alef News, 2020, the
// hundred-and-eighteenth held-out round) was not read at all; it is 18
// September 2020, Rosh Hashanah's eve. A day that is not the occasion's
// or its eve is said; a number that counts no one, or a future that
// begins no occasion, joins nothing.
func TestHeldout118CelebrantsFuture(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"na noite de 18 de setembro, cerca de 120 mil judeus brasileiros vão iniciar as comemorações de Rosh Hashaná", "2020-09-18", "1 Tishrei 5781"},
		{"na noite de 18 de setembro, cerca de 120 mil judeus brasileiros celebram Rosh Hashaná", "2020-09-18", "1 Tishrei 5781"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"El 25 de diciembre, las comunidades judías van a comenzar la celebración de Janucá", "2024-12-25"},
		{"Em 22 de abril de 2024, 15 mil famílias vão celebrar o Pesach", "2024-04-22"},
		{"Em 18 de setembro, 120 mil pessoas vão iniciar a reunião anual", ""},
		{"22 de abril, 15 de maio", ""},
	})
	m := oneMatch(t, "Em 24 de dezembro de 2024, 2 mil pessoas vão iniciar as comemorações de Chanucá", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
}
