package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestYearOfOtherClause: a date without a year whose sentence names a
// year only in another clause, after a semicolon, is read in the year
// nearest the reference, with a warning that names the year the
// sentence names, not in that year with nothing said: "In 2023, 400
// people came; on March 9 we expect more" was March 9, 2023 (an
// adversary's review). March 9, 2024 is a Saturday, 29 Adar I 5784.
func TestYearOfOtherClause(t *testing.T) {
	for _, text := range []string{
		"In 2023, 400 people came; on March 9 we expect more.",
		"In 2023 sales fell; the board meets on March 9.",
		"Im Jahr 2023 kamen 400 Besucher; am 9. März erwarten wir mehr.",
		"En 2023 vinrent 400 personnes ; le 9 mars nous en attendons plus.",
		"En 2023 llegaron 400 personas; el 9 de marzo esperamos más.",
		"W 2023 roku przyszło 400 osób; 9 marca czekamy na więcej.",
		"В 2023 году пришло 400 человек; 9 марта ждём больше.",
		"In 5783 many came; on March 9 we expect more.",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, clauseRef)
			assert.Equal(t, "2024-03-09", m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, "29 Adar I 5784", m.Dateline.Hebrew.String())
			assert.Equal(t, []dateline.Code{dateline.CodeYearInferred}, severityCodes(m, dateline.Warning))
		})
	}
}

// TestYearOfOwnClause: the year that opens a date's clause, the nearest,
// is its year ("In 2023 the fair was on March 9; in 2024 it is on March
// 7" read March 7 as 2023's, a Tuesday, with an info); and a year that
// heads the date's own clause is still its year. March 7, 2024 is a Thursday, 27 Adar I 5784;
// March 9, 2023 a Thursday, 16 Adar 5783.
func TestYearOfOwnClause(t *testing.T) {
	for _, tc := range []struct{ text, first, last, heb string }{
		{"In 2023 the fair was on March 9; in 2024 it is on March 7.", "2023-03-09", "2024-03-07", "27 Adar I 5784"},
		{"In 2023 the fair was on March 9, but in 2024 it is on March 7.", "2023-03-09", "2024-03-07", "27 Adar I 5784"},
		{"In 2023 the fair was on March 9 and in 2024 it is on March 7.", "2023-03-09", "2024-03-07", "27 Adar I 5784"},
		{"En 2023 la feria fue el 9 de marzo, pero en 2024 es el 7 de marzo.", "2023-03-09", "2024-03-07", "27 Adar I 5784"},
		// A year's lead after a comma opens the date's clause: this was
		// April 19, 2027, with a warning that named 2019 (see
		// TestYearUnlinked). April 19, 2019 is a Friday, 14 Nisan 5779,
		// whose sunset begins 15 Nisan.
		{"Passover, the Jewish festival of freedom and renewal, in 2019 begins at sundown April 19", "2019-04-19", "2019-04-19", "15 Nisan 5779"},
		{"In 2023, 400 people came on March 9.", "2023-03-09", "2023-03-09", "16 Adar 5783"},
		{"Im Jahr 2023 kamen 400 Besucher am 9. März.", "2023-03-09", "2023-03-09", "16 Adar 5783"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, clauseRef)
			require.NotEmpty(t, ms)
			assert.Equal(t, tc.first, ms[0].Dateline.Time.Format(time.DateOnly))
			last := ms[len(ms)-1]
			assert.Equal(t, tc.last, last.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, last.Dateline.Hebrew.String())
			for _, m := range ms {
				assert.Empty(t, severityCodes(m, dateline.Warning), "%v", m.Problems)
			}
		})
	}
}

// TestYearOpensNextClause: after a date, a comma, the words for the year
// and a year that words go on after open the next clause, whose year it
// is, not the date's: "Im Jahr 2023 war die Messe am 9. März, im Jahr
// 2024 ist sie am 7. März." was one match, "9. März, im Jahr 2024"
// (March 9, 2024), and March 7 was lost. Both dates are read, each in
// its clause's year. With a semicolon, German's "sie" (she), which was
// read as Polish's August cut short before "am", lost the second date
// too. A year that ends the clause after the comma is the date's still.
// March 9, 2023 is a Thursday, 16 Adar 5783; March 7, 2024 a Thursday,
// 27 Adar I 5784; March 9, 2024 a Saturday, 29 Adar I 5784.
func TestYearOpensNextClause(t *testing.T) {
	for _, text := range []string{
		"Im Jahr 2023 war die Messe am 9. März, im Jahr 2024 ist sie am 7. März.",
		"Im Jahre 2023 war die Messe am 9. März, im Jahre 2024 ist sie am 7. März.",
		"Im Jahr 2023 war sie am 9. März; im Jahr 2024 ist sie am 7. März.",
		"In 2023 the fair was on March 9, in 2024 it is on March 7.",
		"En 2023 la feria fue el 9 de marzo, en 2024 es el 7 de marzo.",
		"En 2023 la feria fue el 9 de marzo, en el año 2024 es el 7 de marzo.",
		"En 2023 la foire était le 9 mars, en 2024 elle est le 7 mars.",
		"Em 2023 a feira foi em 9 de março, em 2024 é em 7 de março.",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, clauseRef)
			require.Len(t, ms, 2)
			assert.Equal(t, "2023-03-09", ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, "16 Adar 5783", ms[0].Dateline.Hebrew.String())
			assert.Equal(t, "2024-03-07", ms[1].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, "27 Adar I 5784", ms[1].Dateline.Hebrew.String())
			for _, m := range ms {
				assert.Empty(t, severityCodes(m, dateline.Warning), "%v", m.Problems)
			}
		})
	}
	// Near misses: the year after the comma ends its clause, or follows
	// the date without a comma, and is the date's.
	for _, tc := range []struct{ text, match string }{
		{"Die Messe war am 9. März, im Jahr 2024.", "9. März, im Jahr 2024."},
		{"The fair opened on March 9, in the year 2024, with 400 people.", "March 9, in the year 2024"},
		{"Die Messe ist am 9. März im Jahr 2024 gewesen.", "9. März im Jahr 2024"},
		{"La feria fue el 9 de marzo del año 2024 en Madrid.", "9 de marzo del año 2024"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, clauseRef)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.Equal(t, "2024-03-09", ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, "29 Adar I 5784", ms[0].Dateline.Hebrew.String())
		})
	}
	// "sie" after a day is Polish's August still, and the lead after it
	// joins a range's start the reader did not take.
	assert.Empty(t, dateline.Find("od 27 sie do 4 września", clauseRef))
}
