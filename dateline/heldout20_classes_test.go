package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout20Classes: made-up datelines of the classes that the
// twentieth held-out set (real lines of English and Hebrew luach, shul,
// Chabad and news pages) found unread or misread, each read as its first
// day with the problems it must have:
//
//   - a sentence's verb between the two calendars: "Kislev 30 this year
//     falls on December 26, 2011", "falls out on", "fell on", either
//     calendar first, and a weekday after it ("falls on Friday, December
//     20, 2024"), whose two dates and weekday are checked;
//   - "in the year" and "of the year" before a year's number, and a civil
//     year in brackets after it, checked ("the twentieth of MarCheshvan
//     in the year 5621 (1860)");
//   - Shabbat as an event's name before the dateline's own weekday, a
//     dash glued to it ("Zoom Shabbat- Friday, November 19, 2021"): no
//     range from Saturday, whose Friday would be a weekday error the page
//     did not make; two days in a row so joined are a range still;
//   - a Friday and its Shabbat joined by a slash before a month's name
//     ("13/14 July 2018", "29/30 Dec");
//   - a range from sunset to nightfall, each word with a comma as
//     Wikipedia's tables write them ("Sunset, 4 April – nightfall, 5
//     April");
//   - candle lighting said as a luach says it, "Light Candles at 4:34
//     PM", after a date: a zman, kept apart from the dateline's own time
//     of day as "Candle lighting 4:34 pm" is.
func TestHeldout20Classes(t *testing.T) {
	tests := []struct {
		in    string
		day   string // the dateline's day and time, 2006-01-02 15:04
		codes []dateline.Code
	}{
		{"Kislev 30 this year falls on December 26, 2011", "2011-12-26 00:00", nil},
		{"25 Kislev 5785 falls on December 26, 2024", "2024-12-26 00:00", nil},
		{"14 Nisan 5784 falls out on April 22, 2024", "2024-04-22 00:00", nil},
		{"Tevet 10, 5785 fell on January 10, 2025", "2025-01-10 00:00", nil},
		{"March 24, 2024 falls on 14 Adar II 5784", "2024-03-24 00:00", nil},
		{"Kislev 30 this year falls on December 27, 2011", "2011-12-27 00:00", []dateline.Code{dateline.CodeCalendar}},
		{"Yud Tes Kislev this year falls on Friday, December 20, 2024", "2024-12-20 00:00", nil},
		{"19 Kislev 5785 falls on Friday, December 20, 2024", "2024-12-20 00:00", nil},
		{"19 Kislev this year falls on Thursday, December 20, 2024", "2024-12-20 00:00", []dateline.Code{dateline.CodeWeekday}},
		{"the twentieth of MarCheshvan in the year 5621 (1860)", "1860-11-05 00:00", nil},
		{"20 Cheshvan in the year 5621", "1860-11-05 00:00", nil},
		{"the 11th of Nissan of the year 5662", "1902-04-18 00:00", nil},
		{"March 5 in the year 2024", "2024-03-05 00:00", nil},
		{"20 Cheshvan in the year 5621 (1861)", "1860-11-05 00:00", []dateline.Code{dateline.CodeCalendar}},
		{"Shabbos- Sunday, November 20-21, 2021", "2021-11-20 00:00", nil},
		{"Shabbos-Sunday, November 20-21, 2021", "2021-11-20 00:00", nil},
		{"13/14 July 2018", "2018-07-13 00:00", nil},
		{"29/30 Dec 2023", "2023-12-29 00:00", nil},
		{"4/5 April 2025", "2025-04-04 00:00", nil},
		{"11/22 February 1732", "1732-02-22 00:00", nil},
		{"Sunset, 4 April 2020 – nightfall, 5 April 2020", "2020-04-04 00:00", nil},
		{"Sunset, 22 April – nightfall, 30 April 2024", "2024-04-22 00:00", nil},
		{"sunset 4 April – nightfall 5 April 2020", "2020-04-04 00:00", nil},
		{"Friday 26th March 2021; light candles at 7:05pm", "2021-03-26 00:00", nil},
		{"Friday, 11 Kislev 5781 Light Candles at 4:34 PM", "2020-11-27 00:00", nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { checkClassRow(t, tc.in, tc.day, "2006-01-02 15:04", tc.codes, false) })
	}
	// Refused still: days a slash joins that are not in a row, and a
	// month-less slash; the verb before no date of the other calendar.
	for _, in := range []string{"13/15 July 2018", "13/14", "Kislev 30 falls on a Monday", "20 Tishrei, which falls on Sunday"} {
		rep := dateline.Check(in, dateline.Reference(corpusReference))
		require.NotEmpty(t, rep.Problems, in)
		assert.Equal(t, dateline.CodeSyntax, rep.Problems[0].Code, in)
	}
	// In prose: the dateline is found whole, an event's Shabbat is no
	// weekday, and prose's "falls on", "in the year" and fractions start
	// nothing.
	for _, tc := range []struct{ in, day string }{
		{"Zoom Shabbat- Friday, November 19, 2021", "2021-11-19"},
		{"Join our Kiddush Shabbos- Friday, March 1, 2024 at the shul.", "2024-03-01"},
		{"We noted that Kislev 30 this year falls on December 26, 2011, a Monday.", "2011-12-26"},
		{"He was born on the twentieth of MarCheshvan in the year 5621 (1860) in Lubavitch.", "1860-11-05"},
		{"Shabbat times: 13/14 July 2018 candles 9:17.", "2018-07-13"},
		{"2020 date | Sunset, 4 April 2020 – nightfall, 5 April 2020 | Frequency", "2020-04-04"},
		{"We light candles at home; on March 26, 2021 we lit them at 7:05pm.", "2021-03-26"},
		{"In the year 2024 the fast falls on a Thursday, on March 21, 2024, at dawn.", "2024-03-21"},
	} {
		ms := dateline.Find(tc.in, dateline.Reference(corpusReference))
		require.Len(t, ms, 1, tc.in)
		assert.Equal(t, tc.day, ms[0].Report.Dateline.Time.Format("2006-01-02"), tc.in)
		assert.True(t, ms[0].Report.OK(), tc.in)
	}
}

