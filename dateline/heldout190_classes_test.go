package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout190GluedOf: English's "of" glued to the weekday's or month's
// name after it, as a page loses the space at a line break or between
// two tags, in a range's end after "the evening of": "However, Shavuot in
// 2017 will begin on the evening of Tuesday, 30th May and will end on the
// evening ofThursday, 1st June." (IndiaMarks, indiamarks.com, the
// hundred-and-ninetieth held-out round, incoming line 2714) was two
// datelines, the range's end a day of its own. The range is read as with
// the space, its end's weekday checked; only a capital letter after "of"
// starts a name, and only a name of the tables.
func TestHeldout190GluedOf(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"However, Shavuot in 2017 will begin on the evening of Tuesday, 30th May and will end on the evening ofThursday, 1st June.",
			"Shavuot in 2017 will begin on the evening of Tuesday, 30th May and will end on the evening ofThursday, 1st June",
			"2017-05-30", "6 Sivan 5777"},
		{"Shavuot begins on the evening of Tuesday, 30th May 2017 and ends on the evening ofJune 1.",
			"Shavuot begins on the evening of Tuesday, 30th May 2017 and ends on the evening ofJune 1", "2017-05-30", "6 Sivan 5777"},
		{"Pesach 2025 begins at sundown on Saturday, April 12 and ends on the evening ofSunday, April 20.",
			"Pesach 2025 begins at sundown on Saturday, April 12 and ends on the evening ofSunday, April 20", "2025-04-12", "15 Nisan 5785"},
		{"from the evening of Tuesday, 30th May 2017 to the evening ofThursday, 1st June",
			"the evening of Tuesday, 30th May 2017 to the evening ofThursday, 1st June", "2017-05-30", "6 Sivan 5777"},
	})
	// The end's weekday is checked as with the space.
	m := oneMatch(t, "Pesach 2025 begins at sundown on Saturday, April 12 and ends on the evening ofSunday, April 22.", heldoutRef)
	assert.Contains(t, reportCodes(m.Report, dateline.Error), dateline.CodeWeekday)
	// A small letter after "of", or a word that is no name: no end.
	for _, text := range []string{
		"Shavuot begins on the evening of Tuesday, 30th May 2017 and ends on the evening ofthursday, 1st June.",
		"Shavuot begins on the evening of Tuesday, 30th May 2017 and ends on the evening ofMayhem.",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			if assert.NotEmpty(t, ms) {
				assert.Equal(t, "Shavuot begins on the evening of Tuesday, 30th May 2017", text[ms[0].Start:ms[0].End])
			}
		})
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{{"We met on the evening ofThursday.", ""}})
}
