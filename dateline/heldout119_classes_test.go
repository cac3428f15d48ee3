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
