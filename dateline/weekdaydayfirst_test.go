package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestWeekdayNameDayFirst: the full name of a weekday in a language that
// writes a numeric date day first settles the order of an ambiguous
// date after it, as a word of the language before it does: "Primeira
// noite de sexta-feira, 6/4" (judeusbrasil.blogspot.com, 2012, the
// two-hundred-and-eighth held-out round) was June 4, month first, with a
// warning that it reads both ways. English's weekdays, and Hungarian's,
// which writes the month first, leave the date ambiguous; the weekday
// then chooses between the readings where a year is given.
func TestWeekdayNameDayFirst(t *testing.T) {
	for text, day := range map[string]string{
		"Primeira noite de sexta-feira, 6/4/2012": "2012-04-06",
		"sexta-feira, 6/4/2018":                   "2018-04-06",
		"Freitag, 6/4/2018":                       "2018-04-06",
		"vendredi 6/4/2018":                       "2018-04-06",
		"venerdì 6/4/2018":                        "2018-04-06",
		"пятница, 6/4/2018":                       "2018-04-06",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, day, m.Dateline.Time.Format("2006-01-02"), text)
		assert.NotContains(t, reportCodes(dateline.Report{Problems: m.Problems}, dateline.Warning), dateline.CodeDateAmbiguous, text)
	}
	// Without the year: the weekday's language says the order, and the
	// weekday the year.
	m := oneMatch(t, "sexta-feira, 6/4", heldoutRef)
	assert.Equal(t, "04-06", m.Dateline.Time.Format("01-02"))
	assert.NotContains(t, reportCodes(dateline.Report{Problems: m.Problems}, dateline.Warning), dateline.CodeDateAmbiguous)
	// English's weekday leaves it ambiguous, warned.
	for _, text := range []string{"Friday, 6/4", "péntek, 6/4"} {
		m := oneMatch(t, text, heldoutRef)
		assert.Contains(t, reportCodes(dateline.Report{Problems: m.Problems}, dateline.Warning), dateline.CodeDateAmbiguous, text)
	}
}
