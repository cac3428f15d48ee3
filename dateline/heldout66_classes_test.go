package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestFromHourWithAMPM: an event listing's date, then "from" and an hour
// with am or pm and no minutes: "Tuesday, Dec. 20 from 5 p.m. to 5:30
// p.m." (a newspaper's list of Hanukkah events, the sixty-sixth held-out
// round) was read without its time, as after "at" it was not. The time
// is the span's start. An hour no twelve-hour clock has is none.
func TestFromHourWithAMPM(t *testing.T) {
	for _, tc := range []struct{ text, day, clock string }{
		{"Tuesday, Dec. 20 from 5 p.m. to 5:30 p.m.", "2022-12-20", "17:00"},
		{"Sunday, March 3, 2024 from 7 PM", "2024-03-03", "19:00"},
		{"March 3, 2024 from 9am-noon", "2024-03-03", "09:00"},
		{"Sunday, Aug. 23, 2020 from 9 a.m.-3 p.m.", "2020-08-23", "09:00"},
		{"Friday, May 3, 2024 from 12 pm", "2024-05-03", "12:00"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.NotEmpty(t, ms)
			d := ms[0].Dateline
			assert.Equal(t, tc.day, d.Time.Format(time.DateOnly))
			require.True(t, d.HasTime)
			assert.Equal(t, tc.clock, d.Time.Format("15:04"))
		})
	}
	for _, text := range []string{
		"Sunday, March 3, 2024 from 15 am", // no hour of a twelve-hour clock
		"Sunday, March 3, 2024 from 3 to 5 guests",
		"Sunday, March 3, 2024 from 2 amazing speakers",
	} {
		ms := dateline.Find(text, heldoutRef)
		require.NotEmpty(t, ms, text)
		assert.False(t, ms[0].Dateline.HasTime, text)
		assert.Equal(t, "2024-03-03", ms[0].Dateline.Time.Format(time.DateOnly), text)
	}
}

// TestPlaceBetweenBars: an event listing puts the place between its day
// and its hour, each part between bars: "Sunday, April 23, 2017 | at
// Temple Emanu-El | 6:30 p.m." (a museum's events, the sixty-sixth
// held-out round) was read without its hour. A part with a number, a
// comma or a point is no place, and no hour after it is read; a part that
// names an occasion or a month is the dateline's, and checked as before.
func TestPlaceBetweenBars(t *testing.T) {
	checkFoundClocks(t, []struct{ text, day, clock string }{
		{"Sunday, April 23, 2017 | at Temple Emanu-El | 6:30 p.m.", "2017-04-23", "18:30"},
		{"Tuesday, May 2, 2017 | At the Museum | 11:30 a.m.", "2017-05-02", "11:30"},
		{"Thursday, March 7, 2024 | Social Hall & Library | 7:00 pm", "2024-03-07", "19:00"},
		{"March 7, 2024 | Beth Israel's Chapel | 19:30", "2024-03-07", "19:30"},
		{"Thursday, 7 March 2024 | Zoom | 8 PM", "2024-03-07", "20:00"},
	})
	for _, text := range []string{
		"Sunday, April 23, 2017 | Room 12 | 6:30 p.m.",
		"Sunday, April 23, 2017 | Services, then dinner | 6:30 p.m.",
		"Sunday, April 23, 2017 | Temple Beth El | 2 of 3",
		"Sunday, April 23, 2017 | Location TBD |",
		"Sunday, April 23, 2017 | Dr. Cohen | 6:30 p.m.",
	} {
		ms := dateline.Find(text, heldoutRef)
		require.NotEmpty(t, ms, text)
		assert.False(t, ms[0].Dateline.HasTime, text)
	}
	// An occasion between the bars is the dateline's, checked against the
	// day: Erev Pesach 5776 was Friday, April 22.
	for _, text := range []string{
		"Saturday, April 23, 2016 | Erev Pesach | 7:00 pm",
		"Friday, May 27, 2016 | Lag BaOmer | 7:00 pm",
	} {
		ms := dateline.Find(text, heldoutRef)
		require.NotEmpty(t, ms, text)
		assert.False(t, ms[0].OK(), "%s: the occasion is checked", text)
	}
}

