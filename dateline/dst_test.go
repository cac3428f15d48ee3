package dateline_test

import (
	"archive/zip"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
)

// zoneNames returns the zones of the tz database that Go carries.
func zoneNames(t *testing.T) []string {
	t.Helper()
	// The Go that runs the test carries the database; go env says where.
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	require.NoError(t, err, "go env GOROOT")
	z, err := zip.OpenReader(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "time", "zoneinfo.zip"))
	require.NoError(t, err, "the tz database of the Go that runs the test")
	defer z.Close()
	var names []string
	for _, f := range z.File {
		if !strings.HasSuffix(f.Name, "/") {
			names = append(names, f.Name)
		}
	}
	return names
}

// transitions returns the instants at which loc changes offset or name
// from 1970 to 2037.
func transitions(loc *time.Location) []time.Time {
	var ts []time.Time
	end := time.Date(2038, 1, 1, 0, 0, 0, 0, time.UTC)
	for t := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).In(loc); t.Before(end); {
		_, next := t.ZoneBounds()
		if next.IsZero() || !next.After(t) {
			break
		}
		ts = append(ts, next)
		t = next
	}
	return ts
}

type civilDay struct {
	y int
	m time.Month
	d int
}

func dayOf(t time.Time) civilDay {
	y, m, d := t.Date()
	return civilDay{y, m, d}
}

func (c civilDay) noon() time.Time { return time.Date(c.y, c.m, c.d, 12, 0, 0, 0, time.UTC) }

// TestEveryZonesDays holds issue 11's first item: in every zone of the tz
// database, a date without a time of day read around each change of its
// clocks from 1970 to 2037 is that day, from its first instant (01:00
// where clocks go from 00:00 to 01:00), never the day before; a day the
// clocks skip altogether is an error, time-skipped. A time of day that
// the clocks skip is read on the day the text names, with a time-skipped
// warning. Under -short, one zone in seven is tried.
func TestEveryZonesDays(t *testing.T) {
	names := zoneNames(t)
	days, skippedDays, skippedTimes := 0, 0, 0
	for i, name := range names {
		if testing.Short() && i%7 != 0 && !strings.Contains("America/Santiago Pacific/Apia America/Havana America/Sao_Paulo", name) {
			continue
		}
		loc, err := time.LoadLocation(name)
		if err != nil {
			continue
		}
		for _, tr := range transitions(loc) {
			before := tr.Add(-time.Nanosecond).In(loc)
			after := tr.In(loc)
			first, last := dayOf(before), dayOf(after)
			for n := -1; n <= 1+int(after.Sub(before).Hours()/24); n++ {
				day := dayOf(first.noon().AddDate(0, 0, n))
				text := day.noon().Format("January 2, 2006")
				r := dateline.Check(text, dateline.In(loc))
				skipped := day.noon().After(first.noon()) && day.noon().Before(last.noon())
				if skipped {
					skippedDays++
					if !assert.False(t, r.OK(), "%s in %s", text, name) {
						continue
					}
					assert.Equal(t, dateline.CodeTimeSkipped, r.Problems[0].Code, "%s in %s", text, name)
					continue
				}
				days++
				got := r.Dateline.Time
				if !assert.True(t, r.OK(), "%s in %s: %v", text, name, r.Problems) ||
					!assert.Equal(t, day, dayOf(got.In(loc)), "%s in %s: %v", text, name, got) {
					continue
				}
				assert.Equal(t, loc, got.Location(), "%s in %s", text, name)
				assert.NotEqual(t, day, dayOf(got.Add(-time.Nanosecond).In(loc)), "%s in %s: %v is not the day's first instant", text, name, got)
				want, err := hebrew.FromGregorian(day.y, day.m, day.d)
				require.NoError(t, err)
				assert.Equal(t, want, r.Dateline.Hebrew, "%s in %s", text, name)
			}

			// A time of day in the middle of a skip forward.
			_, was := before.Zone()
			_, is := after.Zone()
			gap := time.Duration(is-was) * time.Second
			if gap < 2*time.Minute {
				continue
			}
			wall := tr.In(time.FixedZone("", was)).Add(gap / 2).Truncate(time.Minute)
			wy, wm, wd := wall.Date()
			wallDay := civilDay{wy, wm, wd}
			text := wall.Format("January 2, 2006 15:04")
			r := dateline.Check(text, dateline.In(loc))
			if wallDay.noon().After(first.noon()) && wallDay.noon().Before(last.noon()) {
				assert.False(t, r.OK(), "%s in %s", text, name)
				continue
			}
			skippedTimes++
			if assert.True(t, r.OK(), "%s in %s: %v", text, name, r.Problems) && assert.NotEmpty(t, r.Problems, text) {
				assert.Equal(t, dateline.CodeTimeSkipped, r.Problems[0].Code, "%s in %s", text, name)
				assert.Equal(t, dateline.Warning, r.Problems[0].Severity, "%s in %s", text, name)
			}
			assert.Equal(t, wallDay, dayOf(r.Dateline.Time.In(loc)), "%s in %s: %v", text, name, r.Dateline.Time)
		}
	}
	t.Logf("%d days, %d skipped days, %d skipped times of day", days, skippedDays, skippedTimes)
}

