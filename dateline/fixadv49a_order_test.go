package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestCustomOrderSwappedWarned: a numeric date that its text's custom
// writes day first (points, in Hebrew text too; a weekday named in a
// day-first language), which only its month-first reading fits beside a Hebrew
// date, is read so with a warning that says the custom: "שבת 03.02.2024,
// כ״ב אדר א׳ תשפ״ד", "samedi 03/02/2024 | 22 Adar I 5784" and "zaterdag
// 3-2-2024 | 22 Adar I 5784" passed as March 2 with nothing said, though
// written so they are February 3 (24 Shevat 5784), as "03.02.2024 | 22
// Adar I 5784" was warned of. Near misses: a date whose day-first reading
// fits, a date with a day past 12, and English text stay without it.
func TestCustomOrderSwappedWarned(t *testing.T) {
	for _, tc := range []struct{ in, date string }{
		{"כ״ב באדר א׳ תשפ״ד, 3.2.2024", "3.2.2024"},
		{"שבת 03.02.2024, כ״ב אדר א׳ תשפ״ד", "03.02.2024"},
		{"samedi 03/02/2024 | 22 Adar I 5784", "03/02/2024"},
		{"sábado 03/02/2024 | 22 Adar I 5784", "03/02/2024"},
		{"zaterdag 3-2-2024 | 22 Adar I 5784", "3-2-2024"},
		{"Samstag, 03/02/2024 | 22 Adar I 5784", "03/02/2024"},
		{"03.02.2024 | 22 Adar I 5784", "03.02.2024"},
		{"ט״ו בשבט תשפ״ה, 2.13.2025", ""}, // day past 12: no two readings
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, adv49Ref)
			if tc.date == "" {
				assert.False(t, hasProblem(rep, dateline.CodeDateAmbiguous, dateline.Warning), "%v", rep.Problems)
				return
			}
			assert.Equal(t, "2024-03-02", rep.Dateline.Time.Format("2006-01-02"))
			require.True(t, hasProblem(rep, dateline.CodeDateAmbiguous, dateline.Warning), "%v", rep.Problems)
			for _, p := range rep.Problems {
				if p.Code == dateline.CodeDateAmbiguous {
					assert.Equal(t, tc.date, tc.in[p.Start:p.End])
					assert.Contains(t, p.Message, "day first")
				}
			}
		})
	}
	// Read day first, which fits: no warning.
	for _, tc := range []struct{ in, day string }{
		{"שבת 02.03.2024, כ״ב אדר א׳ תשפ״ד", "2024-03-02"},
		{"samedi 02/03/2024 | 22 Adar I 5784", "2024-03-02"},
		{"zaterdag 2-3-2024 | 22 Adar I 5784", "2024-03-02"},
		{"Montag, 6.12.2021", "2021-12-06"},
		{"Saturday 03/02/2024 | 22 Adar I 5784", "2024-03-02"},
		{"3/2/2024 | כ״ב אדר א׳ תשפ״ד", "2024-03-02"}, // US slashes beside a Hebrew date
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, adv49Ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.False(t, hasProblem(rep, dateline.CodeDateAmbiguous, dateline.Warning), "%v", rep.Problems)
		})
	}
	// With the day-first option, a mismatch is the calendar's error.
	rep := dateline.Check("samedi 03/02/2024 | 22 Adar I 5784", adv49Ref, dateline.DayFirst())
	assert.False(t, rep.OK())
	assert.True(t, hasProblem(rep, dateline.CodeCalendar, dateline.Error), "%v", rep.Problems)
}
