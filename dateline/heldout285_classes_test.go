package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout285HebrewWasCivil: a Hebrew date, then Czech's, Slovak's
// or Polish's "was" (bylo, bolo, było) and the civil date of the same
// day, as a museum's note on tombstones converts a date ("25.tevetu 771
// malého počtu bylo 1.ledna 2011", kvmuz.cz, the two hundred and
// eighty-fifth held-out round): one dateline of both calendars, as
// "odpovídá" (corresponds to) made one, where Find read two datelines,
// each consistent alone, so that a civil day not the Hebrew one's went
// unsaid. The civil date must follow the verb; the civil date first, or
// the verb before no date, stays as it was.
func TestHeldout285HebrewWasCivil(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"25.tevetu 771 malého počtu bylo 1.ledna 2011", "2011-01-01"},
		{"25. tevetu 5771 bylo 1. ledna 2011", "2011-01-01"},
		{"25. teveta 5771 bolo 1. januára 2011", "2011-01-01"},
		{"25 tewet 5771 było 1 stycznia 2011", "2011-01-01"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Například 25.tevetu 771 malého počtu bylo 1.ledna 2011 podle tabulky", "25.tevetu 771 malého počtu bylo 1.ledna 2011", "2011-01-01", "25 Tevet 5771"},
	})
	// A civil day not the Hebrew date's is now said.
	rep := dateline.Check("25.tevetu 771 malého počtu bylo 2.ledna 2011", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar)
	// The civil date first is two datelines, as before; the verb before
	// no date links nothing.
	assert.Len(t, dateline.Find("1. ledna 2011 bylo 25. tevetu 5771", heldoutRef), 2)
	ms := dateline.Find("25. tevetu 5771 bylo chladno", heldoutRef)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "25. tevetu 5771", "25. tevetu 5771 bylo chladno"[ms[0].Start:ms[0].End])
	}
}
