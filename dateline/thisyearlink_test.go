package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestThisYearLinkCommaArticle: the words for "this year" link a
// year-less Hebrew date to its civil day in brackets with a comma after
// them, or an article or "on" before the day, as German's "heuer" (this
// year) takes one: "am 14. Adar (heuer der 21. März) ist Purim"
// (incoming.tsv) was two datelines, 14 Adar in the year nearest the
// reference and March 21 of the reference's year. The two days are one
// dateline, in the year in which they fit each other; a day of the same
// calendar after them, or no day, is no link.
func TestThisYearLinkCommaArticle(t *testing.T) {
	for _, text := range []string{
		"am 14. Adar (heuer der 21. März) ist Purim",
		"14 Adar (this year, March 21)",
		"14 Adar (this year on March 21)",
		"14 Adar (dieses Jahr, 21. März)",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, "2019-03-21", m.Dateline.Time.Format("2006-01-02"), text)
		assert.Equal(t, "14 Adar II 5779", m.Dateline.Hebrew.String(), text)
	}
	for _, text := range []string{"14 Adar, this year, 14 Adar", "14. Adar (heuer der Samstag)"} {
		ms := dateline.Find(text, heldoutRef)
		for _, m := range ms {
			assert.False(t, m.Dateline.Time.Month() == time.March && m.Dateline.Time.Day() == 21, text)
		}
	}
}

// TestDayGluedToClock: a colon glued between a year-less date's day and
// digits is a clock's: "January 15:04:05" was read as January 15 at
// 04:05, and as a layout wrote "March 2:18:30"; "January 15:04" as a
// layout kept ":04" as text and wrote "March 2:04" at every time. The
// text is refused and so are the layouts; a colon and a space after a
// day, or a colon after a year, still part a date from its time.
func TestDayGluedToClock(t *testing.T) {
	assert.False(t, dateline.Check("January 15:04:05", heldoutRef).OK())
	for _, l := range []string{"January 15:04", "January 15:04:05", "Jan 15:04 2006"} {
		_, err := dateline.Compile(l)
		assert.ErrorIs(t, err, dateline.ErrLayout, l)
	}
	for text, want := range map[string]string{
		"January 15: 4:05 pm": "2027-01-15 16:05",
		"2024-03-02:10:00":    "2024-03-02 10:00",
		"March 2, 2024 18:30": "2024-03-02 18:30",
	} {
		rep := dateline.Check(text, heldoutRef)
		assert.True(t, rep.OK(), "%s: %v", text, rep.Problems)
		assert.Equal(t, want, rep.Dateline.Time.Format("2006-01-02 15:04"), text)
	}
}

// TestThatIsGlued: the abbreviation for "that is" links the two
// calendars with its point glued to the word after it: "24.adar roku
// 5584 (tj.středa 24.3.1824" (incoming.tsv) was two datelines. Without
// its point "tj" is no abbreviation.
func TestThatIsGlued(t *testing.T) {
	for _, text := range []string{"24.adar roku 5584 (tj.středa 24.3.1824", "24. adar 5584 (tj.24.3.1824)", "14. adara 5785, tzn.14. března 2025"} {
		m := findOneOK(t, text, heldoutRef)
		assert.NotZero(t, m.Dateline.Hebrew.Day, text)
		assert.Equal(t, m.Dateline.Time.Day(), m.Dateline.Hebrew.Day, text)
	}
	for _, m := range dateline.Find("24. adar 5584 (tj24.3.1824)", heldoutRef) {
		assert.LessOrEqual(t, m.End, len("24. adar 5584"))
	}
}
