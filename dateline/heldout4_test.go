package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
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

// TestWeekdayDaytime: a weekday's morning or afternoon after its name,
// "Shabbat morning", "samedi matin", "в субботу утром", is the weekday's
// own day, where the reader stopped at the word (an evening is the next
// Hebrew day's; see TestLinkWords).
func TestWeekdayDaytime(t *testing.T) {
	checkHeldout(t, []heldoutCase{
		// Real (testdata/corpus/incoming.tsv).
		{"Shabbat morning, December 31", "2022-12-31", "", "7 Tevet 5783", false, true},
		// Made up.
		{"Saturday afternoon, December 31, 2022", "2022-12-31", "", "7 Tevet 5783", false, true},
		{"Friday morning, March 1, 2024 / 21 Adar I 5784", "2024-03-01", "", "21 Adar I 5784", false, true},
		{"samedi matin 31 décembre 2022", "2022-12-31", "", "7 Tevet 5783", false, true},
		{"sabato mattina, 31 dicembre 2022", "2022-12-31", "", "7 Tevet 5783", false, true},
		{"szombat reggel, 2022. december 31.", "2022-12-31", "", "7 Tevet 5783", false, true},
		{"в субботу утром, 31 декабря 2022", "2022-12-31", "", "7 Tevet 5783", false, true},
		{"у суботу вранці, 31 грудня 2022", "2022-12-31", "", "7 Tevet 5783", false, true},
	})
}

// TestDateEvening: a word for the evening right after a civil date, "am
// 10. Dezember abends = am 25. Kislev 5781", "12 квітня 2025 року
// ввечері", is text of the dateline, which names the day's evening: its
// Hebrew date, from sunset, is the next day's, the dateline's own, and
// the day's own beside it the after-sunset warning; German's "am" (on
// the) before a day with its ordinal dot is a joining word, as before a
// weekday. The reader stopped at the word, and in free text read the
// Hebrew date alone.
func TestDateEvening(t *testing.T) {
	checkHeldout(t, []heldoutCase{
		// Real (testdata/corpus/incoming.tsv), without the "am" that leads
		// it, which free text skips.
		{"10. Dezember abends = am 25. Kislev 5781", "2020-12-10", "", "25 Kislev 5781", false, true},
		// Made up.
		{"10. Dezember 2020 abends = 25. Kislev 5781", "2020-12-10", "", "25 Kislev 5781", false, true},
		{"10. Dezember 2020 abends = 24. Kislev 5781", "2020-12-10", "", "24 Kislev 5781", true, true},
		{"Donnerstag, 10. Dezember 2020 = am 25. Kislev 5781", "2020-12-10", "", "25 Kislev 5781", true, true},
		{"December 10, 2020 evening | 25 Kislev 5781", "2020-12-10", "", "25 Kislev 5781", false, true},
		{"12 квітня 2025 року ввечері", "2025-04-12", "", "15 Nisan 5785", false, true},
		{"12 April 2025 evening", "2025-04-12", "", "15 Nisan 5785", false, true},
	})
}

// TestYearSaidAfter: the year of a date or range said after it as such,
// with "в" or "у" (in) before it and its word for year after it: "с 12 по
// 20 апреля в 2025 г.", where the reader stopped at the year.
func TestYearSaidAfter(t *testing.T) {
	checkHeldout(t, []heldoutCase{
		// Real (testdata/corpus/incoming.tsv).
		{"с 12 по 20 апреля в 2025 г.", "2025-04-12", "", "14 Nisan 5785", false, false},
		// Made up.
		{"12 апреля в 2025 г.", "2025-04-12", "", "14 Nisan 5785", false, true},
		{"12 квітня у 2025 році", "2025-04-12", "", "14 Nisan 5785", false, true},
		{"12 апреля, 2025 г.", "2025-04-12", "", "14 Nisan 5785", false, true},
	})
}

// TestHungarianYearAndPair: a Hungarian year with its case ending, "2023-ban"
// (in 2023), before the month and day it is the year of, and a pair or range
// of days written as ordinals with their dots, "december 7. és 15.", whose
// first day is the dateline's. The reader stopped at the ending and at the
// dot, and free text read the day in the reference's year.
func TestHungarianYearAndPair(t *testing.T) {
	checkHeldout(t, []heldoutCase{
		// Real (testdata/corpus/incoming.tsv), up to the words after it,
		// which free text leaves out.
		{"2023-ban december 7. és 15.", "2023-12-07", "", "24 Kislev 5784", false, true},
		// Made up.
		{"2023-ban december 7.", "2023-12-07", "", "24 Kislev 5784", false, true},
		{"2024-ben december 26.", "2024-12-26", "", "25 Kislev 5785", false, true},
		{"2023. december 7. és 15.", "2023-12-07", "", "24 Kislev 5784", false, true},
		{"2023. december 7.-15.", "2023-12-07", "", "24 Kislev 5784", false, true},
		{"7. und 8. Dezember 2023", "2023-12-07", "", "24 Kislev 5784", false, true},
	})
}

// TestDayFirstWord: in free text, a word that leads a date only in a
// language that writes numeric dates day first ("A partir del 6/12/2015",
// "от 12/04/2025") settles the order of the ambiguous date after it, as
// Hebrew text around it does; where the reader read it month first, as US
// sites write it, with a warning. Without such a word it still warns.
func TestDayFirstWord(t *testing.T) {
	for _, tc := range []struct{ in, civil string }{
		// Real (testdata/corpus/incoming.tsv).
		{"A partir del 6/12/2015, celebraremos Janucá", "2015-12-06"},
		// Made up.
		{"Celebramos el 6/12/2015.", "2015-12-06"},
		{"Праздник начнется от 12/04/2025", "2025-04-12"},
		{"Rendez-vous le 06/12/2015 au soir", "2015-12-06"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, dateline.Reference(corpusReference))
			require.Len(t, ms, 1)
			assert.Equal(t, tc.civil, ms[0].Report.Dateline.Time.Format("2006-01-02"))
			assert.True(t, ms[0].Report.OK(), "problems: %+v", ms[0].Report.Problems)
		})
	}
	for _, s := range []string{"on 6/12/2015", "6/12/2015"} {
		t.Run(s, func(t *testing.T) {
			rep := dateline.Check(s, dateline.Reference(corpusReference))
			assert.Equal(t, "2015-06-12", rep.Dateline.Time.Format("2006-01-02"))
			require.NotEmpty(t, rep.Problems)
			assert.Equal(t, dateline.CodeDateAmbiguous, rep.Problems[0].Code)
		})
	}
}
