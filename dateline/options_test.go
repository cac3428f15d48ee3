package dateline_test

import (
	"testing"
	"time"

	"github.com/hebcal/hebcal-go/zmanim"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
)

func TestNewSunset(t *testing.T) {
	ny := zmanim.LookupCity("New York")
	require.NotNil(t, ny)
	loc, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	tishrei := func(d int) hebrew.Date { return hebrew.Date{Year: 5783, Month: hebrew.Tishrei, Day: d} }
	tests := []struct {
		name string
		at   time.Time
		opts []dateline.Option
		want hebrew.Date
	}{
		{"9 pm, midnight rule", time.Date(2022, 9, 28, 21, 0, 0, 0, loc), nil, tishrei(3)},
		{"9 pm, sunset rule", time.Date(2022, 9, 28, 21, 0, 0, 0, loc), []dateline.Option{dateline.Sunset(ny)}, tishrei(4)},
		{"9 pm as UTC, sunset rule", time.Date(2022, 9, 29, 1, 0, 0, 0, time.UTC), []dateline.Option{dateline.Sunset(ny)}, tishrei(4)},
		{"5 pm, sunset rule", time.Date(2022, 9, 28, 17, 0, 0, 0, loc), []dateline.Option{dateline.Sunset(ny)}, tishrei(3)},
		// Sunset in New York on September 28, 2022 is at 6:39 pm; nightfall
		// (8.5°) about 40 minutes later.
		{"6:50 pm, sunset rule", time.Date(2022, 9, 28, 18, 50, 0, 0, loc), []dateline.Option{dateline.Sunset(ny)}, tishrei(4)},
		{"6:50 pm, nightfall rule", time.Date(2022, 9, 28, 18, 50, 0, 0, loc), []dateline.Option{dateline.Nightfall(ny)}, tishrei(3)},
		{"8 pm, nightfall rule", time.Date(2022, 9, 28, 20, 0, 0, 0, loc), []dateline.Option{dateline.Nightfall(ny)}, tishrei(4)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := dateline.New(tc.at, tc.opts...)
			assert.Equal(t, tc.want, d.Hebrew)
			assert.True(t, d.Time.Equal(tc.at))
			assert.True(t, d.HasTime)
		})
	}
}

func TestSunsetOddLocations(t *testing.T) {
	at := time.Date(2022, 6, 21, 23, 0, 0, 0, time.UTC)
	for _, loc := range []*zmanim.Location{
		{Name: "Longyearbyen", Latitude: 78.2, Longitude: 15.6, TimeZoneId: "Arctic/Longyearbyen"}, // no sunset in June
		{Name: "Nowhere", Latitude: 200, Longitude: 500, TimeZoneId: "Nowhere/Nowhere"},
		{Name: "Unknown zone", Latitude: 32, Longitude: 35, TimeZoneId: "Not/AZone"},
	} {
		t.Run(loc.Name, func(t *testing.T) {
			assert.NotPanics(t, func() { _ = dateline.New(at, dateline.Sunset(loc)) })
			assert.NotPanics(t, func() { _ = dateline.Check("June 21, 2022 11:00 pm | 22 Sivan 5782", dateline.Sunset(loc)) })
		})
	}
}

func TestCheckWithSunsetRule(t *testing.T) {
	jerusalem := zmanim.LookupCity("Jerusalem")
	require.NotNil(t, jerusalem)
	opts := []dateline.Option{dateline.Sunset(jerusalem), dateline.In(mustLoad(t, "Asia/Jerusalem"))}
	// Sunset in Jerusalem on March 1, 2024 is at about 5:35 pm; 22 Adar I
	// 5784 begins then.
	tests := []struct {
		in   string
		ok   bool
		code dateline.Code
	}{
		{"March 1, 2024 8:00 pm | 22 Adar I 5784", true, ""},
		{"March 1, 2024 8:00 pm | 21 Adar I 5784", true, dateline.CodeAfterSunset},
		{"March 1, 2024 10:00 am | 21 Adar I 5784", true, ""},
		{"March 1, 2024 10:00 am | 22 Adar I 5784", false, dateline.CodeCalendar},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, opts...)
			assert.Equal(t, tc.ok, rep.OK(), "%+v", rep.Problems)
			if tc.code == "" {
				assert.Empty(t, rep.Problems)
			} else {
				require.NotEmpty(t, rep.Problems)
				assert.Equal(t, tc.code, rep.Problems[0].Code)
			}
		})
	}
}

func mustLoad(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	require.NoError(t, err)
	return loc
}

