package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout223SpacedHyphenWeekday: Portuguese's weekday of two words
// whose hyphen the page set off with spaces, "segunda - feira", or with
// one space on one side, "terça -feira", "sexta- feira": "Shemini Atzeret
// na segunda - feira, 1 de outubro" (a Sucot page of
// anussimbrasilkids.blogspot.com, the 223rd held-out round) was no date,
// the "segunda" read as a weekday of its own and "- feira" as the start
// of a range. The two words are one weekday's name only where the
// hyphen alone would join them into one; a wrong weekday stays an
// error, and other words around a spaced hyphen stay apart.
func TestHeldout223SpacedHyphenWeekday(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"segunda - feira, 1 de outubro de 2018", "2018-10-01"},
		{"Terça -feira, 2 de outubro de 2018", "2018-10-02"},
		{"quarta- feira, 3 de outubro de 2018", "2018-10-03"},
		{"SEXTA - FEIRA, 5 DE OUTUBRO DE 2018", "2018-10-05"},
		{"Quinta - Feira, 12 de Dezembro de 2024", "2024-12-12"},
	})
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Shemini Atzeret na segunda - feira, 1 de outubro de 2018", "2018-10-01", "22 Tishrei 5779"},
		{"O evento será na terça - feira, 2 de outubro de 2018, às 20h.", "2018-10-02", "23 Tishrei 5779"},
	})
	// The row's own string, its year inferred from the occasion.
	checkWholeInferred(t, heldoutRef, "Shemini Atzeret na segunda - feira, 1 de outubro", "2018-10-01")
	// The wrong weekday is still the weekday's error.
	rep := dateline.Check("segunda - feira, 2 de outubro de 2018", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	// Words that no hyphen makes a weekday stay apart.
	checkUnread(t, heldoutRef,
		"primeira - feira, 1 de outubro de 2018",
		"segunda -- feira, 1 de outubro de 2018",
		"segunda  -  feira, 1 de outubro de 2018",
	)
}
