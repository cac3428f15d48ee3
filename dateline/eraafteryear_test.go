package dateline_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestEraAfterYearEnd: the era after a civil year at a dateline's end, "CE",
// "C.E.", "AD", "A.D." and German's "n. Chr.", is text of the dateline, as
// it is before another part ("15 March 1081 CE = 3 Nisan 4841 AM") and as
// Hebrew's לספירה is. "December 31, 1999 CE", "1 January 33 AD" and
// "January 1, 1 CE" were refused, "expected a date, found "CE"" (Find's match
// ends before it, as it did); January 1, 1 CE, whose time is time.Time's
// zero at midnight UTC, was written by scan as a whole Hebrew month.
func TestEraAfterYearEnd(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, day, heb string }{
		{"December 31, 1999 CE", "1999-12-31", "22 Tevet 5760"},
		{"December 31, 1999 A.D.", "1999-12-31", "22 Tevet 5760"},
		{"Friday, December 31, 1999 AD", "1999-12-31", "22 Tevet 5760"},
		{"1 January 33 AD", "0033-01-01", "12 Tevet 3793"},
		{"January 1, 1 CE", "0001-01-01", "18 Tevet 3761"},
		{"August 4, 70 C.E.", "0070-08-04", "11 Av 3830"},
		{"10 september 2021 n.Chr.", "2021-09-10", "4 Tishrei 5782"},
		{"January 1, 2024 לספירה", "2024-01-01", "20 Tevet 5784"},
		{"1 בינואר 2024 לספירה", "2024-01-01", "20 Tevet 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d, err := dateline.Parse(tc.text, ref)
			require.NoError(t, err)
			assert.Equal(t, tc.day, d.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, d.Hebrew.String())
			ms := dateline.Find("Written "+tc.text+" here.", ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
		})
	}
}

// TestEraBeforeCommonEraSaid: a year before the common era is out of
// range, and the error says so at the era, where it said "expected a
// month name, found "BC"", which named no reason.
func TestEraBeforeCommonEraSaid(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	for _, in := range []string{"March 15, 44 BC", "15 March 44 BCE", "March 15, 1044 B.C.E.", "15 March 1044 v. Chr."} {
		t.Run(in, func(t *testing.T) {
			_, err := dateline.Parse(in, ref)
			require.Error(t, err)
			assert.ErrorIs(t, err, dateline.ErrOutOfRange)
			var pe *dateline.ProblemError
			if assert.True(t, errors.As(err, &pe)) {
				assert.Contains(t, "BCv", in[pe.Problem.Start:pe.Problem.Start+1]) // at the era
			}
		})
	}
}
