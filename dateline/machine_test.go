package dateline_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// machineRows are machine and mail timestamps that pages carry (issue 13),
// each with the instant it names (RFC 3339, read with the reference
// 2021-04-29 in UTC) and the codes of the problems Check reports.
var machineRows = []struct {
	in    string
	want  string
	codes []dateline.Code
}{
	// Fractions of a second, in any form.
	{"2016-09-23T02:54:32.845Z", "2016-09-23T02:54:32.845Z", nil},
	{"2014-05-11 08:20:13,787", "2014-05-11T08:20:13.787Z", nil},
	{"14 May 2019 19:11:40.164", "2019-05-14T19:11:40.164Z", nil},
	{"2012-08-03 18:31:59.257000000 +0000 UTC", "2012-08-03T18:31:59.257Z", nil},
	{"2018-06-29 19:09:57.77297118 +0300 +03", "2018-06-29T19:09:57.77297118+03:00", nil},
	{"1/1/16 9:02:43.1", "2016-01-01T09:02:43.1Z", nil},
	{"2014-03-05T07:45:12:345+0200", "2014-03-05T07:45:12.345+02:00", nil},
	{"19 Nov 2019 23:01:09:120000 UTC", "2019-11-19T23:01:09.12Z", nil},
	// One-digit minutes and seconds.
	{"May 8, 2009 5:7:51 PM", "2009-05-08T17:07:51Z", nil},
	{"2012-08-03 8:1:59 UTC", "2012-08-03T08:01:59Z", nil},
	// The year after the time.
	{"Mon Jan  2 15:04:05 2006", "2006-01-02T15:04:05Z", nil},
	{"Mon Jan 02 15:04:05 -0700 2006", "2006-01-02T15:04:05-07:00", nil},
	{"Mon Jan  2 15:04:05 MST 2006", "2006-01-02T15:04:05-07:00", nil},
	{"Mon Aug 10 15:44:11 UTC+0000 2015", "2015-08-10T15:44:11Z", nil},
	// An offset with a name or a comment; JavaScript's Date.toString.
	{"Tue, 11 Jul 2017 04:08:03 +0200 (CEST)", "2017-07-11T04:08:03+02:00", nil},
	{"2015-02-18 00:12:00 +0000 GMT", "2015-02-18T00:12:00Z", nil},
	{"Fri Jul 03 2015 18:04:07 GMT+0100 (GMT Daylight Time)", "2015-07-03T18:04:07+01:00", nil},
	// An offset of the hour alone after a space, as Go's zone database
	// names the zones of South America, the Gulf and the Pacific and
	// time.Format writes them: it was left unread, the time read at UTC.
	{"Sat, 02 Mar 2024 09:00:00 -03", "2024-03-02T09:00:00-03:00", nil},
	{"March 2, 2024 11:30 pm -03", "2024-03-02T23:30:00-03:00", nil},
	{"March 2, 2024 11:30 pm +04", "2024-03-02T23:30:00+04:00", nil},
	{"Wednesday, March 6, 2024 8:30 pm +14", "2024-03-06T20:30:00+14:00", nil},
	{"2 March 2024 23:30 -03", "2024-03-02T23:30:00-03:00", nil},
	{"Fri Sep 23 2016 10:34:51 GMT+0800 (CST)", "2016-09-23T10:34:51+08:00", []dateline.Code{dateline.CodeZoneAmbiguous}},
	{"Wed, 5 Jul 2017 04:08:03 -0700 (CEST)", "2017-07-05T04:08:03-07:00", []dateline.Code{dateline.CodeZoneAmbiguous}},
	{"Mon Aug 10 15:44:11 PST-0700 2015", "2015-08-10T15:44:11-07:00", []dateline.Code{dateline.CodeZoneAmbiguous}},
	{"September 17, 2012 at 10:09am PST-08", "2012-09-17T10:09:00-08:00", nil},
	{"September 17, 2012 at 5:00pm UTC-05", "2012-09-17T17:00:00-05:00", nil},
	{"Sun, 3 Jan 2021 00:12:23 +0800 (GMT+08:00)", "2021-01-03T00:12:23+08:00", nil},
	{"2015-02-08 03:02:00 +0300 MSK m=+0.000000001", "2015-02-08T03:02:00+03:00", nil},
	{"08/17/14 17:00 (PDT)", "2014-08-17T17:00:00-07:00", nil},
	{"2019-05-29T08:41-04", "2019-05-29T08:41:00-04:00", nil},
	{"May 3, 2024 10:30 GMT-7", "2024-05-03T10:30:00-07:00", nil},
	{"Fri, 3 May 2024 10:30:00 UTC+2", "2024-05-03T10:30:00+02:00", nil},
	{"03 באפר׳ 2024, 19:30 GMT-7", "2024-04-03T19:30:00-07:00", nil},
	// Two-digit years: within the eighty years before the reference and
	// the twenty after.
	{"28-Feb-02", "2002-02-28T00:00:00Z", nil},
	{"7 oct 70", "1970-10-07T00:00:00Z", nil},
	{"oct 7, '70", "1970-10-07T00:00:00Z", nil},
	{"Jan 7, '40", "2040-01-07T00:00:00Z", nil},
	// The eighty years run from day to day, as SimpleDateFormat's do:
	// January 7, 1941 is before April 29, 1941, and 2041's is in the
	// twenty years after (it was read as 1941); "Jun 7, '41" is 1941.
	{"Jan 7, '41", "2041-01-07T00:00:00Z", nil},
	{"Jun 7, '41", "1941-06-07T00:00:00Z", nil},
	{"08/08/71", "1971-08-08T00:00:00Z", nil},
	{"Fri, 03-Jul-15 08:08:08 MST", "2015-07-03T08:08:08-07:00", nil},
	{"Wednesday, 28-Feb-18 09:01:00 MST", "2018-02-28T09:01:00-07:00", nil},
	// Noon, midnight, an hour alone, 10h11, 13.12.
	{"November 19, 2014 at noon", "2014-11-19T12:00:00Z", nil},
	// The start of the day, as the peers read it, with a warning that
	// the midnight at its end may be meant (see TestMidnightWarned).
	{"December 13, 2014 at midnight", "2014-12-13T00:00:00Z", []dateline.Code{dateline.CodeDateAmbiguous}},
	{"August 8, 2018 5 PM", "2018-08-08T17:00:00Z", nil},
	{"February 26, 1981 5 am UTC", "1981-02-26T05:00:00Z", nil},
	{"20 Mar 2013 10h11", "2013-03-20T10:11:00Z", nil},
	{"29.02.2020 13.12", "2020-02-29T13:12:00Z", nil},
	// A date with an offset, the year first before a month name, EXIF,
	// the access log, ISO 8601's basic format.
	{"2020-07-20+08:00", "2020-07-20T00:00:00+08:00", nil},
	{"2020-07-20+0800", "2020-07-20T00:00:00+08:00", nil},
	{"2002-09-24-06:00", "2002-09-24T00:00:00-06:00", nil},
	{"2013-Feb-03", "2013-02-03T00:00:00Z", nil},
	{"2012:08:03 18:31:59+00:00", "2012-08-03T18:31:59Z", nil},
	{"06/May/2008:08:11:17 -0700", "2008-05-06T08:11:17-07:00", nil},
	{"20140601", "2014-06-01T00:00:00Z", nil},
	{"29.01.2008. 00:00", "2008-01-29T00:00:00Z", nil},
}

