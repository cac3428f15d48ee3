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
