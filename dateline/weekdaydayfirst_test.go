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

// TestLeadWordDayFirstInDateline: a word of a language that writes a
// numeric date day first ("le", "del", "op", "dne", "dnia"), which
// settles the order of an ambiguous date after it in free text (see
// dayFirstWords), settles it too where it is the dateline's own, as Check
// reads a whole line: "le 03/02/2024 | 22 Adar I 5784" was read month
// first, March 2, as its Hebrew date agreed, with nothing said, where Find
// read the French date as February 3 and reported the Hebrew date as
// another day's. It is now February 3 in both, and its Hebrew date of
// March 2 the error that the calendars disagree. Without such a word the
// Hebrew date settles the order, as before. Days verified with hd
// (2024-02-03 is 24 Shevat 5784, 2024-03-02 is 22 Adar I 5784).
func TestLeadWordDayFirstInDateline(t *testing.T) {
	for _, text := range []string{
		"le 03/02/2024 | 22 Adar I 5784",
		"le 03.02.2024 | 22 Adar I 5784",
		"del 03/02/2024 | 22 Adar I 5784",
		"op 03-02-2024 | 22 Adar I 5784",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			assert.False(t, rep.OK())
			assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar)
			ms := dateline.Find(text, heldoutRef)
			if assert.Len(t, ms, 1) {
				assert.Equal(t, "2024-02-03", ms[0].Dateline.Time.Format("2006-01-02"))
				assert.Contains(t, reportCodes(ms[0].Report, dateline.Error), dateline.CodeCalendar)
			}
		})
	}
	for _, tc := range []struct{ text, day string }{
		{"le 03/02/2024 | 24 Shevat 5784", "2024-02-03"},
		{"del 03/02/2024 | 24 Shevat 5784", "2024-02-03"},
		{"dnia 03/02/2024 | 24 Shevat 5784", "2024-02-03"},
		{"dne 03.02.2024 | 24 Shevat 5784", "2024-02-03"},
		{"le 03/02/2024", "2024-02-03"},
		// No such word: the Hebrew date settles the order.
		{"03/02/2024 | 22 Adar I 5784", "2024-03-02"},
		{"on 03/02/2024 | 22 Adar I 5784", "2024-03-02"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
		})
	}
}
