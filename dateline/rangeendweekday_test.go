package dateline_test

import (
	"testing"

	"github.com/dualdate/dualdate/dateline"
)

// TestRangeEndWeekdayWithoutYear: a range without its year whose end
// alone names its weekday, joined by a dash or a word for "to", is one
// dateline from its start, the end's weekday checked against the start's
// day and the range's days, and choosing the year: "Von 9. Oktober Abends
// bis Sonntagabend 16. Oktober" (judentum.online, the 220th held-out
// round) was read as its end alone, the period's last day for its first
// with nothing said, as "October 9 to Sunday, October 16" was; a range
// joined by verbs was read so already ("и продлится до понедельника 22
// декабря"). A weekday its end does not fall on is the weekday error.
func TestRangeEndWeekdayWithoutYear(t *testing.T) {
	checkMatchCases(t, []matchCase{
		{"Von 9. Oktober Abends bis Sonntagabend 16. Oktober.", "9. Oktober Abends bis Sonntagabend 16. Oktober", "2022-10-09", nil},
		{"from October 9 to Sunday, October 16", "October 9 to Sunday, October 16", "2022-10-09", nil},
		{"October 9 – Sunday, October 16", "", "2022-10-09", nil},
		{"du 9 octobre au dimanche 16 octobre", "9 octobre au dimanche 16 octobre", "2022-10-09", nil},
		{"October 9 to Sunday, October 16, 2023", "", "2023-10-09", []dateline.Code{dateline.CodeWeekday}},
	})
}
