package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestScriptHourWordBefore: an hour without its minutes after a word for
// "at the hour" in Hebrew, Yiddish, Arabic or Persian, after a whole date
// ("בשעה 20", "בשעה 8 בערב", "الساعة 8 مساءً"), and a clock after
// Yiddish's "אום" or Arabic's "الساعة", is the date's time: Find read the
// day alone, and with a city the day before sunset (22 Adar I for 23),
// with nothing said; Parse refused it ("expected a month name, found
// בערב"). An hour from 1 to 12 with no part of the day says no half of
// the day, and is left unread as before.
func TestScriptHourWordBefore(t *testing.T) {
	for _, tc := range []struct{ text, match, at string }{
		{"ההרצאה תתקיים ב-2 במרץ 2024 בשעה 8 בערב.", "ב-2 במרץ 2024 בשעה 8 בערב", "2024-03-02 20:00"},
		{"ההרצאה תתקיים ב-2 במרץ 2024 בשעה 20.", "ב-2 במרץ 2024 בשעה 20", "2024-03-02 20:00"},
		{"הכנס ב-5 במאי 2024 בשעה 10 בלילה", "ב-5 במאי 2024 בשעה 10 בלילה", "2024-05-05 22:00"},
		{"הכנס ב-5 במאי 2024 בשעה 9 בבוקר", "ב-5 במאי 2024 בשעה 9 בבוקר", "2024-05-05 09:00"},
		{"ביום חמישי, 16 בנובמבר 2023 בשעה 21", "חמישי, 16 בנובמבר 2023 בשעה 21", "2023-11-16 21:00"},
		{"המחאה ב-10 בינואר 2025 השעה 18", "ב-10 בינואר 2025 השעה 18", "2025-01-10 18:00"},
		{"די לעקציע איז דעם 2 מערץ 2024 אום 20:00.", "2 מערץ 2024 אום 20:00", "2024-03-02 20:00"},
		{"די לעקציע איז דעם 5 מיי 2024 אום 21.", "5 מיי 2024 אום 21", "2024-05-05 21:00"},
		{"المحاضرة يوم 2 مارس 2024 الساعة 20:00.", "2 مارس 2024 الساعة 20:00", "2024-03-02 20:00"},
		{"المحاضرة يوم 2 مارس 2024 الساعة 8 مساءً.", "2 مارس 2024 الساعة 8 مساءً", "2024-03-02 20:00"},
		{"المحاضرة يوم 5 مايو 2024 الساعة 9 صباحا.", "5 مايو 2024 الساعة 9 صباحا", "2024-05-05 09:00"},
		{"سخنرانی ۲ مارس ۲۰۲۴ ساعت ۲۰.", "۲ مارس ۲۰۲۴ ساعت ۲۰", "2024-03-02 20:00"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, adv48Ref, dateline.In(time.UTC))
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.True(t, ms[0].Dateline.HasTime)
			assert.Equal(t, tc.at, ms[0].Dateline.Time.Format("2006-01-02 15:04"))
			d, err := dateline.Parse(tc.match, adv48Ref, dateline.In(time.UTC))
			require.NoError(t, err)
			assert.Equal(t, tc.at, d.Time.Format("2006-01-02 15:04"))
		})
	}
	// With Jerusalem's sunset (17:37 on March 2, 2024) 8 pm is the next
	// Hebrew day.
	jlm, err := dateline.City("Jerusalem")
	require.NoError(t, err)
	for _, text := range []string{"2 במרץ 2024 בשעה 8 בערב", "2 במרץ 2024 בשעה 20", "2 مارس 2024 الساعة 20:00", "2 מערץ 2024 אום 20:00"} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, adv48Ref, dateline.Sunset(jlm))
			require.Len(t, ms, 1)
			assert.Equal(t, "23 Adar I 5784", ms[0].Dateline.Hebrew.String())
		})
	}
	// Near misses: an hour of 1 to 12 alone says no half of the day; a
	// number after "בשעה" with no date before it is no date's time; an
	// hour the part of the day cannot hold is no time.
	for _, tc := range []struct{ text, match string }{
		{"ההרצאה ב-2 במרץ 2024 בשעה 8.", "ב-2 במרץ 2024"},
		{"المحاضرة يوم 2 مارس 2024 الساعة 8.", "2 مارس 2024"},
		{"ההרצאה ב-2 במרץ 2024 בשעה 3 בבוקר הגיעו 8 אנשים.", "ב-2 במרץ 2024 בשעה 3 בבוקר"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, adv48Ref, dateline.In(time.UTC))
			require.NotEmpty(t, ms)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			if tc.match == "ב-2 במרץ 2024" || tc.match == "2 مارس 2024" {
				assert.False(t, ms[0].Dateline.HasTime)
			}
		})
	}
	for _, text := range []string{"בשעה 20 הגיעו 8 אנשים", "2 במרץ 2024 בשעה 8 בבוקר בערב"} {
		t.Run(text, func(t *testing.T) {
			_, err := dateline.Parse(text, adv48Ref, dateline.In(time.UTC))
			assert.Error(t, err)
		})
	}
}

