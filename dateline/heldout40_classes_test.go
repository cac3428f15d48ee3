package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestTimeRangeJoinedByWord: a range of times joined by a word that says
// "to" (the fortieth held-out round), before the date or after it, is
// read from its start, as a range joined by a dash is. Before, a
// college's "9:30am to 2pm, Thursday, April 25, 2019" was found as "2pm,
// Thursday, April 25, 2019", the event's end given as its time with
// nothing said. The end may be an hour with its AM or PM and no minutes;
// a number after the word that is no time of day ("to 10 people", "to
// 11") ends the dateline before the word, as before.
func TestTimeRangeJoinedByWord(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, want, match string }{
		{"9:30am to 2pm, Thursday, April 25, 2019", "2019-04-25 09:30", ""},
		{"7pm to 9pm, Wednesday, April 24, 2019", "2019-04-24 19:00", ""},
		{"11am to 1pm, Wednesday, April 24, 2019", "2019-04-24 11:00", ""},
		{"11 AM - 1 PM, Wednesday, April 24, 2019", "2019-04-24 11:00", ""},
		{"1:30 PM through 3 PM, Wednesday, April 24, 2019", "2019-04-24 13:30", ""},
		{"10:00 till 12:00, Wednesday, April 24, 2019", "2019-04-24 10:00", ""},
		{"Wednesday, April 24, 2019 at 7 pm to 8:30 pm", "2019-04-24 19:00", ""},
		{"Thursday, April 25, 2019, 9:30am to 2pm", "2019-04-25 09:30", ""},
		{"Mittwoch, 24. April 2019, 9:30 bis 11:00 Uhr", "2019-04-24 09:30", ""},
		{"miércoles 24 de abril de 2019, de 9:30 a 11:30", "2019-04-24 09:30", ""},
		{"Open house from 9 am to 5 pm, March 3, 2024.", "2024-03-03 09:00", "9 am to 5 pm, March 3, 2024"},
		// A number after the word that is no time of day is prose.
		{"Wednesday, April 24, 2019, 5 PM to 10 people", "2019-04-24 17:00", "Wednesday, April 24, 2019, 5 PM"},
		{"Wednesday, April 24, 2019, 9:30 to 11", "2019-04-24 09:30", "Wednesday, April 24, 2019, 9:30"},
		{"Wednesday, April 24, 2019 at 5 pm to the park", "2019-04-24 17:00", "Wednesday, April 24, 2019 at 5 pm"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			m := ms[0]
			match := tc.match
			if match == "" {
				match = tc.text
			}
			assert.Equal(t, match, tc.text[m.Start:m.End])
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.True(t, m.Dateline.HasTime)
			assert.Equal(t, tc.want, m.Dateline.Time.Format("2006-01-02 15:04"))
		})
	}
	// Prose where a time is followed by "to" and a number: no range, and
	// the date after it is read alone, without the time.
	for _, text := range []string{
		"Sunday, 10:00 to 10 people, April 2, 2019",
		"at 8:00 to 10 April 2019",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, ref) {
				assert.False(t, m.Dateline.HasTime && m.Dateline.Time.Hour() == 10, "%q read 10 as an hour", text[m.Start:m.End])
			}
		})
	}
}
