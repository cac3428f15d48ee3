package layout_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/internal/layout"
	"github.com/dualdate/dualdate/internal/parse"
)

// TestHebrewYearInLetters: a Hebrew year in Hebrew letters keeps its
// thousands except from 5100 to 5999, where the short form reads back; a
// year that no spelling reads back as (below 1000, and a few others) is
// refused by Validate and written as %!HebrewYear(N), never as letters
// that read as another year. A year of whole thousands takes the word for
// them (ו׳ אלפים), as a letter alone is a day, not a year.
func TestHebrewYearInLetters(t *testing.T) {
	for _, tc := range []struct {
		layout string
		h      hebrew.Date
		want   string // "" where Validate refuses
	}{
		{layout.HebrewScript, hebrew.Date{Year: 5784, Month: hebrew.Adar, Day: 22}, "כ״ב אדר א׳ תשפ״ד"},
		{layout.HebrewScript, hebrew.Date{Year: 5100, Month: hebrew.Tishrei, Day: 1}, "א׳ תשרי ק׳"},
		{layout.HebrewScript, hebrew.Date{Year: 5099, Month: hebrew.Tishrei, Day: 1}, "א׳ תשרי ה׳צ״ט"},
		{layout.HebrewScript, hebrew.Date{Year: 5001, Month: hebrew.Tishrei, Day: 1}, "א׳ תשרי ה׳א׳"},
		{layout.HebrewScript, hebrew.Date{Year: 5000, Month: hebrew.Tishrei, Day: 1}, "א׳ תשרי ה׳ אלפים"},
		{layout.HebrewScript, hebrew.Date{Year: 4760, Month: hebrew.Tevet, Day: 29}, "כ״ט טבת ד׳תש״ס"},
		{layout.HebrewScript, hebrew.Date{Year: 6000, Month: hebrew.Tishrei, Day: 1}, "א׳ תשרי ו׳ אלפים"},
		{layout.HebrewScript, hebrew.Date{Year: 1000, Month: hebrew.Tishrei, Day: 1}, "א׳ תשרי א׳ אלפים"},
		{layout.HebrewScript, hebrew.Date{Year: 1000, Month: hebrew.Adar, Day: 24}, ""}, // אדר א׳ is Adar I
		{layout.HebrewScript, hebrew.Date{Year: 2000, Month: hebrew.Adar, Day: 24}, ""}, // אדר ב׳ is Adar II
		{"ב׳ טבת, תשס״ו", hebrew.Date{Year: 1000, Month: hebrew.Adar, Day: 24}, "כ״ד אדר, א׳ אלפים"},
		{layout.HebrewScript, hebrew.Date{Year: 760, Month: hebrew.Tevet, Day: 29}, ""}, // תש״ס is 5760
		{"ב׳ טבת ה׳תשס״ו", hebrew.Date{Year: 1, Month: hebrew.Tishrei, Day: 1}, ""},
		{"ב טבת תשסו", hebrew.Date{Year: 4760, Month: hebrew.Tevet, Day: 29}, "כט טבת דתשס"},
		{"ב טבת תשסו", hebrew.Date{Year: 6000, Month: hebrew.Tishrei, Day: 1}, ""}, // ו alone is no year
		{"ב טבת תשסו", hebrew.Date{Year: 9006, Month: hebrew.Tishrei, Day: 1}, ""}, // טו is 15
		{"ב טבת תשסו", hebrew.Date{Year: 9015, Month: hebrew.Tishrei, Day: 1}, "א תשרי טטו"},
		{"2 Tevet 5766", hebrew.Date{Year: 760, Month: hebrew.Tevet, Day: 29}, "29 Tevet 760"},
		// A year in digits is written as it is, not padded (it was 0001):
		// one or two digits only where they read as a year, after a
		// Hebrew day at the end or before a bar or a bracket.
		{"2 Tevet 5766", hebrew.Date{Year: 1, Month: hebrew.Tishrei, Day: 1}, "1 Tishrei 1"},
		{"2 Tevet 5766", hebrew.Date{Year: 9, Month: hebrew.Nisan, Day: 15}, "15 Nisan 9"},
		{"2 Tevet 5766", hebrew.Date{Year: 99, Month: hebrew.Elul, Day: 29}, "29 Elul 99"},
		{"2 Tevet 5766", hebrew.Date{Year: 999, Month: hebrew.Tishrei, Day: 1}, "1 Tishrei 999"},
		{"2 Tevet 5766", hebrew.Date{Year: 1000, Month: hebrew.Tishrei, Day: 1}, "1 Tishrei 1000"},
		{"Monday, January 2nd | 2 Tevet 5766", hebrew.Date{Year: 1, Month: hebrew.Tishrei, Day: 1}, "Monday, September 7th | 1 Tishrei 1"},
		{"2 Tevet 5766 | Monday", hebrew.Date{Year: 12, Month: hebrew.Tishrei, Day: 1}, "1 Tishrei 12 | Saturday"},
		{"2 Tevet 5766 (Monday)", hebrew.Date{Year: 12, Month: hebrew.Tishrei, Day: 1}, "1 Tishrei 12 (Saturday)"},
		{"2 Tevet 5766 / Monday", hebrew.Date{Year: 12, Month: hebrew.Tishrei, Day: 1}, ""}, // 12 / Thursday is no year
		{"2 Tevet 5766 / Monday", hebrew.Date{Year: 120, Month: hebrew.Tishrei, Day: 1}, "1 Tishrei 120 / Saturday"},
		{"Tevet 5766", hebrew.Date{Year: 5, Month: hebrew.Tishrei, Day: 1}, ""}, // Tishrei 5 is a day
		{"Tevet 5766", hebrew.Date{Year: 500, Month: hebrew.Tishrei, Day: 1}, "Tishrei 500"},
		{"2 Tevet 5766", hebrew.Date{Year: 2, Month: hebrew.Adar, Day: 24}, ""}, // Adar 2 is Adar II
		{"2 Tevet 5766", hebrew.Date{Year: 1, Month: hebrew.Adar, Day: 24}, ""}, // Adar 1 is Adar I
		{"2 Tevet 5766", hebrew.Date{Year: 4, Month: hebrew.Adar, Day: 24}, "24 Adar 4"},
		{"2 Tevet 5766", hebrew.Date{Year: 3, Month: hebrew.AdarII, Day: 24}, "24 Adar II 3"},
		{"Rosh Chodesh Tevet 5766", hebrew.Date{Year: 1, Month: hebrew.Elul, Day: 1}, ""}, // Rosh Chodesh Elul 0001 is the Gregorian year 1
		{"Rosh Chodesh Tevet 5766", hebrew.Date{Year: 3000, Month: hebrew.Elul, Day: 1}, "Rosh Chodesh Elul 3000"},
		{"Chanukah: 8th Day 5766", hebrew.Date{Year: 2500, Month: hebrew.Kislev, Day: 25}, ""}, // as Purim 2024
	} {
		t.Run(tc.layout+" "+tc.h.String(), func(t *testing.T) {
			l := parse.Layout(tc.layout)
			y, m, d := tc.h.Gregorian()
			tm := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
			err := l.Validate(tm, tc.h)
			got := l.Format(tm, tc.h)
			if tc.want == "" {
				assert.ErrorIs(t, err, layout.ErrUnwritable)
				assert.Contains(t, got, "%!HebrewYear(")
				return
			}
			assert.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestValidateGregorianYears: a Gregorian year that a layout cannot write
// so that it reads back is refused by Validate and written as %!Year(N)
// or %!Day(N): a year before the common era in a numeric date or in two
// digits, a year below 1000 run together with the month, a double year
// before 1100, and a pair of Julian and Gregorian days not 10 to 13 days
// apart. Years below 1000 are written with four digits (0010).
func TestValidateGregorianYears(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		layout string
		t      time.Time
		want   string // "" where Validate refuses
	}{
		{"January 2, 2006", day(10, time.January, 17), "January 17, 0010"},
		{"January 2, 2006", day(-5, time.March, 17), "March 17, -0005"},
		{"2006-01-02", day(-5, time.March, 17), "-0005-03-17"},
		{"01/02/2006", day(10, time.March, 17), "03/17/0010"},
		{"01/02/2006", day(-5, time.March, 17), ""},
		{"2006/01/02", day(-5, time.March, 17), ""},
		{"1/2/06", day(-500, time.March, 17), ""},
		{"20060102", day(500, time.January, 4), ""},
		{"20060102", day(1500, time.January, 4), "15000104"},
		{"February 11, 1731/2", day(1732, time.February, 22), "February 11, 1731/2"},
		{"February 11, 1731/2", day(999, time.February, 17), ""},
		{"February 11/22, 1732", day(1732, time.February, 22), "February 11/22, 1732"},
		{"February 11/22, 1732", day(1400, time.March, 1), ""},
		{"February 11/22, 1732", day(2100, time.March, 15), ""},
	} {
		t.Run(tc.layout+" "+tc.t.Format("2006-01-02"), func(t *testing.T) {
			l := parse.Layout(tc.layout)
			err := l.Validate(tc.t, hebrew.Date{})
			got := l.Format(tc.t, hebrew.Date{})
			if tc.want == "" {
				assert.ErrorIs(t, err, layout.ErrUnwritable)
				assert.Contains(t, got, "%!")
				return
			}
			assert.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestValidateHourAlone: a layout that writes the hour and no minutes
// ("at 3 pm") refuses a time past the hour, which it wrote as the hour
// (5:45 pm as "at 5 pm", read back as 5:00, found by an adversarial
// review), and writes %!Minute(45) for it; a time on the hour it writes,
// and a layout with minutes leaves out only the seconds, as time.Format
// does. Minutes of a Zman's clock ("Candle lighting 3:04 pm") are not
// the dateline's.
func TestValidateHourAlone(t *testing.T) {
	at := func(h, m, s int) time.Time { return time.Date(2024, time.March, 2, h, m, s, 0, time.UTC) }
	for _, tc := range []struct {
		layout string
		t      time.Time
		want   string // "" where Validate refuses
	}{
		{"January 2, 2006 at 3 pm", at(17, 0, 0), "March 2, 2024 at 5 pm"},
		{"January 2, 2006 at 3 pm", at(17, 45, 0), ""},
		{"January 2, 2006, 3PM", at(9, 1, 0), ""},
		{"2.1.2006 um 15 Uhr", at(15, 30, 0), ""},
		{"2.1.2006 um 15 Uhr", at(15, 0, 59), "2.3.2024 um 15 Uhr"},
		{"January 2, 2006 3:04 pm", at(17, 45, 30), "March 2, 2024 5:45 pm"},
		{"January 2, 2006 15:04", at(0, 1, 0), "March 2, 2024 00:01"},
	} {
		t.Run(tc.layout+" "+tc.t.Format("15:04:05"), func(t *testing.T) {
			l := parse.Layout(tc.layout)
			err := l.Validate(tc.t, hebrew.Date{})
			got := l.Format(tc.t, hebrew.Date{})
			if tc.want == "" {
				assert.ErrorIs(t, err, layout.ErrUnwritable)
				assert.Contains(t, got, "%!Minute(")
				return
			}
			assert.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}
