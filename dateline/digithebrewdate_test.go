package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestDigitHebrewDateOrder: a Hebrew date of digits with its month's name
// in Hebrew script ("21 אדר א׳ 5784", as the Yiddish layout writes it) is
// no Israeli custom of day first: the ambiguous numeric date beside it is
// read in the order its Hebrew date or weekday confirms, as it is beside
// "21 Adar I 5784". "03/01/2024 | 21 אדר א׳ 5784" was read January 3 and a
// calendar error (adv42 finding 1). Hebrew text, whose Hebrew date is in
// letters or whose month has the prefix ב, or whose weekday is in Hebrew,
// kept the custom, a Hebrew date that fits only the other reading an
// error; but its Hebrew date names the day as well, and US Jewish sites
// print it in Hebrew script beside a month-first date: it says the order
// there too (see TestHebrewTextHebrewDateSaysOrder), and the custom is
// kept where both readings or neither fit.
func TestDigitHebrewDateOrder(t *testing.T) {
	tests := []struct {
		in, latin string // latin: the same dateline in Latin letters, or ""
		opts      []dateline.Option
		day       string
		ok        bool
	}{
		// The Hebrew date or the weekday confirms month first.
		{"03/01/2024 | 21 אדר א׳ 5784", "03/01/2024 | 21 Adar I 5784", nil, "2024-03-01", true},
		{"Friday 03/01/2024 | 21 אדר א׳ 5784", "Friday 03/01/2024 | 21 Adar I 5784", nil, "2024-03-01", true},
		{"01/02/2024 | 21 טבת 5784", "01/02/2024 | 21 Tevet 5784", nil, "2024-01-02", true},
		{"21 אדר א׳ 5784 | 03/01/2024", "21 Adar I 5784 | 03/01/2024", nil, "2024-03-01", true},
		{"11/05/2023 | 21 חשון 5784", "11/05/2023 | 21 Cheshvan 5784", nil, "2023-11-05", true},
		{"04/07/2025 | 9 ניסן 5785", "04/07/2025 | 9 Nisan 5785", nil, "2025-04-07", true},
		{"Thursday 03/01/2024 | 21 אדר א׳ 5784", "Thursday 03/01/2024 | 21 Adar I 5784", nil, "2024-03-01", false},
		// It confirms day first.
		{"01/03/2024 | 21 אדר א׳ 5784", "01/03/2024 | 21 Adar I 5784", nil, "2024-03-01", true},
		{"03/01/2024 | 22 טבת 5784", "03/01/2024 | 22 Tevet 5784", nil, "2024-01-03", true},
		{"05/11/2023 | 21 חשון 5784", "05/11/2023 | 21 Cheshvan 5784", nil, "2023-11-05", true},
		// An option says the order.
		{"03/01/2024 | 21 אדר א׳ 5784", "", []dateline.Option{dateline.DayFirst()}, "2024-01-03", false},
		// Hebrew text: its Hebrew date says the order too.
		{"03/01/2024 | כ״א אדר א׳ תשפ״ד", "", nil, "2024-03-01", true},
		{"03/01/2024 | 21 אדר א׳ תשפ״ד", "", nil, "2024-03-01", true},
		{"03/01/2024 | 21 באדר א׳ 5784", "", nil, "2024-03-01", true},
		{"יום ו׳ 03/01/2024 | 21 אדר א׳ 5784", "", nil, "2024-03-01", true},
		{"03/01/2024 | 22 בטבת 5784", "", nil, "2024-01-03", true},
		// Neither fits: the custom's reading, and its error.
		{"03/01/2024 | כ״ג אדר א׳ תשפ״ד", "", nil, "2024-01-03", false},
		{"03/01/2024 | כ״א אדר א׳ תשפ״ד", "", []dateline.Option{dateline.DayFirst()}, "2024-01-03", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, tc.opts...)
			require.False(t, rep.Dateline.IsZero(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.ok, rep.OK(), "%v", rep.Problems)
			if tc.latin != "" {
				latin := dateline.Check(tc.latin, tc.opts...)
				assert.Equal(t, latin.Dateline.Time, rep.Dateline.Time)
				assert.Equal(t, latin.OK(), rep.OK())
			}
		})
	}
}
