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
