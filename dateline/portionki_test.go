package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestPortionWithoutKi: the portions Ki Tisa, Ki Teitzei and Ki Tavo are
// named by their second word after a word that says a portion follows,
// as Chabad usage writes them ("Parshas Savo", "Shabbos Teitzei"): they
// were syntax errors. The day is checked as the full name's; the word
// alone is no occasion.
func TestPortionWithoutKi(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Parshas Savo 5784", "2024-09-21"},
		{"Shabbat Tavo, September 21, 2024", "2024-09-21"},
		{"Shabbos Teitzei 5784", "2024-09-14"},
		{"Parashat Tisa 5784", "2024-03-02"},
	})
	rep := dateline.Check("Shabbat Tavo, September 14, 2024", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion)
	for _, text := range []string{"Tavo, September 21, 2024", "Tisa 5784"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeSyntax, text)
	}
}
