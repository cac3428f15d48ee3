package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout169SlavicSunsetClause: the East Slavic sunsets said with
// "with" or "after", before a civil date ("С заходом солнца 25 сентября",
// ЮГСН, the hundred-and-sixty-ninth held-out round; "после захода солнца",
// Ukrainian "із заходом сонця", "після заходу сонця", Belarusian "з
// заходам сонца", "пасля заходу сонца") or after it, set off by commas as
// a clause ("Сёлета 3 красавіка, а 19-й гадзіне, пасля заходу сонца,
// пачынаецца ПЕСАХ", Radio Racyja, racyja.com), as the other Slavic
// languages' ("13 września 2023, po zachodzie słońca"). Each was no date.
// The day is the civil day's evening: its Hebrew date is the next day's.
func TestHeldout169SlavicSunsetClause(t *testing.T) {
	checkCheckedHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"С заходом солнца 25 сентября 2022 г.", "2022-09-25", "1 Tishrei 5783"},
		{"После захода солнца 25 сентября 2022 г.", "2022-09-25", "1 Tishrei 5783"},
		{"Із заходом сонця 25 вересня 2022 року", "2022-09-25", "1 Tishrei 5783"},
		{"Після заходу сонця 25 вересня 2022 року", "2022-09-25", "1 Tishrei 5783"},
		{"З заходам сонца 3 красавіка 2015", "2015-04-03", "15 Nisan 5775"},
		{"Пасля заходу сонца 3 красавіка 2015", "2015-04-03", "15 Nisan 5775"},
		{"25 сентября 2022 г., с заходом солнца", "2022-09-25", "1 Tishrei 5783"},
		{"25 вересня 2022, після заходу сонця", "2022-09-25", "1 Tishrei 5783"},
		{"3 красавіка 2015, пасля заходу сонца", "2015-04-03", "15 Nisan 5775"},
		{"13 września 2023, po zachodzie słońca", "2023-09-13", "28 Elul 5783"},
		{"Із вечора 25 вересня 2022", "2022-09-25", "1 Tishrei 5783"},
	})
	// With no year, the year nearest the reference, said.
	checkWholeInferred(t, heldoutRef, "С заходом солнца 25 сентября", "2026-09-25")
	// With the occasion after the clause, its eve.
	rep := dateline.Check("3 апреля 2015, после захода солнца, начинается Песах", heldoutRef)
	assert.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "15 Nisan 5775", rep.Dateline.Hebrew.String())
	// "After" alone before a day says after it, no evening; the going-in
	// alone, or the instrumental after "after", is no sunset.
	checkUnread(t, heldoutRef, "после 25 сентября 2022", "після 25 вересня 2022", "пасля 3 красавіка 2015",
		"с заходом 25 сентября 2022", "после заходом солнца 25 сентября 2022", "25 сентября 2022, после")
	// A weekday that is not the date's is said.
	rep = dateline.Check("Суббота, 25 сентября 2022 г., с заходом солнца", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
}

// TestHeldout169SlavicHourWords: an hour said with the East Slavic word
// for it after a civil date, Russian "в 19 часов" (at 19 hours),
// Ukrainian "о 19 годині" and Belarusian "а 19 гадзіне" (at the hour),
// and the hour written as an ordinal with its hyphened ending before the
// last two: "о 19-й годині", "о 19-ій годині", "а 19-й гадзіне" ("3
// красавіка, а 19-й гадзіне, ..." Radio Racyja, the hundred-and-sixty-
// ninth held-out round). Each was no date; Serbian's "u 19 časova" and
// Bulgarian's "в 19 часа" were read. Belarusian's "а" is read as "at"
// only before such an hour: before anything else it is "and" or "but".
func TestHeldout169SlavicHourWords(t *testing.T) {
	cases := []struct{ text, want string }{
		{"3 апреля 2015 в 19 часов", "2015-04-03 19:00"},
		{"25 сентября 2022 г. в 18 часов", "2022-09-25 18:00"},
		{"3 квітня 2015 о 19 годині", "2015-04-03 19:00"},
		{"3 квітня 2015 о 19-й годині", "2015-04-03 19:00"},
		{"3 квітня 2015, о 19-ій годині", "2015-04-03 19:00"},
		{"3 красавіка 2015 а 19-й гадзіне", "2015-04-03 19:00"},
		{"3 красавіка 2015, а 19 гадзіне", "2015-04-03 19:00"},
	}
	checkTimes(t, heldoutRef, cases)
	for _, tc := range cases {
		rep := dateline.Check(tc.text, heldoutRef)
		assert.True(t, rep.OK(), "%s: %v", tc.text, rep.Problems)
	}
	// The ordinal's ending before another word, a number after "а" with
	// no word for the hour, and "а" before another day stay unread.
	checkUnread(t, heldoutRef, "3 квітня 2015 о 19-й", "3 красавіка 2015 а 19", "3 красавіка 2015, а 4 красавіка 2015",
		"3 красавіка 2015 а 25-й гадзіне")
	// A weekday that is not the date's is said.
	rep := dateline.Check("Субота, 3 красавіка 2015, а 19-й гадзіне", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
}

// TestHeldout169SunsetAfterClock: a sunset clause after the date's time
// of day, set off by a comma: "Сёлета 3 красавіка, а 19-й гадзіне,
// пасля заходу сонца, пачынаецца ПЕСАХ" (Radio Racyja, the hundred-and-
// sixty-ninth held-out round), Russian "3 апреля 2015, в 19:00, после
// захода солнца", French "samedi 12 avril 2025 à 20h, au coucher du
// soleil", English "Friday, April 3, 2015 at 7 pm, at sundown". Each was
// no date, where the clause right after the date was read. The day is
// the civil day's evening, its Hebrew date the next day's; with an
// occasion after it, the occasion's eve.
func TestHeldout169SunsetAfterClock(t *testing.T) {
	checkCheckedHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"3 красавіка 2015, а 19-й гадзіне, пасля заходу сонца", "2015-04-03", "15 Nisan 5775"},
		{"3 апреля 2015, в 19:00, после захода солнца", "2015-04-03", "15 Nisan 5775"},
		{"3 квітня 2015, о 19:00, після заходу сонця", "2015-04-03", "15 Nisan 5775"},
		{"samedi 12 avril 2025 à 20h, au coucher du soleil", "2025-04-12", "15 Nisan 5785"},
		{"Friday, April 3, 2015 at 7 pm, at sundown", "2015-04-03", "15 Nisan 5775"},
		{"3 красавіка 2015, а 19-й гадзіне, пасля заходу сонца, пачынаецца ПЕСАХ", "2015-04-03", "15 Nisan 5775"},
	})
	rep := dateline.Check("3 красавіка 2015, а 19-й гадзіне, пасля заходу сонца", heldoutRef)
	assert.True(t, rep.Dateline.HasTime)
	assert.Equal(t, "19:00", rep.Dateline.Time.Format("15:04"))
	// Without the comma, or a bare word for the evening after it, the
	// text stays unread, as after a date.
	checkUnread(t, heldoutRef, "3 апреля 2015 в 19:00 после захода солнца", "3 апреля 2015, в 19:00, вечером")
	// A weekday that is not the date's is said.
	rep = dateline.Check("Saturday, April 3, 2015 at 7 pm, at sundown", heldoutRef)
	require.NotEmpty(t, rep.Problems)
	assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
}
