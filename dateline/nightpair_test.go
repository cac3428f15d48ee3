package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewNightBetweenWeekdays: Hebrew's "ליל שלישי-רביעי", the night
// between Tuesday and Wednesday, is Tuesday's evening, as "Tuesday
// night-Wednesday" is: the dateline is the second day's, whose Hebrew
// date begins that evening. ליל alone names the night that begins its
// day (ליל שבת, Friday's evening), and the pair was read as a range
// from Monday's evening, a weekday error on right text (adversarial
// review 50). A night before Shabbat written with Shabbat's own name
// ("Friday night-Shabbat") keeps Shabbat's Saturday: it was read as
// Friday's night, a weekday error. Each day checked with hd.
func TestHebrewNightBetweenWeekdays(t *testing.T) {
	for _, tc := range []struct{ text, day, hebrew string }{
		{"ליל שלישי-רביעי, 12-13.3.2024", "2024-03-13", "3 Adar II 5784"},
		{"ליל שלישי–רביעי, 12–13.3.2024", "2024-03-13", "3 Adar II 5784"},
		{"ליל שישי-שבת, 15-16.3.2024", "2024-03-16", "6 Adar II 5784"},
		{"ליל שלישי-רביעי, 22-23.10.2024", "2024-10-23", "21 Tishrei 5785"},
		{"Friday night-Shabbat, March 15-16, 2024", "2024-03-16", "6 Adar II 5784"},
		{"Tuesday night-Wednesday, March 12-13, 2024", "2024-03-13", "3 Adar II 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String())
		})
	}
	// Near misses: the dates of another pair of days are a weekday
	// error, and ליל alone is the night that begins its day.
	for _, text := range []string{"ליל שלישי-רביעי, 11-12.3.2024", "ליל שלישי, 12.3.2024", "Friday night-Shabbat, March 16-17, 2024"} {
		rep := dateline.Check(text, heldoutRef)
		assert.False(t, rep.OK(), text)
	}
	rep := dateline.Check("ליל שלישי, 11.3.2024", heldoutRef)
	require.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "2 Adar II 5784", rep.Dateline.Hebrew.String()) // Monday, 1 Adar II, and its evening
}
