package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHeldout120SlavicRelativeBegins: a Slavic relative pronoun after the
// occasion's comma, before its verb of beginning, as Ukrainian and
// Russian news say when a holiday begins: "Святкування Песаху, яке
// розпочинається 12 квітня" (the celebration of Pesach, which begins on
// 12 April; Kyiv247, the hundred-and-twentieth held-out round) was not
// found, a year-less date being taken only beside its occasion, which
// the pronoun parted from it. English's "which" and Spanish's "que" were
// read so; the pronouns of relativeWords now are, in their genders and
// plurals, Ukrainian's "що", Serbian's and Bulgarian's too. The year is
// the one whose occasion begins on the day's evening; a day that is no
// evening of the occasion is said.
func TestHeldout120SlavicRelativeBegins(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Святкування Песаху, яке розпочинається 12 квітня", "2025-04-12", "15 Nisan 5785"},
		{"Песах, який розпочинається 12 квітня", "2025-04-12", "15 Nisan 5785"},
		{"Песах, що розпочинається 12 квітня", "2025-04-12", "15 Nisan 5785"},
		{"Ханука, которая начинается 14 декабря", "2025-12-14", "25 Kislev 5786"},
		{"Hanuka, koja počinje 14. decembra 2025.", "2025-12-14", "25 Kislev 5786"},
		// A clause between the pronoun and the verb, as English's.
		{"Песах, який триває вісім днів, розпочинається 12 квітня", "2025-04-12", "15 Nisan 5785"},
	})
	// A day that is no evening of the occasion is said.
	m := oneMatch(t, "Ханука, которая начинается 1 декабря 2025", heldoutRef)
	assert.Equal(t, "2025-12-01", m.Dateline.Time.Format("2006-01-02"))
	assert.False(t, m.OK())
	// A pronoun before other words is prose: a year-less date after it
	// is taken only beside its occasion.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Песах, який ми любимо 12 квітня", ""},
		{"Ханука, которая нам дорога", ""},
		{"Свято, яке розпочинається 12 квітня", ""},
	})
}
