package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout35HebrewDateBeginsOnItsOwnDay: a Hebrew date, then words
// that say it begins on the evening of a civil day (the thirty-fifth
// held-out round: "22 Tishrei begins at sundown on October 21st, 2019",
// a synagogue's holiday page). 22 Tishrei 5780 is October 21: it began
// at sunset on October 20, and the evening of the 21st is 23 Tishrei.
// The words were text of the dateline and said nothing, so that the
// Hebrew date and the civil day agreed and nothing was reported: the
// page's mistake passed for a right date. Now the evening they name must
// have the Hebrew date, and the day's own is an error; the evening
// before it reads as before, with nothing to report.
func TestHeldout35HebrewDateBeginsOnItsOwnDay(t *testing.T) {
	wrong := []string{
		"22 Tishrei begins at sundown on October 21st, 2019",
		"22 Tishrei 5780 begins at sundown on Monday, October 21, 2019",
		"24 Teves 5785, begins at sundown on Friday, January 24, 2025",
		"3 Tammuz 5784 (evening of July 9)",
		"3 Tammuz 5784 (beginning the evening of July 9, 2024)",
		"Yahrzeit: 15 Shevat 5784 (from sundown January 25, 2024)",
		"1 Nisan 5785 starts at sunset on March 30, 2025",
	}
	for _, in := range wrong {
		t.Run(in, func(t *testing.T) {
			_, _, _, ok := findOne(t, in)
			assert.False(t, ok, "the Hebrew date begins the evening before")
			ms := dateline.Find(in, dateline.Reference(corpusReference))
			require.Len(t, ms, 1)
			require.NotEmpty(t, ms[0].Problems)
			assert.Equal(t, dateline.CodeCalendar, ms[0].Problems[0].Code)
			assert.Equal(t, dateline.Error, ms[0].Problems[0].Severity)
		})
	}
	right := []struct{ in, text, day, heb string }{
		{"22 Tishrei begins at sundown on October 20th, 2019", "22 Tishrei begins at sundown on October 20th, 2019", "2019-10-20", "22 Tishrei 5780"},
		{"The yahrzeit, 24 Teves 5785, begins at sundown on Thursday, January 23, 2025.",
			"24 Teves 5785, begins at sundown on Thursday, January 23, 2025", "2025-01-23", "24 Tevet 5785"},
		{"Yahrzeit: 15 Shevat 5784 (from sundown January 24, 2024)", "15 Shevat 5784 (from sundown January 24, 2024)", "2024-01-24", "15 Shevat 5784"},
		{"1 Nisan 5785 starts at sunset on March 29, 2025", "1 Nisan 5785 starts at sunset on March 29, 2025", "2025-03-29", "1 Nisan 5785"},
	}
	for _, c := range right {
		t.Run(c.in, func(t *testing.T) {
			assertFound(t, c.in, c.text, c.day, c.heb)
			ms := dateline.Find(c.in, dateline.Reference(corpusReference))
			for _, p := range ms[0].Problems {
				assert.NotEqual(t, dateline.CodeAfterSunset, p.Code, "the words say the evening: %s", p.Message)
			}
		})
	}
	// A night's weekday beside the day's own Hebrew date is a site's
	// custom of printing, which stays a warning.
	ms := dateline.Find("Saturday night, April 27, 2024 / 19 Nisan 5784", dateline.Reference(corpusReference))
	require.Len(t, ms, 1)
	assert.True(t, ms[0].OK())
	// Prose: the words before no civil date say nothing of it.
	text, _, _, _ := findOne(t, "3 Tammuz 5784 begins at sundown, as every Hebrew day does.")
	assert.Equal(t, "3 Tammuz 5784", text)
}

// TestHeldout35BeginsLayout: the layout of a Hebrew date said to begin on
// an evening writes another day's Hebrew date with the civil day before
// it, as its words say; it wrote the civil day's own, a statement the
// reader now reports as wrong.
func TestHeldout35BeginsLayout(t *testing.T) {
	l, err := dateline.LayoutOf("24 Teves 5785, begins at sundown on Thursday, January 23, 2025")
	require.NoError(t, err)
	d, err := dateline.Parse("March 2, 2024")
	require.NoError(t, err)
	out := d.Format(l.String())
	assert.Equal(t, "23 Adar Rishon 5784, begins at sundown on Saturday, March 2, 2024", out)
	back, err := dateline.Parse(out)
	require.NoError(t, err)
	assert.Equal(t, "2024-03-02", back.Time.Format("2006-01-02"))
}
