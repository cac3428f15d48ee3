package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewTextDayFirst: Hebrew text reads numeric dates day first,
// unless told otherwise (issue 13, item 3).
func TestHebrewTextDayFirst(t *testing.T) {
	tests := []struct {
		in   string
		opts []dateline.Option
		day  string
	}{
		{"(7.11.1912 למניינם)", nil, "1912-11-07"},
		{"(7.11.1912 למניינם)", []dateline.Option{dateline.MonthFirst()}, "1912-07-11"},
		{"03/02/2024 בשעה 10:00", nil, "2024-02-03"},
		{"01/02/2024 לסה״נ", nil, "2024-02-01"},
		{"יום א׳, 03/02/2024", nil, "2024-02-03"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, tc.opts...)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			for _, p := range rep.Problems {
				assert.NotEqual(t, dateline.CodeDateAmbiguous, p.Code, "Hebrew text says day first: %s", p.Message)
			}
		})
	}
	// In free text, the Hebrew around the date says so.
	ms := dateline.Find("נולד ב-03/02/2024 בירושלים")
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "2024-02-03", ms[0].Dateline.Time.Format("2006-01-02"))
		assert.Empty(t, ms[0].Problems)
	}
	ms = dateline.Find("He was born 03/02/2024 in Jerusalem")
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "2024-03-02", ms[0].Dateline.Time.Format("2006-01-02"))
	}
}

// TestHebrewTextHebrewDateSaysOrder: a numeric date beside a Hebrew date
// in Hebrew script is read in the order the Hebrew date fits, as it is
// beside one in Latin letters ("22 Adar I 5784 | 3/2/2024"): US Jewish
// sites print the Hebrew date in its script beside the month-first civil
// one. Hebrew text's custom, day first, chose alone: "כ״ב באדר א׳ תשפ״ד,
// 3/2/2024" was read February 3 and refused as no 22 Adar I, and in
// --json its Gregorian day was February 3. Where both readings or
// neither fit, the custom's is kept.
func TestHebrewTextHebrewDateSaysOrder(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct {
		in  string
		day string
		ok  bool
	}{
		{"כ״ב באדר א׳ תשפ״ד, 3/2/2024", "2024-03-02", true},
		{`י"ח בכסליו התשפ"ד, 12/1/23`, "2023-12-01", true},
		{"ג׳ באדר א׳ תשפ״ד, 2/12/2024", "2024-02-12", true},
		{"י״ד בניסן תשפ״ד 4/22/2024", "2024-04-22", true},
		{"ה׳ באלול תשפ״ד – 9/8/2024", "2024-09-08", true},
		{"יום שבת, י׳ בתשרי תשפ״ה, 10/12/2024", "2024-10-12", true},
		// The custom's order, where the Hebrew date fits it.
		{"כ״ב באדר א׳ תשפ״ד, 2/3/2024", "2024-03-02", true},
		{"ג׳ באדר א׳ תשפ״ד, 12/2/2024", "2024-02-12", true},
		{"ה׳ באלול תשפ״ד, 8/9/2024", "2024-09-08", true},
		// Near misses: no Hebrew date, the custom alone; a Hebrew
		// date neither order fits, the custom's reading's error.
		{"יום ו׳, 01/03/2024", "2024-03-01", true},
		{"כ״ד באדר א׳ תשפ״ד, 3/2/2024", "2024-02-03", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			assert.Equal(t, tc.ok, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.False(t, hasProblem(rep, dateline.CodeDateAmbiguous, dateline.Warning), "%v", rep.Problems)
		})
	}
	ms := dateline.Find("השיעור יתקיים ביום שבת כ״ב באדר א׳ תשפ״ד, 3/2/2024 בבית הכנסת", ref)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "2024-03-02", ms[0].Dateline.Time.Format("2006-01-02"))
		assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
	}
	// An option still says which.
	rep := dateline.Check("כ״ב באדר א׳ תשפ״ד, 3/2/2024", ref, dateline.DayFirst())
	assert.False(t, rep.OK())
	assert.Equal(t, "2024-02-03", rep.Dateline.Time.Format("2006-01-02"))
}
