package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/internal/layout"
)

// TestLangLayouts: every language's datelines, with and without the time,
// compile, and write days that read back as those days, in every month
// and on every weekday, in common and leap years (Adar I and II).
func TestLangLayouts(t *testing.T) {
	days := []time.Time{time.Date(2024, time.March, 2, 10, 39, 0, 0, time.UTC)}
	for d := time.Date(2023, time.September, 16, 18, 5, 0, 0, time.UTC); d.Year() < 2025; d = d.AddDate(0, 0, 23) {
		days = append(days, d)
	}
	for _, l := range format.Langs() {
		for _, layout := range []string{l.Layout(), l.LayoutTime()} {
			t.Run(l.String()+"/"+layout, func(t *testing.T) {
				_, err := dateline.Compile(layout)
				require.NoError(t, err)
				for _, day := range days {
					d := dateline.New(day)
					text := d.Format(layout)
					back, err := dateline.Parse(text)
					if !assert.NoError(t, err, "%s: %q", day, text) {
						continue
					}
					assert.Equal(t, d.Hebrew, back.Hebrew, "%q", text)
					assert.Equal(t, day.Format(time.DateOnly), back.Time.Format(time.DateOnly), "%q", text)
					if back.HasTime {
						assert.Equal(t, "10:39"[:0]+day.Format("15:04"), back.Time.Format("15:04"), "%q", text)
					}
					// Or refused, where another language writes its names
					// alike ("sábado, 3 de agosto de 2024" is Portuguese's too).
					assertWrittenBack(t, text, d)
				}
			})
		}
	}
}

// TestCheckLang: datelines of other languages are checked as English ones
// are: a wrong weekday is an error in any language.
func TestCheckLang(t *testing.T) {
	tests := []struct {
		in   string
		ok   bool
		code dateline.Code
	}{
		{"samedi 2 mars 2024 | 22 Adar I 5784", true, ""},
		{"dimanche 2 mars 2024 | 22 Adar I 5784", false, dateline.CodeWeekday},
		{"суббота, 2 марта 2024 г. | 22 адара I 5784", true, ""},
		{"2 марта 2024 г. | 22 адара II 5784", false, dateline.CodeCalendar},
		{"Pourim 5784", true, ""},
		{"Пурим 5784", true, ""},
		{"Roch Hachanah 5785", true, ""},
		{"Shabbat Parà 18 Marzo 2017", true, ""},
		{"Shabbat Haggadol 8 Aprile 2017", true, ""},
		{"Shabbat Para 25 Marzo 2017", false, dateline.CodeOccasion},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in)
			assert.Equal(t, tc.ok, rep.OK(), "%v", rep.Problems)
			if tc.code != "" {
				found := false
				for _, p := range rep.Problems {
					found = found || p.Code == tc.code
				}
				assert.True(t, found, "%v", rep.Problems)
			}
		})
	}
}

// presetDays are days of the months whose names differ between the
// languages that write January alike (Swedish's and Dutch's januari,
// Danish's, Norwegian's and Serbian's januar): March (mars, maart,
// marts), May (maj, mei, mai) and October (oktober, okt), and January
// itself; with the Hebrew dates /tmp/tools/hd gives.
var presetDays = []struct {
	t      time.Time
	hebrew string
}{
	{time.Date(2024, time.March, 2, 10, 39, 0, 0, time.UTC), "22 Adar I 5784"},
	{time.Date(2024, time.May, 15, 8, 5, 0, 0, time.UTC), "7 Iyyar 5784"},
	{time.Date(2024, time.October, 31, 23, 10, 0, 0, time.UTC), "29 Tishrei 5785"},
	{time.Date(2024, time.January, 9, 7, 0, 0, 0, time.UTC), "28 Tevet 5784"},
	{time.Date(2024, time.April, 3, 12, 0, 0, 0, time.UTC), "24 Adar II 5784"},
}