func TestReference(t *testing.T) {
	tests := []struct {
		in, ref, want string
	}{
		// The most recent year that fits the weekday.
		{"Friday, March 8", "2026-11-26", "2024-03-08"},
		{"Saturday, March 29", "2026-11-26", "2025-03-29"},
		// Without a weekday, the nearest date up to six months ahead.
		{"December 3rd", "2026-11-26", "2026-12-03"},
		{"March 3rd", "2026-11-26", "2027-03-03"},
		{"July 3rd", "2026-11-26", "2026-07-03"},
		// Both calendars without years: the most recent year they agree in.
		{"Thursday November 8th: 30 Cheshvan", "2026-11-26", "2018-11-08"},
		// 30 Cheshvan fell on November 8 in 1866, 1885, 1904 and 2018,
		// on a Thursday only in 1866 and 2018.
		{"Thursday November 8th: 30 Cheshvan", "2012-01-01", "1866-11-08"},
	}
	for _, tc := range tests {
		t.Run(tc.in+"@"+tc.ref, func(t *testing.T) {
			ref, err := time.Parse("2006-01-02", tc.ref)
			require.NoError(t, err)
			rep := dateline.Check(tc.in, dateline.Reference(ref))
			require.True(t, rep.OK(), "%+v", rep.Problems)
			assert.Equal(t, tc.want, rep.Dateline.Time.Format("2006-01-02"))
			require.NotEmpty(t, rep.Problems)
			assert.Equal(t, dateline.CodeYearInferred, rep.Problems[len(rep.Problems)-1].Code)
		})
	}
}

func TestNumericOrder(t *testing.T) {
	tests := []struct {
		in   string
		opts []dateline.Option
		want string
		code dateline.Code
	}{
		{"03/02/2024", nil, "2024-03-02", dateline.CodeDateAmbiguous},
		{"03/02/2024", []dateline.Option{dateline.MonthFirst()}, "2024-03-02", ""},
		{"03/02/2024", []dateline.Option{dateline.DayFirst()}, "2024-02-03", ""},
		{"03.02.2024", nil, "2024-02-03", dateline.CodeDateAmbiguous},
		{"13/02/2024", []dateline.Option{dateline.MonthFirst()}, "2024-02-13", ""},
		// The Hebrew date settles it: no warning.
		{"03/02/2024 | 22 Adar I 5784", nil, "2024-03-02", ""},
		{"02/03/2024 | 22 Adar I 5784", nil, "2024-03-02", ""},
		// So does the weekday.
		{"Sunday 04/02/2024", nil, "2024-02-04", ""},
		{"Tuesday 04/02/2024", nil, "2024-04-02", ""},
		{"Montag, 6.12.2021", nil, "2021-12-06", ""},
		// But a date written with points is day first where it is
		// written so: a weekday that only its month-first reading fits
		// may be the wrong one, and is read with a warning.
		{"Saturday 6.12.2021", nil, "2021-06-12", dateline.CodeDateAmbiguous},
		{"za 6. 12. 2021", nil, "2021-06-12", dateline.CodeDateAmbiguous},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, tc.opts...)
			require.True(t, rep.OK(), "%+v", rep.Problems)
			assert.Equal(t, tc.want, rep.Dateline.Time.Format("2006-01-02"))
			if tc.code == "" {
				assert.Empty(t, rep.Problems)
			} else {
				require.Len(t, rep.Problems, 1)
				assert.Equal(t, tc.code, rep.Problems[0].Code)
			}
		})
	}
}

func TestIn(t *testing.T) {
	loc := mustLoad(t, "Asia/Jerusalem")
	d, err := dateline.Parse("September 28, 2022 10:39 am", dateline.In(loc))
	require.NoError(t, err)
	assert.Equal(t, "2022-09-28T10:39:00+03:00", d.Time.Format(time.RFC3339))
	d, err = dateline.Parse("September 28, 2022 10:39 am EDT", dateline.In(loc))
	require.NoError(t, err)
	assert.Equal(t, "2022-09-28T10:39:00-04:00", d.Time.Format(time.RFC3339))
	d, err = dateline.Parse("January 28, 2022 10:39 am ET")
	require.NoError(t, err)
	assert.Equal(t, "2022-01-28T10:39:00-05:00", d.Time.Format(time.RFC3339))
}

