package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout238FastNamedByDate: the fasts Hebrew names by their date in
// letters, ט׳ באב (Tisha B'Av) and י׳ בטבת (Asara B'Tevet), are occasions
// as hebcal's own ט״ו בשבט and ל״ג בעומר are, so that their eve is read:
// "ערב ט' באב יום שני 12.8.24" (Hovevei Zion's Tisha B'Av schedule,
// incoming.tsv, the 238th held-out round) was no date to Check, and Find
// read it as 9 Av, the fast, with an after-sunset warning. The date
// alone still reads as the date, also in a year whose 9 Av is a Shabbat
// (5782), and an eve whose weekday is not the civil date's is an error.
func TestHeldout238FastNamedByDate(t *testing.T) {
	checkDayHebsWhole(t, []struct{ text, day, heb string }{
		{"ערב ט' באב יום שני 12.8.24", "2024-08-12", "8 Av 5784"},
		{"ערב ט׳ באב, יום שני 12.8.2024", "2024-08-12", "8 Av 5784"},
		{`ערב ט' באב תשפ"ד`, "2024-08-12", "8 Av 5784"},
		{`ערב י' בטבת תשפ"ה`, "2025-01-09", "9 Tevet 5785"},
		{`י' בטבת תשפ"ה`, "2025-01-10", "10 Tevet 5785"},
		// The date alone, as before.
		{`ט' באב תשפ"ד`, "2024-08-13", "9 Av 5784"},
		{`ט' באב תשפ"ב`, "2022-08-06", "9 Av 5782"},
		{"ט׳ באב ה׳תשפ״ב", "2022-08-06", "9 Av 5782"},
		// As before, by the names.
		{"ערב תשעה באב יום שני 12.8.24", "2024-08-12", "8 Av 5784"},
		{`ערב ט"ו בשבט תשפ"ה`, "2025-02-12", "14 Shevat 5785"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"20:35 שיעור על מגילת איכה, ערב ט' באב יום שני 12.8.24, בבית הכנסת",
			"ערב ט' באב יום שני 12.8.24", "2024-08-12", "8 Av 5784"},
	})
	// 2 August 2025 (8 Av 5785) was a Saturday.
	rep := dateline.Check("ערב ט' באב, יום ראשון 2.8.2025", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeWeekday)
	// Without the eve, 12.8.24 is a day before 9 Av: the after-sunset
	// warning, as before.
	rep = dateline.Check("ט' באב יום שני 12.8.24", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Warning), dateline.CodeAfterSunset)
}
