package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// oldStyleCases are dual dates: the Old Style field's text, kind and
// value, the New Style day or historical year, and the layout.
var oldStyleCases = []struct {
	in, old    string
	kind       layout.Kind
	value, new int
	layout     string
}{
	{"February 11/22, 1732", "11", layout.Day, 11, 22, "January 2/2, 2006"},
	{"11/22 February 1732", "11", layout.Day, 11, 22, "2/2 January 2006"},
	{"31/10 February 1700", "31", layout.Day, 31, 10, "2/2 January 2006"},
	{"1./14. Februar 1918", "1", layout.Day, 1, 14, "2./2. Januar 2006"},
	{"February 11, 1731/2", "1731", layout.Year, 1731, 1732, "January 2, 2006/6"},
	{"February 11, 1731/32", "1731", layout.Year, 1731, 1732, "January 2, 2006/06"},
	{"11 February 1731/1732", "1731", layout.Year, 1731, 1732, "2 January 2006/2006"},
	// The Old Style day in brackets, as Wikipedia writes it (osaside.go).
	{"April 19 [O.S. April 6] 1903", "6", layout.Day, 6, 19, "January 2 [O.S. January 2] 2006"},
	{"19 April [O.S. 6 April] 1903", "6", layout.Day, 6, 19, "2 January [O.S. 2 January] 2006"},
	{"January 7, 1905 (O.S. December 25)", "25", layout.Day, 25, 7, "January 2, 2006 (O.S. January 2)"},
}

// TestOldStyle: the Old Style half of a dual date is its own field,
// flagged OldStyle, beside the New Style day or year that is the
// dateline's; the layout writes both, and compiles to the same elements.
func TestOldStyle(t *testing.T) {
	for _, tc := range oldStyleCases {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			var old, own *parse.Field
			for i := range r.Fields {
				f := &r.Fields[i]
				if f.Kind != tc.kind {
					continue
				}
				if f.Flags&parse.OldStyle != 0 {
					old = f
				} else {
					own = f
				}
			}
			require.NotNil(t, old, "the Old Style field")
			require.NotNil(t, own, "the New Style field")
			assert.Equal(t, tc.old, tc.in[old.Start:old.End])
			assert.Equal(t, tc.value, old.Value)
			assert.Equal(t, layout.Julian, old.Calendar)
			assert.Equal(t, tc.new, own.Value)
			l := r.Layout()
			assert.Equal(t, tc.layout, l.String())
			back, err := parse.Compile(tc.layout)
			require.NoError(t, err)
			assert.Equal(t, l.Elements(), back.Elements())
		})
	}
	// Joined by a dash, as genealogies write it (the
	// hundred-and-seventy-second held-out round): read, and marked for
	// LayoutOf to refuse (see TestHeldout172DashedYearLayout), as a
	// layout would write a day of 2005 as "2005-5", no date.
	for _, in := range []string{"20 January 1708-9", "20 January 1708–09"} {
		r, err := parse.Parse(in)
		require.NoError(t, err, in)
		start, end, ok := parse.DashedYear(&r)
		require.True(t, ok, in)
		assert.Equal(t, in[len("20 January "):], in[start:end])
	}
	// Not dual dates.
	for _, in := range []string{"2019/20", "February 11/15, 1732", "11/22 February", "February 11, 1931/2", "July 20, 1708-9", "2010-18"} {
		r, err := parse.Parse(in)
		if err == nil {
			for _, f := range r.Fields {
				assert.Zero(t, f.Flags&parse.OldStyle, "%q: %+v", in, f)
			}
		}
	}
}

// TestCivilYear: the civil year after a Hebrew one and a slash, as Chabad
// usage writes it, is the dateline's Gregorian year; two Hebrew years, or a
// number far from the Hebrew year's, are none.
func TestCivilYear(t *testing.T) {
	for _, tc := range []struct {
		in     string
		year   int
		layout string
	}{
		{"22 Shvat 5748/1988", 1988, "2 Tevet 5766/2006"},
		{"Shabbos, 25 Adar, 5661/1901", 1901, "Yom Sheni, 2 Tevet, 5766/2006"},
		{"14 Kislev 5689 / 1928", 1928, "2 Tevet 5766 / 2006"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			y, ok := r.Get(layout.Year)
			require.True(t, ok)
			assert.Equal(t, tc.year, y.Value)
			assert.Equal(t, tc.layout, r.Layout().String())
		})
	}
	// A second Hebrew year is no civil year; a civil year of the range
	// that is not the Hebrew year's is read, for package dateline to find
	// at odds with the Hebrew date (dropped, it left the day to be read
	// in the year nearest the reference).
	if r, err := parse.Parse("22 Shvat 5748/5749"); err == nil {
		_, ok := r.Get(layout.Year)
		assert.False(t, ok)
	}
	r, err := parse.Parse("22 Shvat 5748/1950")
	require.NoError(t, err)
	y, ok := r.Get(layout.Year)
	assert.True(t, ok)
	assert.Equal(t, 1950, y.Value)
}
