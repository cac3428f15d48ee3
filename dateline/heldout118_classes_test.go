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
