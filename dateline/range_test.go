package dateline_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/format"
	"github.com/dualdate/dualdate/hebrew"
)

// TestWholeRangeRoundTrip: over the whole supported range, from 1 Tishrei
// 1 (September 7, 3761 BCE) to 29 Elul 9999 (September 25, 6239), a day
// written in each preset parses back as that day, or is refused where it
// must be: a Hebrew year below 1000 in Hebrew letters, which תש״ס would
// write as 5760, and 1000 and 2000 after Adar; in digits, 1 and 2 after
// Adar. It samples the days
// (every 29th, or fewer under the race detector) and is skipped under
// -short.
func TestWholeRangeRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("the whole range is skipped under -short")
	}
	stride := 29
	if raceEnabled {
		stride = 997
	}
	first := time.Date(-3760, time.September, 7, 0, 0, 0, 0, time.UTC)
	last := time.Date(6239, time.September, 25, 0, 0, 0, 0, time.UTC)
	days := []time.Time{first, last, time.Time{}, time.Date(0, time.December, 31, 0, 0, 0, 0, time.UTC)}
	for d := first; d.Before(last); d = d.AddDate(0, 0, stride) {
		days = append(days, d)
	}
	var failures []string
	for _, day := range days {
		d := dateline.New(day)
		if d.Hebrew.IsZero() {
			t.Errorf("%v: no Hebrew date", day)
			continue
		}
		for _, layout := range presets {
			s := d.Format(layout)
			if refused(s) && layout == format.HebrewScript && lettersCannotWrite(d.Hebrew) {
				continue // refused, as it must be: no spelling reads back
			}
			if refused(s) && layout != format.HebrewScript && digitsCannotWrite(d.Hebrew) {
				continue // refused, as it must be: 2 Adar 2 is Adar II's
			}
			got, err := dateline.Parse(s, dateline.Reference(day))
			if err == nil && sameDate(d, got) && (layout != format.Published || got.Time.Equal(d.Time)) {
				continue
			}
			failures = append(failures, fmt.Sprintf("%04d-%02d-%02d in %q: %q reads as %v, %v", day.Year(), day.Month(), day.Day(), layout, s, got, err))
		}
	}
	for i, f := range failures {
		if i == 20 {
			t.Errorf("and %d more", len(failures)-i)
			break
		}
		t.Error(f)
	}
}

// refused reports whether s is what Format writes for a date it refuses
// because no text of the layout reads back as it.
func refused(s string) bool {
	return strings.HasPrefix(s, "%!Format(") && strings.Contains(s, format.ErrUnwritable.Error())
}

// lettersCannotWrite reports whether the Hebrew year of h has no spelling
// in Hebrew letters, after its month, that reads back: a year below 1000
// (תש״ס is 5760), and 1000 and 2000 after Adar (אדר א׳ is Adar I), and
// after the Adar of a common year one from 1100 to 2999 with hundreds.
func lettersCannotWrite(h hebrew.Date) bool {
	return h.Year < 1000 || (h.Year == 1000 || h.Year == 2000) && h.Month == hebrew.Adar ||
		h.Year > 1000 && h.Year < 3000 && h.Year%1000 >= 100 && h.Month == hebrew.Adar && !hebrew.IsLeapYear(h.Year) // אדר א׳ק״ג: Adar I 5103
}

// digitsCannotWrite reports whether the Hebrew year of h, in digits after
// its month, reads as another month: 1 and 2 after Adar (2 Adar 2 is the
// 2nd of Adar II), now that a year is written as it is, not as 0002.
func digitsCannotWrite(h hebrew.Date) bool {
	return h.Year <= 2 && h.Month == hebrew.Adar
}

