package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestLetterNamedYear: a year named by the names of its Hebrew letters
// after a day and month named so, as Chabad's letters date themselves:
// "Tes Vov Cheshvan, Tof Shin Nun Aleph" (abochurinlubavitch.blogspot.com,
// the 256th held-out round) is 15 Cheshvan 5751; Find read the day and
// month alone in the year nearest the reference, 5787, and said the text
// named no year. The names are the year's letters without its thousands,
// largest first, a Hei for the thousands before them or not; letters in
// another order, or without a hundred, are no year. A layout writes the
// year back so.
func TestLetterNamedYear(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Tes Vov Cheshvan, Tof Shin Nun Aleph", "1990-11-03"},
		{"Yud Shevat, Tof Shin Yud Alef", "1951-01-17"},
		{"Yud Tes Kislev Tof Shin Ayin Hei", "2014-12-11"}, // 5775, ה not ט״ו
		{"Gimmel Tammuz, Hei Tof Shin Nun Daled", "1994-06-12"},
		{"Chof Av, Tav Shin Mem Gimel", "1983-07-30"},
		{"Tes Vov Shevat, Tof Shin Tes Vov", "1955-02-07"}, // 5715, תשט״ו
		{"Yud-Alef Nissan, Tof-Shin-Pei-Daled", "2024-04-19"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Brooklyn, Tes Vov Cheshvan, Tof Shin Nun Aleph. To all", "Tes Vov Cheshvan, Tof Shin Nun Aleph", "1990-11-03", "15 Cheshvan 5751"},
	})
	// Letters out of order, or with no hundred, are no year: the date
	// is read without one, as before.
	for _, text := range []string{"Yud Shevat, Shin Tof", "Yud Shevat, Alef Beis", "Yud Shevat, Tof Shin Yud Hei"} {
		ms := dateline.Find(text, heldoutRef)
		if assert.Len(t, ms, 1, text) {
			assert.Equal(t, "Yud Shevat", ms[0].Input, text)
		}
	}
	// A wrong weekday is still an error.
	rep := dateline.Check("Sunday, Tes Vov Cheshvan, Tof Shin Nun Aleph", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)

	l, err := dateline.LayoutOf("Tes Vov Cheshvan, Tof Shin Nun Aleph")
	require.NoError(t, err)
	d := dateline.New(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	assert.Equal(t, "Chof Beis Adar I, Tof Shin Pei Daled", l.Format(d.Time, d.Hebrew))
	l, err = dateline.LayoutOf("Kaf Av, Tav Shin Mem Gimel")
	require.NoError(t, err)
	assert.Equal(t, "Kaf Bet Adar I, Tav Shin Pe Dalet", l.Format(d.Time, d.Hebrew))
}
