package parse_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// julianCases are datelines with a calendar marker: the marker's text, the
// calendar of the date's fields, and the layout.
var julianCases = []struct {
	in, marker string
	cal        layout.Calendar
	layout     string
}{
	{"December 15, 1812 O.S.", "O.S.", layout.Julian, "January 2, 2006 O.S."},
	{"December 15, 1812 O.S. / 24 Tevet 5573", "O.S.", layout.Julian, "January 2, 2006 O.S. / 2 Tevet 5766"},
	{"December 15, 1812 OS", "OS", layout.Julian, "January 2, 2006 OS"},
	{"15 December 1812 (O. S.)", "O. S.", layout.Julian, "2 January 2006 (O. S.)"},
	{"15 december 1812 o.s.", "o.s.", layout.Julian, "2 january 2006 o.s."},
	{"11 October 1542 Old Style", "Old Style", layout.Julian, "2 January 2006 Old Style"},
	{"11 October 1542 (Old-Style)", "Old-Style", layout.Julian, "2 January 2006 (Old-Style)"},
	{"11 October 1542 (Julian)", "Julian", layout.Julian, "2 January 2006 (Julian)"},
	{"11 October 1542 [Julian]", "Julian", layout.Julian, "2 January 2006 [Julian]"},
	{"11 October 1542, Julian calendar", "Julian calendar", layout.Julian, "2 January 2006, Julian calendar"},
	{"11 October 1542, according to the Julian calendar", "according to the Julian calendar", layout.Julian,
		"2 January 2006, according to the Julian calendar"},
	{"1 Tevet 5535, 23 November 1774, according to the Julian calendar", "according to the Julian calendar", layout.Julian,
		"2 Tevet 5766, 2 January 2006, according to the Julian calendar"},
	{"11 October 1542 in the Julian calendar", "in the Julian calendar", layout.Julian, "2 January 2006 in the Julian calendar"},
	{"11 October 1542 of the Julian calendar", "Julian calendar", layout.Julian, "2 January 2006 of the Julian calendar"},
	{"11 October 1542 by the Old Style", "by the Old Style", layout.Julian, "2 January 2006 by the Old Style"},
	{"Friday, 13 October 1307 (Julian) 3:04 pm", "Julian", layout.Julian, "Monday, 2 January 2006 (Julian) 3:04 pm"},
	{"OS: 4 September 1745", "OS", layout.Julian, "OS: 2 January 2006"},
	{"O.S. 4 September 1745", "O.S.", layout.Julian, "O.S. 2 January 2006"},
	{"Old Style 4 September 1745", "Old Style", layout.Julian, "Old Style 2 January 2006"},
	{"1 Tevet 5535 (O.S. 23 November 1774)", "O.S.", layout.Julian, "2 Tevet 5766 (O.S. 2 January 2006)"},
	{"October 22-28, 1700 O.S.", "O.S.", layout.Julian, "January 2-8, 2006 O.S."},
	{"February 22, 1732 N.S.", "N.S.", layout.NewStyle, "January 2, 2006 N.S."},
	{"February 22, 1732 NS", "NS", layout.NewStyle, "January 2, 2006 NS"},
	{"February 22, 1732 (New Style)", "New Style", layout.NewStyle, "January 2, 2006 (New Style)"},
	{"22 February 1732 (Gregorian)", "Gregorian", layout.NewStyle, "2 January 2006 (Gregorian)"},
	{"22 February 1732, according to the Gregorian calendar", "according to the Gregorian calendar", layout.NewStyle,
		"2 January 2006, according to the Gregorian calendar"},
	{"N.S. 22 February 1732", "N.S.", layout.NewStyle, "N.S. 2 January 2006"},
}

// TestCalendarMarker: the marker is a literal of its calendar, and every
// Day, Month and Year of the dateline takes the calendar; the layout
// writes the marker back and compiles to the same elements.
func TestCalendarMarker(t *testing.T) {
	for _, tc := range julianCases {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			markers, dates := 0, 0
			for _, f := range r.Fields {
				switch f.Kind {
				case layout.Literal:
					if f.Calendar != layout.Gregorian {
						markers++
						assert.Equal(t, tc.marker, r.Text(f))
						assert.Equal(t, tc.cal, f.Calendar)
					}
				case layout.Day, layout.Month, layout.Year:
					dates++
					assert.Equal(t, tc.cal, f.Calendar, "%v %q", f.Kind, r.Text(f))
				default:
					assert.Equal(t, layout.Gregorian, f.Calendar, "%v %q", f.Kind, r.Text(f))
				}
			}
			assert.Equal(t, 1, markers, "one marker")
			assert.Positive(t, dates)
			l := r.Layout()
			assert.Equal(t, tc.layout, l.String())
			again, err := parse.Compile(l.String())
			require.NoError(t, err)
			assert.Equal(t, l.Elements(), again.Elements(), "the layout string compiles to the layout")
			_, ok := parse.NewTemplate(&r)
			assert.False(t, ok, "no template reads a dated calendar: Match makes fields without it")
		})
	}
}

