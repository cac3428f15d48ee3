package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
)

// TestYearlessAdar: a Hebrew date in a bare Adar that names no year is
// looked for in leap years too, read there as the rules for a bare Adar
// in a leap year say (Adar II, or Adar I where Adar II lacks the day or
// the weekday or Gregorian date shows it), with their warning or info:
// the nearest fitting year is never passed over for a common year's Adar
// (on 22 Adar I 5784, "14 Adar" was Purim 5783 and "22 Adar" 22 Adar
// 5783, a year back).
func TestYearlessAdar(t *testing.T) {
	mar2024 := time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC)    // 22 Adar I 5784
	dec2026 := time.Date(2026, time.December, 2, 12, 0, 0, 0, time.UTC) // 22 Kislev 5787
	mar2025 := time.Date(2025, time.March, 1, 12, 0, 0, 0, time.UTC)    // 1 Adar 5785, a common year
	tests := []struct {
		in     string
		ref    time.Time
		day    string
		hebrew string
		adar   string // the severity of the adar-ambiguous problem, if any
	}{
		{"22 Adar", mar2024, "2024-04-01", "22 Adar II 5784", "warning"},
		{"14 Adar", mar2024, "2024-03-24", "14 Adar II 5784", "warning"},
		{"י״ד אדר", mar2024, "2024-03-24", "14 Adar II 5784", "warning"},
		// Purim's name shows the Adar, as a weekday does (the 302nd
		// held-out round): an info.
		{"Purim, 14 Adar", mar2024, "2024-03-24", "14 Adar II 5784", "info"},
		{"30 Adar", mar2024, "2024-03-10", "30 Adar I 5784", "warning"},
		{"Sunday, 14 Adar", mar2024, "2024-03-24", "14 Adar II 5784", "info"},
		{"Friday, 14 Adar", mar2024, "2024-02-23", "14 Adar I 5784", "info"},
		{"יום ו׳ י״ד אדר", mar2024, "2024-02-23", "14 Adar I 5784", "info"},
		{"March 24 | 14 Adar", mar2024, "2024-03-24", "14 Adar II 5784", "info"},
		{"February 23 | 14 Adar", mar2024, "2024-02-23", "14 Adar I 5784", "info"},
		{"14 Adar", dec2026, "2027-03-23", "14 Adar II 5787", "warning"},
		{"22 Adar", dec2026, "2027-03-31", "22 Adar II 5787", "warning"},
		{"30 Adar", dec2026, "2027-03-09", "30 Adar I 5787", "warning"},
		// Unchanged: a qualified Adar, a stated year, a common year's Adar.
		{"14 Adar I", mar2024, "2024-02-23", "14 Adar I 5784", ""},
		{"14 Adar 5787", mar2024, "2027-03-23", "14 Adar II 5787", "warning"},
		{"14 Adar", mar2025, "2025-03-14", "14 Adar 5785", ""},
		{"Friday, 14 Adar", mar2025, "2025-03-14", "14 Adar 5785", ""},
		{"14 Shevat", mar2024, "2024-01-24", "14 Shevat 5784", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in+" on "+tc.ref.Format("2006-01-02"), func(t *testing.T) {
			rep := dateline.Check(tc.in, dateline.Reference(tc.ref))
			require.NoError(t, rep.Err(), "%+v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String())
			adar := ""
			for _, p := range rep.Problems {
				if p.Code == dateline.CodeAdarAmbiguous {
					adar = p.Severity.String()
				}
			}
			assert.Equal(t, tc.adar, adar, "%+v", rep.Problems)
		})
	}
}

// TestFindYearlessAdar: free text finds a year-less Adar date as Parse
// reads it.
func TestFindYearlessAdar(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	ms := dateline.Find("Purim is 14 Adar.", ref)
	require.Len(t, ms, 1)
	assert.Equal(t, "14 Adar II 5784", ms[0].Dateline.Hebrew.String())
	assert.Equal(t, "2024-03-24", ms[0].Dateline.Time.Format("2006-01-02"))
}

// TestLayoutOfYearlessAdar: the layout of an example with a bare Adar and
// no year names Adar I and Adar II, whatever year the example is read in:
// only a site that writes a leap year's Adar bare with its year shows it
// writes both Adars so.
func TestLayoutOfYearlessAdar(t *testing.T) {
	for _, ex := range []string{"14 Adar", "י״ד אדר"} {
		t.Run(ex, func(t *testing.T) {
			l, err := dateline.LayoutOf(ex)
			require.NoError(t, err)
			got := l.Format(time.Date(2024, time.February, 23, 0, 0, 0, 0, time.UTC), hebrew.Date{Year: 5784, Month: hebrew.Adar, Day: 14})
			back, err := dateline.Parse(got+" 5784", dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC)))
			require.NoError(t, err, got)
			assert.Equal(t, hebrew.Adar, back.Hebrew.Month, got) // Adar I
		})
	}
}

// TestLayoutOfAdarDigitDay: "Adar 1 " is Adar's 1st, the digit its day
// and not Adar I's numeral, and the space after it is no text of the
// dateline, as after any other month's day: its layout is Tevet's. It
// kept the space as the trailing space of "Adar 1" read as Adar I, and
// wrote "Adar II 1 ", whose layout is "Tevet 2" (found by FuzzLayoutOf).
func TestLayoutOfAdarDigitDay(t *testing.T) {
	for _, ex := range []string{"Adar 1 ", "AdAr 1 ", "Adar 1", "Tevet 1 "} {
		t.Run(ex, func(t *testing.T) {
			l, err := dateline.LayoutOf(ex)
			require.NoError(t, err)
			assert.Equal(t, "Tevet 2", l.String())
		})
	}
}
