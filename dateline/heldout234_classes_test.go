package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout234HebrewDateBeginsEvening: a Hebrew date, then a verb for
// "begins" in a language other than English and that language's words
// for "on the evening of" before the civil day, as English's "begins at
// sundown on" was read: "1 Tishrei 5777 börjar på kvällen den 2 oktober
// 2016" (kadosh.se's table of month beginnings, the 234th held-out round)
// was two datelines. The Hebrew date is the evening's; the civil day's
// own is an error. Without the evening's words the verb does not tell
// the evening from the day, and the text stays unread.
func TestHeldout234HebrewDateBeginsEvening(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"1 Tishrei 5777 börjar på kvällen den 2 oktober 2016", "2016-10-02", "1 Tishrei 5777"},
		{"1 Elul 5776 börjar på kvällen den 3 september 2016", "2016-09-03", "1 Elul 5776"},
		{"1 Nisan 5777 börjar på kvällen den 27 mars 2017", "2017-03-27", "1 Nisan 5777"},
		{"1 Tishrei 5777 (börjar på kvällen den 2 oktober 2016)", "2016-10-02", "1 Tishrei 5777"},
		{"1 Tishrei 5777 begynner om kvelden den 2. oktober 2016", "2016-10-02", "1 Tishrei 5777"},
		{"1 Tishrei 5777 begynder om aftenen den 2. oktober 2016", "2016-10-02", "1 Tishrei 5777"},
		{"1 Tishri 5777 beginnt am Abend des 2. Oktober 2016", "2016-10-02", "1 Tishrei 5777"},
		{"1 Tishri 5777 begint op de avond van 2 oktober 2016", "2016-10-02", "1 Tishrei 5777"},
		{"1 Tishrei 5777 alkaa illalla 2. lokakuuta 2016", "2016-10-02", "1 Tishrei 5777"},
		// As before, in English.
		{"1 Tishrei 5777 begins at sundown on October 2, 2016", "2016-10-02", "1 Tishrei 5777"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"1 Tishrei 5777 börjar på kvällen den 2 oktober 2016 och är nyår",
			"1 Tishrei 5777 börjar på kvällen den 2 oktober 2016", "2016-10-02", "1 Tishrei 5777"},
	})
	// The evening of 3 October is 2 Tishrei.
	for _, text := range []string{
		"1 Tishrei 5777 börjar på kvällen den 3 oktober 2016",
		"1 Tishri 5777 beginnt am Abend des 3. Oktober 2016",
	} {
		rep := dateline.Check(text, heldoutRef)
		require.NotEmpty(t, rep.Problems, text)
		assert.Equal(t, dateline.CodeCalendar, rep.Problems[0].Code, text)
	}
	checkUnread(t, heldoutRef,
		"1 Tishrei 5777 börjar den 2 oktober 2016",
		"1 Tishrei 5777 börjar på 2 oktober 2016",
		"1 Tishrei 5777 begynner 2. oktober 2016")
}

// TestHeldout234NordicEveningRange: the Scandinavian words for the
// evening and the sunset before each day of a range, with a comma after
// them as Wikipedia's copies write an infobox's row or without,
// "kveld" (Norwegian), "kväll" (Swedish), "aften" (Danish), "solnedgang",
// "solnedgång", as Russian's "вечер 25 сентября – вечер 27 сентября" was
// read: "kveld 25. september - kveld 27. september" (perceptiono.com's
// Norwegian Rosh Hashanah, the 234th held-out round) was no date. The
// range's first day is an evening: its Hebrew date, from sunset, is the
// next day's. A word after the evening that is no day leaves the text
// unread.
func TestHeldout234NordicEveningRange(t *testing.T) {
	ref := dateline.Reference(time.Date(2022, time.June, 1, 0, 0, 0, 0, time.UTC))
	checkDayHebsWholeRef(t, ref, []struct{ text, day, heb string }{
		{"kveld 25. september - kveld 27. september", "2022-09-25", "1 Tishrei 5783"},
		{"Solnedgang, 25. september – kveld, 27. september", "2022-09-25", "1 Tishrei 5783"},
		{"kväll 25 september – kväll 27 september", "2022-09-25", "1 Tishrei 5783"},
		{"Solnedgång, 25 september – kväll, 27 september", "2022-09-25", "1 Tishrei 5783"},
		{"aften 25. september - aften 27. september", "2022-09-25", "1 Tishrei 5783"},
		{"kveld 15. april - kveld 23. april 2024", "2024-04-15", "8 Nisan 5784"},
		{"kveld 25. september 2022", "2022-09-25", "1 Tishrei 5783"},
		{"aften 22. april 2024", "2024-04-22", "15 Nisan 5784"},
		// As before.
		{"вечер 25 сентября - вечер 27 сентября", "2022-09-25", "1 Tishrei 5783"},
		{"Sunset, 25 September – nightfall, 27 September", "2022-09-25", "1 Tishrei 5783"},
	})
	// After a year set off by a table's bar, as an infobox's row is
	// copied, the row's first day keeps its civil Hebrew date, as
	// English's and Russian's rows do (see TestHeldout100TableRowYear).
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Rosh Hashana I 2022 | kveld 25. september - kveld 27. september |",
			"2022 | kveld 25. september - kveld 27. september", "2022-09-25", "29 Elul 5782"},
		{"Rosh Hashanah In 2022 | sundown 25 September - sundown 27 September |",
			"2022 | sundown 25 September - sundown 27 September", "2022-09-25", "29 Elul 5782"},
	})
	// A Hebrew date beside the evening that is the civil day's own is
	// the after-sunset warning, as after "sundown".
	rep := dateline.Check("kveld 25. september 2022 (29 Elul 5782)", ref)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeAfterSunset, rep.Problems[0].Code)
	checkUnread(t, ref, "kveld 25 minutter", "i aften og i morgen 25. september 2022", "kveld", "aften i september")
}

// TestHeldout234NordicWeekdayEvening: Norwegian's "kveld" and Danish's
// "aften", the indefinite evening, after a weekday, as Swedish's "lördag
// kväll" and the definite "om kvelden" were read: "søndag kveld den 25.
// desember 2005 (25. kislév 5766)" (Hassafon, an earlier row of
// incoming.tsv, seen again beside the 234th held-out round's "kveld 25.
// september") was no date. The day is that weekday's evening, whose
// Hebrew date, from sunset, is the next day's; the day's own Hebrew date
// beside it is the after-sunset warning, and a wrong weekday an error.
func TestHeldout234NordicWeekdayEvening(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"søndag kveld den 25. desember 2005 (25. kislév 5766)", "2005-12-25", "25 Kislev 5766"},
		{"søndag kveld den 25. desember 2005", "2005-12-25", "25 Kislev 5766"},
		{"fredag kveld 14. april 2023", "2023-04-14", "24 Nisan 5783"},
		{"lørdag aften den 9. april 2022", "2022-04-09", "9 Nisan 5782"},
		// As before, in Swedish.
		{"lördag kväll den 9 april 2022", "2022-04-09", "9 Nisan 5782"},
	})
	rep := dateline.Check("søndag kveld den 25. desember 2005 (24. kislév 5766)", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeAfterSunset, rep.Problems[0].Code)
	rep = dateline.Check("mandag kveld den 25. desember 2005", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	checkUnread(t, heldoutRef, "i aften", "søndag kveld")
}
