package dateline_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestDayOfOmerAfterDate: "day N of the Omer" after a civil or Hebrew
// date is read and checked as "Omer: day N" and "Nth day of the Omer"
// are: it was refused, "expected a date, found "day"". A count that
// disagrees with the date is an error naming both.
func TestDayOfOmerAfterDate(t *testing.T) {
	for _, tc := range []struct {
		text     string
		severity dateline.Severity
		ok       bool
	}{
		{"Sunday, May 26, 2024 | 18 Iyyar 5784 | day 33 of the Omer", 0, true},
		{"Sunday, May 26, 2024, Day 33 of the Omer", 0, true},
		{"18 Iyyar 5784 - Day 33 of the Omer", 0, true},
		{"Wednesday, April 24, 2024: day 1 of the Omer", 0, true},
		{"Sunday, May 26, 2024, the 33rd day of the Omer", 0, true},
		{"18 Iyyar 5784, the 33rd day of the Omer", 0, true},
		{"Sunday, May 26, 2024 | day 34 of the Omer", dateline.Warning, false},
		{"Sunday, May 26, 2024 | day 12 of the Omer", dateline.Error, false},
		{"1 Iyyar 5784, day 20 of the Omer", dateline.Error, false},
		{"1 Iyyar 5784, day 17 of the Omer", dateline.Warning, false},
		{"Friday, March 1, 2024, Day 12 of the Omer", dateline.Error, false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text)
			if tc.ok {
				assert.Empty(t, rep.Problems)
				assert.Positive(t, rep.Dateline.Omer())
				return
			}
			require.Len(t, rep.Problems, 1, "%+v", rep.Problems)
			p := rep.Problems[0]
			assert.Equal(t, dateline.CodeOmer, p.Code)
			assert.Equal(t, tc.severity, p.Severity)
			assert.Regexp(t, `^\d+$`, tc.text[p.Start:p.End])
			if tc.severity == dateline.Error {
				assert.Contains(t, p.Message, "not")
				_, err := dateline.Parse(tc.text)
				assert.True(t, errors.Is(err, dateline.ErrOmer), "%v", err)
			}
		})
	}
	rep := dateline.Check("Sunday, May 26, 2024 | day 12 of the Omer")
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, "18 Iyyar 5784 is day 33 of the Omer, not day 12", rep.Problems[0].Message)
	// Words after a date that are no Omer stay what they were.
	for _, text := range []string{"Sunday, May 26, 2024, day 3 of the trip", "Sunday, May 26, 2024 - day 33 of Omer"} {
		t.Run("near miss "+text, func(t *testing.T) {
			_, err := dateline.Parse(text)
			assert.Error(t, err)
		})
	}
}

// TestDayOfOmerLayout: a layout of a date with the count's words after
// it, as hebcal writes them ("2nd day of the Omer") or before and after
// it ("Day 2 of the Omer"), compiles, and writes them with the count in
// the Omer's season and leaves them out outside it: they were refused as
// the count of a number of their own since 4e03373e ("its "of the Omer"
// is a part of the reference day that is not read as one"), and "Day 2
// of the Omer" was no count.
func TestDayOfOmerLayout(t *testing.T) {
	for _, layout := range []string{
		"Monday, January 2, 2006 | 2 Tevet 5766 | 2nd day of the Omer",
		"Monday, January 2, 2006 | Day 2 of the Omer",
		"2 Tevet 5766, Day 2 of the Omer",
		"Jan 2, 2006 (day 2 of the Omer)",
	} {
		t.Run(layout, func(t *testing.T) {
			_, err := dateline.Compile(layout)
			require.NoError(t, err)
			assert.Contains(t, day("2024-05-26").Format(layout), "33")
			assert.NotContains(t, day("2024-01-01").Format(layout), "Omer")
		})
	}
	// A count's words with a count of their own beside another's stay
	// refused: the second "of the Omer" would be written on every day.
	_, err := dateline.Compile("Monday, January 2, 2006 | Day 2 of the Omer, Day 2 of the Omer")
	assert.ErrorIs(t, err, dateline.ErrLayout)
}
