package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout119NissanCivilYear: a Hebrew day of Nissan with the
// Gregorian year of the event after it, as rebbes' biographies write a
// birth or a passing: Infogalactic's "born in Lyubavichi, on 2 Iyar
// 1834" and a blog's "Wednesday, the 22nd of Shevat, 1988" (the
// hundred-and-nineteenth held-out round) were read in that Gregorian
// year, but Nissan was not: "passed away in Rostov on the 2nd of Nissan,
// 1920" (CrownHeights.info on the Rebbe Rashab) was read in the Hebrew
// year 1920, a day of 1840 BCE, with only a warning. Nissan is no
// Turkish word; Nisan, which Turkish calls April, keeps the Hebrew year
// as written and the warning that says so.
func TestHeldout119NissanCivilYear(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Rabbi Sholom DovBer passed away in Rostov on the 2nd of Nissan, 1920.", "1920-03-21", "2 Nisan 5680"},
		{"died on 13 Nissan 1866 in Lubavitch", "1866-03-29", "13 Nisan 5626"},
		{"born on 11 Nissan 1902 in Nikolaev", "1902-04-18", "11 Nisan 5662"},
		{"Sunday, the 2nd of Nissan, 1920", "1920-03-21", "2 Nisan 5680"},
		{"on 2 NISSAN 1920", "1920-03-21", "2 Nisan 5680"},
		// Other months, as before.
		{"on 2 Iyar 1834", "1834-05-11", "2 Iyyar 5594"},
		{"Wednesday, the 22nd of Shevat, 1988", "1988-02-10", "22 Shevat 5748"},
		// A Hebrew year, as before.
		{"on the 2nd of Nissan, 5680", "1920-03-21", "2 Nisan 5680"},
	})
	// The year is read as Gregorian, and said so.
	m := oneMatch(t, "on the 2nd of Nissan, 1920", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeYearUnlikely}, severityCodes(m, dateline.Warning))
	// A weekday that is not the date's is still an error.
	m = oneMatch(t, "Monday, the 2nd of Nissan, 1920", heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeWeekday)
	// Nisan as Turkish writes April keeps its year as written, with the
	// warning; a Turkish name beside it makes it April.
	for _, text := range []string{"2 Nisan 1920", "on the 2nd of Nisan, 1920"} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, "2 Nisan 1920", m.Dateline.Hebrew.String(), text)
		assert.Equal(t, []dateline.Code{dateline.CodeYearUnlikely}, severityCodes(m, dateline.Warning), text)
	}
	checkFoundDays(t, heldoutRef, []struct{ text, want string }{
		{"14 Nisan 2024 Pazar", "2024-04-14"},
	})
	// A year of the Exodus stays Hebrew.
	m = oneMatch(t, "15 Nissan 2448", heldoutRef)
	assert.Equal(t, "15 Nisan 2448", m.Dateline.Hebrew.String())
}

// TestHeldout119RoshChodeshDayWords: which of Rosh Chodesh's two days a
// line names, in English words, before it or after its month, as luach
// pages head a day: "First Day Rosh Chodesh Adar I" and "2nd Day Rosh
// Chodesh Adar I" (Congregation Levi Yitzchok's Chabad Chodesh),
// "Rosh Chodesh Elul Second Day" and "Rosh Chodesh ADAR First Day"
// (Azamra's Torah diary), "the second day of Rosh Chodesh Adar, 5770" (a
// rabbi's blog), the FOCUS of the hundred-and-nineteenth held-out round.
// Only digits were read ("1st day of Rosh Chodesh Kislev 5785"): the
// words were left out, and the line read as Rosh Chodesh of either day,
// its first of the month, with a warning that it is two days, so that the
// first day, the 30th of the month before, was a day off, and "Rosh
// Chodesh Adar, second day, 5784" lost its year. A Rosh Chodesh of one
// day has no second, and a civil date of its other day is an error.
func TestHeldout119RoshChodeshDayWords(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"First Day Rosh Chodesh Adar I 5784", "2024-02-09", "30 Shevat 5784"},
		{"Second Day Rosh Chodesh Adar I 5784", "2024-02-10", "1 Adar I 5784"},
		{"First Day of Rosh Chodesh Kislev 5785", "2024-12-01", "30 Cheshvan 5785"},
		{"the second day of Rosh Chodesh Kislev 5785", "2024-12-02", "1 Kislev 5785"},
		{"1st day of Rosh Chodesh Kislev 5785", "2024-12-01", "30 Cheshvan 5785"},
		{"Rosh Chodesh Elul Second Day 5778", "2018-08-12", "1 Elul 5778"},
		{"Rosh Chodesh Elul First Day 5778", "2018-08-11", "30 Av 5778"},
		{"Rosh Chodesh Adar, second day, 5784", "2024-03-11", "1 Adar II 5784"},
		{"Rosh Chodesh Kislev (2nd day) 5785", "2024-12-02", "1 Kislev 5785"},
		{"1st day of the month of Adar, and the second day of Rosh Chodesh Adar, 5770", "2010-02-15", "1 Adar 5770"},
		{"Monday, December 2, 2024, Second Day of Rosh Chodesh Kislev", "2024-12-02", "1 Kislev 5785"},
		{"Rosh Chodesh Kislev Second Day, Monday, December 2, 2024", "2024-12-02", "1 Kislev 5785"},
	})
	// Without a year, the day of the year nearest the reference, its
	// first day the 30th of the month before, with nothing but the
	// year said.
	for _, tc := range []struct{ text, heb string }{
		{"Rosh Chodesh Elul Second Day", "1 Elul 5786"},
		{"Rosh Chodesh Elul First Day", "30 Av 5786"},
		{"First Day Rosh Chodesh Adar I", "30 Shevat 5787"},
		{"2nd Day Rosh Chodesh Adar I", "1 Adar I 5787"},
	} {
		m := oneMatch(t, tc.text, heldoutRef)
		assert.Equal(t, tc.heb, m.Dateline.Hebrew.String(), tc.text)
		assert.Equal(t, []dateline.Code{dateline.CodeYearInferred}, severityCodes(m, dateline.Info), tc.text)
		assert.Empty(t, severityCodes(m, dateline.Warning), tc.text)
	}
	// After Iyyar, of 29 days, Rosh Chodesh Sivan is one day: no second.
	for _, text := range []string{"Second Day of Rosh Chodesh Sivan 5784", "Rosh Chodesh Sivan Second Day 5784"} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error), text)
	}
	// A civil date of the other day is an error.
	for _, text := range []string{"Sunday, December 1, 2024, Second Day of Rosh Chodesh Kislev", "Rosh Chodesh Kislev Second Day, Sunday, December 1, 2024"} {
		m := oneMatch(t, text, heldoutRef)
		assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error), text)
	}
	// Rosh Chodesh without its day's words, as before: either day, with
	// the warning; and the words without Rosh Chodesh are no date.
	m := oneMatch(t, "Rosh Chodesh Kislev 5785", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeDateAmbiguous}, severityCodes(m, dateline.Warning))
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"the second day of the week", ""},
		{"the first day of school", ""},
		{"Second Day of Rosh Hashanah 5784", "2023-09-17"},
	})
}
