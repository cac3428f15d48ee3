package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestFindEveRangeOccasion: a range of days without a year, read in the
// year its sentence's "this year" or the reference gives, that starts on
// the eve of the occasion its sentence names and ends on one of its days,
// is the occasion's: its first day is the evening's Hebrew date, with the
// after-sunset problem that says so, in every language whose range and
// occasion the reader knows. A range whose end is past the occasion, one
// that starts on its first day, and one in a year the occasion does not
// fit keep their civil day's Hebrew date.
func TestFindEveRangeOccasion(t *testing.T) {
	ref2023 := time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC)
	ref2024 := time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)
	ref2026 := time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text     string
		ref      time.Time
		day, heb string
		eve      bool // an after-sunset problem
	}{
		// incoming.tsv's row, and made-up ones in other languages
		// (hd: 22 April 2024 = 14 Nisan 5784, 30 April = 22 Nisan;
		// 7 December 2023 = 24 Kislev 5784, 15 December = 3 Tevet,
		// Chanukah's eighth day; 11 October 2024 = 9 Tishrei 5785).
		{"hétnapos pészah ünnepét (idén április 22–30. között)", ref2024, "2024-04-22", "15 Nisan 5784", true},
		{"a hanuka ünnepét (idén december 7–15. között)", ref2023, "2023-12-07", "25 Kislev 5784", true},
		{"Jews celebrate Passover this year from April 22 to 30.", ref2024, "2024-04-22", "15 Nisan 5784", true},
		{"Chanukka wird in diesem Jahr vom 7. bis 15. Dezember gefeiert.", ref2023, "2023-12-07", "25 Kislev 5784", true},
		{"Der Versöhnungstag wird in diesem Jahr vom 11. bis 12. Oktober begangen.", ref2024, "2024-10-11", "10 Tishrei 5785", true},
		{"Il Pesach quest'anno va dal 22 al 30 aprile.", ref2024, "2024-04-22", "15 Nisan 5784", true},
		{"Jaroslav slaví Chanuku letos od 7. do 15. prosince.", ref2023, "2023-12-07", "25 Kislev 5784", true},
		// hd: 23 April 2024 = 15 Nisan 5784, Pesach's first day, its
		// daytime; 20 December 2023 = 8 Tevet 5784, past Chanukah;
		// 22 April 2026 = 5 Iyyar 5786, Pesach 5786 long over.
		{"Jews celebrate Passover this year from April 23 to 30.", ref2024, "2024-04-23", "15 Nisan 5784", false},
		{"Chanukka wird in diesem Jahr vom 7. bis 20. Dezember gefeiert.", ref2023, "2023-12-07", "24 Kislev 5784", false},
		{"Jews celebrate Passover this year from April 22 to 30.", ref2026, "2026-04-22", "5 Iyyar 5786", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, dateline.Reference(tc.ref))
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.Equal(t, tc.eve, hasProblem(m.Report, dateline.CodeAfterSunset, dateline.Warning) ||
				hasProblem(m.Report, dateline.CodeAfterSunset, dateline.Info), "%v", m.Problems)
		})
	}
}
