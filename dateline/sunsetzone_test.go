package dateline_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
)

// TestSunsetInAnotherZone: with a sunset rule at one place and the
// dateline's zone another, the Hebrew date is the one of the civil day
// the dateline writes, or from sunset at the place on that date the
// next: never a day the civil date is not. With In(Pacific/Kiritimati)
// and Sunset(Jerusalem), 12:01 am on Sunday, March 3, 2024 (noon of
// Saturday in Jerusalem) was given Saturday's 22 Adar I, written "Sunday,
// March 3rd | 22 Adar I 5784", which Check refused and which
// Dateline.UnmarshalJSON refused to read back (found by an adversarial
// review). Each day below is hd's.
func TestSunsetInAnotherZone(t *testing.T) {
	jerusalem, err := dateline.City("Jerusalem")
	require.NoError(t, err)
	newYork, err := dateline.City("New York")
	require.NoError(t, err)
	zone := func(name string) *time.Location {
		loc, err := time.LoadLocation(name)
		require.NoError(t, err)
		return loc
	}
	for _, tc := range []struct {
		name   string
		at     time.Time
		city   dateline.Option
		in     string
		civil  string
		hebrew hebrew.Date
	}{
		// 2024-03-03 is Sunday, 23 Adar I 5784.
		{"Kiritimati after midnight", time.Date(2024, time.March, 2, 10, 1, 0, 0, time.UTC), dateline.Sunset(jerusalem), "Pacific/Kiritimati", "2024-03-03", hebrew.Date{Year: 5784, Month: hebrew.AdarI, Day: 23}},
		// 2024-03-08 is Friday, 28 Adar I; New York's sunset that day
		// is after Kathmandu's day ends.
		{"Kathmandu after midnight", time.Date(2024, time.March, 7, 18, 25, 0, 0, time.UTC), dateline.Sunset(newYork), "Asia/Kathmandu", "2024-03-08", hebrew.Date{Year: 5784, Month: hebrew.AdarI, Day: 28}},
		// 2024-03-02 is Saturday, 22 Adar I: 9 pm in Jerusalem is
		// after its sunset, and 23 Adar I has begun.
		{"same zone after sunset", time.Date(2024, time.March, 2, 19, 0, 0, 0, time.UTC), dateline.Sunset(jerusalem), "Asia/Jerusalem", "2024-03-02", hebrew.Date{Year: 5784, Month: hebrew.AdarI, Day: 23}},
		// Honolulu's Saturday evening, 6 pm: Jerusalem's sunset of
		// March 2 (15:37 UTC) is past, so 23 Adar I has begun there.
		{"Honolulu evening", time.Date(2024, time.March, 3, 4, 0, 0, 0, time.UTC), dateline.Sunset(jerusalem), "Pacific/Honolulu", "2024-03-02", hebrew.Date{Year: 5784, Month: hebrew.AdarI, Day: 23}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := dateline.New(tc.at, tc.city, dateline.In(zone(tc.in)))
			assert.Equal(t, tc.civil, d.Time.Format("2006-01-02"))
			assert.Equal(t, tc.hebrew, d.Hebrew)
			// What it writes, Check reads as that day, and its JSON
			// reads back.
			s := d.Format("Monday, January 2, 2006 3:04 pm | 2 Tevet 5766")
			r := dateline.Check(s, tc.city, dateline.In(zone(tc.in)), dateline.Reference(tc.at))
			assert.True(t, r.OK(), "%s: %v", s, r.Problems)
			b, err := json.Marshal(d)
			require.NoError(t, err)
			var back dateline.Dateline
			require.NoError(t, json.Unmarshal(b, &back), "%s", b)
			assert.Equal(t, d.Hebrew, back.Hebrew)
		})
	}
}
