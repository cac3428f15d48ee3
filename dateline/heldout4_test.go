package dateline_test

import (
	"testing"
)

// The classes the fourth held-out set of testdata/corpus/incoming.tsv (40
// rows from 34 sites, branch cov4) showed the reader missing, each with
// the real row and made-up ones beside it.

// TestThousandsWord: a Hebrew year whose thousands are counted in a word,
// ה׳ אלפים תשע״ז (five thousand 777), as a masthead writes it, where the
// reader took ה׳ for the year 5000 and stopped at the word. A layout
// writes the year as ה׳תשע״ז.
func TestThousandsWord(t *testing.T) {
	checkHeldout(t, []heldoutCase{
		// Real (testdata/corpus/incoming.tsv).
		{"כ\"ט אלול ה' אלפים תשע\"ז", "2017-09-20", "", "29 Elul 5777", false, false},
		// Made up.
		{"יום רביעי, כ״ט אלול ה׳ אלפים תשע״ז", "2017-09-20", "", "29 Elul 5777", false, false},
		{"ב׳ טבת ה׳ אלפים תשס״ו | 2 January 2006", "2006-01-02", "", "2 Tevet 5766", false, false},
	})
}