// TestOccasionTsForTz: צ written ts, as Israeli and academic spellings
// write it, in the name of an occasion that hebcal spells with tz: "Leil
// Shemini Atseret" (a synagogue's schedule, the sixty-sixth held-out
// round) was read without its occasion, and so without the evening it
// names. The name is read either way and checked as the other spelling
// is; a name spelt with ts of its own keeps it.
func TestOccasionTsForTz(t *testing.T) {
	for _, tc := range []struct{ text, hebrew string }{
		{"Wednesday, October 23 – Leil Shemini Atseret", "22 Tishrei 5785"},
		{"Thursday, October 24, 2024, Shemini Atseret", "22 Tishrei 5785"},
		{"Yom Haatsmaut, Tuesday, May 14, 2024", "6 Iyyar 5784"},
		{"Tsom Gedaliah, Sunday, October 6, 2024", "4 Tishrei 5785"},
		{"Parashat Tetsaveh, Saturday, February 24, 2024", "15 Adar I 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.Equal(t, tc.hebrew, m.Dateline.Hebrew.String())
			assert.Equal(t, tc.text, m.Input, "the occasion is the dateline's")
		})
	}
	for _, text := range []string{
		"Yom Haatsmaut, Wednesday, May 15, 2024",
		"Shemini Atseret, Friday, October 25, 2024",
	} {
		ms := dateline.Find(text, heldoutRef)
		require.NotEmpty(t, ms, text)
		assert.False(t, ms[0].OK(), "%s: the occasion is checked", text)
	}
	// Words that look like the names are prose.
	ms := dateline.Find("The atsmaut of the Tsavta club met on May 14, 2024.", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "May 14, 2024", ms[0].Input)
}

// TestOccursThisYearOn: a Hebrew date or an occasion, then "which occurs
// this year on" and its civil day: "We fast on the Tenth of Tevet, which
// occurs this year on Tuesday December 30th" (a community blog, the
// sixty-sixth held-out round) was found as two dates, the Hebrew one alone
// in the year nearest the reference (10 Tevet 5787, a year off). "occurs"
// joins them as "falls" did, "this year" before the verb or after it, and
// the civil day is checked against the Hebrew one.
func TestOccursThisYearOn(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"We fast on the Tenth of Tevet, which occurs this year on Tuesday December 30th", "2025-12-30", "10 Tevet 5786"},
		{"the 10th of Tevet, which occurs this year on Tuesday, December 30, 2025", "2025-12-30", "10 Tevet 5786"},
		{"10 Tevet, which occurred on January 3, 2023", "2023-01-03", "10 Tevet 5783"},
		{"Purim, which occurs this year on March 24, 2024", "2024-03-24", "14 Adar II 5784"},
		{"Purim, which falls this year on March 24, 2024", "2024-03-24", "14 Adar II 5784"},
	})
	for _, text := range []string{
		"the 10th of Tevet, which occurs this year on Wednesday, December 31, 2025",
		"Purim, which occurs this year on March 25, 2024",
	} {
		ms := dateline.Find(text, heldoutRef)
		require.Len(t, ms, 1, text)
		assert.False(t, ms[0].OK(), "%s: the two calendars are checked", text)
	}
	// "occurs" with no date after it joins nothing.
	ms := dateline.Find("10 Tevet 5786, which occurs this year on a Tuesday", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "10 Tevet 5786", ms[0].Input)
}

// checkFoundClocks checks that each case's text is Find's one match,
// whole and with no problem, of its day and its clock ("15:04").
func checkFoundClocks(t *testing.T, cases []struct{ text, day, clock string }) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			require.True(t, m.Dateline.HasTime)
			assert.Equal(t, tc.clock, m.Dateline.Time.Format("15:04"))
			assert.Equal(t, tc.text, m.Input)
		})
	}
}