// TestEveningRangeLayout: a dual range printed after sunset starts its
// civil range the evening before its Hebrew one (October 21-28 | 2-8
// Cheshvan, a day longer in Gregorian dates). Its layout writes a range of
// the same days in both calendars, which reads back as the day written,
// by day and after sunset; the layout once wrote the two lengths as read,
// which no day written by day agrees with.
func TestEveningRangeLayout(t *testing.T) {
	city := dateline.Sunset(fuzzCity)
	for _, example := range []string{
		"October 21-28, 2017 | 2-8 Cheshvan 5778",
		"2-8 ChshvAn, 5778 OCoBer 21-8  2017",
		"October 30-November 5, 2016 | 28 Tishrei-4 Cheshvan 5777",
	} {
		l, err := dateline.LayoutOf(example)
		require.NoError(t, err, example)
		for _, day := range []time.Time{
			time.Date(2023, time.February, 23, 12, 0, 0, 0, time.UTC),
			time.Date(2023, time.February, 23, 23, 0, 0, 0, time.UTC),
			time.Date(2024, time.March, 28, 9, 0, 0, 0, time.UTC),
		} {
			d := dateline.New(day)
			s := d.Format(example, city)
			got, err := dateline.Parse(s, city)
			if assert.NoError(t, err, "%s in layout %v: %q", day, l, s) {
				assert.Equal(t, d.Time.YearDay(), got.Time.YearDay(), "%s in layout %v: %q", day, l, s)
			}
		}
	}
}

// TestEarlyYears: a day of the first millennia (every 97th from 1
// Tishrei 1 to 1100), written in layouts of every kind of year, reads
// back as that day, or is refused where no text of the layout reads back
// (see format.Layout.Validate): never written as text that reads as
// another day or as none. Years below 1000 keep their leading zeros
// (January 17, 0010), as time.Format writes them.
func TestEarlyYears(t *testing.T) {
	// A long test: it runs beside the package's other long ones, one a core.
	t.Parallel()
	if testing.Short() {
		t.Skip("the early years are skipped under -short")
	}
	never := func(d dateline.Dateline) bool { return false }
	bce := func(d dateline.Dateline) bool { return d.Time.Year() < 0 }
	for _, tc := range []struct {
		layout  string
		refuses func(d dateline.Dateline) bool
	}{
		{format.Full, never},
		{format.Published, never},
		{format.HebrewDate, never},
		{"January 2, 2006", never},
		{"2. Januar 2006", never},
		{"2 de enero de 2006", never},
		{"2006-01-02", never},
		{"Monday, December 15, 1812 O.S. | 24 Tevet 5573", never},
		{format.HebrewScript, func(d dateline.Dateline) bool { return lettersCannotWrite(d.Hebrew) }},
		{"01/02/2006", bce},
		{"02.01.2006", bce},
		{"2006/01/02", bce}, // -3760/09/07 read as 3760
		{"1/2/06", bce},
		{"Mon, Jan 2 '06 2 Tevet 5766", bce},
		{"20060102", func(d dateline.Dateline) bool { return d.Time.Year() < 1000 }},
		{"February 11, 1731/2", func(d dateline.Dateline) bool { return true }},  // a double year from 1100 on
		{"February 11/22, 1732", func(d dateline.Dateline) bool { return true }}, // a pair 10 to 13 days apart
		{"October 22-28, 1700 (Old Style)", never},
		{"2 Tevet 5766 (January 2006)", never}, // a month and a year before 1: February -3750
		{"2 Tewet 5766 (Januar 2006)", never},
	} {
		t.Run(tc.layout, func(t *testing.T) {
			first := time.Date(-3760, time.September, 7, 0, 0, 0, 0, time.UTC)
			last := time.Date(1100, time.January, 1, 0, 0, 0, 0, time.UTC)
			bad := 0
			for day := first; day.Before(last) && bad < 5; day = day.AddDate(0, 0, 97) {
				d := dateline.New(day)
				s := d.Format(tc.layout)
				if tc.refuses(d) {
					if !refused(s) {
						bad++
						t.Errorf("%v: %q, not refused", day.Format("2006-01-02"), s)
					}
					continue
				}
				got, err := dateline.Parse(s, dateline.Reference(day))
				if err != nil || !sameDate(d, got) {
					bad++
					t.Errorf("%v: %q reads as %v, %v", day.Format("2006-01-02"), s, got, err)
				}
			}
		})
	}
}
