package format_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/parse"
)

// TestHebrewYearInLetters: a Hebrew year in Hebrew letters keeps its
// thousands except from 5100 to 5999, where the short form reads back; a
// year that no spelling reads back as (below 1000, and a few others) is
// refused by Validate and written as %!HebrewYear(N), never as letters
// that read as another year.
func TestHebrewYearInLetters(t *testing.T) {
	for _, tc := range []struct {
		layout string
		h      hebrew.Date
		want   string // "" where Validate refuses
	}{
		{format.HebrewScript, hebrew.Date{Year: 5784, Month: hebrew.Adar, Day: 22}, "כ״ב אדר א׳ תשפ״ד"},
		{format.HebrewScript, hebrew.Date{Year: 5100, Month: hebrew.Tishrei, Day: 1}, "א׳ תשרי ק׳"},
		{format.HebrewScript, hebrew.Date{Year: 5099, Month: hebrew.Tishrei, Day: 1}, "א׳ תשרי ה׳צ״ט"},
		{format.HebrewScript, hebrew.Date{Year: 5001, Month: hebrew.Tishrei, Day: 1}, "א׳ תשרי ה׳א׳"},
		{format.HebrewScript, hebrew.Date{Year: 5000, Month: hebrew.Tishrei, Day: 1}, "א׳ תשרי ה׳"},
		{format.HebrewScript, hebrew.Date{Year: 4760, Month: hebrew.Tevet, Day: 29}, "כ״ט טבת ד׳תש״ס"},
		{format.HebrewScript, hebrew.Date{Year: 6000, Month: hebrew.Tishrei, Day: 1}, "א׳ תשרי ו׳"},
		{format.HebrewScript, hebrew.Date{Year: 1000, Month: hebrew.Tishrei, Day: 1}, "א׳ תשרי א׳"},
		{format.HebrewScript, hebrew.Date{Year: 1000, Month: hebrew.Adar, Day: 24}, ""}, // אדר א׳ is Adar I
		{format.HebrewScript, hebrew.Date{Year: 2000, Month: hebrew.Adar, Day: 24}, ""}, // אדר ב׳ is Adar II
		{"ב׳ טבת, תשס״ו", hebrew.Date{Year: 1000, Month: hebrew.Adar, Day: 24}, "כ״ד אדר, א׳"},
		{format.HebrewScript, hebrew.Date{Year: 760, Month: hebrew.Tevet, Day: 29}, ""}, // תש״ס is 5760
		{"ב׳ טבת ה׳תשס״ו", hebrew.Date{Year: 1, Month: hebrew.Tishrei, Day: 1}, ""},
		{"ב טבת תשסו", hebrew.Date{Year: 4760, Month: hebrew.Tevet, Day: 29}, "כט טבת דתשס"},
		{"ב טבת תשסו", hebrew.Date{Year: 6000, Month: hebrew.Tishrei, Day: 1}, ""}, // ו alone is no year
		{"ב טבת תשסו", hebrew.Date{Year: 9006, Month: hebrew.Tishrei, Day: 1}, ""}, // טו is 15
		{"ב טבת תשסו", hebrew.Date{Year: 9015, Month: hebrew.Tishrei, Day: 1}, "א תשרי טטו"},
		{"2 Tevet 5766", hebrew.Date{Year: 760, Month: hebrew.Tevet, Day: 29}, "29 Tevet 0760"},
	} {
		t.Run(tc.layout+" "+tc.h.String(), func(t *testing.T) {
			l := parse.Layout(tc.layout)
			err := l.Validate(time.Time{}, tc.h)
			got := l.Format(time.Time{}, tc.h)
			if tc.want == "" {
				assert.ErrorIs(t, err, format.ErrUnwritable)
				assert.Contains(t, got, "%!HebrewYear(")
				return
			}
			assert.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}
