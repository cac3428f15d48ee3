package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestSentenceHebrewYear: a Hebrew date without a year, after a match of
// its sentence that names a Hebrew year, is of that year, as a civil date
// after one that names a civil year is: "ראש השנה תשפ״ב יחול בימים שלישי
// ורביעי א-ב׳ תשרי" (incoming.tsv) was 1 Tishrei 5787, the year nearest
// the reference, with only an info. A weekday that does not fit that
// year is an error, and a date in the next sentence, or after a match
// that names no Hebrew year, keeps the nearest year.
func TestSentenceHebrewYear(t *testing.T) {
	for _, c := range []struct{ text, match, day, heb string }{
		{"ראש השנה תשפ״ב יחול בימים שלישי ורביעי א-ב׳ תשרי", "א-ב׳ תשרי", "2021-09-07", "1 Tishrei 5782"},
		{"Pesach 5784 begins the count of the Omer, which we keep until 5 Sivan.", "5 Sivan", "2024-06-11", "5 Sivan 5784"},
		{"Purim 5784 is celebrated on 14 Adar II; we read the Megillah on 15 Adar II.", "15 Adar II", "2024-03-25", "15 Adar II 5784"},
	} {
		ms := dateline.Find(c.text, heldoutRef)
		require.NotEmpty(t, ms, c.text)
		m := ms[len(ms)-1]
		assert.Equal(t, c.match, m.Input, c.text)
		assert.Equal(t, c.day, m.Dateline.Time.Format("2006-01-02"), c.text)
		assert.Equal(t, c.heb, m.Dateline.Hebrew.String(), c.text)
		assert.True(t, hasProblem(m.Report, dateline.CodeYearInferred, dateline.Info), "%q: %+v", c.text, m.Problems)
	}
	// A weekday that is not the day's in that year.
	ms := dateline.Find("Rosh Hashanah 5782 falls on Monday, 1 Tishrei.", heldoutRef)
	require.NotEmpty(t, ms)
	assert.False(t, ms[len(ms)-1].OK(), "1 Tishrei 5782 is a Tuesday")
	// Another sentence, or a match with no Hebrew year: the nearest year.
	for _, text := range []string{"Rosh Hashanah 5782 was long ago. We met on 2 Tevet.", "Chanukah 2024 ended on 2 Tevet."} {
		ms := dateline.Find(text, heldoutRef)
		require.NotEmpty(t, ms, text)
		m := ms[len(ms)-1]
		assert.Equal(t, "2 Tevet", m.Input, text)
		assert.NotEqual(t, 5785, m.Dateline.Hebrew.Year, text)
	}
}
