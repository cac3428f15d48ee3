package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestCountedOccasionLayout: a day of an occasion by its number or place
// ("8th day of Pesach 5784", "2. Tag Rosch Haschana 5785", "the last day
// of Passover 5784") has no layout, which would write the words for
// other days: Report.Layout was the words kept as text before the
// reference day's occasion, "8th day of Chanukah: 8th Day 5766", which
// LayoutOf refused, and is "" now, as LayoutOf and Compile refuse it.
// The day read stays the counted one. An occasion named alone, or by a
// name of hebcal's that is one of its days (Pesach II), keeps its layout.
func TestCountedOccasionLayout(t *testing.T) {
	for _, tc := range []struct{ text, day string }{
		{"8th day of Pesach 5784", "2024-04-30"},            // 22 Nisan 5784
		{"2nd day of Sukkot 5785", "2024-10-18"},            // 16 Tishrei 5785
		{"the 3rd day of Chanukah 5784", "2023-12-10"},      // 27 Kislev 5784
		{"2nd day of Pesach 5785", "2025-04-14"},            // 16 Nisan 5785
		{"Chanukah day 3, 5784", "2023-12-10"},              // 27 Kislev 5784
		{"Fifth Day of Chanuka, 5703", "1942-12-08"},        // 29 Kislev 5703
		{"2. Tag Rosch Haschana 5785", "2024-10-04"},        // 2 Tishrei 5785
		{"le 1er jour de Souccot 5785", "2024-10-17"},       // 15 Tishrei 5785
		{"2º día de Rosh Hashaná 5785", "2024-10-04"},       // 2 Tishrei 5785
		{"1e dag Pesach 5784", "2024-04-23"},                // 15 Nisan 5784
		{"Rosh Chodesh Elul Second Day 5784", "2024-09-04"}, // 1 Elul 5784
		{"the last day of Passover 5784", "2024-04-30"},     // 22 Nisan 5784
		{"Final Day of Passover 5785", "2025-04-20"},        // 22 Nisan 5785
		{"the last day of Sukkot 5785", "2024-10-23"},       // 21 Tishrei 5785
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Empty(t, rep.Layout)
			_, err := dateline.LayoutOf(tc.text)
			assert.ErrorIs(t, err, dateline.ErrSyntax)
		})
	}
	// The same lines read one after another by one Reader, which reads
	// a batch by the layouts it learnt: no line takes another's layout.
	rd := dateline.NewReader(heldoutRef)
	for _, text := range []string{"Pesach 5784", "8th day of Pesach 5784", "8th day of Pesach 5784", "2nd day of Sukkot 5785", "the last day of Passover 5784", "the last day of Passover 5784"} {
		rep := rd.Check(text)
		if text == "Pesach 5784" {
			assert.Equal(t, "Chanukah: 8th Day 5766", rep.Layout, text)
		} else {
			assert.Empty(t, rep.Layout, text)
		}
	}
	// Near misses: an occasion by its name alone, or by hebcal's name of
	// one of its days, keeps the reference day's occasion as its layout.
	for _, tc := range []struct{ text, day, layout string }{
		{"Pesach 5784", "2024-04-23", "Chanukah: 8th Day 5766"},              // 15 Nisan 5784
		{"Sukkot 5785", "2024-10-17", "Chanukah: 8th Day 5766"},              // 15 Tishrei 5785
		{"Pesach II 5784", "2024-04-24", "Chanukah: 8th Day 5766"},           // 16 Nisan 5784
		{"Chanukah: 3 Candles 5785", "2024-12-27", "Chanukah: 8th Day 5766"}, // 26 Kislev 5785
		{"Monday, 2 Tevet 5766", "2006-01-02", "Monday, 2 Tevet 5766"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, heldoutRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.layout, rep.Layout)
		})
	}
}
