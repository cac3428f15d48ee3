package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
)

// TestRoshChodeshDay: a weekday, a date or the words of a luach say which
// day of a two-day Rosh Chodesh a dateline names (issue 13, item 5).
func TestRoshChodeshDay(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	tests := []struct {
		in, day, hebrew string
		code            dateline.Code
	}{
		{"Rosh Chodesh Kislev falls on Sunday, Dec 1", "2024-12-01", "30 Cheshvan 5785", dateline.CodeYearInferred},
		{"Rosh Chodesh Kislev falls on Sunday, Dec 1, 2024", "2024-12-01", "30 Cheshvan 5785", ""},
		{"ב׳ דר״ח אדר ב׳ תשפ״ד", "2024-03-11", "1 Adar II 5784", ""},
		{"א׳ דר״ח אדר ב׳ תשפ״ד", "2024-03-10", "30 Adar I 5784", ""},
		{"ב' דר\"ח אדר ב' תשפ\"ב, 4.3.2022", "2022-03-04", "1 Adar II 5782", ""},
		{"יום שני, ב׳ דר״ח אדר ב׳", "2024-03-11", "1 Adar II 5784", dateline.CodeYearInferred},
		{"ר״ח סיון תשפ״ד", "2024-06-07", "1 Sivan 5784", ""},
		{"יום שישי, ב' דראש חודש אדר, (20.2.15)", "2015-02-20", "1 Adar 5775", ""},
		{"א' דראש חודש אדר א' תשפ\"ד", "2024-02-09", "30 Shevat 5784", ""},
		{"ר״ח אדר ב׳ תשפ״ד", "2024-03-11", "1 Adar II 5784", dateline.CodeDateAmbiguous},
		{"Sunday, ר״ח אדר ב׳ תשפ״ד", "2024-03-10", "30 Adar I 5784", ""},
		// After Iyyar, of 29 days, Rosh Chodesh Sivan is one day.
		{"ב׳ דר״ח סיון תשפ״ד", "2024-06-07", "1 Sivan 5784", dateline.CodeNoSuchDay},
		// The date says the day is the second, not the first.
		{"Monday, March 11, 2024, א׳ דר״ח אדר ב׳", "2024-03-11", "", dateline.CodeCalendar},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			if tc.hebrew != "" {
				assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String())
			}
			if tc.code == "" {
				assert.Empty(t, rep.Problems)
				return
			}
			require.NotEmpty(t, rep.Problems, "%s", tc.code)
			assert.Equal(t, tc.code, rep.Problems[0].Code)
		})
	}
}

// TestRoshChodeshDayLayout: a luach's layout writes each day of Rosh
// Chodesh by which it is, and other days as numerals.
func TestRoshChodeshDayLayout(t *testing.T) {
	l, err := dateline.LayoutOf("ב׳ דר״ח אדר ב׳ תשפ״ד")
	require.NoError(t, err)
	for _, tc := range []struct {
		h    hebrew.Date
		want string
	}{
		{hebrew.Date{Year: 5784, Month: hebrew.Adar, Day: 30}, "א׳ דר״ח אדר ב׳ תשפ״ד"},
		{hebrew.Date{Year: 5784, Month: hebrew.AdarII, Day: 1}, "ב׳ דר״ח אדר ב׳ תשפ״ד"},
		{hebrew.Date{Year: 5784, Month: hebrew.Sivan, Day: 1}, "ר״ח סיון תשפ״ד"},
		{hebrew.Date{Year: 5784, Month: hebrew.Sivan, Day: 6}, "ו׳ סיון תשפ״ד"},
		{hebrew.Date{Year: 5785, Month: hebrew.Tishrei, Day: 1}, "א׳ תשרי תשפ״ה"},
	} {
		y, m, d := tc.h.Gregorian()
		got := l.Format(time.Date(y, m, d, 0, 0, 0, 0, time.UTC), tc.h)
		assert.Equal(t, tc.want, got)
		back, err := dateline.Parse(got)
		require.NoError(t, err, got)
		assert.Equal(t, tc.h, back.Hebrew, got)
	}
	// A bare numeral before the abbreviation with its gershayim: the
	// layout keeps the marks, since a bare one writes רח, which reads as
	// nothing.
	l, err = dateline.LayoutOf("א דר״ח אדר")
	require.NoError(t, err)
	h := hebrew.Date{Year: 5784, Month: hebrew.Adar, Day: 30}
	got := l.Format(time.Date(2024, time.March, 10, 0, 0, 0, 0, time.UTC), h)
	assert.Equal(t, "א׳ דר״ח אדר ב׳", got)
	back, err := dateline.Parse(got)
	require.NoError(t, err, got)
	assert.Equal(t, h.Month, back.Hebrew.Month, got)
	assert.Equal(t, h.Day, back.Hebrew.Day, got)
}

// TestBareRoshChodesh: "Rosh Chodesh" without its month after a civil
// date names the day's Rosh Chodesh: either day of a two-day one is
// right, any other day (and 1 Tishrei, Rosh Hashana) an occasion error;
// without a year, it helps choose the year.
func TestBareRoshChodesh(t *testing.T) {
	occ := []dateline.Code{dateline.CodeOccasion}
	for in, want := range map[string]struct {
		when  string
		codes []dateline.Code
	}{
		"Monday, March 11, 2024 Rosh Chodesh":      {"2024-03-11", nil},
		"Sunday, March 10, 2024 - Rosh Chodesh":    {"2024-03-10", nil},
		"Tuesday, March 12, 2024 Rosh Chodesh":     {"2024-03-12", occ},
		"Thursday, October 3, 2024 Rosh Chodesh":   {"2024-10-03", occ},
		"November 2, 2024 – Rosh Chodesh":          {"2024-11-02", nil},
		"יום שני, 11 במרץ 2024 ראש חודש":           {"2024-03-11", nil},
		"יום שלישי, 12 במרץ 2024 ראש חודש":         {"2024-03-12", occ},
		"Tuesday, October 29th – Rosh Chodesh":     {"2019-10-29", nil},
		"Monday, March 11, 2024 Rosh Chodesh Adar": {"2024-03-11", nil},
	} {
		t.Run(in, func(t *testing.T) { checkClassRow(t, in, want.when, "2006-01-02", want.codes, false) })
	}
}
