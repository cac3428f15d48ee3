package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestEndOfDayClock: ISO 8601's 24:00, the end of a day, is refused as a
// time alone, with a message that says what it is (it was "there is no
// hour 24 in a day"), in every layout and language; a range of times
// that ends at it is a range to the end of the day, read at its start.
// An hour past 24:00 keeps the old message.
func TestEndOfDayClock(t *testing.T) {
	for _, in := range []string{
		"March 2, 2024 24:00", "2024-03-02T24:00", "2024-03-02T24:00:00Z", "2024-03-02 24:00:00.000",
		"2 mars 2024 24:00", "Saturday, March 2, 2024 at 24:00", "2. März 2024, 24:00 Uhr",
	} {
		t.Run(in, func(t *testing.T) {
			r := dateline.Check(in)
			require.False(t, r.OK())
			require.NotEmpty(t, r.Problems)
			p := r.Problems[0]
			assert.Equal(t, dateline.CodeOutOfRange, p.Code)
			assert.Contains(t, p.Message, "is the end of the day, the same moment as 00:00 on the next")
			assert.True(t, strings.HasPrefix(in[p.Start:], "24:00"), in[p.Start:])
		})
	}
	for _, in := range []string{"March 2, 2024 24:30", "2024-03-02T24:00:01"} {
		t.Run(in, func(t *testing.T) {
			r := dateline.Check(in)
			require.False(t, r.OK())
			assert.Contains(t, r.Problems[0].Message, "there is no hour 24 in a day")
		})
	}
	// 2024-03-02 is Saturday, 22 Adar I 5784.
	for _, in := range []string{
		"Mar 2, 2024 18:00-24:00", "2024-03-02 18:00 - 24:00", "Mar 2, 2024 18:00–24:00", "Mar 2, 2024 from 18:00 to 24:00",
		"2. März 2024 18:00-24:00 Uhr", "2. März 2024 von 18 bis 24 Uhr", "2. März 2024 18-24 Uhr", "2 mars 2024 de 18h à 24h",
	} {
		t.Run(in, func(t *testing.T) {
			r := dateline.Check(in)
			require.True(t, r.OK(), "%v", r.Problems)
			assert.Empty(t, r.Problems)
			assert.Equal(t, "2024-03-02T18:00:00Z", r.Dateline.Time.Format(time.RFC3339))
			assert.Equal(t, "22 Adar I 5784", r.Dateline.Hebrew.String())
		})
	}
	// Past the end of the day, a range's end is no hour (as before).
	for _, in := range []string{"2 mars 2024 de 18h à 25h", "2. März 2024 von 18 bis 25 Uhr", "Mar 2, 2024 18:00-25:00"} {
		t.Run(in, func(t *testing.T) {
			assert.False(t, dateline.Check(in).OK())
		})
	}
}

// TestLeapSecond: a second 60 is a leap second's only at the end of June
// 30 or December 31 UTC in a year that had one; it is read as the second
// before it, with a warning, in the zone the text names. Every other
// second 60 is an error that says so (each was "there is no second 60 in
// a minute", the leap seconds' too).
func TestLeapSecond(t *testing.T) {
	// 2016-12-31 Saturday = 2 Tevet 5777; 2017-01-01 Sunday = 3 Tevet
	// 5777; 2015-06-30 Tuesday = 13 Tammuz 5775; 1998-12-31 Thursday =
	// 12 Tevet 5759.
	for _, tc := range []struct{ in, time, heb string }{
		{"2016-12-31T23:59:60Z", "2016-12-31T23:59:59Z", "2 Tevet 5777"},
		{"2016-12-31T23:59:60.5Z", "2016-12-31T23:59:59.5Z", "2 Tevet 5777"},
		{"2017-01-01T08:59:60+09:00", "2017-01-01T08:59:59+09:00", "3 Tevet 5777"},
		{"2016-12-31 18:59:60 -05:00", "2016-12-31T18:59:59-05:00", "2 Tevet 5777"},
		{"2015-06-30T23:59:60Z", "2015-06-30T23:59:59Z", "13 Tammuz 5775"},
		{"31 December 2016 23:59:60 GMT", "2016-12-31T23:59:59Z", "2 Tevet 5777"},
		{"1998-12-31 23:59:60 UTC", "1998-12-31T23:59:59Z", "12 Tevet 5759"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r := dateline.Check(tc.in)
			require.True(t, r.OK(), "%v", r.Problems)
			require.Len(t, r.Problems, 1)
			assert.Equal(t, dateline.CodeOutOfRange, r.Problems[0].Code)
			assert.Equal(t, dateline.Warning, r.Problems[0].Severity)
			assert.Contains(t, r.Problems[0].Message, "is the leap second at the end of")
			assert.Equal(t, tc.time, r.Dateline.Time.Format(time.RFC3339Nano))
			assert.Equal(t, tc.heb, r.Dateline.Hebrew.String())
		})
	}
	// No leap second: another day, another minute, another hour, a year
	// without one, and the same clock in a zone where it is not 23:59 UTC.
	for _, in := range []string{
		"2024-03-02 23:59:60", "2024-06-30T23:59:60Z", "2016-12-31T23:58:60Z", "2016-12-31T22:59:60Z",
		"2016-12-31T23:59:60+01:00", "March 2, 2024 10:59:60 am",
	} {
		t.Run(in, func(t *testing.T) {
			r := dateline.Check(in)
			require.False(t, r.OK())
			assert.Equal(t, dateline.CodeOutOfRange, r.Problems[0].Code)
			assert.Contains(t, r.Problems[0].Message, "a minute has one only at a leap second")
		})
	}
	r := dateline.Check("2016-12-31 23:59:60", dateline.In(time.FixedZone("EST", -5*3600)))
	assert.False(t, r.OK(), "23:59:60 in New York's winter is 04:59:60 UTC")
}

