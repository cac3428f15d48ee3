package dateline_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewUntilTheDay: a range whose end Hebrew introduces with "until
// the day", עד יום or ועד יום, before a date in digits or a day and its
// month's name. "החל מיום 06.06.2019 20:00 ועד יום 29.06.2019 14:00" (an
// exhibition's run, the sixty-third held-out round) was found as two
// datelines; עד ליום, and עד יום before a weekday's name, were read
// already. The range is one match from its first day, at its time. יום
// before a word that is no date ("ועד יום אחד לפני", until one day
// before) joins nothing.
func TestHebrewUntilTheDay(t *testing.T) {
	for _, tc := range []struct{ text, day, clock, end string }{
		{"החל מיום 06.06.2019 20:00 ועד יום 29.06.2019 14:00", "2019-06-06", "20:00", "29.06.2019 14:00"},
		{"התערוכה פתוחה מ-1.7.2024 ועד יום 31.7.2024", "2024-07-01", "", "31.7.2024"},
		{"ההרשמה תיפתח ב-3/9/2023 עד יום 14/9/2023 בלבד", "2023-09-03", "", "14/9/2023"},
		{"מ-5 במאי 2024 ועד יום 7 במאי 2024", "2024-05-05", "", "7 במאי 2024"},
		{"06.06.2019 ועד יום 29.06.2019", "2019-06-06", "", "29.06.2019"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.clock != "", m.Dateline.HasTime)
			if tc.clock != "" {
				assert.Equal(t, tc.clock, m.Dateline.Time.Format("15:04"))
			}
			assert.True(t, strings.HasSuffix(m.Input, tc.end), "the match %q runs to the range's end", m.Input)
		})
	}
	for _, tc := range []struct {
		text string
		n    int
	}{
		{"הכנס יתקיים ב-5.5.2024 ועד יום אחד לפני 7.5.2024", 2}, // until one day before: prose
		{"ההרשמה ב-5.5.2024 ועד יום ההולדת שלו", 1},             // until his birthday
		{"נרשמו 5.5.2024 עד יום 3 משתתפים", 1},                  // a count, no date
	} {
		ms := dateline.Find(tc.text, heldoutRef)
		require.Len(t, ms, tc.n, tc.text)
		assert.Equal(t, "2024-05-05", ms[0].Dateline.Time.Format(time.DateOnly), tc.text)
		assert.NotContains(t, ms[0].Input, "עד", tc.text)
	}
}

// TestLifeSpansInBrackets: a life's dates printed as a span in each
// calendar, each span in a bracket of its own, as memorial and genealogy
// pages print them: "(19/12/1910 - 05/01/2001)     ( יח כסלו תרע"א  -  י
// טבת תשס"א )" (a kibbutz's memorial page, the sixty-third held-out
// round). The first span's end and the second's start were read as one
// dateline, January 5, 2001 and 18 Kislev 5671, which the check said
// disagree: a wrong error on a right page. Each date is now a dateline of
// its own, each right, and no match reports the calendars apart. A
// bracket that holds one date after a span is still that date's other
// calendar, and so are two brackets of one date each.
func TestLifeSpansInBrackets(t *testing.T) {
	for _, tc := range []struct{ text, birth, death string }{
		{`(19/12/1910 - 05/01/2001)     ( יח כסלו תרע"א  -  י טבת תשס"א )`, "1910-12-19", "2001-01-05"},
		{"Born (December 19, 1910 - January 5, 2001) (18 Kislev 5671 - 10 Tevet 5761)", "1910-12-19", "2001-01-05"},
		{`נולד (3 במרץ 1920 – 8 ביוני 1999) (י"ג באדר תר"ף – כ"ד בסיון תשנ"ט)`, "1920-03-03", "1999-06-08"},
		{`(2.2.1931 - 14.9.2004) (ט"ו בשבט תרצ"א - כ"ח באלול תשס"ד)`, "1931-02-02", "2004-09-14"},
		{"(March 3, 1920 – June 8, 1999) (13 Adar 5680 – 24 Sivan 5759)", "1920-03-03", "1999-06-08"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.NotEmpty(t, ms)
			for _, m := range ms {
				assert.NotContains(t, codesOf(m.Problems), dateline.CodeCalendar, "%q", m.Input)
				day := m.Dateline.Time.Format(time.DateOnly)
				if day != tc.birth && !slices.Contains(codesOf(m.Problems), dateline.CodeDateAmbiguous) {
					assert.Equal(t, tc.death, day, "%q", m.Input) // 05/01/2001 alone reads both ways, and says so
				}
			}
		})
	}
	for _, tc := range []struct{ text, input, hebrew string }{
		{"(19/12/1910 - 05/01/2001) (10 Tevet 5761)", "05/01/2001) (10 Tevet 5761", "10 Tevet 5761"},
		{`(19/12/1910) (יח כסלו תרע"א)`, `19/12/1910) (יח כסלו תרע"א`, "18 Kislev 5671"},
		{"(2 - 4 October 2024) (29 Elul 5784 - 2 Tishrei 5785)", "2 - 4 October 2024) (29 Elul 5784 - 2 Tishrei 5785", "29 Elul 5784"},
	} {
		ms := dateline.Find(tc.text, heldoutRef)
		require.NotEmpty(t, ms, tc.text)
		m := ms[len(ms)-1]
		assert.Equal(t, tc.input, m.Input, tc.text)
		assert.Equal(t, tc.hebrew, m.Dateline.Hebrew.String(), tc.text)
		assert.True(t, m.OK(), "%s: %v", tc.text, m.Problems)
	}
}

