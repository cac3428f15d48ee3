package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestLongRanges: a range whose two ends each state their year is a period
// or a life, as long as the text says, not a week or a few ("du 2 octobre
// 2024 au 22 septembre 2025", "September 4, 1745 – December 15, 1812"):
// it reads as its first day, and its layout writes a range as long. One
// whose start takes its year from the end, or whose numbers two orders
// read, stays at most maxRange days, lest a long range be read where the
// text means a short one.
func TestLongRanges(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	tests := []struct {
		in, day, hebrew, layout string
	}{
		{"du 2 octobre 2024 au 22 septembre 2025", "2024-10-02", "29 Elul 5784", "du 2 janvier 2006 au 23 décembre 2006"},
		{"van 16 september 2023 tot 2 oktober 2024", "2023-09-16", "1 Tishrei 5784", "van 2 januari 2006 tot 19 januari 2007"},
		{"from October 2, 2024 to September 22, 2025", "2024-10-02", "29 Elul 5784", "from January 2, 2006 to December 23, 2006"},
		{"Wednesday, October 2, 2024 – Monday, September 22, 2025", "2024-10-02", "29 Elul 5784", ""},
		{"October 2–9, 2024 | 29 Elul 5784 – 7 Tishrei 5785", "2024-10-02", "29 Elul 5784", ""},
		{"October 2, 2024 | 29 Elul 5784 – 7 Tishrei 5785", "2024-10-02", "29 Elul 5784", ""},
		{"18 Elul 5505 – 24 Tevet 5573", "1745-09-15", "18 Elul 5505", ""},
		{"18 Cheshvan 5779 – 19 Cheshvan 5780", "2018-10-27", "18 Cheshvan 5779", ""},
		// The Julian calendar falls a day behind the Gregorian in 1800:
		// the civil range and the Hebrew one both run 24,574 days.
		{"September 4, 1745 – December 15, 1812 O.S. / 18 Elul 5505 – 24 Tevet 5573", "1745-09-15", "18 Elul 5505", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String())
			if tc.layout != "" {
				assert.Equal(t, tc.layout, rep.Layout)
			}
		})
	}
	wrong := []struct {
		in   string
		code dateline.Code
	}{
		// The two calendars' ranges, or the weekdays, run other lengths.
		{"October 2–9, 2024 | 29 Elul 5784 – 8 Tishrei 5785", dateline.CodeCalendar},
		{"Thursday, October 2, 2024 – Monday, September 22, 2025", dateline.CodeWeekday},
		{"September 4, 1745 – December 15, 1812 O.S. / 18 Elul 5505 – 25 Tevet 5573", dateline.CodeCalendar},
		// Longer than a Shift holds, or backwards.
		{"from January 1, 1800 to January 1, 1900", dateline.CodeOutOfRange},
		{"from October 22, 2025 to September 2, 2024", dateline.CodeOutOfRange},
		// The start takes the end's year: a week or a few.
		{"October 2 – September 22, 2025", dateline.CodeSyntax},
	}
	for _, tc := range wrong {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			require.False(t, rep.OK())
			assert.Equal(t, tc.code, rep.Problems[len(rep.Problems)-1].Code, "%v", rep.Problems)
		})
	}
	// In running text, a long range is one dateline; two whole dates
	// that no join makes a range are two.
	assert.Len(t, dateline.Find("Hun jaar 5784 loopt van 16 september 2023 tot 2 oktober 2024.", ref), 1)
	assert.Len(t, dateline.Find("Opened March 2, 2024; closed September 22, 2025.", ref), 2)
}
