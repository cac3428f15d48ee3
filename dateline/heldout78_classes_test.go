package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestSlavicRangeWeekdays: a range joined by the West and South Slavic
// "od" (from) and "do" (until), each end with its weekday in the genitive,
// the start's with the word for the evening after it: "Ove godine se
// obeležava od utorka uveče 4. oktobra do srede 5. oktobra uveče." (BBC
// News na srpskom's Yom Kippur, the seventy-eighth held-out round). It
// was read as Wednesday October 5, 2022, the end alone, with only a year
// info: the end's day for the range's first, with nothing said. "do" was
// no word that says "to" between two whole dates, so the ends, each with a
// weekday, were taken for a pair of days in a row, and the word after the
// start's day for a fraction's "of" (Portuguese "3/4 do povo"); Serbian's
// and Croatian's "uveče", "navečer" were no evening after a weekday; and
// Czech's and Slovak's weekdays had no genitive ("do středy", "do
// stredy"). Each is the range from its first day.
func TestSlavicRangeWeekdays(t *testing.T) {
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Ove godine se obeležava od utorka uveče 4. oktobra do srede 5. oktobra uveče.", "2022-10-04"},
		{"od utorka uveče 4. oktobra do srede 5. oktobra 2022.", "2022-10-04"},
		{"Hanuku slavimo od nedelje 18. decembra do nedelje 25. decembra 2022.", "2022-12-18"},
		{"od 18. decembra do nedelje 25. decembra 2022.", "2022-12-18"},
		{"od nedjelje 18. prosinca do nedjelje 25. prosinca 2022.", "2022-12-18"},
		{"od wtorku wieczorem 4 października do środy 5 października 2022", "2022-10-04"},
		{"od úterý večer 4. října do středy 5. října 2022", "2022-10-04"},
		{"od pátku 6. října do neděle 8. října 2023", "2023-10-06"},
		{"od utorka 4. októbra do stredy 5. októbra 2022", "2022-10-04"},
		{"od piatka večer 29. septembra do nedele 1. októbra 2023", "2023-09-29"},
		// A fraction's "do" is still no date.
		{"Monday, 3/4 do povo votou", ""},
	})
	// The ends' weekdays are checked: Wednesday, October 5, 2022, is no
	// Thursday.
	ms := dateline.Find("od utorka 4. oktobra do četvrtka 5. oktobra 2022.", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "2022-10-04", ms[0].Dateline.Time.Format(time.DateOnly))
	assert.False(t, ms[0].OK(), "October 5, 2022 is a Wednesday")
	// The evening after a weekday is the weekday's, not a day's word of
	// its own: an hour with it is still the hour's evening.
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"utorak, 4. oktobra 2022. u 19 sati uveče", "2022-10-04 19:00"},
	})
}
