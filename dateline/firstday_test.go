package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
)

// TestFirstOfMonthWritten: the first of a month, which Spanish,
// Portuguese, French and Italian write as an ordinal where every other
// day is a number, in words ("primero de octubre", "primeiro de outubro",
// "premier mars", "primo maggio") and in digits with the letters of the
// ordinal indicator (Spanish's 1ro and 1ero, Portuguese's 1o, as 1º and
// 1er were read). The words were prose and the month after them read as a
// month without a day; "1ro de octubre" was no date.
func TestFirstOfMonthWritten(t *testing.T) {
	checkDayLayouts(t, []struct{ text, day, layout string }{
		{"primero de octubre de 2024", "2024-10-01", "2 de enero de 2006"},
		{"martes primero de octubre de 2024", "2024-10-01", "lunes 2 de enero de 2006"},
		{"PRIMERO DE MAYO DE 2023", "2023-05-01", "2 DE ENERO DE 2006"},
		{"primeiro de outubro de 2024", "2024-10-01", "2 de janeiro de 2006"},
		{"le premier mars 2024", "2024-03-01", "le 2 janvier 2006"},
		{"Primo Maggio 2024", "2024-05-01", ""},
		{"1ro de octubre de 2024", "2024-10-01", "2 de enero de 2006"},
		{"1ero. de enero de 2025", "2025-01-01", "2 de enero de 2006"},
		{"1o de outubro de 2024", "2024-10-01", "2 de janeiro de 2006"},
		// In capitals the mark is the same mark: its layout wrote "2O"
		// and "2ER" on other days, which do not read.
		{"1O DE OUTUBRO DE 2024", "2024-10-01", "2 DE JANEIRO DE 2006"},
		{"1ER MARS 2024", "2024-03-01", "2 JANVIER 2006"},
		{"1O JAN 2024", "2024-01-01", "2 JAN 2006"},
	})
}

// TestFirstOfMonthWrittenLayout: a layout read from the first written
// in words writes the word on the first alone, and every other day as
// the language does, in digits.
func TestFirstOfMonthWrittenLayout(t *testing.T) {
	l, err := dateline.LayoutOf("martes primero de octubre de 2024")
	require.NoError(t, err)
	first := time.Date(2024, time.May, 1, 0, 0, 0, 0, time.UTC)
	second := first.AddDate(0, 0, 1)
	assert.Equal(t, "miércoles primero de mayo de 2024", l.Format(first, hebrew.DateOf(first)))
	assert.Equal(t, "jueves 2 de mayo de 2024", l.Format(second, hebrew.DateOf(second)))
}

// TestFirstOfMonthWrittenNotDay: the words are prose without a month
// after them, and the letters after another day than the first are no
// ending of the languages (Spanish writes 2 de mayo, never 2do, and the
// 11th without one): no date is read from them.
func TestFirstOfMonthWrittenNotDay(t *testing.T) {
	checkUnread(t, heldoutRef, "primero de todo, 2024", "11ro de mayo de 2024", "2do de mayo de 2024", "21o de outubro de 2024", "first March 2024")
	ms := checkFind(t, "le premier ministre a parlé le 3 mars 2024", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "3 mars 2024", ms[0].Input)
}