var machineReference = dateline.Reference(time.Date(2021, time.April, 29, 0, 0, 0, 0, time.UTC))

func TestMachineTimestamps(t *testing.T) {
	for _, tc := range machineRows {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, machineReference)
			var codes []dateline.Code
			for _, p := range rep.Problems {
				codes = append(codes, p.Code)
			}
			assert.Equal(t, tc.codes, codes, "%v", rep.Problems)
			d, err := dateline.Parse(tc.in, machineReference)
			require.NoError(t, err)
			want, err := time.Parse(time.RFC3339Nano, tc.want)
			require.NoError(t, err)
			assert.True(t, want.Equal(d.Time), "%v, want %v", d.Time, want)
			_, off := d.Time.Zone()
			_, wantOff := want.Zone()
			assert.Equal(t, wantOff, off, "offset")
			// Written in its own layout, it reads as the same instant.
			l, err := dateline.LayoutOf(tc.in)
			if errors.Is(err, dateline.ErrAmbiguous) {
				return // 08/08/71: its day is its month, and its order is not shown
			}
			if err != nil {
				assert.ErrorIs(t, err, dateline.ErrSyntax) // noon
				return
			}
			again, err := dateline.Parse(l.Format(d.Time, d.Hebrew), machineReference)
			require.NoError(t, err, l.Format(d.Time, d.Hebrew))
			assert.True(t, again.Time.Equal(d.Time))
		})
	}
}

