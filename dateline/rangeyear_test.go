package dateline_test

import "testing"

// TestRangeYearIsLastDays: a year written after a range of days is the
// year of its last day, as pages write it ("December 26 - January 2, 2025"
// is Chanukah 5785, from December 26, 2024); the dateline's day, its
// first, is in the year before where the range runs into the year it
// states. It was read a year late. Its layout writes it back so.
func TestRangeYearIsLastDays(t *testing.T) {
	checkHeldout(t, []heldoutCase{
		{"December 30-January 2, 2024", "2023-12-30", "", "18 Tevet 5784", false, true},
		{"December 26 - January 2, 2025", "2024-12-26", "", "25 Kislev 5785", false, true},
		{"Dec. 31 – Jan. 6, 2024 | 19-25 Tevet 5784", "2023-12-31", "", "19 Tevet 5784", false, true},
		{"29 Elul-5 Tishrei 5785", "2024-10-02", "", "29 Elul 5784", false, true},
		{"October 2-7, 2024 | 29 Elul-5 Tishrei 5785", "2024-10-02", "", "29 Elul 5784", false, true},
		// Within one year, as before.
		{"October 22-28, 2017", "2017-10-22", "", "2 Cheshvan 5778", false, true},
		{"November 30-December 1, 2023", "2023-11-30", "", "17 Kislev 5784", false, true},
	})
}