// TestDashSiblingShowsOrder: a numeric date that reads both ways, joined
// by a dash to one that can only be read day first (a first number above
// 12) and written with the same separator, is day first as its sibling
// shows, with nothing to warn of: "(19/12/1910 - 05/01/2001)", a life's
// dates (the sixty-third held-out round), which no range joins, read the
// second date as May 1 and warned that it reads both ways. A sibling that
// shows month first, another separator, or a dash to no date leave the
// date as it was, read month first with the warning.
func TestDashSiblingShowsOrder(t *testing.T) {
	for _, tc := range []struct{ text, day string }{
		{"(19/12/1910 - 05/01/2001)", "2001-01-05"},
		{"(05/01/1910 - 19/12/2001)", "1910-01-05"},
		{"נולד 3.4.1921 – 17.11.1995", "1921-04-03"},
		{"Match 19/12/1910 - 05/01/2001 at 10:00", "2001-01-05"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			found := false
			for _, m := range dateline.Find(tc.text, heldoutRef) {
				assert.NotContains(t, codesOf(m.Problems), dateline.CodeDateAmbiguous, "%q", m.Input)
				found = found || m.Dateline.Time.Format(time.DateOnly) == tc.day
			}
			assert.True(t, found, "no match on %s", tc.day)
		})
	}
	for _, s := range []string{"(12/19/1910 - 05/01/2001)", "(19.12.1910 - 05/01/2001)", "5/1/2001 - 2001", "- 5/1/2001", "5/1/2001 -"} {
		ms := dateline.Find(s, heldoutRef)
		require.NotEmpty(t, ms, s)
		var amb *dateline.Match
		for i := range ms {
			if slices.Contains(codesOf(ms[i].Problems), dateline.CodeDateAmbiguous) {
				amb = &ms[i]
			}
		}
		require.NotNil(t, amb, "%s: the both-ways date still says so", s)
		assert.Equal(t, time.May, amb.Dateline.Time.Month(), s)
	}
}

