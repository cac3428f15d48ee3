package dateline_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestReportAlso: the other days a dateline names beside its own, a
// range's last day, a pair's or a list's other days, the evening's day of
// a night over two, are in Report.Also, in the order of their days, each
// with its Hebrew date: they were read and checked, but only the first
// day was given, and a scan of "Services on March 2 and 9, 2024" lost
// March 9. A dateline of one day has none.
func TestReportAlso(t *testing.T) {
	for text, want := range map[string][]string{
		"March 2-9, 2024":                          {"2024-03-09 29 Adar I 5784"},
		"March 2 and 9, 2024":                      {"2024-03-09 29 Adar I 5784"},
		"December 30, 2024 - January 2, 2025":      {"2025-01-02 2 Tevet 5785"},
		"Thursday night-Friday, March 7-8, 2024":   {"2024-03-07 27 Adar I 5784"},
		"2-8 Cheshvan 5785":                        {"2024-11-09 8 Cheshvan 5785"},
		"7, 15, 22 e 29 de outubro de 2024":        {"2024-10-15 13 Tishrei 5785", "2024-10-22 20 Tishrei 5785", "2024-10-29 27 Tishrei 5785"},
		"Apr 5, 2024 @ 7:00 PM – Apr 13 @ 7:00 PM": {"2024-04-13 19:00 5 Nisan 5784"},
	} {
		rep := dateline.Check(text, heldoutRef)
		require.True(t, rep.OK(), "%s: %v", text, rep.Problems)
		var got []string
		for _, d := range rep.Also {
			day := d.Time.Format("2006-01-02")
			if d.HasTime {
				day = d.Time.Format("2006-01-02 15:04") // the end's own time (see TestRangeEndOwnTime)
			}
			got = append(got, day+" "+d.Hebrew.String())
		}
		assert.Equal(t, want, got, text)
	}
	for _, text := range []string{"March 2, 2024", "Saturday, March 2nd | 22 Adar I 5784", "September 28, 2022 10:39 am"} {
		assert.Nil(t, dateline.Check(text, heldoutRef).Also, text)
	}
	ms := dateline.Find("Services on March 2 and 9, 2024.", heldoutRef)
	require.Len(t, ms, 1)
	require.Len(t, ms[0].Also, 1)
	assert.Equal(t, "2024-03-09", ms[0].Also[0].Time.Format("2006-01-02"))
}

