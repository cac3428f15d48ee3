package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewLettersBeforeNumericDate: a numeric date after a Hebrew word
// that ends in a geresh or gershayim (weekday letters, מס׳) is in Hebrew
// text, read day first as Israeli pages write it, and so is a range of
// two whole numeric dates joined by a dash after Hebrew text: "ימים ב'-ד'
// 6/9/2021-8/9/2021" (Monday to Wednesday, September 6-8; the
// fifty-sixth held-out round) was read June 9, with a warning that it
// reads both ways. A range with no text around it, or after English,
// still reads both ways and says so.
func TestHebrewLettersBeforeNumericDate(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"ימים ב'-ד' 6/9/2021-8/9/2021", "2021-09-06"},
		{"בימים א׳–ה׳ 3/4/2022–7/4/2022 יתקיימו הבחינות", "2022-04-03"},
		{"ימי ב'-ד' 6/9/2021", "2021-09-06"},
		{"בישיבתה מס' 6/18 מיום 11/07/18", "2018-07-11"},
		{"תאריך: 6/9/2021-8/9/2021", "2021-09-06"},
		{"החופשה 6/9/2021 - 8/9/2021 בלבד", "2021-09-06"},
	})
	for _, s := range []string{"6/9/2021-8/9/2021", "On 6/9/2021-8/9/2021 we met", "rock 'n' 6/9/2021-8/9/2021"} {
		ms := dateline.Find(s, heldoutRef)
		require.Len(t, ms, 1, s)
		assert.Equal(t, "2021-06-09", ms[0].Dateline.Time.Format(time.DateOnly), s)
		assert.Contains(t, codesOf(ms[0].Problems), dateline.CodeDateAmbiguous, s)
	}
}

// TestHebrewHoursSpan: a span of hours after a date, as Israeli notices
// write it: "between the hours" (בין השעות, בין השעה, בין), "at the
// hours" (בשעות) or "from the hour" (משעה) before its start, and "to the
// hour" (לשעה), ל- or "until" (עד, עד השעה) before its end. "ביום ראשון
// 19.08.18 בין השעה 17:00 לשעה 21:00" (a moshav's ballot, the
// fifty-sixth held-out round) was read without its time. The span's start
// is the dateline's time; בין before a date, and ל or עד before no clock,
// join no hours.
func TestHebrewHoursSpan(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"ביום ראשון 19.08.18 בין השעה 17:00 לשעה 21:00", "2018-08-19 17:00"},
		{"המשרדים פתוחים ביום ג' 4.6.2024 בין השעות 08:30 ל-13:00", "2024-06-04 08:30"},
		{"יום רביעי, 12.3.2025, בשעות 17:00-19:30", "2025-03-12 17:00"},
		{"ביום שני 3/2/2025 בין 9:00 ל-12:00", "2025-02-03 09:00"},
		{"ביום חמישי 5.9.2024 משעה 19:00 עד השעה 22:00", "2024-09-05 19:00"},
		{"ביום חמישי 5.9.2024 בשעה 19:00 עד 22:00 באולם", "2024-09-05 19:00"},
	})
	for _, tc := range []struct{ text, input string }{
		{"ביום ראשון 19.08.18 בין 3 ל-5 ילדים", "ראשון 19.08.18"},
		{"ביום ראשון 19.08.18 בשעות הבוקר", "ראשון 19.08.18"},
		{"ביום ראשון 19.08.18 בשעה 17:00 ל-3 אנשים", "ראשון 19.08.18 בשעה 17:00"},
	} {
		ms := dateline.Find(tc.text, heldoutRef)
		require.Len(t, ms, 1, tc.text)
		assert.Equal(t, tc.input, ms[0].Input, tc.text)
	}
}

// TestLetterRangeGereshAtEnd: a range of days in letters whose geresh the
// end carries for both, "א-ב' תשרי" (1-2 Tishrei, Rosh Hashana; the
// fifty-sixth held-out round), starts on its first day: before, a single
// bare letter before a hyphen was taken for a prefix and the range read
// from its end, 2 Tishrei. The prefix letters (ב, ה, ו, כ, ל, מ, ש) before
// a hyphen are still prefixes: "ב-ג' תשרי" is "on 3 Tishrei".
func TestLetterRangeGereshAtEnd(t *testing.T) {
	for _, tc := range []struct{ text, day, hebrew string }{
		{"א-ב' תשרי תשפ\"ב", "2021-09-07", "1 Tishrei 5782"},
		{"ד-ה׳ בניסן תשפ\"ב", "2022-04-05", "4 Nisan 5782"},
		{"ג-ד' בטבת תשפ\"ה", "2025-01-03", "3 Tevet 5785"},
		{"ז-ח’ באב התשפ\"ד", "2024-08-11", "7 Av 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d, err := dateline.Parse(tc.text, heldoutRef)
			require.NoError(t, err)
			assert.Equal(t, tc.day, d.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, d.Hebrew.String())
		})
	}
	// The prefix and its hyphen are text of the dateline, as before
	// digits (see TestHebrewAbbreviationsOfPages).
	m := findOneOK(t, "ב-ג' תשרי תשפ\"ב", heldoutRef)
	assert.Equal(t, "ב-ג' תשרי תשפ\"ב", m.Input)
	assert.Equal(t, "2021-09-09", m.Dateline.Time.Format(time.DateOnly))
}
