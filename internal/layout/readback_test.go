package layout_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
)

// namesLayouts are the layouts, written in English, that
// TestNamesTableExact writes in each language: in full, abbreviated,
// with and without a weekday, a Gregorian year and a Hebrew month, the
// month before and after its day, and with occasions.
var namesLayouts = []string{
	layout.Full,
	layout.Published,
	"Mon, Jan 2 · 2 Tevet",
	"January 2nd",
	"2 Jan 2006",
	"Monday, 2 January 2006 | 2 Tevet 5766",
	"January 2, 2006 | 2 Tevet 5766 | Chanukah: 8th Day",
	"Monday, January 2, 2006 | 2 Tevet 5766 | Parashat Vayigash",
}

// TestNamesTableExact proves the table that CheckNames keeps of the
// names that read back (see layout.nameTable) exact: over a 19-year
// cycle of the Hebrew calendar, every day that a layout writes without
// reading its text back, each language's own datelines (Lang.Layout and
// LayoutHeader) and namesLayouts in each language, is one that reading it back, as Format
// did for every day before, accepts. Under the race detector it reads
// every 11th day.
func TestNamesTableExact(t *testing.T) {
	if testing.Short() {
		t.Skip("a 19-year cycle of days in each language's layouts")
	}
	step := 1
	if raceEnabled {
		step = 11
	}
	start := time.Date(2019, time.September, 30, 12, 0, 0, 0, time.UTC) // 1 Tishrei 5780
	days := int(time.Date(2038, time.September, 30, 12, 0, 0, 0, time.UTC).Sub(start).Hours() / 24)
	for _, lang := range layout.Langs()[1:] {
		t.Run(lang.String(), func(t *testing.T) {
			t.Parallel()
			var ls []layout.Layout
			for _, s := range []string{lang.Layout(), lang.LayoutHeader()} {
				own, err := dateline.Compile(s)
				require.NoError(t, err, s)
				ls = append(ls, layout.Unwrap(own))
			}
			for _, s := range namesLayouts {
				en, err := dateline.Compile(s)
				require.NoError(t, err, s)
				ls = append(ls, layout.Unwrap(en).In(lang))
			}
			for _, l := range ls {
				direct := 0
				for i := 0; i < days; i += step {
					day := start.AddDate(0, 0, i)
					h := hebrew.DateOf(day)
					if !l.Direct(day, h) {
						continue
					}
					direct++
					require.False(t, l.NamesRefused(day, h), "%q writes %s as %q without reading it back, which reading back refuses",
						l.String(), day.Format(time.DateOnly), l.Format(day, h))
				}
				t.Logf("%q writes %d of %d days directly", l.String(), direct, (days+step-1)/step)
			}
		})
	}
}

// TestFormatLangAllocs: a day whose names read back is written in
// another language as in English, with no allocation but its string's;
// one whose names could read as another day is read back ("3 Nisan"
// after "January 2nd" in Turkish), and refused.
func TestFormatLangAllocs(t *testing.T) {
	apr := time.Date(2024, time.April, 3, 12, 0, 0, 0, time.UTC)
	aprH := hebrew.Date{Year: 5784, Month: hebrew.AdarII, Day: 24}
	for _, lang := range []layout.Lang{layout.French, layout.Russian, layout.Turkish, layout.Yiddish} {
		t.Run(lang.String(), func(t *testing.T) {
			fl, err := dateline.Compile(lang.Layout())
			require.NoError(t, err)
			l := layout.Unwrap(fl)
			require.True(t, l.Direct(sat, satH))
			assert.Equal(t, 1.0, testing.AllocsPerRun(100, func() { _ = l.Format(sat, satH) }))
		})
	}
	en, err := dateline.Compile("January 2nd")
	require.NoError(t, err)
	tr := layout.Unwrap(en).In(layout.Turkish)
	assert.False(t, tr.Direct(apr, aprH), "Nisan 3")
	assert.Contains(t, tr.Format(apr, aprH), "%!Month(4)")
	assert.True(t, tr.Direct(sat, satH), "Mart 2")
	assert.Equal(t, "Mart 2", tr.Format(sat, satH))
}

// TestNamesTableDays: the days whose names read as another day, alone
// or together, are read back before they are written, and the days of
// names that read back plainly written directly. Serbian's Saturday,
// March and Nisan each read back beside other names, but "sub, mar 28 ·
// 3 Nisan" reads as no date; Slovenian's "tor." is Danish's Thursday
// too ("tor., maj 7 · 29 Nisan" reads as a Thursday of 1959); Turkish's
// April, Nisan, before its day is the Hebrew month; each of them is
// refused. A layout of a range,
// whose names are those of the days at its ends, is read back every day.
func TestNamesTableDays(t *testing.T) {
	tests := []struct {
		layout string
		lang   layout.Lang
		day    string // hd
		direct bool
		text   string
	}{
		{"Mon, Jan 2 · 2 Tevet", layout.Serbian, "2020-03-28", false, "sub, %!Month(3) 28 · 3 Nisan"},    // Saturday = 3 Nisan 5780
		{"Mon, Jan 2 · 2 Tevet", layout.Serbian, "2020-03-27", true, "pet, mar 27 · 2 Nisan"},            // Friday = 2 Nisan 5780
		{"Mon, Jan 2 · 2 Tevet", layout.Slovenian, "2024-05-07", false, "tor., %!Month(5) 7 · 29 Nisan"}, // Tuesday = 29 Nisan 5784
		{"Mon, Jan 2 · 2 Tevet", layout.Slovenian, "2024-05-06", true, "pon., maj 6 · 28 Nisan"},         // Monday = 28 Nisan 5784
		{"January 2nd", layout.Turkish, "2020-04-03", false, "%!Month(4) 3"},                             // Friday = 9 Nisan 5780
		{"January 2nd", layout.Turkish, "2020-05-03", true, "Mayıs 3"},                                   // Sunday = 9 Iyyar 5780
		{"January 2-8, 2006", layout.French, "2020-05-03", false, "mai 3-9, 2020"},                       // Sunday-Saturday
		{layout.French.Layout(), layout.French, "2024-03-02", true, "samedi 2 mars 2024 | 22 Adar I 5784"},
	}
	for _, tc := range tests {
		t.Run(tc.lang.String()+"/"+tc.layout+"/"+tc.day, func(t *testing.T) {
			en, err := dateline.Compile(tc.layout)
			require.NoError(t, err)
			l := layout.Unwrap(en).In(tc.lang)
			day, err := time.Parse(time.DateOnly, tc.day)
			require.NoError(t, err)
			day = day.Add(12 * time.Hour)
			h := hebrew.DateOf(day)
			assert.Equal(t, tc.direct, l.Direct(day, h))
			assert.Equal(t, tc.text, l.Format(day, h))
		})
	}
}
