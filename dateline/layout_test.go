package dateline_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// goLayouts are the layout constants of package time.
var goLayouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
	time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
	time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly,
	time.TimeOnly,
}

// TestGoLayouts writes many instants in every layout of package time, as
// time.Format writes them (issue 11): every part of those layouts is
// understood, none is kept as the reference day's text.
func TestGoLayouts(t *testing.T) {
	zones := []*time.Location{
		time.UTC,
		time.FixedZone("", 5*3600+30*60),
		time.FixedZone("", -(3*3600 + 30*60)),
		time.FixedZone("EST", -5*3600),
		time.FixedZone("", 3600+23*60+45), // an offset with seconds, as LMT has
	}
	for _, name := range []string{"America/New_York", "Asia/Jerusalem", "Asia/Kathmandu", "Pacific/Chatham"} {
		if loc, err := time.LoadLocation(name); err == nil {
			zones = append(zones, loc)
		}
	}
	var instants []time.Time
	for _, loc := range zones {
		// Years of the supported range, Hebrew 1 to 9999: Format writes
		// no day beyond it (TestWrittenReadsBack).
		for _, y := range []int{1, 99, 1000, 1999, 2000, 2006, 2024, 2038, 6238} {
			for _, c := range []struct{ mon, day, h, m, s, ns int }{
				{1, 2, 15, 4, 5, 0},
				{3, 2, 0, 0, 0, 0},
				{5, 9, 12, 0, 59, 100_000_000},
				{9, 28, 10, 39, 7, 123_456_789},
				{11, 30, 23, 59, 59, 999_999_999},
				{12, 31, 1, 5, 9, 1_000},
				{2, 29, 11, 30, 0, 500},
			} {
				instants = append(instants, time.Date(y, time.Month(c.mon), c.day, c.h, c.m, c.s, c.ns, loc))
			}
		}
	}
	for _, layout := range goLayouts {
		t.Run(layout, func(t *testing.T) {
			l, err := dateline.Compile(layout)
			require.NoError(t, err)
			for _, tm := range instants {
				want := tm.Format(layout)
				d := dateline.New(tm)
				if !assert.Equal(t, want, d.Format(layout), "%v", tm) {
					return
				}
				assert.Equal(t, want, l.Format(tm, d.Hebrew), "compiled, %v", tm)
			}
		})
	}
}

// TestCompileString compiles layouts, and the String of each back to the
// same layout.
func TestCompileString(t *testing.T) {
	layouts := append([]string{
		format.Header, format.Full, format.Published, format.HebrewDate, format.HebrewScript,
		"Jan 2, 2006 at 3:04pm (MST)", "Mon_2_Jan", "שני, ב׳ טבת תשס״ו", "שני", "יום שני", "יום ב׳",
		"2006-01-02T15:04:05,000-07", "15:04:05.9 Z070000 -07:00:00", "Monday, January 2nd | 2 Tevet 5766 #7-1",
	}, goLayouts...)
	for _, layout := range layouts {
		t.Run(layout, func(t *testing.T) {
			l, err := dateline.Compile(layout)
			require.NoError(t, err)
			back, err := dateline.Compile(l.String())
			require.NoError(t, err, "String %q", l.String())
			assert.Equal(t, l, back, "String %q", l.String())
			p, err := parse.Compile(layout)
			require.NoError(t, err)
			assert.Equal(t, p.String(), layout, "parse.Compile's String")
		})
	}
}

// TestHebrewWeekdayAlone writes a Hebrew weekday written alone in a layout
// as the day's weekday (issue 11).
func TestHebrewWeekdayAlone(t *testing.T) {
	for day := 1; day <= 7; day++ {
		tm := time.Date(2024, time.March, day, 0, 0, 0, 0, time.UTC) // Friday ... Thursday
		d := dateline.New(tm)
		w := int(tm.Weekday())
		assert.Equal(t, layout.WeekdayName(w, layout.ScriptBare, 0), d.Format("שני"), "%v", tm)
		assert.Equal(t, layout.WeekdayName(w, layout.Script, 0), d.Format("יום שני"), "%v", tm)
		assert.Equal(t, layout.WeekdayName(w, layout.ScriptShort, 0), d.Format("יום ב׳"), "%v", tm)
		assert.Equal(t, layout.WeekdayName(w, layout.ScriptBare, 0)+", "+d.Format(format.HebrewScript), d.Format("שני, ב׳ טבת תשס״ו"), "%v", tm)
	}
}

// TestCompileRefuses refuses layouts that keep a part of the reference day
// as text, naming the part; Format writes the error instead of a dateline.
func TestCompileRefuses(t *testing.T) {
	tests := []struct{ layout, found string }{
		{"Mon_2_Jan (5766)", "5766"},
		{"Jan 2 | Tevet", "Tevet"},
		{"Jan 2 | טבת", "טבת"},
		{"Monday (ב׳)", "ב׳"},
		{"Monday (תשס״ו)", "תשס״ו"},
		{"Mon __2", "__2"},
		{"Mon 002", "002"},
	}
	d := dateline.New(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for _, tc := range tests {
		t.Run(tc.layout, func(t *testing.T) {
			_, err := dateline.Compile(tc.layout)
			require.ErrorIs(t, err, dateline.ErrLayout)
			var pe *parse.Error
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tc.found, pe.Found)
			assert.Equal(t, tc.found, tc.layout[pe.Offset:pe.Offset+len(tc.found)])
			assert.Equal(t, fmt.Sprintf("%%!Format(%v)", err), d.Format(tc.layout))
			_, err = parse.Compile(tc.layout)
			assert.ErrorIs(t, err, dateline.ErrLayout)
		})
	}
}

// TestDotBeforeDay: a layout with a month abbreviated with a dot right
// before the day (Jan.2, 2006) writes every month so that it reads back:
// the dot is text between the month and the day, not the abbreviation's,
// so May and the months written in full keep it (May.7, Sept.5); the
// layout once wrote May7 and April28, which do not parse.
func TestDotBeforeDay(t *testing.T) {
	for _, layout := range []string{
		"Jan.2, 2006", "jan.2, 2006", "JAN.2, 2006", "Sept.5, 2023", "Mon. Jan.2, 2006",
		"2.Jan.2006", "Jan.2 2006", "Jan.02, 2006", "Jan.2nd, 2006", "Jan.2,2006", "Jan.2.2006",
		"Jan.2-8, 2006", "Jan.2, 2006 | 2 Tevet 5766",
	} {
		t.Run(layout, func(t *testing.T) {
			for m := time.January; m <= time.December; m++ {
				day := time.Date(2023, m, 7, 0, 0, 0, 0, time.UTC)
				d := dateline.New(day)
				s := d.Format(layout)
				got, err := dateline.Parse(s, dateline.Reference(day))
				if assert.NoError(t, err, "%v in %q: %q", m, layout, s) {
					assert.Equal(t, d.Time, got.Time, "%v in %q: %q", m, layout, s)
				}
			}
		})
	}
}
