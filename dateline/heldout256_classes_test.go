package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout256LetterDayOrdinalGloss: a day named by its Hebrew letters
// with its number glossed in brackets as an English ordinal, as Chabad
// pages in English gloss a letter day: "Shabbat Tavo, Chai (18th) Elul
// 5652 (1892)" (mpaths.com, quoting HaYom Yom, the 256th held-out round)
// was no day: Find read only "Elul 5652 (1892)", the whole month, where
// the plain number in brackets ("Hei (5) Tevet, 5747") was read. The
// ordinal's suffix must be the number's own and the number the letters'
// day: "Chai (18st) Elul" and "Chai (17th) Elul" stay the syntax error.
func TestHeldout256LetterDayOrdinalGloss(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"Chai (18th) Elul 5652 (1892)", "1892-09-10", "18 Elul 5652"},
		{"Chai (18th) Elul 5652", "1892-09-10", "18 Elul 5652"},
		{"Yud Alef (11th) Nissan 5776", "2016-04-19", "11 Nisan 5776"},
		{"Chof Beis (22nd) Shevat 5748", "1988-02-10", "22 Shevat 5748"},
		{"Gimmel (3rd) Tammuz 5754", "1994-06-12", "3 Tammuz 5754"},
		{"Chof Alef (21st) Kislev 5705", "1944-12-07", "21 Kislev 5705"},
		{"Hei (5th) Tevet, 5747 (January 6, 1987)", "1987-01-06", "5 Tevet 5747"},
		{"Yud Gimmel (13TH) Tishrei 5643", "1882-09-26", "13 Tishrei 5643"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		// Since Ki Tavo is read by its second word after a portion's
		// word (round 273), the Shabbat before the day is read with it:
		// the Shabbat of Ki Tavo 5652 was 18 Elul.
		{"Outline of the discourse on Shabbat Tavo, Chai (18th) Elul 5652 (1892), after Kabalat Shabbat:", "Shabbat Tavo, Chai (18th) Elul 5652 (1892)", "1892-09-10", "18 Elul 5652"},
		{"We farbreng on Yud (10th) Shevat 5784 at the Chabad House.", "Yud (10th) Shevat 5784", "2024-01-20", "10 Shevat 5784"},
	})
	// Written back: the glossed day is the layout's own text for its day.
	rep := dateline.Check("Chai (18th) Elul 5652 (1892)", heldoutRef)
	if assert.True(t, rep.OK(), "%v", rep.Problems) {
		assertWrittenBack(t, "Chai (18th) Elul 5652 (1892)", rep.Dateline)
	}
	checkUnread(t, heldoutRef,
		"Chai (18st) Elul 5652",
		"Chai (17th) Elul 5652",
		"Yud Alef (11st) Nissan 5776",
		"Gimmel (3th) Tammuz 5754",
		"Chai (18 th) Elul 5652",
		"Chai (18th Elul 5652",
		"Chai (18thx) Elul 5652",
	)
}
