package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/parse"
)

// oldStyleCases are dual dates: the Old Style field's text, kind and
// value, the New Style day or historical year, and the layout.
var oldStyleCases = []struct {
	in, old    string
	kind       format.Kind
	value, new int
	layout     string
}{
	{"February 11/22, 1732", "11", format.Day, 11, 22, "January 2/2, 2006"},
	{"11/22 February 1732", "11", format.Day, 11, 22, "2/2 January 2006"},
	{"31/10 February 1700", "31", format.Day, 31, 10, "2/2 January 2006"},
	{"1./14. Februar 1918", "1", format.Day, 1, 14, "2./2. Januar 2006"},
	{"February 11, 1731/2", "1731", format.Year, 1731, 1732, "January 2, 2006/6"},
	{"February 11, 1731/32", "1731", format.Year, 1731, 1732, "January 2, 2006/06"},
	{"11 February 1731/1732", "1731", format.Year, 1731, 1732, "2 January 2006/2006"},
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
			assert.Equal(t, format.Julian, old.Calendar)
			assert.Equal(t, tc.new, own.Value)
			l := r.Layout()
			assert.Equal(t, tc.layout, l.String())
			back, err := parse.Compile(tc.layout)
			require.NoError(t, err)
			assert.Equal(t, l.Elements(), back.Elements())
		})
	}
	// Not dual dates.
	for _, in := range []string{"2019/20", "February 11/15, 1732", "11/22 February", "February 11, 1931/2"} {
		r, err := parse.Parse(in)
		if err == nil {
			for _, f := range r.Fields {
				assert.Zero(t, f.Flags&parse.OldStyle, "%q: %+v", in, f)
			}
		}
	}
}
