package dateline_test

import (
	"testing"

	"github.com/dualdate/dualdate/dateline"
)

// TestPolishWeekdayCut: Polish forums print a post's weekday cut to its
// first three letters, as phpBB's Polish pack writes it, before a month
// cut so too: "Pią 5 gru 2025, 18:31" (Friday) was read from its day,
// the weekday left out and a wrong one unsaid. As Czech's cuts, they are
// read beside a Polish month's name alone; Sunday's "nie" is Polish's
// "not", and stays prose.
func TestPolishWeekdayCut(t *testing.T) {
	checkMatchCases(t, []matchCase{
		{"Pią 5 gru 2025, 18:31", "", "2025-12-05", nil},
		{"Wysłany: Pią 5 gru 2025, 18:31", "Pią 5 gru 2025, 18:31", "2025-12-05", nil},
		{"pią, 5 gru 2025", "", "2025-12-05", nil},
		{"Czw 4 gru 2025", "", "2025-12-04", nil},
		{"Śro 3 gru 2025", "", "2025-12-03", nil},
		{"wto 2 gru 2025", "", "2025-12-02", nil},
		{"Sob 6 gru 2025", "", "2025-12-06", nil},
		{"Pią 4 gru 2025", "", "2025-12-04", []dateline.Code{dateline.CodeWeekday}},
		// Not before a Polish month; and "nie", which is "not".
		{"pia 5 dicembre 2025", "5 dicembre 2025", "2025-12-05", nil},
		{"odbędzie się nie 7 grudnia 2025, lecz 8", "7 grudnia 2025", "2025-12-07", nil},
	})
}
