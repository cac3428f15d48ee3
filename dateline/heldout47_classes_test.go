package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// afterSunsetInfos returns the after-sunset problems of rep, and whether
// each is an info.
func afterSunsetInfos(rep dateline.Report) (n int, allInfo bool) {
	allInfo = true
	for _, p := range rep.Problems {
		if p.Code == dateline.CodeAfterSunset {
			n++
			allInfo = allInfo && p.Severity == dateline.Info
		}
	}
	return n, allInfo
}

// TestCountedNightSaysEvening: a counted night of an occasion beside its
// civil date ("April 15, 2014, the second night of Passover", the
// forty-seventh held-out round) is the evening on which its counted day
// begins, whose Hebrew date, from sunset, is a day ahead of the civil
// one; an info says so, as it does of the first night's and of a
// weekday's evening. It gave the right Hebrew date with nothing said, as
// a wrong conversion would. A counted day is its own civil day, with no
// such info; a night that is not the date's stays an error.
func TestCountedNightSaysEvening(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, day, hebrew string }{
		{"April 15, 2014, the second night of Passover", "2014-04-15", "16 Nisan 5774"},
		{"Tuesday, April 23, 2024: Second Night of Pesach", "2024-04-23", "16 Nisan 5784"},
		{"Second night of Chanukah, Thursday, December 26, 2024", "2024-12-26", "26 Kislev 5785"},
		{"8th night of Chanukah, Wednesday, January 1, 2025", "2025-01-01", "2 Tevet 5785"},
		{"third night of Hanukkah - December 27, 2024", "2024-12-27", "27 Kislev 5785"},
		{"First night of Chanukah, Wednesday, December 25, 2024", "2024-12-25", "25 Kislev 5785"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String())
			n, info := afterSunsetInfos(rep)
			assert.Equal(t, 1, n, "one after-sunset info: %v", rep.Problems)
			assert.True(t, info, "an info, not a warning: %v", rep.Problems)
		})
	}
	// In running text, as the page printed it.
	ms := dateline.Find("The congregational Seder this year is on April 15, 2014, the second night of Passover.", ref)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "16 Nisan 5774", ms[0].Report.Dateline.Hebrew.String())
		n, info := afterSunsetInfos(ms[0].Report)
		assert.True(t, n == 1 && info, "%v", ms[0].Report.Problems)
	}
	// A counted day is its civil day's; no evening is said.
	for _, in := range []string{
		"Second day of Chanukah, Friday, December 27, 2024",
		"April 16, 2014, the second day of Passover",
	} {
		rep := dateline.Check(in, ref)
		assert.True(t, rep.OK(), "%s: %v", in, rep.Problems)
		n, _ := afterSunsetInfos(rep)
		assert.Zero(t, n, "%s: %v", in, rep.Problems)
	}
	// A night that is not the date's is an error, and no info beside it
	// says the evening fits.
	rep := dateline.Check("Second night of Chanukah, Wednesday, December 25, 2024", ref)
	assert.False(t, rep.OK(), "%v", rep.Problems)
	for _, p := range rep.Problems {
		assert.False(t, p.Code == dateline.CodeAfterSunset && p.Severity == dateline.Info, "%v", rep.Problems)
	}
	// Prose nights name no occasion: no evening is read into the date.
	for _, in := range []string{
		"the second night of talks, April 15, 2014",
		"April 15, 2014, the second night of the festival",
	} {
		for _, m := range dateline.Find(in, ref) {
			assert.Equal(t, "15 Nisan 5774", m.Report.Dateline.Hebrew.String(), in)
			n, _ := afterSunsetInfos(m.Report)
			assert.Zero(t, n, "%s: %v", in, m.Report.Problems)
		}
	}
}

// TestExclamationEndsDateline: an exclamation mark after a dateline ends
// it, as a full stop does (the forty-seventh held-out round's event
// lines: "Sunday, November 28 -- Ist Night of Hanukkah!"): Check read
// "Friday, December 8, 2023 - Chanukah!" as a syntax error at the "!".
// The layout keeps it as text. A question mark, which after a date may
// say it is uncertain, and words after the mark are still errors.
func TestExclamationEndsDateline(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, day, hebrew string }{
		{"Sunday, November 28, 2021!", "2021-11-28", "24 Kislev 5782"},
		{"Friday, December 8, 2023 - Chanukah!", "2023-12-08", "25 Kislev 5784"},
		{"Sunday, November 28, 2021 -- 1st Night of Hanukkah!", "2021-11-28", "25 Kislev 5782"},
		{"Sunday, December 10, 2017 at 1:00 p.m.!", "2017-12-10", "22 Kislev 5778"},
		{"25 Kislev 5784!!", "2023-12-08", "25 Kislev 5784"},
		{"(Friday, December 8, 2023!)", "2023-12-08", "25 Kislev 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			require.False(t, rep.Dateline.Time.IsZero(), "%v", rep.Problems)
			for _, p := range rep.Problems {
				assert.NotEqual(t, dateline.CodeSyntax, p.Code, "%v", rep.Problems)
			}
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String())
		})
	}
	l, err := dateline.LayoutOf("Friday, December 8, 2023 - Chanukah!")
	if assert.NoError(t, err) {
		d := dateline.New(time.Date(2024, time.December, 27, 0, 0, 0, 0, time.UTC))
		assert.Equal(t, "Friday, December 27, 2024 - Chanukah: 3 Candles!", l.Format(d.Time, d.Hebrew))
	}
	for _, in := range []string{
		"Friday, March 8, 2024?",
		"Friday, March 8, 2024! Come early",
		"Wow!",
		"2024!",
	} {
		rep := dateline.Check(in, ref)
		assert.False(t, rep.OK(), in)
		assert.True(t, rep.Dateline.Time.IsZero(), "%s: %v", in, rep.Dateline)
	}
}
