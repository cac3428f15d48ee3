package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestVerseIsNoTime: a chapter and verse of the Bible, or a score, before
// a date is no time of day: "Read Genesis 22:19, March 2, 2024" was read
// at 10:19 pm, which in Jerusalem is after sunset and moved the Hebrew
// date to 23 Adar I; "Malachi 1:1–2:7 | Shabbat, November 18, 2023" at
// 1:01 am and "won 3:1 on March 2, 2024" at 3:01 am (found trying the
// command as an adversary). A clock never writes its minute with one
// digit unless seconds follow it, as a machine's "5:7:51 PM"; real times
// before and after dates keep being read, and a book's name that is a
// common word too (Kings, Dan without its dot) leaves a clock a clock.
func TestVerseIsNoTime(t *testing.T) {
	for _, tc := range []struct {
		in, match, when string
	}{
		{"Parashat Toldot (Genesis 25:19 – 28:9), Saturday, November 18, 2023", "Saturday, November 18, 2023", "2023-11-18"},
		{"Haftarah: Malachi 1:1–2:7 | Shabbat, November 18, 2023", "Shabbat, November 18, 2023", "2023-11-18"},
		{"Haftarah: Malachi 1:1–2:17 | Shabbat, November 18, 2023", "Shabbat, November 18, 2023", "2023-11-18"},
		{"Maccabi won 3:1 on March 2, 2024.", "March 2, 2024", "2024-03-02"},
		{"Read Genesis 22:19, March 2, 2024", "March 2, 2024", "2024-03-02"},
		{"John 3:16 March 2, 2024", "March 2, 2024", "2024-03-02"},
		{"Ps. 23:4, March 2, 2024", "March 2, 2024", "2024-03-02"},
		{"Gen 22:19, March 2, 2024", "March 2, 2024", "2024-03-02"},
		{"1 Kings 18:21, March 2, 2024", "March 2, 2024", "2024-03-02"},
		{"Exod. 30:11-16, March 2, 2024", "March 2, 2024", "2024-03-02"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, dateline.Reference(corpusReference))
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.in[ms[0].Start:ms[0].End])
			assert.Equal(t, tc.when, ms[0].Dateline.Time.Format("2006-01-02"))
			assert.False(t, ms[0].Dateline.HasTime, "read at %v", ms[0].Dateline.Time)
		})
	}
	for _, in := range []string{"3:1 on March 2, 2024", "March 2, 2024 at 3:1 pm"} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, dateline.Reference(corpusReference))
			assert.False(t, rep.OK(), "read as %v", rep.Dateline.Time)
		})
	}
	// Near misses: times that are times.
	for _, tc := range []struct {
		in, when string
	}{
		{"10:39 am, March 2, 2024", "2024-03-02 10:39"},
		{"19:30 | 2 March 2024", "2024-03-02 19:30"},
		{"Lakers vs Kings 7:30 pm, March 2, 2024", "2024-03-02 19:30"},
		{"Dan 10:30, March 2, 2024", "2024-03-02 10:30"},
		{"May 8, 2009 5:7:51 PM", "2009-05-08 17:07"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, dateline.Reference(corpusReference))
			require.Len(t, ms, 1)
			assert.True(t, ms[0].Dateline.HasTime)
			assert.Equal(t, tc.when, ms[0].Dateline.Time.Format("2006-01-02 15:04"))
		})
	}
}
