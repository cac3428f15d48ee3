package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout203HebrewDayRangeUntil: a range of Hebrew days in letters of
// one month joined by עד or ועד (until, and until) with spaces around it,
// as the dash joins them: "בין ה-17.11.16 ל-24.11.16 | ט"ז עד כ"ג חשוון"
// (docdance.com, the two-hundred-and-third held-out round) was read as
// two datelines, the civil range and 23 Cheshvan alone. The Hebrew range
// is checked against the civil one; without the month after its end, or
// with an end before its start, the words are prose and stay unread.
func TestHeldout203HebrewDayRangeUntil(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{`בין ה-17.11.16 ל-24.11.16 | ט"ז עד כ"ג חשוון`, "2016-11-17"},
		{`17-24.11.2016 | ט"ז עד כ"ג חשוון`, "2016-11-17"},
		{`ט"ז עד כ"ג חשוון תשע"ז`, "2016-11-17"},
		{`ה׳ עד ז׳ בניסן תשפ״ה`, "2025-04-03"},
		{`י"ד ועד כ"א בניסן תשפ"ד`, "2024-04-22"},
	})
	checkRangeCases(t, []rangeCase{
		{`הפסטיבל יתקיים בירושלים בין ה-17.11.16 ל-24.11.16 | ט"ז עד כ"ג חשוון. בבית מזיא`, "2016-11-17", `כ"ג חשוון`},
	})
	checkUnread(t, heldoutRef,
		`ט"ז עד כ"ג`,        // no month after the end
		`כ"ג עד ט"ז חשוון`,  // the end before the start
		`ט"ז עד 23 בנובמבר`, // a civil end: no Hebrew range
	)
	// The two calendars' ranges must agree: 16 to 24 Cheshvan is eight
	// days, November 17 to 24 seven.
	rep := dateline.Check(`בין ה-17.11.16 ל-24.11.16 | ט"ז עד כ"ד חשוון`, heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeCalendar, rep.Problems[0].Code)
}

// TestHeldout203TwoDigitYearOfSentence: a date without a year after one
// whose year has two digits, in the same sentence, is in the year that
// date was read in, not in the year its two digits write: "24.11.16 |
// ט"ז או כ"ג חשוון" read 23 Cheshvan as of the year 16 (3777), and "On
// 11/24/16 we met; on Nov 30 we left" read November 30 of the year 16,
// each with an info alone.
func TestHeldout203TwoDigitYearOfSentence(t *testing.T) {
	for _, tc := range []struct{ text, match, day, heb string }{
		{`בין ה-17.11.16 ל-24.11.16 | ט"ז או כ"ג חשוון`, `כ"ג חשוון`, "2016-11-24", "23 Cheshvan 5777"},
		{"On 11/24/16 we met; on Nov 30 we left", "Nov 30", "2016-11-30", "29 Cheshvan 5777"},
		{"Am 24.11.16 trafen wir uns, am 30. November gingen wir", "30. November", "2016-11-30", "29 Cheshvan 5777"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 2)
			m := ms[1]
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
		})
	}
}

// TestHeldout203BetweenAfterMark: Hebrew's "בין" (between) opens a range
// after a bracket, a tag or a line's break as after a space: in
// "(בין ה-17.11.16 ל-24.11.16 | ט"ז עד כ"ג חשוון)", the held-out row in
// brackets, and in "<p>בין 7 ל-15 בדצמבר 2023</p>", Find read each end
// alone, the first with no Hebrew date and the second with the start's.
func TestHeldout203BetweenAfterMark(t *testing.T) {
	checkRangeCases(t, []rangeCase{
		{`(בין ה-17.11.16 ל-24.11.16 | ט"ז עד כ"ג חשוון)`, "2016-11-17", `כ"ג חשוון`},
		{`<p>בין ה-17.11.16 ל-24.11.16 | ט"ז עד כ"ג חשוון</p>`, "2016-11-17", `כ"ג חשוון`},
		{"הודעה:\nבין 7 ל-15 בדצמבר 2023", "2023-12-07", "15 בדצמבר 2023"},
		{"(בין התאריכים 5.4 ל-7.4.2024)", "2024-04-05", "7.4.2024"},
	})
}
