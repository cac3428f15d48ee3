package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestStartLabelHour: the hour an event's doors open or it begins, after
// a label that says so, after its day: "יום רביעי, י״ז שבט התשפ״ג, 8.2.23.
// פתיחת דלתות 20:00, תחילת מופע 20:30" (Kan Darom Ashdod, the
// seventy-second held-out round) and "ז' אלול תשפ"ג 24.08.2023 | פתיחת
// שערים 19:00" (a ticket site, an earlier round's row that missed it too)
// were read without their hour. The label may follow the comma, bar or
// point that ends the date, a colon or a word for "at" may follow it, in
// Hebrew, English, German and Dutch; the first hour is the dateline's. A
// label with no hour after it, a word that is no such label, or a label
// on the next line leaves the date without a time, and one hour already
// read stays.
func TestStartLabelHour(t *testing.T) {
	for _, tc := range []struct{ text, day, clock string }{
		{"יום רביעי, י״ז שבט התשפ״ג, 8.2.23. פתיחת דלתות 20:00, תחילת מופע 20:30", "2023-02-08", "20:00"},
		{"היצירה 28 | ז' אלול תשפ\"ג 24.08.2023 | פתיחת שערים 19:00 | שעת התחלה 19:00", "2023-08-24", "19:00"},
		{"8.2.23, פתיחת דלתות ב-19:30", "2023-02-08", "19:30"},
		{"ביום חמישי, 21 בספטמבר 2023. התכנסות בשעה 19:30", "2023-09-21", "19:30"},
		{"ביום חמישי, 21 בספטמבר 2023, שעת התחלה: 20:15", "2023-09-21", "20:15"},
		{"Wednesday, February 8, 2023. Doors open 7:30 pm", "2023-02-08", "19:30"},
		{"Wednesday, February 8, 2023, doors open at 7:30 pm", "2023-02-08", "19:30"},
		{"Wednesday, February 8, 2023 | Doors: 7 pm", "2023-02-08", "19:00"},
		{"Mittwoch, 8. Februar 2023, Einlass 19:00 Uhr", "2023-02-08", "19:00"},
		{"Zondag 23 april 2017, aanvang 20.00 uur", "2017-04-23", "20:00"},
		{"Wednesday, February 8, 2023 at 6 pm. Doors open 7:30 pm", "2023-02-08", "18:00"}, // the hour read first stays
		{"Wednesday, February 8, 2023. Doors open 2 hours before", "2023-02-08", ""},       // no hour
		{"8.2.23. כניסה חופשית 20:00", "2023-02-08", ""},                                   // free entry: no start label
		{"Wednesday, February 8, 2023.\nDoors open 7:30 pm", "2023-02-08", ""},             // the next line's
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			require.Equal(t, tc.clock != "", m.Dateline.HasTime, "time of day in %q", m.Input)
			if tc.clock != "" {
				assert.Equal(t, tc.clock, m.Dateline.Time.Format("15:04"))
			}
		})
	}
	for _, text := range []string{"Doors open 7:30 pm", "פתיחת דלתות 20:00", "Einlass 19:00 Uhr"} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, heldoutRef), "a label and an hour name no day")
		})
	}
}

// TestGluedDayYear: a date badge's day and year that a page's text runs
// together after the month, "Dec 152017" (Beth Ami Temple's post, the
// seventy-second held-out round), which was not found. After an English
// month's name, capitalized, five or six digits are the day and a year
// from 1900 to 2099, the only split there is. Another count of digits, a
// year out of that span, a day past 31, a month in lower case or a day
// the month does not have gives no day.
func TestGluedDayYear(t *testing.T) {
	for _, tc := range []struct{ text, day string }{
		{"Dec 152017", "2017-12-15"},
		{"Dec 052017", "2017-12-05"},
		{"Dec 52017", "2017-12-05"},
		{"December 152017", "2017-12-15"},
		{"Posted on Mar 312024 by admin", "2024-03-31"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.False(t, ms[0].Dateline.HasTime)
		})
	}
	for _, text := range []string{
		"Mar 21204 Baltimore", // a postcode: no year 1204 here
		"Dec 352017",          // no 35th
		"dec 152017",          // lower case: a code as likely
		"Nov 123456",          // the year 3456
		"Dec 1520175",         // seven digits
		"Dec 02017",           // no day 0
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, heldoutRef))
		})
	}
	t.Run("Feb 302017", func(t *testing.T) {
		for _, m := range dateline.Find("Feb 302017", heldoutRef) {
			assert.False(t, m.OK(), "February has no 30th: %v", m.Dateline)
		}
	})
}