// TestSpacedISOOffsetOrRange: an ISO date, a space and a time glued by a
// minus to an offset's hh:mm later than it, "2024-03-02 01:30-05:00",
// reads as RFC 3339 with a space for its T (01:30 at UTC-05:00) and as a
// range of times (01:30 to 05:00). It was read as the range, the end
// dropped, with nothing said; it is still read so, with a warning that
// gives the offset's reading. Near misses: a T, seconds, an offset
// earlier than the time, an end no offset can be (17:00, 10:15), a
// spaced dash, a date in words, or a one-digit hour, say nothing.
func TestSpacedISOOffsetOrRange(t *testing.T) {
	utc := dateline.In(time.UTC)
	for _, tc := range []struct{ text, at, other string }{
		{"2024-03-02 01:30-05:00", "2024-03-02T01:30:00Z", "March 2, 2024 at 6:30 am UTC"},
		{"2024-03-02 02:00-03:00", "2024-03-02T02:00:00Z", "March 2, 2024 at 5:00 am UTC"},
		{"2024-03-02 09:30-10:00", "2024-03-02T09:30:00Z", "March 2, 2024 at 7:30 pm UTC"},
		{"1999-12-31 08:15-09:30", "1999-12-31T08:15:00Z", "December 31, 1999 at 5:45 pm UTC"},
		{"2024-11-03 01:30-05:00", "2024-11-03T01:30:00Z", "November 3, 2024 at 6:30 am UTC"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, adv48Ref, utc)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.at, rep.Dateline.Time.Format(time.RFC3339))
			require.Len(t, rep.Problems, 1)
			assert.Equal(t, dateline.CodeZoneAmbiguous, rep.Problems[0].Code)
			assert.Equal(t, dateline.Warning, rep.Problems[0].Severity)
			assert.Contains(t, rep.Problems[0].Message, tc.other)
			ms := dateline.Find("logged "+tc.text+" by the server", adv48Ref, utc)
			require.Len(t, ms, 1)
			require.NotEmpty(t, ms[0].Problems)
			assert.Equal(t, dateline.CodeZoneAmbiguous, ms[0].Problems[0].Code)
		})
	}
	// Honolulu: the offset's reading is the day before.
	hnl, err := time.LoadLocation("Pacific/Honolulu")
	require.NoError(t, err)
	rep := dateline.Check("2024-03-02 02:00-03:00", adv48Ref, dateline.In(hnl))
	require.Len(t, rep.Problems, 1)
	assert.Contains(t, rep.Problems[0].Message, "March 1, 2024 at 7:00 pm HST")
	for _, tc := range []struct{ text, at string }{
		{"2024-03-02T01:30-05:00", "2024-03-02T06:30:00Z"},
		{"2024-03-02 01:30:00-05:00", "2024-03-02T06:30:00Z"},
		{"2024-03-02 10:39-05:00", "2024-03-02T15:39:00Z"},
		{"2024-03-02 09:00-17:00", "2024-03-02T09:00:00Z"},
		{"2024-03-02 09:00-10:15", "2024-03-02T09:00:00Z"},
		{"2024-03-02 09:00 - 11:00", "2024-03-02T09:00:00Z"},
		{"March 2, 2024 09:00-11:00", "2024-03-02T09:00:00Z"},
		{"2024-03-02 9:00-11:00", "2024-03-02T09:00:00Z"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, adv48Ref, utc)
			assert.Empty(t, rep.Problems)
			assert.Equal(t, tc.at, rep.Dateline.Time.UTC().Format(time.RFC3339))
		})
	}
	// A batch reads each line as it reads it alone: after a line read at
	// its offset, "09:00-11:00" was read at UTC-11:00, 8:00 pm UTC, by
	// the template the first line made.
	rd := dateline.NewReader(adv48Ref, utc)
	for _, tc := range []struct{ text, at string }{
		{"2024-03-02 10:39-05:00", "2024-03-02T15:39:00Z"},
		{"2024-03-02 09:00-11:00", "2024-03-02T09:00:00Z"},
		{"2024-03-02 01:30-05:00", "2024-03-02T01:30:00Z"},
		{"2024-03-02 11:00-05:00", "2024-03-02T16:00:00Z"},
		{"March 2, 2024 10:00am-05:00", "2024-03-02T15:00:00Z"},
		{"March 2, 2024 10:00am-11:30", "2024-03-02T10:00:00Z"},
	} {
		rep := rd.Check(tc.text)
		assert.Equal(t, tc.at, rep.Dateline.Time.UTC().Format(time.RFC3339), tc.text)
	}
}
