package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout147YearlessDayRange: a range of days of one month in digits
// with no year, D-D.M, after a Hebrew date, a weekday or an occasion that
// vouch for it as dotDayMonth asks of a day and month alone: "חמישי
// שישי, טו'-טז' בתשרי, 5-6.10" (Rehovot municipality's refuse collection
// over the Tishrei holidays, rehovot.muni.il, the hundred-and-forty-
// seventh held-out round). The range's end needed a year, so the civil
// range was not read, and Find gave the Hebrew range alone in the year
// nearest the reference, 2026, with only an info; the civil days now fix
// the year, 2017. A range in digits with nothing that vouches for it is
// no date (a score, a version), and one that disagrees with its Hebrew
// date or weekday is still said.
func TestHeldout147YearlessDayRange(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"חמישי שישי, טו'-טז' בתשרי, 5-6.10", "2017-10-05"},
		{"טו'-טז' בתשרי, 5-6.10", "2017-10-05"},
		{"ביום חמישי 5-6.10", "2023-10-05"},
		{"ראשון, 5-6.10", "2025-10-05"},
		{"שישי שבת, ט'-י' בתשרי, 11-12.10", "2024-10-11"},
		// With its year, as before.
		{"טו'-טז' בתשרי, 5-6.10.2017", "2017-10-05"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"הציון היה 5-6.10 במשחק", ""},
		{"גרסה 5-6.10", ""},
	})
	// A civil range a day off its Hebrew one, in the year the Hebrew
	// date gives, is said.
	m := oneMatch(t, "טו'-טז' בתשרי תשע\"ח, 6-7.10", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeCalendar}, severityCodes(m, dateline.Error))
}

// TestHeldout147OrdinalWeekdayPair: two days named by their bare Hebrew
// ordinals, one space and no word between them, the second the next day,
// at a clause's start or after ימי (the days of): "לימי חמישי שישי,
// טו'-טז' בתשרי, 5-6.10" (Rehovot municipality, rehovot.muni.il, the
// hundred-and-forty-seventh held-out round). The first was no weekday
// (a bare ordinal is one only before a comma and a date), and the
// dateline was not read. The pair now names the range's two days, and
// weekdays that are not the dates' are said. Ordinals after other words
// ("פרק שני שלישי", chapter two, three) are prose, and so is a bare
// ordinal after ימי alone ("בימי שני", on Mondays).
func TestHeldout147OrdinalWeekdayPair(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"ימי הפינוי הקבועים לימי חמישי שישי, טו'-טז' בתשרי, 5-6.10  ,יפונו במוצאי החג", "2017-10-05"},
		{"הספרייה סגורה בימי שישי שבת, ט'-י' בתשרי, 11-12.10 בשל החג", "2024-10-11"},
		{"שלישי רביעי, כ\"ח-כ\"ט באלול, 19-20.9", "2017-09-19"},
		{"בימי שני שלישי, 5-6.10.2026", "2026-10-05"},
		{"חמישי שישי, 5-6.10.2017", "2017-10-05"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"פרק שני שלישי, 5-6.10", ""},
		{"הפרק החמישי שישי, 5-6.10", ""},
		{"בימי שני, 5.10", ""},
	})
	m := oneMatch(t, "שישי שבת, טו'-טז' בתשרי תשע\"ח, 5-6.10.2017", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
}

// TestHeldout147BareWeekdayBeforeHebrewRange: a weekday by its bare
// ordinal, without יום, before a range of Hebrew days: "חמישי, טו'-טז'
// בתשרי, 5-6.10" (as Rehovot municipality's notice, rehovot.muni.il, the
// hundred-and-forty-seventh held-out round, writes its days). A bare
// ordinal is a weekday before a comma and a date, and a range of Hebrew
// days ("טו'-טז' בתשרי") or of days in digits ("5-6.10") was not one, so
// the dateline was not read, or read without its weekday. A wrong
// weekday is said.
func TestHeldout147BareWeekdayBeforeHebrewRange(t *testing.T) {
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"המשרדים סגורים, חמישי, טו'-טז' בתשרי, 5-6.10", "2017-10-05"},
		{"חמישי, טו'-טז' בתשרי תשע\"ח, 5-6.10.2017", "2017-10-05"},
		{"רביעי, כ\"ט באלול-א' בתשרי, 20-21.9", "2017-09-20"},
		// A day alone, as before.
		{"חמישי, טו' בתשרי, 5.10", "2017-10-05"},
	})
	m := oneMatch(t, "שישי, טו'-טז' בתשרי תשע\"ח, 5-6.10.2017", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeWeekday}, severityCodes(m, dateline.Error))
}
