package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout213WeekdayDaytimeCompound: a weekday joined in one word with
// its morning or afternoon, as German, Dutch and Swedish join it with its
// evening ("Freitagabend", "zondagavond", "lördagskväll"): "In 2013 viel
// de dag op vrijdagavond 13 september tot en met zaterdagmiddag 14
// september" (Christipedia on Yom Kippur, christipedia.nl, the 213th
// held-out round) was read as two dates, the range's end word no weekday.
// A morning or an afternoon says nothing of the Hebrew date, where an
// evening gives the next day's; a wrong weekday is still an error, and a
// night, which the text may put after the day or into it, stays unread.
func TestHeldout213WeekdayDaytimeCompound(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"In 2013 viel de dag op vrijdagavond 13 september tot en met zaterdagmiddag 14 september", "2013-09-13", "10 Tishrei 5774"},
		{"vrijdagavond 13 september tot en met zaterdagmiddag 14 september 2013", "2013-09-13", "10 Tishrei 5774"},
		{"zaterdagmiddag 14 september 2013", "2013-09-14", "10 Tishrei 5774"},
		{"zondagochtend 15 september 2013", "2013-09-15", "11 Tishrei 5774"},
		{"Samstagnachmittag, 14. September 2013", "2013-09-14", "10 Tishrei 5774"},
		{"Sonntagmorgen, 15. September 2013", "2013-09-15", "11 Tishrei 5774"},
		{"Freitagabend, 13. September 2013", "2013-09-13", "10 Tishrei 5774"},
		{"söndagseftermiddag den 15 september 2013", "2013-09-15", "11 Tishrei 5774"},
		{"lördagsmorgon den 14 september 2013", "2013-09-14", "10 Tishrei 5774"},
	})
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"zaterdagmiddag 14 september 2013", "2013-09-14"},
		{"Sonntagvormittag, 15. September 2013", "2013-09-15"},
		{"woensdagmiddag 16 oktober 2024", "2024-10-16"},
	})
	// The wrong weekday is said, as for the weekday alone.
	rep := dateline.Check("zaterdagmiddag 14 september 2014", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
	// A night joined to its weekday is no part the reader takes.
	checkUnread(t, heldoutRef, "Samstagnacht, 14. September 2013", "zaterdagnacht 14 september 2013")
}

// TestHeldout213HungarianCasedDay: a day with Hungarian's case ending for
// on or of the day (31-én, 2-án, 1-jén, 15-i), after a month Hungarian
// names, is a date in free text without its year, as a lead word before
// the day makes one in other languages: "augusztus 31-én tartotta a Váci
// Zsidó Hitközség" (dunakanyarregio.hu, the 213th held-out round) was
// no date, where Check read "augusztus 31-én" alone. The year is the
// nearest fitting one, said as inferred. The day alone, or with its
// point, stays prose, as a period's end with "-tól" or "-ig" does, and a
// date after a dash, a range's end whose start was read alone.
func TestHeldout213HungarianCasedDay(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"augusztus 31-én tartotta a Váci Zsidó Hitközség", "augusztus 31-én", "2026-08-31", "18 Elul 5786"},
		{"A hitközség október 2-án tartotta az ünnepséget.", "október 2-án", "2026-10-02", "21 Tishrei 5787"},
		{"A zsinagógában május 1-jén nyílik a kiállítás", "május 1-jén", "2027-05-01", "24 Nisan 5787"},
		{"a március 15-i ünnepségen", "március 15-i", "2027-03-15", "6 Adar II 5787"},
	})
	for _, text := range []string{"augusztus 31-én tartotta a Váci Zsidó Hitközség", "a március 15-i ünnepségen"} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Contains(t, reportCodes(m.Report, dateline.Info), dateline.CodeYearInferred)
		})
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"augusztus 31. volt a határidő", ""},
		{"Augusztus 14-ben halt meg", ""},
		{"október 18-ig tart a kiállítás", ""},
		{"2021. augusztus 31-én tartotta", "2021-08-31"},
		// A range's end after a dash, its start read alone: not a
		// second date.
		{"2021-ben | szeptember 6-án este - szeptember 8-án este", "2021-09-06"},
	})
}
