package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestNumericPairList: a list of days each with its month in digits
// before a numeric date with its year, "Kurse am 4.3., 11.3. und
// 18.3.2024", "Sessions on 3/4, 3/11 and 3/18/2024" (three Mondays, 24
// Adar I, 1 Adar II and 8 Adar II 5784), was read as its last date alone,
// or with the pair before it, the days before lost with nothing said
// (found trying the command as an adversary). It is now read whole: the
// first day the dateline's, the others in Report.Also, in the order a
// number above 12 shows with slashes, day first with points, across a
// year's end in the year before the date's (one whose order nothing
// shows, 3/4, 4/5 and 5/6/2024, as one date is: see
// TestNumericListOrder). A list that goes backward is no list, and
// fractions with no date after them are no date.
func TestNumericPairList(t *testing.T) {
	march := []string{"2024-03-04", "2024-03-11", "2024-03-18"}
	checkListMatches(t, numListRef, []struct {
		text, match string
		days        []string
	}{
		{"Kurse am 4.3., 11.3. und 18.3.2024 in Berlin", "4.3., 11.3. und 18.3.2024", march},
		{"Kurse am 4.3, 11.3 und 18.3.2024", "4.3, 11.3 und 18.3.2024", march},
		{"Sessions on 3/4, 3/11 and 3/18/2024 at the hall.", "3/4, 3/11 and 3/18/2024", march},
		{"on 4/3, 11/3 and 18/3/2024 we meet", "4/3, 11/3 and 18/3/2024", march},
		{"on 3/4, 3/11, and 3/18/2024", "3/4, 3/11, and 3/18/2024", march},
		{"Les séances: 4.3., 11.3., 18.3. et 25.3.2024", "4.3., 11.3., 18.3. et 25.3.2024", append(march, "2024-03-25")},
		{"Termine: 28.12., 4.1. und 11.1.2025", "28.12., 4.1. und 11.1.2025", []string{"2024-12-28", "2025-01-04", "2025-01-11"}},
		{"Clases 26/2, 4/3 y 11/3/2024", "26/2, 4/3 y 11/3/2024", []string{"2024-02-26", "2024-03-04", "2024-03-11"}},
		// Near misses: backward reads the date as before. (A list
		// whose order nothing shows is read as one date is: see
		// TestNumericListOrder.)
		{"11.3., 4.3. und 18.3.2024", "4.3. und 18.3.2024", []string{"2024-03-04", "2024-03-18"}},
	})
	for _, text := range []string{"3/4, 5/8 and 7/16 inch", "a 3/4, 5/8 split"} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, dateline.Find(text, numListRef))
		})
	}
}