// TestHebrewYearInBrackets: a Hebrew day and month with their year in
// brackets after them, in Hebrew letters with its marks, as Hebrew pages
// add it ("ט"ו בשבט (תשפ"ה)"), and after the words that say "(which
// falls) this year" (השנה, שיחול השנה): "אור לארבעה עשר בניסן שיחול השנה
// (תשפ"ד) ביום ראשון בלילה" (an earlier held-out round's bedikat chametz
// line, missed since) was read in 5787, the year nearest the reference,
// with only the info that the text names none. A bracket of other words,
// or of digits (a civil year, read only after a Hebrew year), and a
// numeral in brackets after a word that is no month, are no year.
func TestHebrewYearInBrackets(t *testing.T) {
	for _, tc := range []struct{ text, hebrew string }{
		{`ט"ו בשבט (תשפ"ה)`, "15 Shevat 5785"},
		{`ט"ו בשבט (ה׳תשפ״ה) חל ביום חמישי`, "15 Shevat 5785"},
		{`ל"ג בעומר, י"ח באייר השנה (תשפ"ג)`, "18 Iyyar 5783"},
		{`י"ד בניסן שיחול השנה (תשפ"ד) ביום שני`, "14 Nisan 5784"},
		{`כ"ה בכסלו שחל השנה ( תשפ"ב )`, "25 Kislev 5782"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.NotEmpty(t, ms)
			m := ms[0]
			assert.Equal(t, tc.hebrew, m.Dateline.Hebrew.String())
			assert.NotContains(t, codesOf(m.Problems), dateline.CodeYearInferred)
			assert.True(t, m.OK(), "%v", m.Problems)
		})
	}
	ms := dateline.Find(`אור לארבעה עשר בניסן שיחול השנה (תשפ"ד) ביום ראשון בלילה (ליל יום שני)`, heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "2024-04-21", ms[0].Dateline.Time.Format(time.DateOnly))
	assert.Equal(t, "14 Nisan 5784", ms[0].Dateline.Hebrew.String())
	// A civil year in brackets is the civil year the day falls in (see
	// TestHebrewDateCivilYearInBrackets): 15 Shevat of 2025 is 5785's.
	ms = dateline.Find(`ט"ו בשבט (2025)`, heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "15 Shevat 5785", ms[0].Dateline.Hebrew.String())
	assert.NotContains(t, codesOf(ms[0].Problems), dateline.CodeYearInferred)
	for _, s := range []string{`ט"ו בשבט (ערב חג)`, `ט"ו בשבט השנה יחול ביום`, `ט"ו בשבט (תשפ"ה, 2025)`} {
		ms := dateline.Find(s, heldoutRef)
		require.NotEmpty(t, ms, s)
		assert.Contains(t, codesOf(ms[0].Problems), dateline.CodeYearInferred, s)
	}
	assert.Empty(t, dateline.Find(`פרק ט (תשפ"ה)`, heldoutRef))
}

// TestOtherNewYears: "ראש השנה" (Rosh Hashana) with a word glued to ל
// (for) after it names another of the Mishnah's new years, no Rosh
// Hashana: "ט"ו בשבט (ראש השנה לאילנות)", Tu BiShvat's epithet (the new
// year for trees), as pages print it beside the date (found in the
// sixty-third round's checks), and "ראש השנה לבהמות" (1 Elul) were read
// as Rosh Hashana on the wrong day, an occasion error on a right date.
// Rosh Hashana itself, with its year after "לשנת" or alone, is still
// read and checked.
func TestOtherNewYears(t *testing.T) {
	for _, tc := range []struct{ text, hebrew string }{
		{`ט"ו בשבט תשפ"ה (ראש השנה לאילנות)`, "15 Shevat 5785"},
		{`ט"ו בשבט תשפ"ה – ראש השנה לאילנות`, "15 Shevat 5785"},
		{`א׳ באלול תשפ"ד, ראש השנה לבהמות`, "1 Elul 5784"},
		{`יום שני, א' בניסן תשפ"ה, ראש השנה למלכים`, "1 Nisan 5785"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.hebrew, ms[0].Dateline.Hebrew.String())
			assert.NotContains(t, codesOf(ms[0].Problems), dateline.CodeOccasion)
		})
	}
	ms := dateline.Find(`ראש השנה, א׳ בתשרי תשפ"ה, 3.10.2024`, heldoutRef)
	require.Len(t, ms, 1)
	assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
	bad := dateline.Find(`ראש השנה, ט"ו בשבט תשפ"ה`, heldoutRef)
	require.Len(t, bad, 1)
	assert.Contains(t, codesOf(bad[0].Problems), dateline.CodeOccasion, "Rosh Hashana on Tu BiShvat is still an error")
}
