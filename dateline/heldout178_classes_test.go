package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout178DayNounBeforeWeekday: the Romance word for "day" (one)
// between the article and a weekday's name, Spanish "el día domingo",
// Catalan "el dia diumenge", Portuguese "no dia domingo", Italian "il
// giorno domenica": "el día domingo 20 de septiembre a las 8 a.m."
// (Hashavúa Bogotá, the hundred-and-seventy-eighth held-out round) was a
// syntax error for Check, though "el domingo 20 de septiembre" was read.
// The weekday is still checked against the date; the plural "los días"
// and the words with no date after them stay unread.
func TestHeldout178DayNounBeforeWeekday(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"el día domingo 20 de septiembre de 2020", "2020-09-20"},
		{"el día domingo 20 de septiembre de 2020 a las 8 a.m.", "2020-09-20"},
		{"El día viernes 15 de abril de 2022", "2022-04-15"},
		{"el dia diumenge 20 de setembre de 2020", "2020-09-20"},
		{"no dia domingo 20 de setembro de 2020", "2020-09-20"},
		{"il giorno domenica 8 ottobre 2017", "2017-10-08"},
	})
	// The real row names no year: the weekday's most recent year, with
	// the info that says so, and its hour.
	rep := dateline.Check("el día domingo 20 de septiembre a las 8 a.m.", heldoutRef)
	require.Len(t, rep.Problems, 1)
	assert.Equal(t, dateline.CodeYearInferred, rep.Problems[0].Code)
	assert.Equal(t, "2026-09-20 08:00", rep.Dateline.Time.Format("2006-01-02 15:04"))
	// A wrong weekday is an error, not a day.
	rep = dateline.Check("el día lunes 20 de septiembre de 2020", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
	checkUnread(t, heldoutRef,
		"el día domingo",
		"los días domingo 20 de septiembre de 2020",
		"el día 2020 domingo 20 de septiembre",
	)
}