// TestSkippedAndRepeatedClocks holds the cases issue 11 names.
func TestSkippedAndRepeatedClocks(t *testing.T) {
	for _, tc := range []struct {
		zone, input string
		want        string // Time in RFC 3339
		code        dateline.Code
		severity    dateline.Severity
	}{
		{"America/Santiago", "2025-09-07", "2025-09-07T01:00:00-03:00", "", 0},
		{"America/Santiago", "Sunday, September 7, 2025 | 14 Elul 5785", "2025-09-07T01:00:00-03:00", "", 0},
		{"America/Santiago", "14 Elul 5785", "2025-09-07T01:00:00-03:00", "", 0},
		{"America/Havana", "March 10, 2024", "2024-03-10T01:00:00-04:00", "", 0},
		{"America/Asuncion", "October 6, 2024", "2024-10-06T01:00:00-03:00", "", 0},
		{"America/Sao_Paulo", "November 4, 2018", "2018-11-04T01:00:00-02:00", "", 0},
		{"Atlantic/Azores", "March 31, 2024", "2024-03-31T01:00:00Z", "", 0},
		{"Europe/Lisbon", "September 27, 1981", "1981-09-27T00:00:00+01:00", "", 0},
		{"America/New_York", "March 10, 2024 2:30 am", "2024-03-10T03:30:00-04:00", dateline.CodeTimeSkipped, dateline.Warning},
		{"America/New_York", "March 10, 2024 2:30 am ET", "2024-03-10T03:30:00-04:00", dateline.CodeTimeSkipped, dateline.Warning},
		{"America/New_York", "November 3, 2024 1:30 am", "2024-11-03T01:30:00-04:00", dateline.CodeZoneAmbiguous, dateline.Warning},
		{"America/New_York", "November 3, 2024 1:30 am EST", "2024-11-03T01:30:00-05:00", "", 0},
		{"America/Santiago", "September 7, 2025 0:30", "2025-09-07T01:30:00-03:00", dateline.CodeTimeSkipped, dateline.Warning},
		{"Pacific/Apia", "December 30, 2011", "2011-12-31T00:00:00+14:00", dateline.CodeTimeSkipped, dateline.Error},
		{"Pacific/Apia", "Friday, December 30, 2011 | 4 Tevet 5772", "2011-12-31T00:00:00+14:00", dateline.CodeTimeSkipped, dateline.Error},
	} {
		t.Run(tc.zone+" "+tc.input, func(t *testing.T) {
			loc, err := time.LoadLocation(tc.zone)
			require.NoError(t, err)
			r := dateline.Check(tc.input, dateline.In(loc))
			assert.Equal(t, tc.want, r.Dateline.Time.Format(time.RFC3339))
			if tc.code == "" {
				assert.Empty(t, r.Problems)
				return
			}
			require.NotEmpty(t, r.Problems)
			assert.Equal(t, tc.code, r.Problems[0].Code)
			assert.Equal(t, tc.severity, r.Problems[0].Severity)
			_, err = dateline.Parse(tc.input, dateline.In(loc))
			assert.Equal(t, tc.severity == dateline.Error, err != nil, "%v", err)
		})
	}
}

// TestFormatRangeOverSkippedMidnight: a layout that writes the next day
// too writes that day, where its midnight is skipped.
func TestFormatRangeOverSkippedMidnight(t *testing.T) {
	loc, err := time.LoadLocation("America/Santiago")
	require.NoError(t, err)
	d, err := dateline.Parse("September 6, 2025", dateline.In(loc))
	require.NoError(t, err)
	assert.Equal(t, "September 6-7, 2025", d.Format("January 2-3, 2006"))
}
