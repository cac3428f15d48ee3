package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

func fr(v int) want { return want{kind: layout.Fraction, value: v} }

// machineCases are the machine and mail timestamps pages carry (issue 13),
// each with its fields and its layout, in the form of parseCases.
var machineCases = []parseCase{
	// Fractions of a second, with a dot or a comma.
	{"2016-09-23T02:54:32.845Z", ws(yr(2016), mo(9), dy(23), hr(2), mi(54), se(32), fr(845), zn(0)), "2006-01-02T15:04:05.000Z07:00"},
	{"2014-05-11 08:20:13,787", ws(yr(2014), mo(5), dy(11), hr(8), mi(20), se(13), fr(787)), "2006-01-02 15:04:05,000"},
	{"14 May 2019 19:11:40.164", ws(dy(14), mo(5), yr(2019), hr(19), mi(11), se(40), fr(164)), "2 January 2006 15:04:05.000"},
	{"2012-08-03 18:31:59.257000000 +0000", ws(yr(2012), mo(8), dy(3), hr(18), mi(31), se(59), fr(257000000), zn(0)), "2006-01-02 15:04:05.000000000 -0700"},
	// Milliseconds after a colon, as some logs write them.
	{"2014-03-05T07:45:12:345+0200", ws(yr(2014), mo(3), dy(5), hr(7), mi(45), se(12), fr(345), zn(hours(2))), "2006-01-02T15:04:05:000-0700"},
	{"19 Nov 2019 23:01:09:120000", ws(dy(19), mo(11), yr(2019), hr(23), mi(1), se(9), fr(120000)), "2 Jan 2006 15:04:05:000000"},
	{"2009-08-12T22:15:09.99Z", ws(yr(2009), mo(8), dy(12), hr(22), mi(15), se(9), fr(99), zn(0)), "2006-01-02T15:04:05.99Z07:00"},
	// One-digit minutes and seconds.
	{"May 8, 2009 5:7:51 PM", ws(mo(5), dy(8), yr(2009), hr(5), mi(7), se(51), ampm(true)), "January 2, 2006 3:4:05 PM"},
	{"Fri, 03 Jul 2015 8:8:8 MST", ws(wd(fri), dy(3), mo(7), yr(2015), hr(8), mi(8), se(8), zn(hours(-7))), "Mon, 02 Jan 2006 15:4:5 MST"},
	// The year after the time: ANSIC, UnixDate, RubyDate.
	{"Mon Jan  2 15:04:05 2006", ws(wd(mon), mo(1), dy(2), hr(15), mi(4), se(5), yr(2006)), "Mon Jan  2 15:04:05 2006"},
	{"Mon Jan  2 15:04:05 MST 2006", ws(wd(mon), mo(1), dy(2), hr(15), mi(4), se(5), zn(hours(-7)), yr(2006)), "Mon Jan  2 15:04:05 MST 2006"},
	{"Mon Jan 02 15:04:05 -0700 2006", ws(wd(mon), mo(1), dy(2), hr(15), mi(4), se(5), zn(hours(-7)), yr(2006)), "Mon Jan 02 15:04:05 -0700 2006"},
	// An offset with a name or a comment after it, or a name before it.
	{"Tue, 11 Jul 2017 04:08:03 +0200 (CEST)", ws(wd(tue), dy(11), mo(7), yr(2017), hr(4), mi(8), se(3), zn(hours(2)), zn(hours(2))), "Mon, 2 Jan 2006 15:04:05 -0700 (MST)"},
	{"2015-02-18 00:12:00 +0000 GMT", ws(yr(2015), mo(2), dy(18), hr(0), mi(12), se(0), zn(0), zn(0)), "2006-01-02 15:04:05 -0700 MST"},
	{"Fri Jul 03 2015 18:04:07 GMT+0100 (GMT Daylight Time)", ws(wd(fri), mo(7), dy(3), yr(2015), hr(18), mi(4), se(7), zn(hours(1))), "Mon Jan 02 2006 15:04:05 GMT-0700 (GMT Daylight Time)"},
	{"Mon Aug 10 15:44:11 PST-0700 2015", ws(wd(mon), mo(8), dy(10), hr(15), mi(44), se(11), zn(hours(-8)), zn(hours(-7)), yr(2015)), "Mon Jan 2 15:04:05 MST-0700 2006"},
	{"Sun, 3 Jan 2021 00:12:23 +0800 (GMT+08:00)", ws(wd(sun), dy(3), mo(1), yr(2021), hr(0), mi(12), se(23), zn(hours(8)), zn(hours(8))), "Mon, 2 Jan 2006 15:04:05 -0700 (GMT-07:00)"},
	{"2018-06-29 19:09:57 +0300 +03", ws(yr(2018), mo(6), dy(29), hr(19), mi(9), se(57), zn(hours(3)), zn(hours(3))), "2006-01-02 15:04:05 -0700 -07"},
	{"08/17/14 17:00 (PDT)", ws(mo(8), dy(17), yr(14), hr(17), mi(0), zn(hours(-7))), "01/02/06 15:04 (MST)"},
	// An offset of one digit after GMT or UTC.
	{"May 3, 2024 10:30 GMT-7", ws(mo(5), dy(3), yr(2024), hr(10), mi(30), zn(hours(-7))), "January 2, 2006 15:04 GMT-7"},
	{"13.5.2024 10:30 UTC+2", ws(dmy(dy(13)), dmy(mo(5)), yr(2024), hr(10), mi(30), zn(hours(2))), "2.1.2006 15:04 UTC-7"},
	{"2019-05-29T08:41-04", ws(yr(2019), mo(5), dy(29), hr(8), mi(41), zn(hours(-4))), "2006-01-02T15:04-07"},
	{"2015-02-08 03:02:00 +0300 MSK m=+0.000000001", ws(yr(2015), mo(2), dy(8), hr(3), mi(2), se(0), zn(hours(3)), zn(hours(3))), "2006-01-02 15:04:05 -0700 MST m=+0.000000001"},
	// Two-digit years after a month name, day first.
	{"28-Feb-02", ws(dy(28), mo(2), yr(2)), "2-Jan-06"},
	{"7 oct 70", ws(dy(7), mo(10), yr(70)), "2 jan 06"},
	{"Fri, 03-Jul-15 08:08:08 MST", ws(wd(fri), dy(3), mo(7), yr(15), hr(8), mi(8), se(8), zn(hours(-7))), "Mon, 02-Jan-06 15:04:05 MST"},
	{"9 Jan 11 0:00", ws(dy(9), mo(1), yr(11), hr(0), mi(0)), "2 Jan 06 15:04"},
	// Hours alone, and other ways to write a time.
	{"August 8, 2018 5 PM", ws(mo(8), dy(8), yr(2018), hr(5), ampm(true)), "January 2, 2006 3 PM"},
	{"February 26, 1981 5 am UTC", ws(mo(2), dy(26), yr(1981), hr(5), ampm(false), zn(0)), "January 2, 2006 3 pm MST"},
	{"1 a.m 20.07.2021", ws(hr(1), ampm(false), dmy(dy(20)), dmy(mo(7)), yr(2021)), "3 p.m. 02.01.2006"},
	{"20 Mar 2013 10h11", ws(dy(20), mo(3), yr(2013), hr(10), mi(11)), "2 Jan 2006 15h04"},
	{"29.02.2020 13.12", ws(dmy(dy(29)), dmy(mo(2)), yr(2020), hr(13), mi(12)), "02.01.2006 15.04"},
	{"Wednesday, 22nd June, 2016, 12.16 pm.", ws(wd(wed), dy(22), mo(6), yr(2016), hr(12), mi(16), ampm(true)), "Monday, 2nd January, 2006, 3.04 pm."},
	{"19 February 2013 year 09:10", ws(dy(19), mo(2), yr(2013), hr(9), mi(10)), "2 January 2006 year 15:04"},
	// Dates.
	{"2020-07-20+08:00", ws(yr(2020), mo(7), dy(20), zn(hours(8))), "2006-01-02-07:00"},
	// Two ISO dates joined by a dash, whatever the second's year (0000,
	// 1000 read as an offset before it, 2024 not).
	{"2024-01-01-2024-01-02", ws(yr(2024), mo(1), dy(1), yr(2024).end(1), mo(1).end(1), dy(2).end(1)), "2006-01-02-2006-01-03"},
	{"0000-1-1-0000-1-2", ws(yr(0), mo(1), dy(1), yr(0).end(1), mo(1).end(1), dy(2).end(1)), "2006-1-2-2006-1-3"},
	{"2013-Feb-03", ws(yr(2013), mo(2), dy(3)), "2006-Jan-02"},
	{"2016 july 13.", ws(yr(2016), mo(7), dy(13)), "2006 january 2."},
	{"2012:08:03 18:31:59+00:00", ws(yr(2012), mo(8), dy(3), hr(18), mi(31), se(59), zn(0)), "2006:01:02 15:04:05-07:00"},
	{"20140601", ws(yr(2014), mo(6), dy(1)), "20060102"},
	{"06/May/2008:08:11:17 -0700", ws(dy(6), mo(5), yr(2008), hr(8), mi(11), se(17), zn(hours(-7))), "02/January/2006:15:04:05 -0700"},
	{"29.01.2008. 00:00", ws(dmy(dy(29)), dmy(mo(1)), yr(2008), hr(0), mi(0)), "02.01.2006. 15:04"},
	{"26. 10.21", ws(dmy(dy(26)), dmy(mo(10)), yr(21)), "2. 1.06"},
	{"30 . 09 . 22 12.12", ws(dmy(dy(30)), dmy(mo(9)), yr(22), hr(12), mi(12)), "02 . 01 . 06 15.04"},
	{"[Sept] 04, 2014.", ws(mo(9), dy(4), yr(2014)), "[Jan] 02, 2006."},
}

