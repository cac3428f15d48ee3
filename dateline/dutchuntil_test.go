package dateline_test

import "testing"

// TestDutchUntilLayout: Dutch's "t/m" and "t.e.m." (tot en met, up to and
// including) between a range's days say the dateline is Dutch, as "van"
// and "tot" do, so that its layout writes the month in Dutch: "7 t/m 15
// december 2023", whose month is English's and Dutch's alike, had the
// layout "2 t/m 10 january 2006", which wrote other days half in each
// language (seen in the 226th held-out round).
func TestDutchUntilLayout(t *testing.T) {
	checkDayLayouts(t, []struct{ text, day, layout string }{
		{"7 t/m 15 december 2023", "2023-12-07", "2 t/m 10 januari 2006"},
		{"7 t.e.m. 15 december 2023", "2023-12-07", "2 t.e.m. 10 januari 2006"},
		{"7 december 2023", "2023-12-07", "2 january 2006"},
	})
}

// TestHungarianYearFirstLayout: a year first with its point before a
// month's name is Hungarian's order, which settles a month whose name
// Hungarian shares with English: "2023. december 7." had the layout
// "2006. january 2.", which no English page writes (seen in the 227th
// held-out round).
func TestHungarianYearFirstLayout(t *testing.T) {
	checkDayLayouts(t, []struct{ text, day, layout string }{
		{"2023. december 7.", "2023-12-07", "2006. január 2."},
		{"2023. szeptember 7.", "2023-09-07", "2006. január 2."},
	})
}
