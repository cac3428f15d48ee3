package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout6Classes: made-up datelines of the classes that the sixth
// held-out set (real datelines of sites no test had seen) found unread or
// misread, each with its day and time and the problems it must have.
//
//   - an hour after a word that says so, after a whole date: Italian's
//     "ore 14", Polish's "godz. 16.00" (the word with its dot);
//   - a numeric date whose year ends with a word of a language that writes
//     it day first ("07/12/2023 r.", "12/04/2025 г."): day first, as the
//     language's custom, not month first with a warning.
func TestHeldout6Classes(t *testing.T) {
	tests := []struct {
		in    string
		when  string // the dateline's day and time, YYYY-MM-DD HH:MM
		codes []dateline.Code
	}{
		{"Lunedì 6 novembre 2023, ore 9", "2023-11-06 09:00", nil},
		{"sabato 18 maggio 2024 ore 21", "2024-05-18 21:00", nil},
		{"domenica 18 maggio 2024 ore 21", "2024-05-18 21:00", []dateline.Code{dateline.CodeWeekday}},
		{"3 marca 2024, godz. 18.30", "2024-03-03 18:30", nil},
		{"niedziela, 3 marca 2024 godz. 18", "2024-03-03 18:00", nil},
		{"15 maja 2023 r., godz. 10:15", "2023-05-15 10:15", nil},
		{"05/11/2022 r.", "2022-11-05 00:00", nil},
		{"09/03/2021 г.", "2021-03-09 00:00", nil},
		{"09.03.2021 року", "2021-03-09 00:00", nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.when, "2006-01-02 15:04", tc.codes, true) })
	}
	// Elsewhere the words are prose and the number no hour: "ore" before
	// a number that is no hour, "r" after a year in English.
	for _, in := range []string{"29 ottobre 2023, ore 25", "March 5, 2023 r 7"} {
		rep := dateline.Check(in, dateline.Reference(corpusReference))
		assert.False(t, rep.Dateline.HasTime, in)
	}
}
