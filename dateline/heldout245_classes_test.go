package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout245EndWeekdayRange: a range opened by a word for "from" whose
// first day is a bare number and whose end names its weekday ("Desde el
// 14 y hasta el lunes 22 de diciembre", El Observador, Montevideo, the two
// hundred and forty-fifth held-out round, Hanukkah 5786). Find read the
// end alone, its day for the range's first, with nothing said, and Check
// stopped at the join with a syntax error. The start is now the
// dateline's day, and the end's weekday is checked against the end's day
// and chooses the year the text does not say. Without the word for
// "from" the number may be a count, and the end stays a date of its own.
func TestHeldout245EndWeekdayRange(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Desde el 14 hasta el lunes 22 de diciembre de 2025", "2025-12-14"},
		{"Desde el 14 y hasta el lunes 22 de diciembre de 2025", "2025-12-14"},
		{"del 14 al lunes 22 de diciembre de 2025", "2025-12-14"},
		{"du 14 au lundi 22 décembre 2025", "2025-12-14"},
		{"from 14 to Monday 22 December 2025", "2025-12-14"},
		{"vom 14. bis Montag 22. Dezember 2025", "2025-12-14"},
		{"desde el 3 hasta el viernes 11 de abril de 2025", "2025-04-03"},
	})
	// Without its year, the end's weekday says which year: 22 December
	// is a Monday in 2025, not in 2026, the reference's.
	checkWholeInferred(t, heldoutRef, "Desde el 14 y hasta el lunes 22 de diciembre", "2025-12-14")
	checkWholeInferred(t, heldoutRef, "del 14 al lunes 22 de diciembre", "2025-12-14")
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"La muestra abre desde el 14 y hasta el lunes 22 de diciembre de 2025 en Montevideo", "14 y hasta el lunes 22 de diciembre de 2025", "2025-12-14", "24 Kislev 5786"},
	})
	// A weekday that is not the end's is the weekday error, which names
	// the end's day.
	for _, text := range []string{
		"Desde el 14 y hasta el martes 22 de diciembre de 2025",
		"from 14 to Tuesday 22 December 2025",
	} {
		rep := dateline.Check(text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, reportCodes(rep, dateline.Error), text)
		require.NotEmpty(t, rep.Problems, text)
		assert.Contains(t, rep.Problems[0].Message, "December 22, 2025", text)
	}
	// The layout writes the end's weekday for another range.
	l, err := dateline.LayoutOf("Desde el 14 y hasta el lunes 22 de diciembre de 2025")
	require.NoError(t, err)
	other := dateline.Check("2026-12-06", heldoutRef).Dateline
	require.False(t, other.Time.IsZero())
	assert.Equal(t, "Desde el 6 y hasta el lunes 14 de diciembre de 2026", l.Format(other.Time, other.Hebrew))
	// Without a word for "from" the number may be a count: the end alone
	// is the date, as before.
	for _, text := range []string{
		"quedan 14 hasta el lunes 22 de diciembre de 2025",
		"14 y el lunes 22 de diciembre de 2025",
	} {
		ms := dateline.Find(text, heldoutRef)
		require.Len(t, ms, 1, text)
		assert.Equal(t, "2025-12-22", ms[0].Dateline.Time.Format(time.DateOnly), text)
	}
	// A start after its end is no range.
	rep := dateline.Check("desde el 22 hasta el lunes 14 de diciembre de 2025", heldoutRef)
	assert.False(t, rep.OK())
}