func TestParseMachine(t *testing.T) {
	testParseCases(t, machineCases)
}

// TestParseMachineNoon: noon and midnight are the hour, written as the
// word, or after 12, after a date; alone, or after another hour, they are
// not a dateline.
func TestParseMachineNoon(t *testing.T) {
	for _, tc := range []struct {
		in   string
		hour int
	}{
		{"November 19, 2014 at noon", 12},
		{"December 13, 2014 at midnight", 0},
		{"December 13, 2014 MIDNIGHT", 0},
		// "12 noon", as event pages write it: the hour with its word.
		{"September 28, 2022, 12 noon", 12},
		{"September 28, 2022 at 12 Noon", 12},
		{"Friday, March 1, 2024, 12:00 noon", 12},
		{"Friday, March 1, 2024, 12 midnight", 0},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			h, ok := r.Get(layout.Hour)
			require.True(t, ok)
			assert.Equal(t, tc.hour, h.Value)
			assert.Equal(t, tc.in[h.Start:h.End], h.Text, "the word")
		})
	}
	for _, in := range []string{"noon", "at midnight", "noon March 2, 2024", "12 noon", "March 2, 2024, 11 noon", "March 2, 2024, 12:30 noon"} {
		_, err := parse.Parse(in)
		assert.ErrorIs(t, err, parse.ErrSyntax, in)
	}
}

