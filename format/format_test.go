package format_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
)

// TestPresetsAgree: the presets are the engine's, written out here so that
// go doc shows them.
func TestPresetsAgree(t *testing.T) {
	assert.Equal(t, layout.Header, format.Header)
	assert.Equal(t, layout.Full, format.Full)
	assert.Equal(t, layout.Published, format.Published)
	assert.Equal(t, layout.HebrewDate, format.HebrewDate)
	assert.Equal(t, layout.HebrewScript, format.HebrewScript)
	rt, rh := format.Reference()
	lt, lh := layout.Reference()
	assert.Equal(t, lt, rt)
	assert.Equal(t, lh, rh)
}

// TestLangsAgree: each Lang is the engine's of the same number, and every
// one of the engine's is here.
func TestLangsAgree(t *testing.T) {
	require.Len(t, format.Langs(), len(layout.Langs()))
	named := []format.Lang{format.English, format.French, format.Russian, format.Spanish, format.German,
		format.Portuguese, format.Polish, format.Hungarian, format.Dutch, format.Romanian, format.Finnish,
		format.Ukrainian, format.Yiddish, format.Italian, format.Turkish, format.Greek, format.Serbian,
		format.Czech, format.Swedish, format.Bulgarian, format.Slovak, format.Croatian,
		format.Danish, format.Norwegian, format.Lithuanian, format.SerbianCyrillic,
		format.Latvian, format.Estonian, format.Slovenian, format.Catalan, format.Belarusian, format.Arabic,
		format.Persian}
	assert.Equal(t, format.Langs(), named, "a constant for each language, in order")
	for i, l := range format.Langs() {
		in := layout.Langs()[i]
		assert.Equal(t, in.String(), l.String())
		assert.Equal(t, in.Family(), l.Family())
		assert.Equal(t, in.Layout(), l.Layout())
		assert.Equal(t, in.LayoutTime(), l.LayoutTime())
		back, ok := format.LookupLang(l.String())
		assert.True(t, ok)
		assert.Equal(t, l, back)
		if of, ok := format.LangOf(l.Family()); ok {
			assert.Equal(t, l.Family(), of.Family(), l.String())
		}
	}
	assert.Equal(t, "%!Lang(99)", format.Lang(99).String())
}

// TestLangNames: the names of months and weekdays, in full, alone and
// abbreviated, as CLDR writes them; and nothing for a month or weekday
// out of range.
func TestLangNames(t *testing.T) {
	for _, c := range []struct {
		lang                      format.Lang
		month, alone, abbr, wd, w string
	}{
		{format.English, "March", "March", "Mar", "Saturday", "Sat"},
		{format.French, "mars", "mars", "mars", "samedi", "sam."},
		{format.Russian, "марта", "март", "мар.", "суббота", "сб"},
		{format.Polish, "marca", "marzec", "mar", "sobota", "sob."},
	} {
		assert.Equal(t, c.month, c.lang.MonthName(time.March), c.lang.String())
		assert.Equal(t, c.alone, c.lang.MonthNameAlone(time.March), c.lang.String())
		assert.Equal(t, c.abbr, c.lang.MonthAbbr(time.March), c.lang.String())
		assert.Equal(t, c.wd, c.lang.WeekdayName(time.Saturday), c.lang.String())
		assert.Equal(t, c.w, c.lang.WeekdayAbbr(time.Saturday), c.lang.String())
	}
	assert.Empty(t, format.French.MonthName(13))
	assert.Empty(t, format.French.MonthName(0))
	assert.Empty(t, format.French.WeekdayName(7))
	assert.Empty(t, format.French.WeekdayName(-1))
}

// TestZmanAgree: each Zman is the engine's of the same number.
func TestZmanAgree(t *testing.T) {
	for _, z := range []format.Zman{format.NoZman, format.Sunset, format.CandleLighting, format.Havdalah} {
		assert.Equal(t, layout.Zman(z).String(), z.String())
	}
	assert.Equal(t, "candle lighting", format.CandleLighting.String())
	assert.Len(t, layout.Zmanim{}, len(format.Zmanim{}))
}

