package parse_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// zmanCases are datelines with the times a masthead prints beside the
// date: the clock after each label has the label's Zman, and the text
// the clock's fields span.
var zmanCases = []struct {
	in     string
	zman   layout.Zman
	clock  string // the span of the zman's fields
	layout string
}{
	{"Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:26 pm", layout.CandleLighting, "5:26 pm",
		"Monday, January 2, 2006 | 2 Tevet 5766 | Candle lighting 3:04 pm"},
	{"Friday, March 1, 2024 | Candle-lighting: 17:26", layout.CandleLighting, "17:26", "Monday, January 2, 2006 | Candle-lighting: 15:04"},
	{"Friday, March 1 · CANDLES at 5:26 PM", layout.CandleLighting, "5:26 PM", "Monday, January 2 · CANDLES at 3:04 PM"},
	{"Saturday, March 2, 2024 | Sunset 17:43", layout.Sunset, "17:43", "Monday, January 2, 2006 | Sunset 15:04"},
	{"Saturday, March 2, 2024 | Havdalah - 6:31 p.m.", layout.Havdalah, "6:31 p.m.", "Monday, January 2, 2006 | Havdalah - 3:04 p.m."},
	{"Saturday, March 2, 2024 | havdala 18:31:05 EST", layout.Havdalah, "18:31:05 EST", "Monday, January 2, 2006 | havdala 15:04:05 MST"},
	{"יום ו׳, כ״א אדר א׳ תשפ״ד | הדלקת נרות 17:26", layout.CandleLighting, "17:26", "יום ב׳, ב׳ טבת תשס״ו | הדלקת נרות 15:04"},
	{"כ״ב אדר א׳ תשפ״ד, צאת שבת: 18:31", layout.Havdalah, "18:31", "ב׳ טבת תשס״ו, צאת שבת: 15:04"},
	{"March 1, 2024 10:39 am | Candle lighting 5:26 pm", layout.CandleLighting, "5:26 pm", "January 2, 2006 3:04 pm | Candle lighting 3:04 pm"},
}

func TestZman(t *testing.T) {
	for _, tc := range zmanCases {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			checkResult(t, r)
			start, end := -1, -1
			for _, f := range r.Fields {
				if f.Zman == layout.NoZman {
					continue
				}
				assert.Equal(t, tc.zman, f.Zman)
				assert.True(t, f.Kind.IsClock(), "%v", f.Kind)
				if start < 0 {
					start = f.Start
				}
				end = f.End
			}
			require.GreaterOrEqual(t, start, 0, "no zman")
			assert.Equal(t, tc.clock, tc.in[start:end])
			assert.Equal(t, tc.layout, r.Layout().String())
			l, err := parse.Compile(tc.layout)
			require.NoError(t, err)
			assert.Equal(t, tc.layout, l.String(), "layout of the layout")
			// The template reader leaves a zman's clock to Parse, which
			// marks it.
			_, ok := parse.NewTemplate(&r)
			assert.False(t, ok)
		})
	}
}

// TestZmanNot: a label before the date, or one without its clock, is
// text, and the clock after a label is no time of the dateline.
func TestZmanNot(t *testing.T) {
	// Before the date, the clock is the dateline's own, as it always was.
	rs := slices.Collect(parse.All("Candle lighting: 17:26 on Friday, Mar 8"))
	require.Len(t, rs, 1)
	assert.Equal(t, "17:26 on Friday, Mar 8", rs[0].Input[rs[0].Start:rs[0].End])
	for _, f := range rs[0].Fields {
		assert.Equal(t, layout.NoZman, f.Zman)
	}
	// A layout cannot put the label before the date: its clock would
	// write the dateline's own time as the candle lighting.
	for _, layout := range []string{"Candle lighting 3:04 pm, Monday, January 2, 2006", "Sunset at 15:04 on Jan 2", "הבדלה 15:04, ב׳ טבת תשס״ו"} {
		_, err := parse.Compile(layout)
		var pe *parse.Error
		require.ErrorAs(t, err, &pe, layout)
		assert.ErrorIs(t, err, parse.ErrLayout)
		assert.Equal(t, 0, pe.Offset, layout)
	}
	_, err := parse.Compile("Monday, January 2, 2006, published at 3:04 pm")
	assert.NoError(t, err)
	for _, in := range []string{
		"Friday, March 1, 2024 | Candle lighting",
		"Friday, March 1, 2024 | Candle lighting 8:00-9:00 pm",
		"Friday, March 1, 2024 | Sunset 17:43 | Sunset 17:44",
		"Friday, March 1, 2024 | Sunset 25:43",
	} {
		_, err := parse.Parse(in)
		var pe *parse.Error
		assert.ErrorAs(t, err, &pe, in)
	}
}