// TestParseMachineErrors: what looks like a machine timestamp and is not
// one is an error, not a reading.
func TestParseMachineErrors(t *testing.T) {
	for _, in := range []string{
		"March 2, 2024 10:39:05 +0300 +0500",       // two offsets that disagree
		"March 2, 2024 10:39:05 +0300 (GMT+05:00)", // the same in brackets
		"March 2, 2024 10:39:05.1234567890",        // ten digits of a second
		"2024:13:02 10:39",                         // month 13
		"20241302",                                 // month 13
		"2024-Foo-02",                              // no month
		"4:2:2014 04:08:09",                        // a date with colons, day and month first
		"March 2, 2024 10:39 -15",                  // an hour alone past any offset, apart from the time
		"March 2, 2024 10:39 m=+0.1x",              // not Go's monotonic clock
		"12 May 15 people",                         // 15 is no year here
		"March 2, 2024 10h3",                       // a minute of one digit after h
	} {
		t.Run(in, func(t *testing.T) {
			_, err := parse.Parse(in)
			assert.Error(t, err)
		})
	}
}

// TestAllMachine: in free text, the readings that only a whole dateline
// gets (eight digits, numbers spaced with dots) are not taken, and a
// two-digit number after a day and month is no year unless nothing else
// can follow.
func TestAllMachine(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Order 20140601 shipped", nil},
		{"see sections 11. 12. 2014 and on", nil},
		{"We met on 12 May 15 people came", []string{"12 May"}},
		{"Posted Mon Jan  2 15:04:05 MST 2006 by admin", []string{"Mon Jan  2 15:04:05 MST 2006"}},
		{"Date: Tue, 11 Jul 2017 04:08:03 +0200 (CEST)\nFrom: a", []string{"Tue, 11 Jul 2017 04:08:03 +0200 (CEST)"}},
		{"Updated 2016-09-23T02:54:32.845Z.", []string{"2016-09-23T02:54:32.845Z"}},
		{"Posted March 5 at 10:30 1234 views", []string{"March 5 at 10:30"}},
		{"from 9 am to 5 pm, March 3, 2024", []string{"9 am to 5 pm, March 3, 2024"}}, // the range from its start, not its end
	} {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for r := range parse.All(tc.text) {
				got = append(got, tc.text[r.Start:r.End])
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestParseHourRange: a range of hours without minutes after a date with
// its day, whose end has AM or PM, is a time; the start takes the end's
// half of the day where it is in it (see clockRange).
func TestParseHourRange(t *testing.T) {
	for _, tc := range []struct {
		in     string
		hour   int
		twelve bool // the start is on the 12-hour clock, with the end's AM or PM
	}{
		{"Friday, March 1, 2024, 7-9 pm", 7, true},
		{"Friday, March 1, 2024 7 to 9 PM", 7, true},
		{"Friday, March 1, 2024, 11-1 PM", 11, false},
		{"Sunday 3 March 2024, 10-12 pm", 10, false},
		// After "from": the hour with its AM or PM, or a range's end's.
		{"Friday, March 1, 2024 from 7 to 9 pm", 7, true},
		{"Friday, March 1, 2024 from 10 a.m. to 2 p.m.", 10, true},
		{"Friday, March 1, 2024 from 7pm", 7, true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			h, ok := r.Get(layout.Hour)
			require.True(t, ok)
			assert.Equal(t, tc.hour, h.Value)
			assert.Equal(t, tc.twelve, h.Form == layout.Hour12 || h.Form == layout.Hour12Pad)
		})
	}
	// A day range, and hours without AM or PM, are no range of hours.
	for _, in := range []string{"March 7-9, 2024", "1-3 March 2024"} {
		r, err := parse.Parse(in)
		require.NoError(t, err, in)
		_, ok := r.Get(layout.Hour)
		assert.False(t, ok, in)
	}
	for _, in := range []string{"Friday, March 1, 2024, 7-9", "Friday, March 1, 2024 from 7", "Friday, March 1, 2024 from 7 to 9"} {
		_, err := parse.Parse(in)
		assert.Error(t, err, in)
	}
}
