package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout146NumberedSeder: Pesach's first two evenings named by their
// Seder and an ordinal, as English synagogue and Chabad schedules head
// them: "1st Seder, Friday, 4/19 – Community Seder at NSJC, 7:30pm"
// (North Shore Jewish Center, northshorejewishcenter.org, 2019, seen
// while collecting the hundred-and-forty-sixth held-out round), "First
// Seder: Saturday night, April 12". The Seder was no occasion: the date
// was read alone, in the most recent year that fits its weekday, so the
// 2019 line was 19 April 2024 (11 Nisan) with nothing said, and a Seder
// dated on the wrong evening went unsaid. The first Seder is now the
// evening that begins 15 Nisan and the second the one that begins 16
// Nisan, as "the first night of Passover" is, which fixes the year.
func TestHeldout146NumberedSeder(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"1st Seder, Friday, 4/19 – Community Seder at NSJC, 7:30pm", "2019-04-19", "15 Nisan 5779"},
		{"First Seder: Friday night, April 19", "2019-04-19", "15 Nisan 5779"},
		{"First Seder: Saturday night, April 12", "2025-04-12", "15 Nisan 5785"},
		{"First Seder, Saturday, April 12, 2025", "2025-04-12", "15 Nisan 5785"},
		{"Second Seder: Sunday night, April 13, 2025", "2025-04-13", "16 Nisan 5785"},
		{"2nd Seder Night, Sunday, April 13, 2025", "2025-04-13", "16 Nisan 5785"},
		{"2nd Seder, Saturday, 4/20", "2019-04-20", "16 Nisan 5779"},
	})
	// A Seder on another evening than its own is said.
	for _, text := range []string{
		"First Seder: Sunday night, April 13, 2025",
		"First Seder, Sunday, April 13, 2025",
		"1st Seder, Sunday, April 13, 2025",
		"Second Seder, Saturday, April 12, 2025",
	} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
		})
	}
	// A Seder alone is no date, and a third is no night of Pesach: the
	// date after it is read alone.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"We will hold our first Seder at home.", ""},
		{"First Seder", ""},
		{"Third Seder, Monday, April 14, 2025", "2025-04-14"},
	})
}

// TestHeldout146EveOfCountedDay: the eve of a festival's day counted from
// its first, as Chabad schedules head the evening before Pesach's last
// days: "Sunday Eve, April 16 - Eve of 7th Day of Passover" (Chabad of
// the Bay Area, jbayarea.org, 2017, seen while collecting the
// hundred-and-forty-sixth held-out round). "Eve of" was skipped and the
// counted day read alone, so that the right "Eve of 7th Day of Passover,
// Sunday, April 16, 2017" was an error that day 7 is 21 Nisan, and the
// year-less line was the weekday's 2023, the occasion left out. The eve
// is now the day before the counted day, 20 Nisan, which fixes the
// year; an eve on another day is still said.
func TestHeldout146EveOfCountedDay(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Eve of 7th Day of Passover, Sunday, April 16, 2017", "2017-04-16", "20 Nisan 5777"},
		{"Sunday, April 16, 2017 - Eve of 7th Day of Passover", "2017-04-16", "20 Nisan 5777"},
		{"Sunday Eve, April 16 - Eve of 7th Day of Passover", "2017-04-16", "21 Nisan 5777"},
		{"Eve of Seventh Day of Passover, Friday, April 18, 2025", "2025-04-18", "20 Nisan 5785"},
		{"Eve of 8th Day of Passover, Saturday, April 19, 2025", "2025-04-19", "21 Nisan 5785"},
		// The eve of an occasion, and a weekday's eve, as before.
		{"Eve of Yom Kippur, Friday, October 11, 2024", "2024-10-11", "9 Tishrei 5785"},
		{"Sunday eve, April 16, 2017", "2017-04-16", "21 Nisan 5777"},
	})
	m := oneMatch(t, "Eve of 7th Day of Passover, Saturday, April 19, 2025", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// Without a date it is no dateline.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Join us on the eve of the 7th day of Passover.", ""},
	})
}
