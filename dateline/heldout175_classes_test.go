package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout175HebrewNightBetween: a night named by the two days it lies
// between, Hebrew's "בלילה שבין X ל-Y" (in the night that is between X and
// Y) and "הלילה שבין", "בליל שבין", "בלילה בין": "בלילה שבין יום ראשון,
// 7.1.24 ליום שני, 8.1.24" (the Ma'ale Adumim municipality, incoming line
// 2589, the hundred-and-seventy-fifth held-out round) was two datelines,
// each day with its own Hebrew date. It is the first day's evening, as
// "in der Nacht vom 7. auf den 8." is (TestNightOverTwoDays), whose
// Hebrew date is the next day's. "שבין" (that is between) joins a range
// as "בין" does. "Between" without a night word is a range of whole
// days, and a night word without "between" before a bare date is no
// evening of it.
func TestHeldout175HebrewNightBetween(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"בלילה שבין יום ראשון, 7.1.24 ליום שני, 8.1.24", "בלילה שבין יום ראשון, 7.1.24 ליום שני, 8.1.24", "2024-01-07", "27 Tevet 5784"},
		{"ייסגר בלילה שבין יום ראשון, 7.1.24 ליום שני, 8.1.24.", "בלילה שבין יום ראשון, 7.1.24 ליום שני, 8.1.24", "2024-01-07", "27 Tevet 5784"},
		{"בלילה שבין 7.1.24 ל-8.1.24", "בלילה שבין 7.1.24 ל-8.1.24", "2024-01-07", "27 Tevet 5784"},
		{"בלילה שבין ה-7 ל-8 בינואר 2024", "בלילה שבין ה-7 ל-8 בינואר 2024", "2024-01-07", "27 Tevet 5784"},
		{"הלילה שבין 14 ל-15 באפריל 2025", "הלילה שבין 14 ל-15 באפריל 2025", "2025-04-14", "17 Nisan 5785"},
		{"בליל שבין 14 ל-15 באפריל 2025", "בליל שבין 14 ל-15 באפריל 2025", "2025-04-14", "17 Nisan 5785"},
		{"בלילה בין יום שני 14.4.25 ליום שלישי 15.4.25", "בלילה בין יום שני 14.4.25 ליום שלישי 15.4.25", "2025-04-14", "17 Nisan 5785"},
		// Without the night: whole days, each its own Hebrew date.
		{"בין 7.1.24 ל-8.1.24", "7.1.24 ל-8.1.24", "2024-01-07", "26 Tevet 5784"},
		{"הימים שבין 7.1.24 ל-9.1.24", "7.1.24 ל-9.1.24", "2024-01-07", "26 Tevet 5784"},
		{"בלילה 7.1.24", "7.1.24", "2024-01-07", "26 Tevet 5784"},
		// A night between days that are not neighbours is none: the
		// range as the text gives it, where it was the evening of the
		// first with nothing said.
		{"בלילה שבין 7.1.24 ל-9.1.24", "7.1.24 ל-9.1.24", "2024-01-07", "26 Tevet 5784"},
		{"בלילה שבין 31.1.24 ל-1.2.24", "בלילה שבין 31.1.24 ל-1.2.24", "2024-01-31", "22 Shevat 5784"},
	})
}

// TestHeldout175HebrewOrdinalRange: a range of two weekdays named by
// their bare Hebrew ordinals after ימים (days; בימים, on the days; ימי,
// the days of), joined by "until" (עד) or a dash, before the range of
// their dates set off by a comma: "בימים שני עד חמישי, 18-21 בנובמבר"
// (JCity, incoming line 2596, the hundred-and-seventy-fifth held-out
// round) was the day range alone, its weekdays unread. They are the
// range's weekdays, checked against its days as "יום שני עד יום חמישי"
// is; a day range with its month in Hebrew script (18-21 בנובמבר) may
// now follow two weekdays too, as it may follow one ("לימי חמישי שישי,
// 21-22 בנובמבר"). Without ימים, bare ordinals are prose ("פרקים שני עד
// חמישי": chapters two to five) and the date is read alone.
func TestHeldout175HebrewOrdinalRange(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"בימים שני עד חמישי, 18-21 בנובמבר 2019", "שני עד חמישי, 18-21 בנובמבר 2019", "2019-11-18", "20 Cheshvan 5780"},
		{"הכנס יתקיים בימים שני עד חמישי, 18-21 בנובמבר 2019, במכון ון ליר", "שני עד חמישי, 18-21 בנובמבר 2019", "2019-11-18", "20 Cheshvan 5780"},
		{"ימים שני-חמישי, 18-21.11.2019", "שני-חמישי, 18-21.11.2019", "2019-11-18", "20 Cheshvan 5780"},
		{"בימים ראשון עד שלישי, 17-19 בנובמבר 2019", "ראשון עד שלישי, 17-19 בנובמבר 2019", "2019-11-17", "19 Cheshvan 5780"},
		{"ימי חמישי עד שבת, 21-23 בנובמבר 2019", "חמישי עד שבת, 21-23 בנובמבר 2019", "2019-11-21", "23 Cheshvan 5780"},
		{"לימי חמישי שישי, 21-22 בנובמבר 2019", "חמישי שישי, 21-22 בנובמבר 2019", "2019-11-21", "23 Cheshvan 5780"},
		// No ימים: the ordinals are prose, the date alone.
		{"פרקים שני עד חמישי, 18-21 בנובמבר 2019", "18-21 בנובמבר 2019", "2019-11-18", "20 Cheshvan 5780"},
	})
	// Weekdays that are not the range's are said.
	for _, text := range []string{"בימים שלישי עד חמישי, 18-21 בנובמבר 2019", "בימים שני עד חמישי, 18-22 בנובמבר 2019"} {
		ms := dateline.Find(text, heldoutRef)
		require.Len(t, ms, 1, text)
		require.NotEmpty(t, ms[0].Problems, text)
		assert.Equal(t, dateline.CodeWeekday, ms[0].Problems[0].Code, text)
	}
	// Without a year, the year the weekdays fit nearest the reference.
	m := oneMatch(t, "בימים שני עד חמישי, 18-21 בנובמבר", heldoutRef)
	assert.Equal(t, "2024-11-18", m.Dateline.Time.Format(time.DateOnly))
}
