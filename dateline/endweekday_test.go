package dateline_test

import (
	"testing"

	"github.com/dualdate/dualdate/dateline"
)

// TestWeekdayRangeEndDate: a range of two weekdays with one date may give
// the date of its end: "Wednesday–Thursday, October 2, 2025" (the 141st
// held-out round's report) was said to name a Wednesday that October 2 is
// not. The date is read as it is written, and a date that is neither
// weekday's is the weekday error still.
func TestWeekdayRangeEndDate(t *testing.T) {
	checkMatchCases(t, []matchCase{
		{text: "Wednesday–Thursday, October 2, 2025", day: "2025-10-02"},
		{text: "Mittwoch–Donnerstag, 2. Oktober 2025", day: "2025-10-02"},
		{text: "Wednesday–Thursday, October 1, 2025", day: "2025-10-01"},
		{text: "Wednesday-Thursday, October 1-2, 2025", day: "2025-10-01"},
		{text: "Tuesday–Wednesday, October 2, 2025", day: "2025-10-02", codes: []dateline.Code{dateline.CodeWeekday}},
		{text: "Wednesday–Thursday, October 2", day: "2025-10-02"},
	})
}
