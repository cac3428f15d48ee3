package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestGluedMonthDay: an English month's full name glued to the day after
// it, its space lost in print ("Friday, December17", the fifty-fifth
// held-out round's Beth Israel Malden schedule, an incoming row that
// missed as "expected a date"), is read as the month and the day, with or
// without a year, an ordinal ending or a weekday, at the start of a line
// or inside a sentence. Before, a word glued to digits was no word.
func TestGluedMonthDay(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 12, 0, 0, 0, time.UTC))
	for text, want := range map[string]string{
		"Friday, December17":                       "2021-12-17",
		"December17, 2010":                         "2010-12-17",
		"Schedule for Friday, December17, 2010":    "2010-12-17",
		"September5th, 2024 at 7:30 pm":            "2024-09-05",
		"the meeting of January3, 2019 was closed": "2019-01-03",
		"Sunday, March31, 2024 | 21 Adar II 5784":  "2024-03-31",
		"(October 2, 2024) and ends November1st":   "2024-10-02",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, ref)
			require.NotEmpty(t, ms)
			assert.Equal(t, want, ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
}

// TestGluedMonthDayNotInProse: what the glued reading must not take. An
// abbreviation or May glued to digits is a code (Dec17, Mar3, May2), a
// month before a year or a number that is no day (November2024,
// December32, August100) is none, a lower-case name (december17) is a
// handle or a file's name, and a Hebrew month's name glued to a digit is
// its Adar I or II, not a day (Adar1 5784).
func TestGluedMonthDayNotInProse(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 12, 0, 0, 0, time.UTC))
	for _, text := range []string{
		"ticket Dec17 was closed",
		"see Mar3 and May2 in the log",
		"the November2024 report",
		"December32 is no day",
		"August100 codes",
		"user december17 wrote",
		"AprilFools2024",
		"Junebug5 replied",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, ref))
		})
	}
	ms := dateline.Find("Adar1 5784", ref)
	require.Len(t, ms, 1)
	assert.Contains(t, ms[0].Dateline.Hebrew.String(), "Adar I 5784", "Adar1 is Adar I, not a day")
}
