package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout241EveningOfRange: a French range whose ends are each "the
// evening of" a day, the end's article held by the link: "du soir du 2
// octobre 2024 jusqu'au soir du 4 octobre 2024" (Beth Habad de Netanya,
// habadnetanya.fr, incoming line 3147) was two datelines to Find, the
// end's evening a day of its own, and no date to Check, whose "du" (de
// le) before "soir" was no evening's article. "jusqu'au" (jusqu'à le)
// holds the end's article as "au" alone does; "du" is the start's.
func TestHeldout241EveningOfRange(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"du soir du 2 octobre 2024 jusqu'au soir du 4 octobre 2024", "2024-10-02"},
		{"du soir du 2 octobre 2024 jusqu’au soir du 4 octobre 2024", "2024-10-02"},
		{"Du soir du 2 octobre 2024 au soir du 4 octobre 2024", "2024-10-02"},
		{"du soir du mercredi 2 octobre au soir du vendredi 4 octobre 2024", "2024-10-02"},
		{"du 24 décembre 2024 jusqu'au soir du 2 janvier 2025", "2024-12-24"},
		{"du soir du 2 octobre 2024", "2024-10-02"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Roch Hachana se célèbre cette année du soir du 2 octobre 2024 jusqu'au soir du 4 octobre 2024.",
			"soir du 2 octobre 2024 jusqu'au soir du 4 octobre 2024", "2024-10-02", "1 Tishrei 5785"},
	})
	// A weekday that is not its day's is said.
	rep := dateline.Check("du soir du mardi 2 octobre 2024 jusqu'au soir du vendredi 4 octobre 2024", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	// "jusqu'au soir" with no day names no end; "du soir" with no day is
	// no date.
	checkUnread(t, heldoutRef, "du soir au matin", "jusqu'au soir")
}
