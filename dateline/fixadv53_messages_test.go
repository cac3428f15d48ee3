package dateline_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestErevWeekdayMessage: the weekday error of a date named as the eve
// of a weekday ("Erev Shabbat", "ערב שבת") says the text names the eve of
// that weekday, in each language the eve is read in: it said "not a
// Friday (the weekday named is Saturday)", the opposite of its main
// clause.
func TestErevWeekdayMessage(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	// hd: 2024-03-02 is Saturday, 22 Adar I 5784.
	for _, in := range []string{
		"Erev Shabbat, March 2, 2024 | 22 Adar I 5784",
		"ערב שבת, 2 במרץ 2024",
		"Erev Shabbat, 2 mars 2024",
	} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, ref)
			require.True(t, hasProblem(rep, dateline.CodeWeekday, dateline.Error), "%v", rep.Problems)
			for _, p := range rep.Problems {
				if p.Code == dateline.CodeWeekday {
					assert.Equal(t, "March 2, 2024 is a Saturday, not a Friday (the eve of Saturday, which the text names)", p.Message)
				}
			}
		})
	}
}

// TestEveningOccasionNearestYear: the error of an occasion said to begin
// on an evening that is not its eve names the occasion nearest that
// evening, of the next Hebrew year where it is nearer: "Rosh Hashanah
// 2024 falls on the evening of September 25th" (23 Elul 5784) named Rosh
// Hashanah 5784, on the evening of September 15, 2023.
func TestEveningOccasionNearestYear(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	// hd: 2024-10-03 is 1 Tishrei 5785, 2024-10-12 10 Tishrei 5785,
	// 2024-12-26 25 Kislev 5785, 2024-09-26 23 Elul 5784.
	for _, tc := range []struct{ in, msg string }{
		{"Rosh Hashanah 2024 falls on the evening of September 25th.", "Rosh Hashanah 5785 begins on the evening of October 2, 2024, not of Wednesday, September 25, 2024"},
		{"Rosh Hashanah 2024 begins at sundown on September 25.", "Rosh Hashanah 5785 begins on the evening of October 2, 2024, not of Wednesday, September 25, 2024"},
		{"Yom Kippur 2024 begins at sundown on October 20.", "Yom Kippur 5785 begins on the evening of October 11, 2024, not of Sunday, October 20, 2024"},
		{"Chanukah 2024 begins at sundown on December 15.", "Chanukah 5785 begins on the evening of December 25, 2024, not of Sunday, December 15, 2024"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, 1)
			assert.True(t, hasProblem(ms[0].Report, dateline.CodeOccasion, dateline.Error), "%v", ms[0].Report.Problems)
			found := false
			for _, p := range ms[0].Report.Problems {
				found = found || p.Message == tc.msg
			}
			assert.True(t, found, "%v", ms[0].Report.Problems)
		})
	}
}

// TestAmbiguousNeitherFits: a numeric date whose weekday, in a language
// that writes dates day first, fits neither reading is warned of without
// saying the weekday fits the one read: "Freitag, 03/04/2025" (March 4 is
// a Tuesday, April 3 a Thursday) said it was read month first "which its
// weekday or Hebrew date fits". A weekday that fits keeps its reason.
func TestAmbiguousNeitherFits(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	// hd: 2025-03-04 is Tuesday, 2025-04-03 Thursday.
	for _, tc := range []struct {
		in   string
		fits bool
	}{
		{"Freitag, 03/04/2025", false},
		{"vendredi 03/04/2025", false},
		{"Dienstag, 03/04/2025", true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			msg := ""
			for _, p := range rep.Problems {
				if p.Code == dateline.CodeDateAmbiguous {
					msg = p.Message
				}
			}
			require.NotEmpty(t, msg, "%v", rep.Problems)
			assert.Equal(t, tc.fits, strings.Contains(msg, "which its weekday or Hebrew date fits"), msg)
			assert.Equal(t, !tc.fits, strings.Contains(msg, "neither reading fits"), msg)
		})
	}
}

// TestCalendarErrorCivilYear: a Hebrew date whose year is a Gregorian
// year near the reference, beside a Gregorian day and month without a
// year, is compared in that Gregorian year: "In 2024, Kislev 25 falls on
// December 23rd" said "December 23, -1737 is 18 Tevet 2024".
func TestCalendarErrorCivilYear(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	// hd: 2024-12-23 is 22 Kislev 5785; 2025-04-12 14 Nisan 5785.
	for _, tc := range []struct{ in, msg string }{
		{"In 2024, Kislev 25 falls on December 23rd on the Gregorian calendar.", "December 23, 2024 is 22 Kislev 5785, not 25 Kislev 5785"},
		{"Kislev 25, 2024 falls on December 23rd", "December 23, 2024 is 22 Kislev 5785, not 25 Kislev 5785"},
		{"15 Nisan 2025 falls on April 12", "April 12, 2025 is 14 Nisan 5785, not 15 Nisan 5785"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, 1)
			found := false
			for _, p := range ms[0].Report.Problems {
				found = found || p.Code == dateline.CodeCalendar && p.Message == tc.msg
			}
			assert.True(t, found, "%v", ms[0].Report.Problems)
			assert.True(t, hasProblem(ms[0].Report, dateline.CodeYearUnlikely, dateline.Error), "%v", ms[0].Report.Problems)
		})
	}
}
