package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout280SmallCount: a Hebrew year of three digits with the words
// that say it is written "by the small count" (לפ״ק), without its
// thousands, as translations of gravestones print it: "Středa 12. ijaru
// 370 podle malého počtu" (the Maharal's wife Perl, on pruvodceterezin.cz,
// seen by the two hundred and eightieth held-out round) was read as the
// year 370 of the fourth millennium before the era, with a warning that
// 5370 may be meant, on a line that says it is. With the label in Czech,
// German, French or Polish the year now has its thousands and the label
// is the dateline's text; without it the year is read as before, after a
// year of the sixth millennium in four digits (as the layout writes the
// year again) the label is text and the year as written, and a weekday
// not the day's is still an error.
func TestHeldout280SmallCount(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Středa 12. ijaru 370 podle malého počtu.", "1610-05-05"},
		{"12. ijaru 370 podle malého počtu", "1610-05-05"},
		{"pátek 14.ijaru 689 malého počtu", "1929-05-24"},
		{"20. Tewet 599 der kleinen Zählung", "1839-01-06"},
		{"29. Tischri im Jahr 640 der kleinen Zählung", "1879-10-16"},
		{"24. Ijar 620 nach der kleinen Zeitrechnung", "1860-05-16"},
		{"11 Nissan 569 selon le petit comput", "1809-03-28"},
		{"26 szwat 657 według krótkiej rachuby", "1897-01-29"},
		{"12 Elul 690 wedle małej rachuby", "1930-09-05"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		// Since b0d4620f the civil day after 'tj.' glued to it is the
		// same dateline's: the match runs to its closing bracket.
		{"Zemřel v pátek 14.ijaru 689 malého počtu* (tj.24.5.1929)", "pátek 14.ijaru 689 malého počtu* (tj.24.5.1929)", "1929-05-24", "14 Iyyar 5689"},
		{"verschieden am Tag 1, 20. Tewet 599 der kleinen Zählung. Ihre Seele", "20. Tewet 599 der kleinen Zählung", "1839-01-06", "20 Tevet 5599"},
	})
	// A weekday that is not the day's is an error, as before.
	rep := dateline.Check("Čtvrtek 12. ijaru 370 podle malého počtu", heldoutRef)
	assert.Equal(t, "1610-05-05", rep.Dateline.Time.Format("2006-01-02"))
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	// Without the whole label the year is read as written, with the
	// warning that 5370 may be meant.
	for _, text := range []string{"12. ijaru 370", "12. ijaru 370 podle malého", "12. ijaru 370 malého počtuje"} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, heldoutRef)
			if assert.Len(t, ms, 1) {
				assert.Equal(t, "12. ijaru 370", text[ms[0].Start:ms[0].End])
				assert.Equal(t, 370, ms[0].Dateline.Hebrew.Year)
				assert.Contains(t, severityCodes(ms[0], dateline.Warning), dateline.CodeYearUnlikely)
			}
		})
	}
	// A year of four digits keeps its value, with the label after it, as
	// the layout of a year of three writes it again; one that is not of
	// the sixth millennium leaves the label unread.
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"12. ijaru 5370 podle malého počtu", "1610-05-05"},
	})
	l, err := dateline.LayoutOf("Středa 12. ijaru 370 podle malého počtu.")
	if assert.NoError(t, err) {
		rep := dateline.Check("Středa 12. ijaru 370 podle malého počtu.", heldoutRef)
		again := l.Format(rep.Dateline.Time, rep.Dateline.Hebrew)
		back := dateline.Check(again, heldoutRef)
		assert.True(t, back.OK(), "%s: %v", again, back.Problems)
		assert.Equal(t, rep.Dateline.Hebrew, back.Dateline.Hebrew, again)
	}
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"12. ijaru 4370 podle malého počtu", "12. ijaru 4370", "0610-05-14", "12 Iyyar 4370"},
	})
}

// TestHeldout280OldFrenchMonths: the older French transcription of the
// Hebrew months, with th for tav and a circumflex on a long vowel, as
// French translations of Alsatian epitaphs print them: "le jeudi 25
// Thichri 5658" (Rabbi Eliezer Bloch's burial, judaisme-alsalor.fr, seen
// by the two hundred and eightieth held-out round) was not found, nor
// were "16 Tèbheth" and "11 Nissâne" of the same page. They now read as
// Tishrei, Tevet and Nisan, in any letter case, with the weekday checked
// and the small count's label read after them; a word that only starts
// with one stays unread.
func TestHeldout280OldFrenchMonths(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"le jeudi 25 Thichri 5658", "1897-10-21"},
		{"25 THICHRI 5658", "1897-10-21"},
		{"16 Tèbheth 5693", "1933-01-14"},
		{"le 11 Nissâne 5569", "1809-03-28"},
		{"11 Nissâne 569 selon le petit comput", "1809-03-28"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"a été enterré avec grand honneur le jeudi 25 Thichri 5658. R.i.p.", "jeudi 25 Thichri 5658", "1897-10-21", "25 Tishrei 5658"},
	})
	rep := dateline.Check("le mardi 25 Thichri 5658", heldoutRef)
	assert.Equal(t, "1897-10-21", rep.Dateline.Time.Format("2006-01-02"))
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	checkUnread(t, heldoutRef, "25 Thichrie 5658", "25 Nissânes 5569")
}

// TestHeldout280SmallCountAfterLayouts: a Reader that has read datelines
// of the same layout, with and without the small count's label, reads
// each as its own text says: the label's year with its thousands, the
// bare year as written.
func TestHeldout280SmallCountAfterLayouts(t *testing.T) {
	rd := dateline.NewReader(heldoutRef)
	for range 3 {
		for _, tc := range []struct {
			text string
			year int
		}{
			{"11 Nissan 569 selon le petit comput", 5569},
			{"11 Nissâne 569 selon le petit comput", 5569},
			{"20. Tewet 599", 599},
			{"20. Tewet 599 der kleinen Zählung", 5599},
			{"21. Tewet 599 der kleinen Zählung", 5599},
			{"20. Tewet 599", 599},
		} {
			rep := rd.Check(tc.text)
			assert.Equal(t, tc.year, rep.Dateline.Hebrew.Year, tc.text)
			ms := rd.Find("am Tag 1, " + tc.text + ". Ihre Seele")
			if assert.Len(t, ms, 1, tc.text) {
				assert.Equal(t, tc.year, ms[0].Dateline.Hebrew.Year, tc.text)
			}
		}
	}
}
