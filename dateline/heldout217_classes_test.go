package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout217WhichWasDate: a weekday, or the night after Shabbat, set
// off by a comma and English's "which was" or "which is" before the date
// it is the weekday of: "On Motzoei Shabbos, which was Yud-Gimmel Kislev"
// (Merkaz Anash's Shabbos table companion on expydoc.com, the 217th
// held-out round) was read as "Yud-Gimmel Kislev" alone, in 5787, whose
// 13 Kislev begins on no Saturday night; a weekday the date does not
// fall on went unsaid. The weekday now belongs to the date, which must
// fit it, and a year-less one takes the nearest year in which it does.
// Any other word after the verb ("which was the day before") leaves the
// clause prose.
func TestHeldout217WhichWasDate(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"Motzoei Shabbos, which was Yud-Gimmel Kislev 5662", "1901-11-23", "13 Kislev 5662"},
		{"Sunday, which was March 2, 2025", "2025-03-02", "2 Adar 5785"},
		{"Thursday evening, which was March 2, 2023", "2023-03-02", "10 Adar 5783"},
		{"Sunday, which is 5 Teves 5785", "2025-01-05", "5 Tevet 5785"},
	})
	checkWholeInferred(t, heldoutRef, "Motzoei Shabbos, which was Yud-Gimmel Kislev", "2023-11-25")
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"On Motzoei Shabbos, which was Yud-Gimmel Kislev 5662, the Frierdiker Rebbe called a meeting",
			"Motzoei Shabbos, which was Yud-Gimmel Kislev 5662", "1901-11-23", "13 Kislev 5662"},
		{"The party was on Thursday, which is March 2, 2023, at the shul.",
			"Thursday, which is March 2, 2023", "2023-03-02", "9 Adar 5783"},
	})
	// A weekday that is not the date's is said.
	for _, text := range []string{"Monday, which was March 2, 2025", "Motzei Shabbos, which was 13 Kislev 5787"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday, text)
	}
	// No date right after the verb: the clause is prose.
	checkUnread(t, heldoutRef, "Sunday, which was the day before March 2, 2025", "Sunday, which was March")
}
