package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/hebrew"
)

// TestLayoutLanguageByCustom: a layout whose names the reader took for
// English's, which other languages write alike, takes the language whose
// custom the example follows where English's is not: a point after the
// day before the month's name. "22. April 2024" wrote "2. January 2006",
// English's names with German's point. Where several languages write the
// names so and others differently, and where a layout string's names are
// several languages', the layout is refused with an error that matches
// ErrAmbiguous, which Compile no longer takes for a layout string to
// compile another way: "12 oktober 2024" compiled so wrote "2 märz 2024",
// and "2. januar 2006", Danish's or Norwegian's, "2. märz 2024".
func TestLayoutLanguageByCustom(t *testing.T) {
	other := time.Date(2024, time.December, 27, 0, 0, 0, 0, time.UTC)
	h := hebrew.DateOf(other)
	for in, want := range map[string]string{
		"22. April 2024":             "27. Dezember 2024",
		"Am 22. April 2024":          "Am 27. Dezember 2024",
		"22 April 2024":              "27 December 2024",
		"April 22, 2024":             "December 27, 2024",
		"Montag, 22. April 2024":     "Freitag, 27. Dezember 2024",
		"mandag den 2. januar 2006":  "fredag den 27. december 2024",
		"7. december 2021 kl. 10:39": "27. december 2024 kl. 00:00",
	} {
		t.Run(in, func(t *testing.T) {
			l, err := dateline.LayoutOf(in)
			require.NoError(t, err)
			assert.Equal(t, want, l.Format(other, h))
		})
	}
	for _, in := range []string{"22. august 2024", "12 oktober 2024", "2. januar 2006", "22. AUGUST 2024"} {
		_, err := dateline.Compile(in)
		assert.ErrorIs(t, err, dateline.ErrAmbiguous, in)
	}
}

// TestLayoutOccasionOverRange: a layout of an occasion over a range of
// days is refused, by LayoutOf and Compile alike, with an error matching
// ErrLayout: it wrote the range's length on every day beside that day's
// occasions, which do not last it ("Chanukah: 3 Candles, December
// 27-January 4, 2025" from "Pesach, April 22-30, 2024", and "20-22 серпня
// юдеї відзначають Новий Місяць Елул", a two-day Rosh Chodesh over three
// days, which read as 1990). The occasion with one day, and the range
// without it, are layouts.
func TestLayoutOccasionOverRange(t *testing.T) {
	for _, in := range []string{
		"Pesach, April 22-30, 2024",
		"22-24 вересня юдеї відзначають Рош га-Шана",
		"Chanukah 5785 (December 25, 2024 - January 2, 2025)",
	} {
		_, err := dateline.LayoutOf(in)
		assert.ErrorIs(t, err, dateline.ErrLayout, in)
		_, err = dateline.Compile(in)
		assert.ErrorIs(t, err, dateline.ErrLayout, in)
	}
	other := time.Date(2024, time.December, 27, 0, 0, 0, 0, time.UTC)
	h := hebrew.DateOf(other)
	for in, want := range map[string]string{
		"Pesach, April 22, 2024": "Chanukah: 3 Candles, December 27, 2024",
		"April 22-30, 2024":      "December 27-January 4, 2025",
	} {
		l, err := dateline.LayoutOf(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, l.Format(other, h), in)
	}
}
