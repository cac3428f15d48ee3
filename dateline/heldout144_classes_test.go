package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout144RangeEndMonthPointLeftOut: a range of days whose start is
// a day with its point and whose end's month has no point before the
// space and the year, as Czech pages type it: "4.–5.10 2022", the line
// under "Jom Kipur (10. tišri)" on the Jewish Community of Ostrava's
// holiday page (kehila-ostrava.cz, the hundred-and-forty-fourth held-out
// round), was not read at all, where "4.–5.10.2022" and the spaced norm
// "4.–5. 10. 2022" were. So with the month's point kept before the
// year's space ("4.–5.10. 2022", read before only after a start with its
// month) and with the day's space and no month point ("4.–5. 10 2022",
// monthPointLeftOut's form). Such an end is read only after a start that
// a dash or a word joins to it: the date alone is a version's or a
// section's number as often ("Ubuntu 5.10 2022"), and stays unread.
func TestHeldout144RangeEndMonthPointLeftOut(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"4.–5.10 2022", "2022-10-04"},
		{"Jom Kipur (10. tišri) 4.–5.10 2022", "2022-10-04"},
		{"4.-5.10 2022", "2022-10-04"},
		{"25.–27.9 2022", "2022-09-25"},
		{"4. – 5.10 2022", "2022-10-04"},
		{"od 4. do 5.10 2022", "2022-10-04"},
		{"4.–5.10. 2022", "2022-10-04"},
		{"4.–5. 10 2022", "2022-10-04"},
		{"4.10.–5.10 2022", "2022-10-04"},
		// As before: with the month's point and no space, the norm, and
		// a start with its month.
		{"4.–5.10.2022", "2022-10-04"},
		{"4.–5. 10. 2022", "2022-10-04"},
		{"4.4. – 5.5. 2023", "2023-04-04"},
	})
	// A weekday that is not the start's is said.
	m := oneMatch(t, "pondělí 4.–5.10 2022", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
	// The end alone, a range that runs back, a month past 12 and a
	// section's mark before the start are no date.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"5.10 2022", ""},
		{"Ubuntu 5.10 2022", ""},
		{"5.10. 2022", ""},
		{"5.–4.10 2022", ""},
		{"4.–5.13 2022", ""},
		{"§ 4.–5.10 2022", ""},
	})
}
