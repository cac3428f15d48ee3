package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout208FirstNightWithoutArticle: the Romance languages' "the
// first night of" (and "the first candle of") before an occasion, said
// without its article, as a heading writes it or a preposition's
// contraction leaves it ("na primeira noite de", "en primera noche de"):
// "PRIMEIRA NOITE DE PÊSSACH SEXTA-FEIRA, 6/4" (judeusbrasil.blogspot.com,
// the two-hundred-and-eighth held-out round, incoming line 2867) was read
// as Pesach's seventh day in 2018, the most recent Friday 6 April within
// Pesach, and not as the first seder of 2012. A day that is not the
// occasion's first night is an error, as with the article.
func TestHeldout208FirstNightWithoutArticle(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"PRIMEIRA NOITE DE PÊSSACH SEXTA-FEIRA, 6/4", "2012-04-06", "15 Nisan 5772"},
		{"Na primeira noite de Pêssach, sexta-feira, 6/4, faremos o sêder", "2012-04-06", "15 Nisan 5772"},
		{"Primera noche de Pésaj: viernes 6 de abril de 2012", "2012-04-06", "15 Nisan 5772"},
		{"Primeira noite de Pêssach: sexta-feira, 6 de abril de 2012", "2012-04-06", "15 Nisan 5772"},
		{"Première nuit de Hanoucca : dimanche 2 décembre 2018", "2018-12-02", "25 Kislev 5779"},
		{"Prima sera di Chanukkà: domenica 2 dicembre 2018", "2018-12-02", "25 Kislev 5779"},
		{"Primera vela de Janucá: domingo 14 de diciembre de 2025", "2025-12-14", "25 Kislev 5786"},
		// Without the words, any day of Pesach: its seventh, in 2018.
		{"PÊSSACH SEXTA-FEIRA, 6/4", "2018-04-06", "21 Nisan 5778"},
	})
	for _, text := range []string{
		"Primera noche de Janucá: lunes 15 de diciembre de 2025", // Hanukkah's second night
		"Primeira noite de Pêssach: sábado, 7 de abril de 2012",  // the second seder
	} {
		ms := dateline.Find(text, heldoutRef)
		if assert.Len(t, ms, 1, text) {
			assert.False(t, ms[0].OK(), "%s: %v", text, ms[0].Problems)
		}
	}
	assert.Empty(t, dateline.Find("la primera noche de diciembre fue fría", heldoutRef))
}

// TestHeldout208RoshChodeshOccasionCivilDay: a Rosh Chodesh that a
// locale's occasion name gives (Spanish "Rosh Jodesh Kislev", read as
// hebcal's occasion, not as a day and a month), beside a civil date,
// which says which of its days it is: "Rosh Jodesh Nisán 5770 – 16 Marzo
// 2010" (id7d.org, the two-hundred-and-eighth held-out round) was warned
// of as two days, 29 Adar and 1 Nisan, though Adar has 29 days and
// Nisan's Rosh Chodesh is one, and "Rosh Jodesh Kislev 5785 – 1 de
// diciembre de 2024", its first day, as 29 and 30 Cheshvan. Alone, a
// two-day Rosh Chodesh is still two days to choose from; a civil day that
// is not one of them is still an error.
func TestHeldout208RoshChodeshOccasionCivilDay(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Rosh Jodesh Nisán 5770 – 16 Marzo 2010", "2010-03-16"},
		{"Rosh Jodesh Nisán – 16 de marzo de 2010", "2010-03-16"},
		{"Rosh Jodesh Kislev 5785 – 1 de diciembre de 2024", "2024-12-01"},
		{"Rosh Jodesh Kislev 5785 – 2 de diciembre de 2024", "2024-12-02"},
		{"Rosh Jodesh Kislev, domingo 1 de diciembre de 2024", "2024-12-01"},
	})
	rep := dateline.Check("Rosh Jodesh Kislev 5785 – 1 de diciembre de 2024", heldoutRef)
	assert.Equal(t, "30 Cheshvan 5785", rep.Dateline.Hebrew.String())

	rep = dateline.Check("Rosh Jodesh Kislev 5785", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Warning), dateline.CodeDateAmbiguous)
	rep = dateline.Check("Rosh Jodesh Kislev 5785 – 5 de diciembre de 2024", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion)
	assert.NotContains(t, reportCodes(rep, dateline.Warning), dateline.CodeDateAmbiguous)
}
