package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout311YearUnitAfterTav: a year whose letters, largest first,
// would spell a word, written with its unit straight after its ת, before
// its hundred: 5744 as תדש״מ (400+4+300+40) rather than תשמ״ד ("ה' תשרי
// תדש"מ" under a talk on harav.org, the 311th held-out round), beside the
// תשד״מ that TestFixadvAAvoidedYearLetters reads. Check stopped at the
// year, and Find read 5 Tishrei alone, in the year of the reference, with
// nothing said of the year after it. A unit before a hundred elsewhere,
// or in a year that spells no word, is still no year.
func TestHeldout311YearUnitAfterTav(t *testing.T) {
	cases := []struct{ text, day, heb string }{
		{"ה' תשרי תדש\"מ", "1983-09-12", "5 Tishrei 5744"},
		{"ה׳ תשרי ה׳תדש״מ", "1983-09-12", "5 Tishrei 5744"},
		{"י״ד אדר ב׳ תדש״מ", "1984-03-18", "14 Adar II 5744"},
		{"כ״ח אייר תחר״צ", "1938-05-29", "28 Iyyar 5698"},
		{"Thursday, 1 Tishrei תדש\"מ", "1983-09-08", "1 Tishrei 5744"},
	}
	checkDayHebsWhole(t, cases)
	checkDayHebs(t, fixadvaRef, []struct{ text, day, heb string }{
		{"נולד בה׳ תשרי התדש״מ בירושלים", "1983-09-12", "5 Tishrei 5744"},
		{"שובו בנים שובבים ה' תשרי תדש\"מ אמר רבי עקיבא", "1983-09-12", "5 Tishrei 5744"},
	})
	for _, in := range []string{
		"ה׳ תשרי תדר״מ", // 604+40 spells no word: no year
		"ה׳ תשרי תהש״מ", // 745 is none that Avoids
	} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, fixadvaRef)
			assert.False(t, rep.OK(), "%v", rep.Dateline)
		})
	}
	// A layout learnt from it writes the order the writer always has.
	l, err := dateline.LayoutOf("ה׳ תשרי תדש״מ")
	require.NoError(t, err)
	d, err := dateline.Parse("ה׳ תשרי תדש״מ")
	require.NoError(t, err)
	assert.Equal(t, "ה׳ תשרי תשד״מ", l.Format(d.Time, d.Hebrew))
}
