package hebrew_test

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/hebrew"
)

// TestBadYears: years 0, -1 and 10000 and the extremes of int are
// refused with a *DateError wrapping ErrRange, by both calendars, and no
// function panics on them.
func TestBadYears(t *testing.T) {
	for _, y := range []int{0, -1, 10000, math.MaxInt, math.MinInt} {
		_, err := hebrew.NewDate(y, hebrew.Tishrei, 1)
		assert.ErrorIs(t, err, hebrew.ErrRange, "Hebrew year %d", y)
		var de *hebrew.DateError
		assert.True(t, errors.As(err, &de))
		assert.NotPanics(t, func() {
			_ = hebrew.IsLeapYear(y)
			_ = hebrew.MonthsInYear(y)
			_ = hebrew.DaysInYear(y)
			_ = hebrew.DaysInMonth(y, hebrew.Adar)
			_ = hebrew.AppendNumeral(nil, y, 0)
		})
	}
	for _, y := range []int{-3761, 6240, 10000, math.MaxInt, math.MinInt} {
		_, err := hebrew.FromGregorian(y, time.January, 1)
		assert.ErrorIs(t, err, hebrew.ErrRange, "Gregorian year %d", y)
	}
	// Gregorian years 0 and -1 are proleptic years, inside the range.
	for _, y := range []int{0, -1} {
		h, err := hebrew.FromGregorian(y, time.January, 1)
		require.NoError(t, err)
		gy, gm, gd := h.Gregorian()
		assert.Equal(t, [3]int{y, 1, 1}, [3]int{gy, int(gm), gd}, "no roll-over")
	}
}

// TestBadText: the readers of text take empty text, a megabyte, invalid
// UTF-8, NUL bytes and numbers of forty digits, and refuse them with a
// *SyntaxError that says where, inside the text, or a *DateError.
func TestBadText(t *testing.T) {
	const forty = "1234567890123456789012345678901234567890"
	for _, in := range []string{
		"", "\x00", "\xff", "\xd7", "כ״ב\x00", "22 Adar I " + forty, forty + " Adar I 5784", "22 Adar I 0",
		"22 Adar I -1", "22 Adar I 10000", "1 Tishrei 0", strings.Repeat("ת", 1<<19), strings.Repeat("\xff", 1<<20),
		strings.Repeat("Adar ", 1<<18), forty,
	} {
		name := in
		if len(name) > 40 {
			name = name[:40]
		}
		t.Run(name, func(t *testing.T) {
			check := func(err error) {
				if err == nil {
					return
				}
				var se *hebrew.SyntaxError
				var de *hebrew.DateError
				switch {
				case errors.As(err, &se):
					assert.True(t, se.Offset >= 0 && se.Offset <= len(in), "offset %d", se.Offset)
				case errors.As(err, &de):
				default:
					t.Errorf("%T %v", err, err)
				}
			}
			_, err := hebrew.ParseNumeral(in)
			check(err)
			_, _, err = hebrew.ReadNumeral(in)
			check(err)
			_, err = hebrew.LookupMonth(in)
			check(err)
			_, _ = hebrew.MatchMonth(in)
			var d hebrew.Date
			err = d.UnmarshalText([]byte(in))
			check(err)
			if in != "" {
				assert.Error(t, err)
			}
		})
	}
}
