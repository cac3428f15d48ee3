package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestGluedHoursWordAfterTime: a time of day with the word for hours
// glued to its minutes, as Latin American, Portuguese, German and Dutch
// pages set it (the fifty-seventh held-out round's "Segunda, 19/07/2010
// às 17:35hs"): hs, hrs, h, Uhr, uur, u. The same words were read glued
// to an hour alone (20hs, 19h); glued to a time with minutes they made
// the time fail, and the dateline was read without its time. The word is
// text of the layout, written back. Letters glued to a time that are no
// word for hours still end the dateline before the time.
func TestGluedHoursWordAfterTime(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkTimes(t, ref, []struct{ text, want string }{
		{"Início São Paulo - Segunda, 19/07/2010 às 17:35hs", "2010-07-19 17:35"},
		{"lunes 19/07/2010 a las 20:30hs.", "2010-07-19 20:30"},
		{"jueves 7 de diciembre de 2023, 19:45hrs", "2023-12-07 19:45"},
		{"Montag, 19.07.2010, 17:35Uhr", "2010-07-19 17:35"},
		{"vendredi 5 avril 2024 18:30h", "2024-04-05 18:30"},
		{"vrijdag 5 april 2024 om 20:00u", "2024-04-05 20:00"},
		{"Op vrijdag 16 november 2018 om 19:00uur, Dorpskerk", "2018-11-16 19:00"},
	})
	for _, s := range []string{"Segunda, 19/07/2010 às 17:35hs", "Montag, 19.07.2010, 17:35Uhr"} {
		l, err := dateline.LayoutOf(s)
		require.NoError(t, err, s)
		assert.Equal(t, s, l.Format(time.Date(2010, time.July, 19, 17, 35, 0, 0, time.UTC), hebrewOf(t, "8 Av 5770")), "written back")
	}
	for _, tc := range []struct{ text, match string }{
		{"Monday 19/07/2010 17:35hours", "Monday 19/07/2010"},
		{"lunes 19/07/2010 a las 17:35hsx", "lunes 19/07/2010"},
		{"Montag, 19.07.2010, 17:35Uhren", "Montag, 19.07.2010"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End], "no time")
			assert.False(t, ms[0].Dateline.HasTime)
		})
	}
}

// TestHebrewDateRepeatedInScript: a masthead that prints the day in both
// calendars and then the Hebrew date again in Hebrew script, after a
// separator (the fifty-seventh held-out round's "Domingo 23 de febrero
// de 2025 • 25 Shevat 5785 • כ"ה שבט ה' תשפ"ה"), is one dateline, the
// script date marked a repetition and written back by its layout.
// Before, Find read it as two datelines (the script as the next item of
// a list). A script date that names another day, or has no year, is no
// repetition: it is read as a dateline of its own, as before; so is one
// after a dateline with no Hebrew date.
func TestHebrewDateRepeatedInScript(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Domingo 23 de febrero de 2025 • 25 Shevat 5785 • כ\"ה שבט ה' תשפ\"ה", "Domingo 23 de febrero de 2025 • 25 Shevat 5785 • כ\"ה שבט ה' תשפ\"ה", "2025-02-23", "25 Shevat 5785"},
		{"Sunday, February 23, 2025 | 25 Shevat 5785 | כ״ה שבט תשפ״ה", "Sunday, February 23, 2025 | 25 Shevat 5785 | כ״ה שבט תשפ״ה", "2025-02-23", "25 Shevat 5785"},
		{"26 juni 2019 | 23 Sivan 5779 / כ״ג סיון תשע״ט", "26 juni 2019 | 23 Sivan 5779 / כ״ג סיון תשע״ט", "2019-06-26", "23 Sivan 5779"},
		{"Mercredi 26 juin 2019 - 23 Sivan 5779 - כ״ג בסיון ה׳תשע״ט", "Mercredi 26 juin 2019 - 23 Sivan 5779 - כ״ג בסיון ה׳תשע״ט", "2019-06-26", "23 Sivan 5779"},
	})
	l, err := dateline.LayoutOf("Sunday, February 23, 2025 | 25 Shevat 5785 | כ״ה שבט תשפ״ה")
	require.NoError(t, err)
	d := dateline.New(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	assert.Equal(t, "Saturday, March 2, 2024 | 22 Adar I 5784 | כ״ב אדר א׳ תשפ״ד", l.Format(d.Time, d.Hebrew))
	for _, tc := range []struct {
		text string
		n    int
	}{
		{"Sunday, February 23, 2025 | 25 Shevat 5785 | כ״ו שבט תשפ״ה", 2}, // another day
		{"Sunday, February 23, 2025 | 25 Shevat 5785 | כ״ה שבט", 2},       // no year
		{"Sunday, February 23, 2025 | כ״ה שבט תשפ״ה", 1},                  // the Hebrew date, once
	} {
		t.Run(tc.text, func(t *testing.T) {
			assert.Len(t, dateline.Find(tc.text, ref), tc.n)
		})
	}
}
