package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestSlipWeekdayYearless: a misspelt weekday before a day and a month
// named right, with no year (round 308's "Wedensday, July 26, 8:45pm" on
// a Tisha B'Av page): Find reads the weekday, and the year is the latest
// that fits it, as Check read it. Before, a misspelt name counted in free
// text only with a year, so Find read the date alone, in the year nearest
// the reference and on another weekday (Sunday, July 26, 2026), with
// nothing said of the Wednesday the text names. A misspelt month still
// needs its year, and a word that misspells no weekday is not read as one.
func TestSlipWeekdayYearless(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.December, 7, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, want, clock string }{
		{"Wedensday, July 26, 8:45pm", "2023-07-26", "20:45"},
		{"Wedensday, July 26", "2023-07-26", ""},
		{"Join us Thrusday, March 7 at 7pm for Purim", "2024-03-07", "19:00"},
		{"Satruday, October 5 at 10am", "2024-10-05", "10:00"},
		{"saato 24 dicembre", "2022-12-24", ""},
		{"Frdiay, 12 January", "2024-01-12", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.want, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.clock != "", m.Dateline.HasTime)
			if tc.clock != "" {
				assert.Equal(t, tc.clock, m.Dateline.Time.Format("15:04"))
			}
			spelled := false
			for _, p := range m.Problems {
				assert.NotEqual(t, dateline.Code("weekday"), p.Code, "%v", m.Problems)
				spelled = spelled || p.Code == dateline.CodeSpelling
			}
			assert.True(t, spelled, "the correction is named: %v", m.Problems)
			// Check reads the dateline alone to the same day.
			rep := dateline.Check(tc.text[m.Start:m.End], ref)
			assert.Equal(t, m.Dateline.Time, rep.Dateline.Time)
		})
	}
	for _, s := range []string{
		"Mondey, Septmber 4",      // the month misspelt too: no year, no date
		"the Tammuzi 3rd",         // a misspelt month alone
		"Sundays, July 26 and 27", // a plural, no weekday's slip
	} {
		t.Run(s, func(t *testing.T) {
			for _, m := range dateline.Find(s, ref) {
				for _, p := range m.Problems {
					assert.NotEqual(t, dateline.CodeSpelling, p.Code, "%q read a misspelt name: %v", s[m.Start:m.End], m.Problems)
				}
			}
		})
	}
}
