package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout232ShabbatKodeshAbbreviation: ש״ק, Haredi posters' and
// Chabad's abbreviation of Shabbat Kodesh, with its article (הש״ק) and
// "on" (בש״ק), read as שבת and שב״ק are: "מוצאי ש"ק ג' באלול תש"פ" (seen
// probing the 232nd held-out round's focus, beside unisyn.org.il's
// "ממוצאי שבת, ג' באלול (22.8.2020)") was no date to Check. After מוצאי
// the Hebrew date is the evening's, as after מוצאי שבת; a date that is
// no Shabbat's (or its evening's) is a weekday error, and the word alone,
// or before no date, stays unread.
func TestHeldout232ShabbatKodeshAbbreviation(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{`מוצאי ש"ק ג' באלול תש"פ`, "2020-08-22", "3 Elul 5780"},
		{`במוצאי ש״ק ג׳ באלול תש״פ`, "2020-08-22", "3 Elul 5780"},
		{"מוצאי ש״ק, 22.8.2020", "2020-08-22", "3 Elul 5780"},
		{`מוצאי ש"ק פרשת נח תשפ"ד`, "2023-10-21", "7 Cheshvan 5784"},
		{`ש"ק פרשת נח תשפ"ד`, "2023-10-21", "6 Cheshvan 5784"},
		{`יום הש"ק, כ"ט אדר א' תשפ"ד`, "2024-03-09", "29 Adar I 5784"},
		{`יום הש"ק כ"ב אדר א' תשפ"ד`, "2024-03-02", "22 Adar I 5784"},
		{`בש"ק, כ"ב אדר א' תשפ"ד`, "2024-03-02", "22 Adar I 5784"},
		// As before, with the other spellings.
		{`מוצאי שב"ק ג' באלול תש"פ`, "2020-08-22", "3 Elul 5780"},
		{`מוצאי שבת ג' באלול תש"פ`, "2020-08-22", "3 Elul 5780"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{`הכינוס יתקיים במוצאי ש"ק ג' באלול תש"פ בשעה 21:00 באולם`,
			`במוצאי ש"ק ג' באלול תש"פ בשעה 21:00`, "2020-08-22", "3 Elul 5780"},
	})
	// 3 Elul 5784 began on Thursday evening: no Shabbat's.
	rep := dateline.Check(`מוצאי ש"ק ג' באלול תשפ"ד`, heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	rep = dateline.Check(`יום הש"ק כ"ג אדר א' תשפ"ד`, heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	checkUnread(t, heldoutRef, `ש"ק`, `מוצאי ש"ק`, `ש"ק 3.5 מיליון`)
}

// TestHeldout232WeekdayOfPortionWeek: a weekday before a weekly portion
// and a Hebrew year names that day of the week the portion is read at
// the end of, Sunday to Friday, as Haredi letters and notices date
// them: "יום ראשון פרשת נח תשפ"ד" and "ערב שבת פרשת נח תשפ"ד" (seen
// probing the 232nd held-out round's focus) were read as Shabbat Noach
// itself, then said to be no Sunday or Friday. Shabbat keeps the
// Shabbat, as before, and מוצאי שבת its civil day, whose evening's
// Hebrew date is the next day's (see TestPortionNight); a portion no
// Shabbat of the year reads is still an error.
func TestHeldout232WeekdayOfPortionWeek(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{`יום ראשון פרשת נח תשפ"ד`, "2023-10-15", "30 Tishrei 5784"},
		{`יום ה' פרשת נח תשפ"ד`, "2023-10-19", "4 Cheshvan 5784"},
		{`יום חמישי פרשת נח תשפ"ד`, "2023-10-19", "4 Cheshvan 5784"},
		{`ערב שבת פרשת נח תשפ"ד`, "2023-10-20", "5 Cheshvan 5784"},
		{`יום שני, פרשת בא תשפ"ד`, "2024-01-15", "5 Shevat 5784"},
		// As before.
		{`שבת פרשת נח תשפ"ד`, "2023-10-21", "6 Cheshvan 5784"},
		{`מוצאי שבת פרשת נח תשפ"ד`, "2023-10-21", "7 Cheshvan 5784"},
		{`ש"פ נח תשפ"ד`, "2023-10-21", "6 Cheshvan 5784"},
	})
	rep := dateline.Check(`יום ראשון פרשת נח תשפ"ה`, heldoutRef)
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2024-10-27", rep.Dateline.Time.Format("2006-01-02"))
	rep = dateline.Check(`יום ראשון פרשת ויקהל-פקודי תשפ"ד`, heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion)
	// A weekday in English names no week (round 16): the weekday error.
	rep = dateline.Check("Sunday, Parashat Noach 5784", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	// Without a year, the nearest such week's day, its year inferred
	// (see TestPortionAloneYearInferred).
	rep = dateline.Check(`יום ראשון פרשת נח`, heldoutRef)
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2026-10-11", rep.Dateline.Time.Format("2006-01-02"))
	assert.Contains(t, reportCodes(rep, dateline.Info), dateline.CodeYearInferred)
}
