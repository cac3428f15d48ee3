package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout252ItalianAdar: Italian's ordinal words after Adar, "Adar
// primo" and "Adar secondo", as Italian calendars and bulletins tell the
// two Adars of a leap year apart where others write Adar I and Adar II
// (seen probing the two hundred and fifty-second held-out round's focus,
// the Italian and Swiss Jewish pages, beside "16 Adar Rishon 5774" and
// "Adar Shenì"). "13 Adar primo 5784" was a syntax error at the year to
// Check, and Find read "13 Adar" alone, dropping the year it names, as
// 13 Adar II 5787 with a warning that nothing said which Adar. The words
// now qualify the Adar, in either letter case, before a year, a comma or
// the end of the text; "secondo" before a word is Italian's "according
// to" ("il 14 di Adar secondo il calendario ebraico") and qualifies
// nothing, and a longer word that only starts with one is no qualifier.
func TestHeldout252ItalianAdar(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"13 Adar primo 5784", "2024-02-22"},
		{"14 Adar secondo 5784", "2024-03-24"},
		{"14 Adar Secondo 5784", "2024-03-24"},
		{"14 Adar secondo, 5784", "2024-03-24"},
		{"22 Adar primo 5784 (2 marzo 2024)", "2024-03-02"},
		{"mercoledì 13 marzo 2024 - 3 Adar secondo 5784", "2024-03-13"},
		{"7 Adar secondo 5782", "2022-03-10"},
		{"15 Adar Primo 5779", "2019-02-20"},
		// The other ways, as before.
		{"14 Adar II 5784", "2024-03-24"},
		{"14 Adar Shenì 5784", "2024-03-24"},
		{"16 Adar Rishon 5774", "2014-02-16"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Bollettino n. 12 del 14 Adar secondo 5784, a cura della Comunità", "14 Adar secondo 5784", "2024-03-24", "14 Adar II 5784"},
		{"Newsletter del 22 Adar primo 5784 e altre notizie", "22 Adar primo 5784", "2024-03-02", "22 Adar I 5784"},
	})
	// With no year, the Adar said is the one read.
	rep := dateline.Check("1 Adar secondo", heldoutRef)
	assert.Equal(t, "2027-03-10", rep.Dateline.Time.Format("2006-01-02"))
	assert.Equal(t, "1 Adar II 5787", rep.Dateline.Hebrew.String())
	// A second Adar in a common year is no day to pass.
	rep = dateline.Check("14 Adar secondo 5783", heldoutRef)
	assert.False(t, rep.OK())
	// "secondo" before a word is "according to"; a longer word is none.
	checkUnread(t, heldoutRef, "il 14 di Adar secondo il calendario ebraico", "14 Adar primogenito 5784", "14 Adar secondi 5784")
	for _, m := range dateline.Find("il 14 di Adar secondo il calendario ebraico", heldoutRef) {
		assert.NotContains(t, "il 14 di Adar secondo il calendario ebraico"[m.Start:m.End], "secondo")
	}
}