// TestMachineDateOffset: a date with an offset and no time of day is the
// day from its first instant at that offset.
func TestMachineDateOffset(t *testing.T) {
	d, err := dateline.Parse("2020-07-20+08:00")
	require.NoError(t, err)
	assert.False(t, d.HasTime)
	assert.Equal(t, "2020-07-19T16:00:00Z", d.Time.UTC().Format(time.RFC3339))
	d, err = dateline.Parse("December 13, 2014 at midnight")
	require.NoError(t, err)
	assert.True(t, d.HasTime)
}

// TestMachineZoneNames: a name beside an offset names the zone, and one
// whose offset is another is a warning that says which was taken.
func TestMachineZoneNames(t *testing.T) {
	d, err := dateline.Parse("Tue, 11 Jul 2017 04:08:03 +0200 (CEST)")
	require.NoError(t, err)
	name, off := d.Time.Zone()
	assert.Equal(t, "CEST", name)
	assert.Equal(t, 7200, off)
	rep := dateline.Check("Wed, 5 Jul 2017 04:08:03 -0700 (CEST)")
	require.Len(t, rep.Problems, 1)
	p := rep.Problems[0]
	assert.Equal(t, dateline.Warning, p.Severity)
	assert.Equal(t, "-0700 (CEST", rep.Input[p.Start:p.End])
	assert.Equal(t, "CEST is UTC+02:00, and the offset beside it is UTC-07:00; the time was read at UTC-07:00", p.Message)
}

// TestMachineNoon: noon reads, and has no layout, since a layout writes
// every time of day.
func TestMachineNoon(t *testing.T) {
	rep := dateline.Check("November 19, 2014 at noon")
	require.True(t, rep.OK())
	assert.Empty(t, rep.Layout)
	assert.True(t, rep.Dateline.HasTime)
	_, err := dateline.LayoutOf("November 19, 2014 at noon")
	assert.ErrorIs(t, err, dateline.ErrSyntax)
}

// TestSpacedHourOffsetNotRangeEnd: after a space, a minus and an hour
// that is a range's end is no offset: "9 am -10 am", "9:00 -10" (a
// later hour without AM or PM), as "10:00-11:30" glued is none.
func TestSpacedHourOffsetNotRangeEnd(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for _, s := range []string{"March 2, 2024 9 am -10 am", "March 2, 2024 9:00 -10", "March 2, 2024 10:00 -12"} {
		t.Run(s, func(t *testing.T) {
			for _, m := range dateline.Find(s, ref, dateline.In(time.UTC)) {
				_, off := m.Dateline.Time.Zone()
				assert.Zero(t, off, "%q read an offset: %v", m.Input, m.Dateline.Time)
			}
		})
	}
}

// TestClockSeparatorAfterT: the hour after an ISO date's T is parted from
// its minute by a colon; "2024-01-01T10 30:00Z" was read as 10:30:00, its
// space taken for the colon, with nothing said.
func TestClockSeparatorAfterT(t *testing.T) {
	for _, s := range []string{"2024-01-01T10 30:00Z", "2024-01-01T10 3:05Z", "2024-01-01T10 30", "2024-03-02T09x15:00", "0000-1-1T0 0:0,0Z"} {
		t.Run(s, func(t *testing.T) {
			_, err := dateline.Parse(s, dateline.In(time.UTC))
			assert.ErrorIs(t, err, dateline.ErrSyntax)
		})
	}
	rep := dateline.Check("2024-01-01T10:30:00Z")
	require.True(t, rep.OK())
	assert.Equal(t, time.Date(2024, time.January, 1, 10, 30, 0, 0, time.UTC), rep.Dateline.Time.UTC())
}
