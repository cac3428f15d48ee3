package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestPolishSmallCountReckoning: Polish's "według (małego) rachunku"
// (by the (small) reckoning), with "roku" (of the year) before it or not,
// after a Hebrew year of three digits says it is written without its
// thousands, as "według małej rachuby" does: "28 adar riszon roku 486
// według rachunku" was read as the year 486.
func TestPolishSmallCountReckoning(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	// hd: 1726-03-01 is Friday, 28 Adar I 5486; 1739-06-19 Friday, 13
	// Sivan 5499.
	for _, tc := range []struct{ in, day, hebrew string }{
		{"28 adar riszon 486 według rachunku", "1726-03-01", "28 Adar I 5486"},
		{"piątek 28 adar riszon 486 według rachunku", "1726-03-01", "28 Adar I 5486"},
		{"13 siwan 499 roku według małego rachunku", "1739-06-19", "13 Sivan 5499"},
		{"13 siwan 499 wedle małego rachunku", "1739-06-19", "13 Sivan 5499"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find("Zmarł "+tc.in+" i pochowany.", ref)
			require.Len(t, ms, 1)
			assert.True(t, ms[0].Report.OK(), "%v", ms[0].Report.Problems)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.hebrew, ms[0].Dateline.Hebrew.String())
		})
	}
	// The weekday named is checked against the year read: a Saturday
	// named for Friday, 28 Adar I 5486, is an error of the weekday.
	ms := dateline.Find("Jego czysta dusza wyszła w sobotę 28 adar riszon roku 486 według rachunku i od stworzenia.", ref)
	require.Len(t, ms, 1)
	assert.Equal(t, "28 Adar I 5486", ms[0].Dateline.Hebrew.String())
	assert.True(t, hasProblem(ms[0].Report, dateline.CodeWeekday, dateline.Error), "%v", ms[0].Report.Problems)
}

// TestPolishWigilia: Polish's wigilia (eve) before a weekday in the
// genitive names the day before it, as Erev does: "piątek, wigilia
// soboty" (Friday, the eve of Saturday) is a Friday, and was read as the
// weekday Saturday, a false weekday error.
func TestPolishWigilia(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	// hd: 2024-03-01 is Friday, 21 Adar I 5784; 1739-06-19 Friday, 13
	// Sivan 5499.
	for _, tc := range []struct{ in, day string }{
		{"wigilia soboty, 1 marca 2024", "2024-03-01"},
		{"piątek, wigilia soboty, 1 marca 2024", "2024-03-01"},
		{"Piątek wigilia soboty 13 siwan 499 roku według małego rachunku", "1739-06-19"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in+".", ref)
			require.Len(t, ms, 1)
			assert.True(t, ms[0].Report.OK(), "%v", ms[0].Report.Problems)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format("2006-01-02"))
		})
	}
	rep := dateline.Check("wigilia soboty, 2 marca 2024", ref)
	assert.True(t, hasProblem(rep, dateline.CodeWeekday, dateline.Error), "%v", rep.Problems)
}