// TestZoneOffSeason: a time in a zone's abbreviation that its clocks do
// not show at that moment, a summer time on a day of standard time or a
// time the change of clocks skips named in the time after it, is read at
// the abbreviation's offset with a warning that says what the clocks
// showed; each was read with nothing said. With a zone given, its own
// abbreviations are judged by its rules, standard time too. A time the
// given zone's clocks skip, with no abbreviation, keeps its time-skipped
// warning. Near misses: each abbreviation in its season, a standard
// time that some zone keeps all year (EST in July: Panama), and a
// generic zone (ET), which follows its rules.
func TestZoneOffSeason(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	jlm, err := time.LoadLocation("Asia/Jerusalem")
	require.NoError(t, err)
	// 2024-01-05 Friday = 24 Tevet 5784; 2024-03-10 Sunday = 30 Adar I
	// 5784; 2024-03-29 Friday = 19 Adar II 5784 (Israel's clocks go
	// forward at 2:00 that day); 2024-07-05 Friday = 29 Sivan 5784.
	for _, tc := range []struct {
		in   string
		opts []dateline.Option
		time string
		code dateline.Code
		says string
	}{
		{"March 10, 2024 2:30 am EDT", nil, "2024-03-10T02:30:00-04:00", dateline.CodeZoneAmbiguous, "show 1:30 am EST, not EDT"},
		{"January 5, 2024 10:00 EDT", nil, "2024-01-05T10:00:00-04:00", dateline.CodeZoneAmbiguous, "show 9:00 am EST, not EDT"},
		{"January 5, 2024 10:00 eastern daylight time", nil, "2024-01-05T10:00:00-04:00", dateline.CodeZoneAmbiguous, "show 9:00 am EST"},
		{"January 5, 2024 10:00 CEST", nil, "2024-01-05T10:00:00+02:00", dateline.CodeZoneAmbiguous, "Europe/Berlin show 9:00 am CET, not CEST"},
		{"5. Januar 2024 10 Uhr MESZ", nil, "2024-01-05T10:00:00+02:00", dateline.CodeZoneAmbiguous, "show 9:00 am CET, not MESZ"},
		{"5 January 2024 10:00 IDT", nil, "2024-01-05T10:00:00+03:00", dateline.CodeZoneAmbiguous, "Asia/Jerusalem show 9:00 am IST, not IDT"},
		{"5 janvier 2024 10:00 BST", nil, "2024-01-05T10:00:00+01:00", dateline.CodeZoneAmbiguous, "Europe/London show 9:00 am GMT, not BST"},
		{"July 5, 2024 10:00 AEDT", nil, "2024-07-05T10:00:00+11:00", dateline.CodeZoneAmbiguous, "show 9:00 am AEST, not AEDT"},
		{"July 5, 2024 10:00 EST", []dateline.Option{dateline.In(ny)}, "2024-07-05T10:00:00-05:00", dateline.CodeZoneAmbiguous, "show 11:00 am EDT, not EST"},
		{"March 10, 2024 2:30 am EST", []dateline.Option{dateline.In(ny)}, "2024-03-10T02:30:00-05:00", dateline.CodeZoneAmbiguous, "show 3:30 am EDT, not EST"},
		{"March 10, 2024 2:30 am", []dateline.Option{dateline.In(ny)}, "2024-03-10T03:30:00-04:00", dateline.CodeTimeSkipped, "skip 2:30 am"},
		{"March 29, 2024 2:30", []dateline.Option{dateline.In(jlm)}, "2024-03-29T03:30:00+03:00", dateline.CodeTimeSkipped, "skip 2:30"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r := dateline.Check(tc.in, tc.opts...)
			require.True(t, r.OK(), "%v", r.Problems)
			require.Len(t, r.Problems, 1)
			assert.Equal(t, tc.code, r.Problems[0].Code)
			assert.Equal(t, dateline.Warning, r.Problems[0].Severity)
			assert.Contains(t, r.Problems[0].Message, tc.says)
			assert.Equal(t, tc.time, r.Dateline.Time.Format(time.RFC3339))
		})
	}
	for _, tc := range []struct {
		in   string
		opts []dateline.Option
	}{
		{"July 5, 2024 10:00 EDT", nil}, {"January 5, 2024 10:00 EST", nil}, {"July 5, 2024 10:00 EST", nil},
		{"March 10, 2024 2:30 am EST", nil}, {"March 10, 2024 3:30 am EDT", nil}, {"January 5, 2024 10:00 ET", nil},
		{"5 July 2024 10:00 IDT", nil}, {"5. Juli 2024 10 Uhr MESZ", nil}, {"5. Januar 2024 10 Uhr MEZ", nil},
		{"January 5, 2024 10:00 EST", []dateline.Option{dateline.In(ny)}}, {"March 29, 2024 1:30", []dateline.Option{dateline.In(jlm)}},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r := dateline.Check(tc.in, tc.opts...)
			assert.True(t, r.OK(), "%v", r.Problems)
			assert.Empty(t, r.Problems)
		})
	}
}