// TestNoCalendarMarker: words like a marker that are not one, and markers
// with no date to be said of, leave the date as it is.
func TestNoCalendarMarker(t *testing.T) {
	for _, tc := range []struct {
		in, found string // the first dateline All finds
		julian    bool   // whether its date is Julian
	}{
		{"December 15, 1812 OS update", "December 15, 1812", false},
		{"March 24, 2001 OS X", "March 24, 2001", false},
		{"September 9, 1789 OS Liozna", "September 9, 1789 OS", true},
		{"March 2, 2024 N.S.W.", "March 2, 2024", false},
		{"March 2, 2024 | Julian Borger", "March 2, 2024", false},
		{"March 2, 2024 Julian date 2460371.5", "March 2, 2024", false},
		{"March 2, 2024 Julian calendars", "March 2, 2024", false},
		{"24 Tevet 5573 O.S.", "24 Tevet 5573", false},
		{"O.S. Tevet 5573", "Tevet 5573", false},
		{"December 15, 1812 O.S. N.S.", "December 15, 1812 O.S.", true},
		{"by the Julian calendar", "", false},
		{"Old Style", "", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			found := ""
			for r := range parse.All(tc.in) {
				found = tc.in[r.Start:r.End]
				for _, f := range r.Fields {
					if f.Kind == layout.Day || f.Kind == layout.Month || f.Kind == layout.Year {
						assert.Equal(t, tc.julian, f.Calendar == layout.Julian, "%v %q", f.Kind, r.Text(f))
					}
				}
				break
			}
			assert.Equal(t, tc.found, found)
		})
	}
}

// TestDualDating: an Old Style bracket whose day and year are the date
// before it's Julian ones is that date's other half, as Wikipedia writes a
// life's dates: "15 September 1745 [OS: 4 September 1745]" is one
// dateline (it was two, the Gregorian date and then the Julian one, until
// the forty-ninth adversarial review), its bracket's day, month and year
// Julian. A bracket of another day is a marker before a second date,
// which starts the next dateline.
func TestDualDating(t *testing.T) {
	text := "Born 15 September 1745 [OS: 4 September 1745], died 27 December 1812 [OS: 15 December 1812]"
	var got []string
	for r := range parse.All(text) {
		got = append(got, text[r.Start:r.End])
		var cals []layout.Calendar
		for _, f := range r.Fields {
			if f.Kind == layout.Day || f.Kind == layout.Month || f.Kind == layout.Year {
				cals = append(cals, f.Calendar)
			}
		}
		assert.Equal(t, []layout.Calendar{layout.Gregorian, layout.Gregorian, layout.Gregorian, layout.Julian, layout.Julian, layout.Julian}, cals)
	}
	assert.Equal(t, []string{"15 September 1745 [OS: 4 September 1745]", "27 December 1812 [OS: 15 December 1812]"}, got)
	_, err := parse.Parse("15 September 1745 [OS: 4 September 1745]")
	require.NoError(t, err)

	text = "Born 15 September 1745 [OS: 5 September 1745], died"
	var cals []layout.Calendar
	got = nil
	for r := range parse.All(text) {
		got = append(got, text[r.Start:r.End])
		m, ok := r.Get(layout.Month)
		require.True(t, ok)
		cals = append(cals, m.Calendar)
	}
	assert.Equal(t, []string{"15 September 1745", "OS: 5 September 1745"}, got)
	assert.Equal(t, []layout.Calendar{layout.Gregorian, layout.Julian}, cals)
	_, err = parse.Parse("15 September 1745 [OS: 5 September 1745]")
	var pe *parse.Error
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, 19, pe.Offset, "the dateline ends before the marker of the next date")
}

// TestMarkerRuns: a run of markers is read in time linear in its length:
// a marker reads the phrase after it to see whether it is a date, and a
// marker after a marker is none, so that a run is not read again from
// each of its markers (which took exponential time before).
func TestMarkerRuns(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("OS: ", 1000) + "4 September 1745",
		strings.Repeat("O.S. ", 819),
		"December 15, 1812 " + strings.Repeat("O.S. ", 800),
		strings.Repeat("Old Style ", 400) + "4 September 1745",
	} {
		t.Run(s[:12], func(t *testing.T) {
			done := make(chan struct{})
			go func() {
				defer close(done)
				for range parse.All(s) {
				}
				_, _ = parse.Parse(s)
			}()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("a run of markers takes more than 10 seconds")
			}
		})
	}
}
