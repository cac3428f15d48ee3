package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
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
