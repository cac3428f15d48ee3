package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestMotzeiOccasion: Motzei (the going out) before an occasion's name is
// the evening of its last day, whose Hebrew date, from sunset, is the
// next day's, as Motzei Shabbat's is; an info says so. "Motzei Yom Kippur
// 5785" and "מוצאי יום כיפור תשפ״ה" were an error, "expected a weekday".
func TestMotzeiOccasion(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 2, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct {
		text, day, heb string
		opts           []dateline.Option
	}{
		{"Motzei Yom Kippur 5785", "2024-10-12", "11 Tishrei 5785", nil},
		{"מוצאי יום כיפור תשפ״ה", "2024-10-12", "11 Tishrei 5785", nil},
		{"מוצאי יום הכיפורים תשפ״ה", "2024-10-12", "11 Tishrei 5785", nil},
		{"Motzei Yom Kippur 2024", "2024-10-12", "11 Tishrei 5785", nil},
		{"Motzei Yom Kippur, Saturday, October 12, 2024", "2024-10-12", "11 Tishrei 5785", nil},
		// Its last day in the schedule the options choose.
		{"Motzei Pesach 5784", "2024-04-30", "23 Nisan 5784", nil},
		{"Motzei Pesach 5784", "2024-04-29", "22 Nisan 5784", []dateline.Option{dateline.Israel()}},
		{"Motzei Shavuot 5784", "2024-06-13", "8 Sivan 5784", nil},
		{"Motzei Tisha B'Av 5784", "2024-08-13", "10 Av 5784", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, append([]dateline.Option{ref}, tc.opts...)...)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String())
			assert.True(t, hasProblem(rep, dateline.CodeAfterSunset, dateline.Info), "%v", rep.Problems)
			assert.Empty(t, rep.Layout) // the evening after its last day alone
		})
	}
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"We met on Motzei Yom Kippur 5785 at home.", "Motzei Yom Kippur 5785", "2024-10-12", "11 Tishrei 5785"},
		// Near misses: Motzei Shabbat keeps its weekday's evening.
		{"Motzei Shabbat, March 2, 2024", "Motzei Shabbat, March 2, 2024", "2024-03-02", "23 Adar I 5784"},
		{"Motzei Shabbat Chanukah 5785", "Motzei Shabbat Chanukah 5785", "2024-12-28", "28 Kislev 5785"},
	})
	// A civil day that is not the last day's is an error.
	rep := dateline.Check("Motzei Yom Kippur, October 11, 2024", ref)
	assert.False(t, rep.OK())
	assert.True(t, hasProblem(rep, dateline.CodeOccasion, dateline.Error), "%v", rep.Problems)
}
