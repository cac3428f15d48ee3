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

// TestHeldout190FindNearSunsetStart: English's "from" before a sunset a
// little before or after which a range starts ("from just before sunset
// on", "from several minutes before sunset on", "from 18 minutes before
// sunset on", "from before sunset on") is taken into Find's match, as
// Check reads it since the hundred-and-eighty-second held-out round: the
// start is the day's evening, with the next day's Hebrew date. Find
// matched from the date on, with the civil day's Hebrew date, where
// Check read the evening's; "from several minutes before sunset on 9
// Tishrei (September 24th)" (Chabad of Fairmount, jewishfairmount.org,
// the hundred-and-ninetieth held-out round, incoming line 2713) showed
// it. A Hebrew date after the words, whose civil day in brackets says
// nothing of the evening, is matched from the date as before, and so is a
// civil date after "before sunset on" with no "from".
func TestHeldout190FindNearSunsetStart(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"from just before sunset on Sept. 15, 2021 through just after sunset on Sept. 16, 2021",
			"from just before sunset on Sept. 15, 2021 through just after sunset on Sept. 16, 2021", "2021-09-15", "10 Tishrei 5782"},
		{"It lasts from several minutes before sunset on Sunday, Sept. 24, 2023 until a few minutes after nightfall on Monday, Sept. 25, 2023.",
			"from several minutes before sunset on Sunday, Sept. 24, 2023 until a few minutes after nightfall on Monday, Sept. 25, 2023",
			"2023-09-24", "10 Tishrei 5784"},
		{"The fast runs from before sunset on September 24, 2023.", "from before sunset on September 24, 2023", "2023-09-24", "10 Tishrei 5784"},
		{"from 18 minutes before sunset on Friday, September 15, 2023", "from 18 minutes before sunset on Friday, September 15, 2023",
			"2023-09-15", "1 Tishrei 5784"},
	})
	for _, text := range []string{
		"from just before sunset on Sept. 15, 2021 through just after sunset on Sept. 16, 2021",
		"from 18 minutes before sunset on Friday, September 15, 2023",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			rep := dateline.Check(text, heldoutRef)
			assert.Equal(t, rep.Dateline.Hebrew, m.Dateline.Hebrew, "Find reads as Check")
		})
	}
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Candles are lit before sunset on Friday, September 15, 2023", "2023-09-15", "29 Elul 5783"},
		{"from the meeting before sunset on September 24, 2023", "2023-09-24", "9 Tishrei 5784"},
		{"from before sunset on 9 Tishrei 5784", "2023-09-24", "9 Tishrei 5784"},
	})
}
