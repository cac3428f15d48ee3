package civil

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func load(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	require.NoError(t, err)
	return loc
}

func TestDayStart(t *testing.T) {
	for _, tc := range []struct {
		zone   string
		y      int
		m      time.Month
		d      int
		want   string
		wantOK bool
	}{
		{"America/Santiago", 2025, 9, 7, "2025-09-07T01:00:00-03:00", true},
		{"America/Havana", 2024, 3, 10, "2024-03-10T01:00:00-04:00", true},
		{"America/Sao_Paulo", 2018, 11, 4, "2018-11-04T01:00:00-02:00", true},
		{"America/New_York", 2024, 3, 10, "2024-03-10T00:00:00-05:00", true},
		{"Pacific/Apia", 2011, 12, 30, "2011-12-31T00:00:00+14:00", false},
		{"Pacific/Apia", 2011, 12, 31, "2011-12-31T00:00:00+14:00", true},
		{"UTC", 2024, 2, 30, "2024-03-01T00:00:00Z", true},
		// Clocks went back from 01:00 to 00:00: the day starts at the
		// first midnight, in summer time.
		{"Europe/Lisbon", 1981, 9, 27, "1981-09-27T00:00:00+01:00", true},
	} {
		t.Run(tc.zone+" "+time.Date(tc.y, tc.m, tc.d, 0, 0, 0, 0, time.UTC).Format("2006-01-02"), func(t *testing.T) {
			got, ok := DayStart(tc.y, tc.m, tc.d, load(t, tc.zone))
			assert.Equal(t, tc.want, got.Format(time.RFC3339))
			assert.Equal(t, tc.wantOK, ok)
		})
	}
}

func TestAt(t *testing.T) {
	for _, tc := range []struct {
		zone     string
		y        int
		m        time.Month
		d, h, mi int
		want     string
		clock    Clock
	}{
		{"America/New_York", 2024, 3, 10, 2, 30, "2024-03-10T03:30:00-04:00", Skipped},
		{"America/New_York", 2024, 3, 10, 3, 30, "2024-03-10T03:30:00-04:00", Once},
		{"America/New_York", 2024, 11, 3, 1, 30, "2024-11-03T01:30:00-04:00", Repeated},
		{"Europe/Lisbon", 1981, 9, 27, 0, 30, "1981-09-27T00:30:00+01:00", Repeated},
		{"America/Santiago", 2025, 9, 7, 0, 30, "2025-09-07T01:30:00-03:00", Skipped},
		{"America/Santiago", 2025, 9, 7, 0, 0, "2025-09-07T01:00:00-03:00", Skipped},
		{"Pacific/Apia", 2011, 12, 30, 12, 0, "2011-12-31T12:00:00+14:00", Skipped},
		{"Europe/London", 2024, 3, 31, 1, 15, "2024-03-31T02:15:00+01:00", Skipped},
		// Clocks went from 23:00 to 00:00 on March 21, 1977: 23:30 stays
		// on the 21st, read in the offset after the skip.
		{"Asia/Tehran", 1977, 3, 21, 23, 30, "1977-03-21T22:30:00+03:30", Skipped},
	} {
		t.Run(tc.zone, func(t *testing.T) {
			got, clock := At(tc.y, tc.m, tc.d, tc.h, tc.mi, 0, 0, load(t, tc.zone))
			assert.Equal(t, tc.want, got.Format(time.RFC3339))
			assert.Equal(t, tc.clock, clock)
		})
	}
}

// TestInMonth holds the check that lets DayStart and At skip normalizing
// a date to the very dates time.Date leaves as they are.
func TestInMonth(t *testing.T) {
	for _, y := range []int{1, 1900, 2000, 2023, 2024, 2100, 9999} {
		for m := time.Month(0); m <= 13; m++ {
			for d := -1; d <= 32; d++ {
				ny, nm, nd := time.Date(y, m, d, 12, 0, 0, 0, time.UTC).Date()
				want := ny == y && nm == m && nd == d
				assert.Equal(t, want, InMonth(y, m, d), "%d-%d-%d", y, m, d)
			}
		}
	}
}