// TestLayoutMethods: the Layout is the engine's, each method its
// engine's method.
func TestLayoutMethods(t *testing.T) {
	day := time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC)
	h := hebrew.DateOf(day)
	l, err := dateline.Compile("Monday, January 2, 2006 | 2 Tevet 5766 | Candle lighting 3:04 pm")
	require.NoError(t, err)
	in := layout.Unwrap(l)
	assert.Equal(t, in.Format(day, h), l.Format(day, h))
	assert.Equal(t, in.String(), l.String())
	assert.Equal(t, "Friday, March 1, 2024 | 21 Adar I 5784", l.Format(day, h))
	assert.True(t, l.HasZman(format.NoZman))
	assert.True(t, l.HasZman(format.CandleLighting))
	assert.False(t, l.HasZman(format.Havdalah))
	assert.False(t, l.HasClock())
	z := format.Zmanim{format.CandleLighting: time.Date(2024, time.March, 1, 17, 29, 0, 0, time.UTC)}
	assert.Equal(t, "Friday, March 1, 2024 | 21 Adar I 5784 | Candle lighting 5:29 pm",
		string(l.AppendFormatZmanim(nil, day, h, &z)))
	assert.Equal(t, "vendredi, mars 1, 2024 | 21 Adar I 5784", l.In(format.French).Format(day, h))
	assert.Equal(t, in.InIsrael().String(), l.InIsrael().String())

	var zero format.Layout
	assert.Empty(t, zero.Format(day, h))
	assert.Empty(t, zero.String())

	hy, err := dateline.Compile(format.HebrewScript)
	require.NoError(t, err)
	assert.NoError(t, hy.Validate(day, h))
	assert.ErrorIs(t, hy.Validate(day, hebrew.Date{Year: 760, Month: hebrew.Tevet, Day: 2}), format.ErrUnwritable)
	assert.True(t, layout.Unwrap(layout.Wrap(in)).String() == in.String())
}

// TestInvalidHebrewDate: a Hebrew date that does not exist is refused by
// Validate, and written as no text that reads as a date: Format wrote
// hebrew.Date{5785, AdarII, 5} as "5 Adar II 5785", 31 Adar I 5784 and
// month 0 as text too, with Validate nil (an adversarial review's seventh
// finding). A layout without Hebrew elements writes the Gregorian day.
func TestInvalidHebrewDate(t *testing.T) {
	day := time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		h    hebrew.Date
		want string
	}{
		{hebrew.Date{Year: 5785, Month: hebrew.AdarII, Day: 5}, "Saturday, March 2, 2024 | 5 %!HebrewMonth(13) 5785"},
		{hebrew.Date{Year: 5784, Month: hebrew.AdarI, Day: 31}, "Saturday, March 2, 2024 | %!HebrewDay(31) Adar I 5784"},
		{hebrew.Date{Year: 5784, Month: 0, Day: 3}, "Saturday, March 2, 2024 | 3 %!HebrewMonth(0) 5784"},
		{hebrew.Date{Year: 10000, Month: hebrew.Nisan, Day: 1}, "Saturday, March 2, 2024 | 1 Nisan %!HebrewYear(10000)"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			for _, preset := range []string{format.Full, format.HebrewDate, format.HebrewScript, format.Header} {
				l, err := dateline.Compile(preset)
				require.NoError(t, err)
				assert.ErrorIs(t, l.Validate(day, tc.h), format.ErrUnwritable, preset)
				assert.Contains(t, l.Format(day, tc.h), "%!", preset)
			}
			full, err := dateline.Compile(format.Full)
			require.NoError(t, err)
			assert.Equal(t, tc.want, full.Format(day, tc.h))
			greg, err := dateline.Compile("January 2, 2006")
			require.NoError(t, err)
			assert.NoError(t, greg.Validate(day, tc.h))
			assert.Equal(t, "March 2, 2024", greg.Format(day, tc.h))
		})
	}
}
