package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestWeekdayNameDayFirstLanguages: the full name of a weekday in a
// language that writes a numeric date day first settles the order of an
// ambiguous date after it without a year, in each such language, as
// TestHeldout214WeekdayDayFirst reads French's: "Primeira noite de
// sexta-feira, 6/4" (judeusbrasil.blogspot.com, 2012, the
// two-hundred-and-eighth held-out round) was June 4, month first, with a
// warning that it reads both ways. English's and Hungarian's weekdays
// (Hungarian writes the month first) leave it ambiguous, warned.
func TestWeekdayNameDayFirstLanguages(t *testing.T) {
	for _, text := range []string{"Primeira noite de sexta-feira, 6/4", "Freitag, 6/4", "viernes, 6/4", "venerdì 6/4", "пятница, 6/4"} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, "04-06", m.Dateline.Time.Format("01-02"), text)
		assert.NotContains(t, reportCodes(dateline.Report{Problems: m.Problems}, dateline.Warning), dateline.CodeDateAmbiguous, text)
	}
	for _, text := range []string{"Friday, 6/4", "péntek, 6/4"} {
		m := oneMatch(t, text, heldoutRef)
		assert.Contains(t, reportCodes(dateline.Report{Problems: m.Problems}, dateline.Warning), dateline.CodeDateAmbiguous, text)
	}
}