// TestWeekday: Weekday gives time.Date's weekday over the whole range of
// years, before year 1 too.
func TestWeekday(t *testing.T) {
	years := []int{-4401, -4400, -4001, -4000, -3999, -1, 0, 1, 1 << 39}
	for y := -5003; y <= 9999; y += 13 {
		years = append(years, y)
	}
	for _, y := range years {
		for m := time.January; m <= time.December; m++ {
			for _, d := range []int{1, 2, 3, 4, 5, 6, 7, 28, DaysIn(y, m)} {
				want := time.Date(y, m, d, 12, 0, 0, 0, time.UTC).Weekday()
				if got := Weekday(y, m, d); got != want {
					t.Fatalf("Weekday(%d-%d-%d) = %v, want %v", y, m, d, got, want)
				}
			}
		}
	}
}

// TestSteady holds the shortcut of DayStart and At: away from a change of
// the clocks it gives what time.Date gives; a day beside one is read the
// careful way, and a day the clocks skip at midnight still starts at 01:00.
func TestSteady(t *testing.T) {
	santiago, err := time.LoadLocation("America/Santiago")
	require.NoError(t, err)
	assert.True(t, steady(time.Date(2025, 7, 1, 0, 0, 0, 0, santiago)))
	assert.True(t, steady(time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)))
	assert.True(t, steady(time.Date(2025, 7, 1, 0, 0, 0, 0, time.FixedZone("", 3600))))
	assert.False(t, steady(time.Date(2025, 9, 6, 12, 0, 0, 0, santiago)), "the day before clocks skip midnight")
	got, ok := DayStart(2025, time.September, 7, santiago)
	require.True(t, ok)
	assert.Equal(t, 1, got.Hour())
}

// TestUTCAsDate: in UTC and in every zone of one offset (fixedOffset),
// DayStart and At give the very time.Time that time.Date gives, over the
// whole range of years, before year 1 too (the years unixDays counts
// unsigned and those before), and at the edges of months and leap days;
// a zone with transitions is no fixed zone.
func TestUTCAsDate(t *testing.T) {
	years := []int{-4401, -4400, -4001, -4000, -3999, -3998, -1, 0, 1 << 39}
	for y := -5003; y <= 9999; y += 7 {
		years = append(years, y)
	}
	zones := []*time.Location{time.UTC, load(t, "Etc/UTC"), time.FixedZone("IST", 19800), time.FixedZone("", -12600), load(t, "Etc/GMT+5")}
	for _, loc := range zones[1:] {
		_, fixed := fixedOffset(loc)
		require.True(t, fixed, loc)
	}
	for _, name := range []string{"America/New_York", "Asia/Jerusalem", "Pacific/Apia", "Europe/Moscow"} {
		_, fixed := fixedOffset(load(t, name))
		require.False(t, fixed, name)
	}
	for _, loc := range zones {
		utcAsDate(t, years, loc)
	}
}

func utcAsDate(t *testing.T, years []int, loc *time.Location) {
	for _, y := range years {
		for _, md := range [][2]int{{1, 1}, {2, 28}, {2, 29}, {3, 1}, {12, 31}, {6, 15}} {
			m, d := time.Month(md[0]), md[1]
			if !InMonth(y, m, d) {
				continue
			}
			got, ok := DayStart(y, m, d, loc)
			if want := time.Date(y, m, d, 0, 0, 0, 0, loc); !ok || got != want {
				t.Fatalf("DayStart(%d-%d-%d, %v) = %v, want %v", y, m, d, loc, got, want)
			}
			at, clock := At(y, m, d, 23, 59, 58, 999, loc)
			if want := time.Date(y, m, d, 23, 59, 58, 999, loc); clock != Once || at != want {
				t.Fatalf("At(%d-%d-%d 23:59:58, %v) = %v, want %v", y, m, d, loc, at, want)
			}
		}
	}
}
