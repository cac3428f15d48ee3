package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestFastNamedByItsDay: the fasts of 10 Tevet and 17 Tammuz, named by
// their dates in words ("עשרה בטבת", "שבעה עשר בתמוז", "the Tenth of
// Tevet", "десятое тевета"), begin at dawn, so a civil date a day early is
// the occasion error that "Asara B'Tevet, January 9, 2025" already was,
// not the after-sunset warning of a site that prints its Hebrew date from
// sunset. A day in digits or in the letters of a numeral ("17 Tammuz",
// "י״ז בתמוז", "Yud Teves") is a date as any, and another day in words
// (10 Shevat) or Tisha B'Av, which begins at sunset, keeps the warning
// (hd: 10 Tevet 5785 is 2025-01-10, 10 Tevet 5784 2023-12-22, 17 Tammuz
// 5784 2024-07-23, 17 Tammuz 5785 2025-07-13, 10 Shevat 5784 2024-01-20,
// 9 Av 5784 2024-08-13).
func TestFastNamedByItsDay(t *testing.T) {
	for _, text := range []string{
		"עשרה בטבת, 9.1.2025",
		"עשרה בטבת תשפ״ד, 21.12.2023",
		"שבעה עשר בתמוז, 22.7.2024",
		"בשבעה עשר בתמוז תשפ״ה, 12.7.2025",
		"Tenth of Tevet, January 9, 2025",
		"the Seventeenth of Tammuz 5785, July 12, 2025",
		"Thursday, January 9, 2025 | Tenth of Tevet 5785",
		"десятое тевета 5785 года, 9 января 2025",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion, "%v", rep.Problems)
			assert.NotContains(t, reportCodes(rep, dateline.Warning), dateline.CodeAfterSunset)
		})
	}
	for _, text := range []string{
		"עשרה בטבת, 10.1.2025",
		"שבעה עשר בתמוז תשפ״ה, 13.7.2025",
		"Tenth of Tevet, January 10, 2025",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Empty(t, reportCodes(rep, dateline.Warning))
		})
	}
	for _, text := range []string{
		"י׳ בטבת, 9.1.2025",
		"י״ז בתמוז, 22.7.2024",
		"17 Tammuz, July 22, 2024",
		"Yud Teves 5785, January 9, 2025",
		"עשרה בשבט, 19.1.2024",
		"תשעה באב, 12.8.2024",
	} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Contains(t, reportCodes(rep, dateline.Warning), dateline.CodeAfterSunset)
		})
	}
}
