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

// TestHeldout311YearGluedToMonth: a byline's Hebrew date and civil date
// run together, the Hebrew year's last letter glued to the civil month's
// name ("א׳ באלול ה׳תשע״בספטמבר 11, 2023", haravon.co.il's WordPress
// byline, the 311th held-out round), as two inline elements flatten to
// text. The year and the month were one word, so Check stopped at the
// year and Find read 1 Elul alone, in the year of the reference, with
// nothing said of the civil date. They are now read apart, and checked
// against each other: that byline's two dates are eleven years apart.
func TestHeldout311YearGluedToMonth(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"א׳ באלול ה׳תשפ״דספטמבר 4, 2024", "2024-09-04", "1 Elul 5784"},
		{"כ״ט באלול תשפ״דאוקטובר 2, 2024", "2024-10-02", "29 Elul 5784"},
		{"ד׳ בכסלו התשפ״הדצמבר 5, 2024", "2024-12-05", "4 Kislev 5785"},
	})
	checkDayHebs(t, fixadvaRef, []struct{ text, day, heb string }{
		{"יוסף ארוון, א׳ באלול ה׳תשפ״דספטמבר 4, 2024 לְדָוִד", "2024-09-04", "1 Elul 5784"},
	})
	rep := dateline.Check("א׳ באלול ה׳תשע״בספטמבר 11, 2023", fixadvaRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeCalendar, rep.Problems[0].Code)
	ms := dateline.Find("יוסף ארוון, א׳ באלול ה׳תשע״בספטמבר 11, 2023", fixadvaRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "א׳ באלול ה׳תשע״בספטמבר 11, 2023", ms[0].Input)
}