// TestCompileInLangPresets: each language's own layouts, the library's
// format.Lang presets (Layout, LayoutTime) and the command's (its
// header and published, layout.Lang's LayoutHeader and LayoutPublished),
// compile in their language, and write days that Check reads back as
// those days, with their names in the language: Swedish's and Dutch's
// published "2 januari 2006, 15:04", which Compile refuses as either's,
// write March as mars and maart. Format with LayoutLang writes as the
// compiled layout does. A day the layout cannot write so that it reads
// back (Turkish's Nisan, April, before a day) is refused, not written.
func TestCompileInLangPresets(t *testing.T) {
	for _, l := range format.Langs() {
		il := layout.Lang(l)
		presets := map[string]string{
			"Layout": l.Layout(), "LayoutTime": l.LayoutTime(),
			"LayoutHeader": il.LayoutHeader(), "LayoutPublished": il.LayoutPublished(),
		}
		for name, s := range presets {
			t.Run(l.String()+"/"+name+"/"+s, func(t *testing.T) {
				c, err := dateline.CompileIn(s, l)
				require.NoError(t, err)
				assert.Equal(t, s, c.String())
				for _, day := range presetDays {
					d := dateline.New(day.t)
					require.Equal(t, day.hebrew, d.Hebrew.String())
					text := d.Format(s, dateline.LayoutLang(l))
					if err := c.Validate(d.Time, d.Hebrew); err != nil {
						assert.ErrorIs(t, err, format.ErrUnwritable, "%s", day.t)
						assert.Contains(t, text, "%!Format(")
						continue
					}
					assert.Equal(t, c.Format(d.Time, d.Hebrew), text)
					if il != layout.English {
						assert.Contains(t, text, il.MonthName(int(day.t.Month()), layout.Long), "the month in the language")
					}
					rep := dateline.Check(text, dateline.Reference(day.t))
					if assert.True(t, rep.OK(), "%q: %v", text, rep.Problems) {
						assert.Equal(t, day.t.Format(time.DateOnly), rep.Dateline.Time.Format(time.DateOnly), "%q", text)
						if rep.Dateline.HasTime {
							assert.Equal(t, day.t.Format("15:04"), rep.Dateline.Time.Format("15:04"), "%q", text)
						}
					}
				}
			})
		}
	}
}

// TestCompileInAmbiguous: CompileIn chooses between the languages that
// write a layout's names alike, and only between them: the same string
// writes each language's March; without a language (English), or in a
// language whose names it does not hold, it is refused as Compile
// refuses it; and a layout that reads one way is compiled as it is.
func TestCompileInAmbiguous(t *testing.T) {
	march := dateline.New(time.Date(2024, time.March, 2, 10, 39, 0, 0, time.UTC))
	tests := []struct {
		layout string
		lang   string
		want   string // "" for ErrAmbiguous
	}{
		{"2 januari 2006, 15:04", "sv", "2 mars 2024, 10:39"},
		{"2 januari 2006, 15:04", "nl", "2 maart 2024, 10:39"},
		{"2. januar 2006, 15:04", "da", "2. marts 2024, 10:39"},
		{"2. januar 2006, 15:04", "nb", "2. mars 2024, 10:39"},
		{"2 januari 2006", "sv", "2 mars 2024"},
		{"januari 2006", "nl", "maart 2024"},
		// Near misses: no language, or one whose January is not the
		// layout's, chooses nothing.
		{"2 januari 2006, 15:04", "en", ""},
		{"2 januari 2006, 15:04", "da", ""},
		{"2. januar 2006, 15:04", "sv", ""},
		{"2 januari 2006, 15:04", "de", ""},
		// A layout that reads one way is Compile's, whatever the language.
		{"lördag 2 januari 2006", "nl", "lördag 2 mars 2024"},
		{"2. März 2006", "sv", "2. März 2024"},
	}
	for _, tc := range tests {
		t.Run(tc.lang+"/"+tc.layout, func(t *testing.T) {
			lang, ok := format.LookupLang(tc.lang)
			require.True(t, ok)
			c, err := dateline.CompileIn(tc.layout, lang)
			if tc.want == "" {
				assert.ErrorIs(t, err, dateline.ErrAmbiguous)
				assert.Contains(t, march.Format(tc.layout, dateline.LayoutLang(lang)), "%!Format(")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, c.Format(march.Time, march.Hebrew))
			assert.Equal(t, tc.want, march.Format(tc.layout, dateline.LayoutLang(lang)))
		})
	}
	// Without LayoutLang, Format refuses the shared names as before.
	_, err := dateline.Compile("2 januari 2006, 15:04")
	assert.ErrorIs(t, err, dateline.ErrAmbiguous)
	assert.Contains(t, march.Format("2 januari 2006, 15:04"), "%!Format(")
}
