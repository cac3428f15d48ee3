package parse_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// A want is a non-literal field a test expects: its kind, value, shift and
// flags.
type want struct {
	kind  layout.Kind
	value int
	shift int16
	flags parse.Flag
}

func (w want) sh(n int16) want      { w.shift = n; return w }
func (w want) fl(f parse.Flag) want { w.flags |= f; return w }
func (w want) end(n int16) want     { return w.sh(n).fl(parse.RangeEnd) }
func (w want) String() string {
	return fmt.Sprintf("%v=%d shift %d flags %05b", w.kind, w.value, w.shift, w.flags)
}
func wd(v int) want          { return want{kind: layout.Weekday, value: v} }
func mo(v int) want          { return want{kind: layout.Month, value: v} }
func dy(v int) want          { return want{kind: layout.Day, value: v} }
func yr(v int) want          { return want{kind: layout.Year, value: v} }
func hd(v int) want          { return want{kind: layout.HebrewDay, value: v} }
func hm(m hebrew.Month) want { return want{kind: layout.HebrewMonth, value: int(m)} }
func hq(m hebrew.Month) want { return hm(m).fl(parse.Qualified) }
func hy(v int) want          { return want{kind: layout.HebrewYear, value: v} }
func hr(v int) want          { return want{kind: layout.Hour, value: v} }
func mi(v int) want          { return want{kind: layout.Minute, value: v} }
func se(v int) want          { return want{kind: layout.Second, value: v} }
func ampm(pm bool) want      { return want{kind: layout.AMPM, value: map[bool]int{false: 0, true: 1}[pm]} }
func zn(offset int) want     { return want{kind: layout.Zone, value: offset} }
func ws(ws ...want) []want   { return ws }
func hours(h int) int        { return h * 3600 }
func amb(w want) want        { return w.fl(parse.Ambiguous) }
func dmy(w want) want        { return w.fl(parse.DayFirst) }
func ambDMY(w want) want     { return w.fl(parse.Ambiguous | parse.DayFirst) }
func night(w want) want      { return w.fl(parse.Night) }
func motzei(w want) want     { return w.fl(parse.Night | parse.Motzei) }

// wantsOf returns the non-literal fields as wants.
func wantsOf(fields []parse.Field) []want {
	var out []want
	for _, f := range fields {
		if f.Kind == layout.Literal {
			continue
		}
		out = append(out, want{kind: f.Kind, value: f.Value, shift: f.Shift, flags: f.Flags})
	}
	return out
}

// checkResult checks what holds for every Result: its span is inside the
// input, and its fields tile the span in order, each one's text being the
// input's.
func checkResult(t testing.TB, r parse.Result) {
	t.Helper()
	require.LessOrEqual(t, 0, r.Start, "start")
	require.LessOrEqual(t, r.Start, r.End, "start <= end")
	require.LessOrEqual(t, r.End, len(r.Input), "end")
	at := r.Start
	for i, f := range r.Fields {
		require.Equal(t, at, f.Start, "field %d (%v) starts where the one before ends", i, f.Kind)
		require.Less(t, f.Start, f.End, "field %d (%v) is not empty", i, f.Kind)
		if f.Kind == layout.Literal {
			assert.Equal(t, r.Input[f.Start:f.End], f.Text, "literal %d is the input's text", i)
		}
		assert.Equal(t, r.Input[f.Start:f.End], r.Text(f))
		at = f.End
	}
	require.Equal(t, r.End, at, "the fields reach the end of the result")
}

// checkError checks what holds for every error Parse returns.
func checkError(t testing.TB, in string, err error) *parse.Error {
	t.Helper()
	var pe *parse.Error
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, in, pe.Input)
	assert.GreaterOrEqual(t, pe.Offset, 0)
	assert.LessOrEqual(t, pe.Offset, len(in))
	assert.NotEmpty(t, pe.Expected)
	assert.NotEmpty(t, pe.Error())
	if pe.Offset < len(in) {
		assert.NotEmpty(t, pe.Found, "something is found before the end")
		assert.True(t, strings.HasPrefix(in[pe.Offset:], pe.Found), "found %q is the text at the offset", pe.Found)
	} else {
		assert.Empty(t, pe.Found)
	}
	return pe
}

// date returns midnight UTC of a Gregorian day.
func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// hebrewOf returns the Hebrew date of t's day.
func hebrewOf(t time.Time) hebrew.Date { return hebrew.DateOf(t) }

// referenceHour is the reference time on its hour, 15:00, which every
// layout writes: one with the hour alone ("3 PM") refuses 15:04 (see
// layout.Layout.Validate).
func referenceHour() (time.Time, hebrew.Date) {
	t, h := layout.Reference()
	return t.Truncate(time.Hour), h
}