func TestOmerField(t *testing.T) {
	for in, want := range map[string]struct {
		value int
		form  layout.Form
		text  string
	}{
		"Sunday, May 26, 2024 | Omer: day 33":             {33, layout.Plain, "33"},
		"Sunday, May 26, 2024 | Omer 33":                  {33, layout.Plain, "33"},
		"Sunday, May 26, 2024 | 18 Iyyar 5784, omer 33rd": {33, layout.Ordinal, "33rd"},
	} {
		r, err := parse.Parse(in)
		require.NoError(t, err, in)
		f, ok := r.Get(layout.Omer)
		require.True(t, ok, in)
		assert.Equal(t, want.value, f.Value, in)
		assert.Equal(t, want.form, f.Form, in)
		assert.Equal(t, want.text, r.Text(f), in)
	}
	_, err := parse.Parse("Sunday, May 26, 2024 | Omer: day 50")
	assert.ErrorIs(t, err, parse.ErrRange)
	_, err = parse.Parse("Sunday, May 26, 2024 | Omer: day")
	assert.ErrorIs(t, err, parse.ErrSyntax)
}

// TestDayOfOmerField: "day 33 of the Omer" after a date is the count, as
// "Omer: day 33" is, its words text of the dateline; "day" before other
// words is not.
func TestDayOfOmerField(t *testing.T) {
	for in, want := range map[string]string{
		"Sunday, May 26, 2024 | day 33 of the Omer":    "33",
		"18 Iyyar 5784 - Day 33 of the Omer":           "33",
		"Sunday, May 26, 2024, DAY 33 OF THE OMER":     "33",
		"Wednesday, April 24, 2024: day 1 of the Omer": "1",
	} {
		t.Run(in, func(t *testing.T) {
			r, err := parse.Parse(in)
			require.NoError(t, err)
			f, ok := r.Get(layout.Omer)
			require.True(t, ok)
			assert.Equal(t, want, r.Text(f))
			assert.Equal(t, layout.Plain, f.Form)
		})
	}
	for in, want := range map[string]error{
		"Sunday, May 26, 2024 | day 50 of the Omer":  parse.ErrRange,
		"Sunday, May 26, 2024 | day 33 of Omer":      parse.ErrSyntax,
		"Sunday, May 26, 2024 | day 3 of the trip":   parse.ErrSyntax,
		"Sunday, May 26, 2024 | day 133 of the Omer": parse.ErrSyntax,
	} {
		t.Run("refused "+in, func(t *testing.T) {
			_, err := parse.Parse(in)
			assert.ErrorIs(t, err, want)
		})
	}
}

// TestOmerCountFields: with no date before it, a count of the Omer is
// read only with a year after it (see addOmer), which it names its day
// in, as an occasion's name with its year does.
func TestOmerCountFields(t *testing.T) {
	for _, tc := range []struct {
		in         string
		value      int
		text, year string
	}{
		{"33rd day of the Omer 5784", 33, "33rd", "5784"},
		{"the 49th day of the Omer 5784", 49, "49th", "5784"},
		{"Omer: day 33, 5784", 33, "33", "5784"},
		{"Day 33 of the Omer, 5784", 33, "33", "5784"},
		{"day 33 of the Omer 2024", 33, "33", "2024"},
		{"8. Tag des Omer 5783", 8, "8", "5783"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r, err := parse.Parse(tc.in)
			require.NoError(t, err)
			f, ok := r.Get(layout.Omer)
			require.True(t, ok)
			assert.Equal(t, tc.value, f.Value)
			assert.Equal(t, tc.text, r.Text(f))
			if tc.year == "" {
				return
			}
			y, ok := r.Get(layout.HebrewYear)
			if !ok {
				y, ok = r.Get(layout.Year)
			}
			require.True(t, ok)
			assert.Equal(t, tc.year, r.Text(y))
		})
	}
	for in, want := range map[string]error{
		"33rd day of the Omer":      parse.ErrSyntax,
		"Omer: day 33":              parse.ErrSyntax,
		"Day 33 of the Omer":        parse.ErrSyntax,
		"day 33 of the Omer 25":     parse.ErrSyntax,
		"day 33 of the trip 2024":   parse.ErrSyntax,
		"50th day of the Omer 5784": parse.ErrRange,
		"Day 50 of the Omer, 5784":  parse.ErrRange,
		"Omer: day 0, 5784":         parse.ErrRange,
	} {
		t.Run("refused "+in, func(t *testing.T) {
			_, err := parse.Parse(in)
			assert.ErrorIs(t, err, want)
		})
	}
}