// TestReportAlsoJSON: the other days are the check object's "also", a
// list of dateline objects, which reads back; a dateline of one day
// writes no "also".
func TestReportAlsoJSON(t *testing.T) {
	rep := dateline.Check("March 2-9, 2024", heldoutRef)
	b, err := json.Marshal(rep)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"also":[{"gregorian":"2024-03-09"`)
	var back dateline.Report
	require.NoError(t, json.Unmarshal(b, &back))
	require.Len(t, back.Also, 1)
	assert.Equal(t, rep.Also[0].Hebrew, back.Also[0].Hebrew)
	assert.Equal(t, "2024-03-09", back.Also[0].Time.Format("2006-01-02"))
	b, err = json.Marshal(dateline.Check("March 2, 2024", heldoutRef))
	require.NoError(t, err)
	assert.NotContains(t, string(b), `"also"`)
}

// TestListMiddleDaysChecked: a list of days in both calendars pairs its
// days in order, and a middle day whose two dates are not one day is a
// calendar error, as a wrong end is: "7, 15 and 22 October 2024 | 5, 7
// and 20 Tishrei 5785" was read with nothing said, though October 15 is
// 13 Tishrei. The right list, and a range, are clean.
func TestListMiddleDaysChecked(t *testing.T) {
	for _, text := range []string{"7, 15 and 22 October 2024 | 5, 7 and 20 Tishrei 5785", "7, 15 and 22 October 2024 | 5, 14 and 20 Tishrei 5785"} {
		rep := dateline.Check(text, heldoutRef)
		require.False(t, rep.OK(), text)
		assert.Equal(t, dateline.CodeCalendar, rep.Problems[0].Code, text)
		assert.Contains(t, rep.Problems[0].Message, "October 15, 2024 is 13 Tishrei 5785", text)
	}
	for _, text := range []string{"7, 15 and 22 October 2024 | 5, 13 and 20 Tishrei 5785", "March 2-9, 2024 | 22-29 Adar I 5784"} {
		rep := dateline.Check(text, heldoutRef)
		assert.True(t, rep.OK(), "%s: %v", text, rep.Problems)
	}
}

// TestRangeAfterWrongWeekday: a range whose start's weekday is wrong has
// that one weekday error, not a second that counts the range's days from
// the weekday's day ("the range runs 1 days, Sunday to Sunday").
func TestRangeAfterWrongWeekday(t *testing.T) {
	rep := dateline.Check("Monday, March 3 – Sunday, March 9, 2024", heldoutRef)
	require.Len(t, rep.Problems, 1)
	assert.Equal(t, "March 3, 2024 is a Sunday, not a Monday", rep.Problems[0].Message)
}

// TestBeforeSunsetDayBehind: a Hebrew date a day behind a time after
// midnight is the day before's under any rule, a calendar error: it was
// an after-sunset warning that quoted the evening's sunset, hours later.
func TestBeforeSunsetDayBehind(t *testing.T) {
	at := dateline.Sunset(city(t, "Jerusalem"))
	rep := dateline.Check("Saturday, March 2, 2024 12:30 am | 21 Adar I 5784", heldoutRef, at)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeCalendar, rep.Problems[0].Code)
	rep = dateline.Check("Saturday, March 2, 2024 8:30 pm | 22 Adar I 5784", heldoutRef, at)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeAfterSunset, rep.Problems[0].Code)
}

// TestRangeEndDaytime: a range that starts on the evening an occasion or
// Shabbat begins ends on a civil day in its daytime, whose Hebrew date is
// its own: the first day's shift to the next day's date, from sunset, was
// carried to the end, so that "Yom Kippur, October 11-12, 2024" ended on
// 11 Tishrei and "Shabbat, March 1-2, 2024" on 23 Adar I, days after
// them, with nothing said. Where the text gives the end's Hebrew date, or
// says the end is an evening too, or starts on a day's daytime, the end
// is as it was.
func TestRangeEndDaytime(t *testing.T) {
	for _, tc := range []struct{ text, start, also string }{
		{"Yom Kippur, October 11-12, 2024", "10 Tishrei 5785", "2024-10-12 10 Tishrei 5785"},
		{"Jom Kippur, 11.-12. Oktober 2024", "10 Tishrei 5785", "2024-10-12 10 Tishrei 5785"},
		{"Yom Kippour, 11-12 octobre 2024", "10 Tishrei 5785", "2024-10-12 10 Tishrei 5785"},
		{"יום כיפור, 11-12 באוקטובר 2024", "10 Tishrei 5785", "2024-10-12 10 Tishrei 5785"},
		{"Yom Kippur, Friday evening, October 11 - Saturday, October 12, 2024", "10 Tishrei 5785", "2024-10-12 10 Tishrei 5785"},
		{"Passover 2024, April 22-30, 2024", "15 Nisan 5784", "2024-04-30 22 Nisan 5784"},
		{"Pessah 2024, du 22 au 30 avril 2024", "15 Nisan 5784", "2024-04-30 22 Nisan 5784"},
		{"Pessach 2024, 22.-30. April 2024", "15 Nisan 5784", "2024-04-30 22 Nisan 5784"},
		{"Rosh Hashana, October 2-4, 2024", "1 Tishrei 5785", "2024-10-04 2 Tishrei 5785"},
		{"Sukkot, October 16-23, 2024", "15 Tishrei 5785", "2024-10-23 21 Tishrei 5785"},
		{"Shavuot, June 11-13, 2024", "6 Sivan 5784", "2024-06-13 7 Sivan 5784"},
		{"Schawuot, 11.-13. Juni 2024", "6 Sivan 5784", "2024-06-13 7 Sivan 5784"},
		{"Chanukah, December 25, 2024 - January 2, 2025", "25 Kislev 5785", "2025-01-02 2 Tevet 5785"},
		{"Shabbat, March 1-2, 2024", "22 Adar I 5784", "2024-03-02 22 Adar I 5784"},
		{"Schabbat, 1.-2. März 2024", "22 Adar I 5784", "2024-03-02 22 Adar I 5784"},
		{"Chabbat, 1-2 mars 2024", "22 Adar I 5784", "2024-03-02 22 Adar I 5784"},
		{"Friday night to Sunday, March 1-3, 2024", "22 Adar I 5784", "2024-03-03 23 Adar I 5784"},
		{"Friday evening, March 1 - Sunday, March 3, 2024", "22 Adar I 5784", "2024-03-03 23 Adar I 5784"},
		// Near misses: the end said an evening, the end's Hebrew date
		// given, a range from a daytime, one that ends on its evening.
		{"Friday evening through Sunday evening, March 1-3, 2024", "22 Adar I 5784", "2024-03-03 24 Adar I 5784"},
		{"Friday night to Sunday night, March 1-3, 2024", "22 Adar I 5784", "2024-03-03 24 Adar I 5784"},
		{"Friday, March 1-2, 2024 | 22-23 Adar I 5784", "22 Adar I 5784", "2024-03-02 23 Adar I 5784"},
		{"Friday night, March 1 and 8, 2024", "22 Adar I 5784", "2024-03-08 29 Adar I 5784"},
		{"Freitagabend, 1. und 8. März 2024", "22 Adar I 5784", "2024-03-08 29 Adar I 5784"},
		{"the evening of March 2-3, 2024", "23 Adar I 5784", "2024-03-03 24 Adar I 5784"},
		{"March 1-3, 2024", "21 Adar I 5784", "2024-03-03 23 Adar I 5784"},
		{"Friday night to Saturday night, March 1-2, 2024", "23 Adar I 5784", "2024-03-01 22 Adar I 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			assert.Equal(t, tc.start, rep.Dateline.Hebrew.String())
			require.Len(t, rep.Also, 1, "%v", rep.Problems)
			assert.Equal(t, tc.also, rep.Also[0].Time.Format("2006-01-02")+" "+rep.Also[0].Hebrew.String())
		})
	}
	ms := dateline.Find("Rosh Hashanah 5785 begins at sundown on October 2 and ends at nightfall October 4, 2024.", heldoutRef)
	require.Len(t, ms, 1)
	require.Len(t, ms[0].Also, 1)
	assert.Equal(t, "2 Tishrei 5785", ms[0].Also[0].Hebrew.String())
}
