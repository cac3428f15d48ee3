package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// clauseRef is the reference of the review that found the class: March
// 2, 2024, a week before March 9.
var clauseRef = dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))

// TestRelativeYearOfOtherClause: a date without a year whose sentence
// says "last year" (this year, next year) of something else, in another
// clause, after a semicolon, as a thing compared or the subject of
// another verb, is read in the year nearest the reference, with a
// warning that names the words, not in their year with an info:
// "Unlike last year, the fair opens March 9" and "The event, which drew
// 500 people last year, returns on March 9" were March 9, 2023 (an
// adversary's review). March 9, 2024 is a Saturday, 29 Adar I 5784.
// Words that head the date's own clause still give its year.
func TestRelativeYearOfOtherClause(t *testing.T) {
	for _, text := range []string{
		"Unlike last year, the fair opens March 9.",
		"The event, which drew 500 people last year, returns on March 9.",
		"The fair opens March 9, unlike last year.",
		"Anders als im vergangenen Jahr öffnet die Messe am 9. März.",
		"Im vergangenen Jahr kamen 500 Besucher; dieses Mal öffnet die Messe am 9. März.",
		"Contrairement à l'année dernière, la foire ouvre le 9 mars.",
		"A diferencia del año pasado, la feria abre el 9 de marzo.",
		"В прошлом году пришло 500 человек; ярмарка откроется 9 марта.",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, clauseRef)
			assert.Equal(t, "2024-03-09", m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, "29 Adar I 5784", m.Dateline.Hebrew.String())
			assert.Equal(t, []dateline.Code{dateline.CodeYearInferred}, severityCodes(m, dateline.Warning))
		})
	}
	// March 1, 2024 is a Friday, 21 Adar I 5784.
	text := "Sales rose 5% from last year, the company said on March 1."
	t.Run(text, func(t *testing.T) {
		m := oneMatch(t, text, clauseRef)
		assert.Equal(t, "2024-03-01", m.Dateline.Time.Format(time.DateOnly))
		assert.Equal(t, []dateline.Code{dateline.CodeYearInferred}, severityCodes(m, dateline.Warning))
	})
	// The date's own words: March 9, 2023, a Thursday, 16 Adar 5783.
	for _, text := range []string{
		"Last year the fair opened on March 9.",
		"Last year, the fair opened on March 9.",
		"Im vergangenen Jahr öffnete die Messe am 9. März.",
		"L'année dernière, la foire a ouvert le 9 mars.",
		"El año pasado, la feria abrió el 9 de marzo.",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, clauseRef)
			assert.Equal(t, "2023-03-09", m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, "16 Adar 5783", m.Dateline.Hebrew.String())
			assert.Empty(t, severityCodes(m, dateline.Warning))
			assert.Equal(t, []dateline.Code{dateline.CodeYearInferred}, severityCodes(m, dateline.Info))
		})
	}
}
