package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestBareHebrewRangeLayout: a range of Hebrew days in letters without
// the geresh ("י-ל שבט", the 10th to the 30th) is read, and no layout
// writes it: a layout writes the reference day's 2nd, ב, before the
// hyphen, and "ב-כב טבת" reads as the prefix ב- before the 22nd
// (FuzzLayoutRoundTrip found "י-ל שבט" written as "ב-כב טבת", which
// compiled as "ב-ב טבת"). With the geresh the range has its layout.
func TestBareHebrewRangeLayout(t *testing.T) {
	for _, text := range []string{"י-ל שבט תשפ\"ד", "י-טו שבט", "ג-ז אדר ב תשפ\"ד", "יא-יג כסלו תשפ\"ה"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.NotEmpty(t, rep.Also, "the range's end")
			assert.Empty(t, rep.Layout)
			_, err := dateline.LayoutOf(text)
			assert.ErrorIs(t, err, dateline.ErrLayout)
		})
	}
	for _, text := range []string{"י׳-ל׳ שבט תשפ״ד", "י״א-י״ג כסלו תשפ״ה", "ב-כ״ב טבת תשפ״ד"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, heldoutRef)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.NotEmpty(t, rep.Layout)
			_, err := dateline.LayoutOf(text)
			assert.NoError(t, err)
		})
	}
}
