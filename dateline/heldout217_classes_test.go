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

// TestHeldout217OccasionsJoinedByAnd: two occasions' names joined by a
// word for "and", as by an ampersand, before the days they fall on:
// "Sh’mini Atzeret and Simhat Torah [Thursday and Friday, October 24 and
// 25]" (Kol Ramah, kolramah.us, the 217th held-out round) was read from
// the second name, Simhat Torah, with the first day, and said to begin
// at that day's sunset, its Hebrew date a day late. The first name is
// the first day's, a later one that of a day after it, and a range of
// days may end on the last name's day: "Shemini Atzeret & Simchat Torah,
// October 24 and 25, 2024" was said not to end on Shemini Atzeret's.
// A word that names no occasion after "and" ends the list; a list whose
// first name is not the first day's is still an error.
func TestHeldout217OccasionsJoinedByAnd(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"Shemini Atzeret and Simchat Torah, October 24 and 25, 2024", "2024-10-24", "22 Tishrei 5785"},
		{"Shemini Atzeret & Simchat Torah, October 24 and 25, 2024", "2024-10-24", "22 Tishrei 5785"},
		{"Shemini Atzeret & Simchat Torah, October 24-25, 2024", "2024-10-24", "22 Tishrei 5785"},
		{"Purim and Shushan Purim, March 14 and 15, 2025", "2025-03-14", "14 Adar 5785"},
		{"Sukkot und Simchat Tora, 17. Oktober 2024", "2024-10-17", "15 Tishrei 5785"},
		{"Chemini Atseret et Simhat Torah, les 24 et 25 octobre 2024", "2024-10-24", "22 Tishrei 5785"},
		{"Shemini Atzeret y Simjat Torá, 24 y 25 de octubre de 2024", "2024-10-24", "22 Tishrei 5785"},
		{"Shemini Atzeret e Simchat Torah, 24 e 25 ottobre 2024", "2024-10-24", "22 Tishrei 5785"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"After the holidays of Sh’mini Atzeret and Simhat Torah [Thursday and Friday, October 24 and 25], we begin the annual Torah reading cycle",
			"Sh’mini Atzeret and Simhat Torah [Thursday and Friday, October 24 and 25", "2024-10-24", "22 Tishrei 5785"},
	})
	// The names in the wrong order, or a day late: an error.
	for _, text := range []string{
		"Simchat Torah and Shemini Atzeret, October 24 and 25, 2024",
		"Shemini Atzeret and Simchat Torah, October 25 and 26, 2024",
	} {
		rep := dateline.Check(text, heldoutRef)
		assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion, text)
	}
	// No occasion after "and": the list ends before it.
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Chanukah and Christmas, December 25, 2024", "December 25, 2024", "2024-12-25", "24 Kislev 5785"},
	})
}
