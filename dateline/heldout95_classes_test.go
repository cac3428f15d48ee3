package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout95RelativeClauseBegins: an occasion's relative clause, set
// off by commas, between its name and the verb that says when it begins:
// "Rosh Hashanah, which is typically celebrated with festive meals,
// candle lighting and prayer services, will begin this year at sundown on
// Sept. 29 and end at sundown on Oct. 1." (The Signal, the ninety-fifth
// held-out round) was read from "at sundown" on alone, in the year
// nearest the reference, 2026, with only an info, where Rosh Hashanah
// began on September 11: a silent wrong day. The occasion is the
// sentence's subject, and chooses the year whose day is its eve, 2019.
// Only "which" or "that" opens the clause, which holds no digit but a
// count's and no mark that ends a clause; a day the occasion does not
// begin on is an error, as after the name alone.
func TestHeldout95RelativeClauseBegins(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Rosh Hashanah, which is typically celebrated with festive meals, candle lighting and prayer services, will begin this year at sundown on Sept. 29 and end at sundown on Oct. 1.",
			"2019-09-29", "1 Tishrei 5780"},
		{"In Santa Clarita, Rosh Hashanah, which is typically celebrated with festive meals, candle lighting and prayer services, will begin this year at sundown on Sept. 29 and end at sundown on Oct. 1.",
			"2019-09-29", "1 Tishrei 5780"},
		{"Rosh Hashanah, which is celebrated with apples and honey, will begin at sundown on Sept. 22.", "2025-09-22", "1 Tishrei 5786"},
		{"Yom Kippur, which many Jews observe with a fast, begins at sundown on October 1, 2025.", "2025-10-01", "10 Tishrei 5786"},
		{"Passover, which we celebrate every spring, begins on Saturday, April 12.", "2025-04-12", "15 Nisan 5785"},
		{"Purim, which falls a month before Passover, begins at sundown on March 13.", "2025-03-13", "14 Adar 5785"},
		{"Sukkot, that we celebrate in the fall, begins at sundown on Oct. 6.", "2025-10-06", "15 Tishrei 5786"},
		// A count in the clause ("which lasts 8 nights"): before, its
		// digit ended the clause, and the day was read alone in 2026's
		// December, whose Hanukkah began on the 4th, with only an info.
		{"Hanukkah, which lasts 8 nights, begins at sundown on Dec. 14.", "2025-12-14", "25 Kislev 5786"},
		{"Passover, which lasts 8 days outside Israel and 7 days in Israel, begins on Saturday, April 12.", "2025-04-12", "15 Nisan 5785"},
		// The verb right after the pronoun, as before.
		{"the holiday of Hanukkah, which begins at sundown on Sunday, December 22, 2019.", "2019-12-22", "25 Kislev 5780"},
	})
	// A day the occasion does not begin on is an error, not another day.
	for _, text := range []string{
		"Yom Kippur, which many Jews observe with a fast, begins at sundown on October 2, 2025.",
		"Rosh Hashanah, which is celebrated with apples and honey, will begin at sundown on Sept. 23.",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Error(t, dateline.Check(text, heldoutRef).Err())
		})
	}
	// No verb of beginning after the clause: the clause is prose, and the
	// date is read alone, as before.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Hanukkah, which we love, is fun on December 25.", "2026-12-25"},
		// A date in the clause is no count: its own match, as before.
		{"Hanukkah, which lasts 8 Tuesday, begins at sundown on Dec. 14.", "2026-12-14"},
	})
}

// TestHeldout95SentenceHour: the hour that a Hebrew notice gives after
// בשעה (at the hour) further on in the sentence of the day, past the
// place where the event is held: "ההילולא תתקיים ביום חמישי ד' שבט 30/01
// בבית כנסת היכל מאיר יצחק – רחוב העבודה 29 קומה א' – לאחר תפילת מנחה
// בשעה 13:30." (Chabad of Ashdod, the ninety-fifth held-out round) was
// read as the day without its hour. No hour is taken past the end of a
// sentence, a word of another day (וביום שישי, ערבית), another date, or
// when a range follows it.
func TestHeldout95SentenceHour(t *testing.T) {
	checkTimes(t, heldoutRef, []struct{ text, want string }{
		{"ההילולא תתקיים ביום חמישי ד' שבט 30/01 בבית כנסת היכל מאיר יצחק – רחוב העבודה 29 קומה א' – לאחר תפילת מנחה בשעה 13:30.",
			"2020-01-30 13:30"},
		{"ההרצאה תתקיים ביום חמישי, 30.1.2020, בבית הכנסת הגדול בשעה 20:00.", "2020-01-30 20:00"},
		{"הטקס ייערך ב-5.5.2024 באולם העירייה, רחוב הרצל 12, בשעה 19:30.", "2024-05-05 19:30"},
		{`השיעור יתקיים ביום חמישי, כ"ג בטבת תשפ"ה, בבית המדרש בשעה 20:30.`, "2025-01-23 20:30"},
		// Right after the date, as before.
		{"ביום חמישי ד' שבט 30/01 בשעה 13:30", "2020-01-30 13:30"},
	})
	// The day stands without an hour.
	for _, tc := range []struct{ text, day string }{
		{"ההרצאה תתקיים ביום חמישי, 30.1.2020, בבית הכנסת הגדול, וביום שישי בשעה 20:00.", "2020-01-30"},
		{"ההרצאה תתקיים ב-30.1.2020 באולם. ההרשמה בשעה 12:00.", "2020-01-30"},
		{"ההרצאה תתקיים ב-30.1.2020 באולם בשעה 13:30-15:00.", "2020-01-30"},
		{"ההרצאה תתקיים ב-30.1.2020 לאחר תפילת ערבית בשעה 20:00.", "2020-01-30"},
		{"ההרצאה תתקיים ב-30.1.2020 באולם (קומה ב') בשעה 20:00.", "2020-01-30"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.False(t, ms[0].Dateline.HasTime)
		})
	}
	// Another date between: the hour is that date's.
	ms := dateline.Find("ההרצאה תתקיים ב-30.1.2020 באולם, וההרשמה תיסגר ב-28.1.2020 בשעה 12:00.", heldoutRef)
	require.Len(t, ms, 2)
	assert.False(t, ms[0].Dateline.HasTime)
	assert.Equal(t, "2020-01-28 12:00", ms[1].Dateline.Time.Format("2006-01-02 15:04"))
}
