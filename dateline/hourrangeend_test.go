package dateline_test

import (
	"testing"
)

// TestHourRangeEndNotTime: the end of a range of hours whose start Find
// does not read is not the date's time: "7-9 pm Thursday, Feb. 20, 2014"
// was Thursday at 9 pm, the range's end, with nothing said. The date is
// read alone; an hour with no range before it, and a range read whole
// (with the comma of TestHeldout214LeadingHours, or its minutes), are the
// time still.
func TestHourRangeEndNotTime(t *testing.T) {
	checkMatchCases(t, []matchCase{
		{text: "7-9 pm Thursday, Feb. 20, 2014", match: "Thursday, Feb. 20, 2014", day: "2014-02-20"},
		{text: "from 7 to 9 pm Thursday, Feb. 20, 2014", match: "Thursday, Feb. 20, 2014", day: "2014-02-20"},
		{text: "between 7 and 9 pm Thursday, Feb. 20, 2014", match: "Thursday, Feb. 20, 2014", day: "2014-02-20"},
		{text: "19 – 21 Uhr Donnerstag, 20. Februar 2014", match: "Donnerstag, 20. Februar 2014", day: "2014-02-20"},
		{text: "Meeting at 9 pm Thursday, Feb. 20, 2014", match: "9 pm Thursday, Feb. 20, 2014", day: "2014-02-20"},
		{text: "7–9 pm, Thursday, Feb. 20, 2014", match: "7–9 pm, Thursday, Feb. 20, 2014", day: "2014-02-20"},
	})
}