// TestOptionsTable holds the table of Option's documentation: an option
// marked "-" for a function changes nothing there.
func TestOptionsTable(t *testing.T) {
	ny, err := dateline.City("New York")
	require.NoError(t, err)
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	require.NoError(t, err)
	ref := dateline.Reference(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC))
	var (
		in         = dateline.In(tokyo)
		sunset     = dateline.Sunset(ny)
		nightfall  = dateline.Nightfall(ny)
		monthFirst = dateline.MonthFirst()
		dayFirst   = dateline.DayFirst()
		israel     = dateline.Israel()
		diaspora   = dateline.Diaspora()
		occasions  = dateline.WithOccasions()
		names      = dateline.Names(hebrew.Hebrew)
	)
	at := time.Date(2022, 4, 23, 23, 0, 0, 0, time.UTC) // Saturday night: Pesach VIII in the Diaspora
	// New: only In, Sunset and Nightfall apply; In and the place give the
	// zone whose civil day it is.
	for _, opt := range []dateline.Option{ref, monthFirst, dayFirst, israel, diaspora, occasions, names} {
		assert.Equal(t, dateline.New(at), dateline.New(at, opt))
	}
	inTokyo := dateline.New(at, in) // 8 am on Sunday, April 24 in Tokyo
	assert.Equal(t, time.Sunday, inTokyo.Time.Weekday())
	assert.Equal(t, tokyo, inTokyo.Time.Location())
	assert.True(t, at.Equal(inTokyo.Time))
	assert.Equal(t, hebrew.Date{Year: 5782, Month: hebrew.Nisan, Day: 23}, inTokyo.Hebrew)
	inNY := dateline.New(at, sunset) // 7 pm on Saturday in New York, before sunset (7:39 pm)
	assert.Equal(t, "America/New_York", inNY.Time.Location().String())
	assert.Equal(t, 23, inNY.Time.Day())
	assert.Equal(t, hebrew.Date{Year: 5782, Month: hebrew.Nisan, Day: 22}, inNY.Hebrew)
	assert.Equal(t, inNY, dateline.New(at.In(tokyo), sunset), "the place's day, whatever t's location")
	assert.Equal(t, inTokyo.Time, dateline.New(at, sunset, in).Time, "In before the place's zone")
	d := dateline.New(at)
	// Occasions: only Israel and Diaspora apply.
	for _, opt := range []dateline.Option{in, ref, sunset, nightfall, monthFirst, dayFirst, occasions, names} {
		assert.Equal(t, d.Occasions(), d.Occasions(opt))
	}
	// AppendJSON: In, Reference, MonthFirst, DayFirst do nothing; Israel,
	// Diaspora and Names only with WithOccasions.
	plain := string(d.AppendJSON(nil))
	for _, opt := range []dateline.Option{in, ref, monthFirst, dayFirst, israel, diaspora, names} {
		assert.Equal(t, plain, string(d.AppendJSON(nil, opt)))
	}
	withOcc := string(d.AppendJSON(nil, occasions))
	for _, opt := range []dateline.Option{in, ref, monthFirst, dayFirst} {
		assert.Equal(t, withOcc, string(d.AppendJSON(nil, occasions, opt)))
	}
	for _, opt := range []dateline.Option{israel, names, sunset} {
		assert.NotEqual(t, withOcc, string(d.AppendJSON(nil, occasions, opt)))
	}
	rep := dateline.Check("April 23, 2022")
	for _, opt := range []dateline.Option{in, ref, monthFirst, dayFirst} {
		assert.Equal(t, string(rep.AppendJSON(nil)), string(rep.AppendJSON(nil, opt)))
	}
	// Format: only Sunset and Nightfall apply, to a layout with times.
	const masthead = "Monday, January 2, 2006 | 2 Tevet 5766 | Candle lighting 3:04 pm"
	friday := dateline.New(time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC))
	for _, opt := range []dateline.Option{in, ref, sunset, nightfall, monthFirst, dayFirst, israel, diaspora, occasions, names} {
		assert.Equal(t, d.Format(format.Full), d.Format(format.Full, opt))
	}
	for _, opt := range []dateline.Option{in, ref, monthFirst, dayFirst, israel, diaspora, occasions, names} {
		assert.Equal(t, friday.Format(masthead, sunset), friday.Format(masthead, sunset, opt))
	}
	assert.Equal(t, friday.Format(masthead, sunset), friday.Format(masthead, nightfall))
	assert.NotEqual(t, friday.Format(masthead), friday.Format(masthead, sunset))
	// Check: WithOccasions and Names do nothing.
	for _, s := range []string{"Pesach VIII, April 23, 2022", "Friday, March 2nd | 22 Adar I 5784", "03/02/2024"} {
		want := dateline.Check(s, ref)
		for _, opt := range []dateline.Option{occasions, names} {
			assert.Equal(t, want, dateline.Check(s, ref, opt), s)
		}
	}
}