// TestLightCandlesZman: the time after "Light Candles at" is candle
// lighting's, not the dateline's time of day.
func TestLightCandlesZman(t *testing.T) {
	rep := dateline.Check("Friday, 11 Kislev 5781 Light Candles at 4:34 PM", dateline.Reference(corpusReference))
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.False(t, rep.Dateline.HasTime)
	assert.Equal(t, "2020-11-27", rep.Dateline.Time.Format("2006-01-02"))
}

// TestBareHebrewYearWords: a short word of Hebrew prose after a Hebrew
// date whose letters read as a numeral is no year ("של", of, was the year
// 5330, "חל", falls, 8030, "תל" of Tel Aviv 5430, all without a problem);
// a year without its marks is read where it is written in full, or as
// whole hundreds, and one with its marks as before.
func TestBareHebrewYearWords(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, day, hebrewDay string }{
		{`כ"ה כסלו של השנה הזאת`, "2026-12-05", "25 Kislev 5787"},
		{`כ"ה כסלו שם נפגשנו`, "2026-12-05", "25 Kislev 5787"},
		{`כ"ה כסלו תל אביב`, "2026-12-05", "25 Kislev 5787"},
		{`י"ט כסלו חל השנה ביום שישי`, "2026-11-29", "19 Kislev 5787"},
	} {
		ms := dateline.Find(tc.in, ref)
		require.Len(t, ms, 1, tc.in)
		assert.Equal(t, tc.day, ms[0].Report.Dateline.Time.Format("2006-01-02"), tc.in)
		assert.Equal(t, tc.hebrewDay, ms[0].Report.Dateline.Hebrew.String(), tc.in)
	}
	for _, tc := range []struct{ in, hebrewDay string }{
		{`כ"ה כסלו התשפה`, "25 Kislev 5785"},
		{`כ"ה כסלו תשפה`, "25 Kislev 5785"},
		{`ט תשרי תת`, "9 Tishrei 5800"},
		{`כ"ה כסלו ש״ל`, "25 Kislev 5330"},
		{`כ"ה כסלו ה'תשפ"ה`, "25 Kislev 5785"},
	} {
		rep := dateline.Check(tc.in, ref)
		require.True(t, rep.OK(), "%s: %v", tc.in, rep.Problems)
		assert.Equal(t, tc.hebrewDay, rep.Dateline.Hebrew.String(), tc.in)
	}
}