// TestOffsetOrRangeEnd: an offset glued by its minus to a time of day
// with no seconds and no ISO T, later than the time, may be a range's
// end: "2024-03-02 09:30-10" is read at UTC-10:00 with a warning that
// gives the range's reading, where the scan read 09:30 alone, the "-10"
// dropped with nothing said (and Parse refused it); "09:30-1000" was read
// at the offset with nothing said. Near misses: an offset earlier than
// the time (no range ends before it starts), after seconds or a T, with
// a plus, and "09:30-11:00", the range that warns of its offset.
func TestOffsetOrRangeEnd(t *testing.T) {
	// 2024-03-02 is Saturday, 22 Adar I 5784.
	for _, tc := range []struct{ in, time, end string }{
		{"2024-03-02 09:30-10", "2024-03-02T09:30:00-10:00", "to 10:00"},
		{"2024-03-02 09:30-1000", "2024-03-02T09:30:00-10:00", "to 10:00"},
		{"2024-03-02 08:30-09", "2024-03-02T08:30:00-09:00", "to 09:00"},
		{"March 2, 2024 9:30-1000", "2024-03-02T09:30:00-10:00", "to 10:00"},
		{"2 mars 2024 08:15-0930", "2024-03-02T08:15:00-09:30", "to 09:30"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r := dateline.Check(tc.in)
			require.True(t, r.OK(), "%v", r.Problems)
			require.Len(t, r.Problems, 1)
			assert.Equal(t, dateline.CodeZoneAmbiguous, r.Problems[0].Code)
			assert.Contains(t, r.Problems[0].Message, "was read as a time at the offset")
			assert.Contains(t, r.Problems[0].Message, "as a range of times "+tc.end)
			assert.Equal(t, tc.time, r.Dateline.Time.Format(time.RFC3339))
			assert.Equal(t, "22 Adar I 5784", r.Dateline.Hebrew.String())
			ms := dateline.Find("Meet on " + tc.in + " in the hall.")
			require.Len(t, ms, 1)
			assert.Equal(t, tc.in, ms[0].Input)
			assert.Equal(t, tc.time, ms[0].Dateline.Time.Format(time.RFC3339))
			assert.Len(t, ms[0].Problems, 1)
		})
	}
	for _, tc := range []struct{ in, time string }{
		{"2024-03-02 09:30-08", "2024-03-02T09:30:00-08:00"},
		{"2024-03-02 09:30-0800", "2024-03-02T09:30:00-08:00"},
		{"2024-03-02T09:30-10", "2024-03-02T09:30:00-10:00"},
		{"2024-03-02 09:30:00-10", "2024-03-02T09:30:00-10:00"},
		{"2024-03-02 09:30+03", "2024-03-02T09:30:00+03:00"},
		{"2024-03-02 09:30+1000", "2024-03-02T09:30:00+10:00"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r := dateline.Check(tc.in)
			require.True(t, r.OK(), "%v", r.Problems)
			assert.Empty(t, r.Problems)
			assert.Equal(t, tc.time, r.Dateline.Time.Format(time.RFC3339))
		})
	}
	r := dateline.Check("2024-03-02 09:30-11:00")
	require.True(t, r.OK())
	require.Len(t, r.Problems, 1)
	assert.Contains(t, r.Problems[0].Message, "was read as a range of times whose end is not kept")
}
