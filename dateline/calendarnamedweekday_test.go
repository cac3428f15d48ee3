package dateline_test

import (
	"testing"

	"github.com/dualdate/dualdate/dateline"
)

// TestCalendarNamedBeforeWeekdayOrNumeric: the words that name the Hebrew
// calendar after a Hebrew date link it to a civil date after them that
// starts with its weekday, or is numeric, as to one that starts with its
// day ("29 элула 5778 года по еврейскому календарю (9 сентября 2018
// г.)", the 142nd held-out round): with a weekday or in digits the two
// were two datelines, a civil date a day off unreported.
func TestCalendarNamedBeforeWeekdayOrNumeric(t *testing.T) {
	checkMatchCases(t, []matchCase{
		{text: "29 элула 5778 года по еврейскому календарю (воскресенье, 9 сентября 2018 г.)", day: "2018-09-09"},
		{text: "29 элула 5778 года по еврейскому календарю (09.09.2018)", day: "2018-09-09"},
		{text: "29 элула 5778 года по еврейскому календарю (понедельник, 10 сентября 2018 г.)", day: "2018-09-10",
			codes: []dateline.Code{dateline.CodeCalendar}},
		{text: "29 элула 5778 года по еврейскому календарю (10.09.2018)", day: "2018-09-10",
			codes: []dateline.Code{dateline.CodeCalendar}},
		// No civil date after the words: the Hebrew date alone.
		{text: "15 нисана 5784 года по еврейскому календарю, в понедельник", match: "15 нисана 5784 года", day: "2024-04-23"},
	})
}
