package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestHebrewYearInEnglishWords: a Hebrew year in English words after a
// Hebrew month and "in the year", as the English of a ketubah and old
// records write it ("the thirteenth day of the month Ab, in the year five
// thousand six hundred and three from the foundation of the world", the
// Hobart Town synagogue's stone, 1843), is read: the date was refused as
// one whose year the reader did not read. Its tens take a hyphen or a
// space, "and" or not before them. Near misses: a year under three
// thousand is the civil year's count, refused as before (a day of Sivan
// of the year 2024 of the world is no date anyone means), and a civil year
// in words is not read; a number word left over after the year makes no
// year.
func TestHebrewYearInEnglishWords(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ in, day, heb string }{
		{"the thirteenth day of the month Ab, in the year five thousand six hundred and three", "1843-08-09", "13 Av 5603"},
		{"the fifth day of the month of Sivan, in the year five thousand seven hundred and eighty-four", "2024-06-11", "5 Sivan 5784"},
		{"the fifth day of the month of Sivan in the year five thousand seven hundred eighty four", "2024-06-11", "5 Sivan 5784"},
		{"15 Kislev in the year Five Thousand Seven Hundred Eighty-Five", "2024-12-16", "15 Kislev 5785"},
		{"the 14th of Nisan, the year five thousand seven hundred", "1940-04-22", "14 Nisan 5700"},
		{"1 Tishrei, in the year five thousand seven hundred and eighty-six", "2025-09-23", "1 Tishrei 5786"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			d, err := dateline.Parse(tc.in, ref)
			require.NoError(t, err)
			assert.Equal(t, tc.day, d.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, d.Hebrew.String())
		})
	}
	// In a sentence: the date and its year, up to the words after it.
	for _, tc := range []struct{ in, text, day, heb string }{
		{"On the fifth day of the week, the twenty-fifth day of the month of Kislev, in the year five thousand seven hundred and eighty-five since the creation of the world, here in Boston",
			"twenty-fifth day of the month of Kislev, in the year five thousand seven hundred and eighty-five", "2024-12-26", "25 Kislev 5785"},
	} {
		t.Run(tc.in, func(t *testing.T) { assertFound(t, tc.in, tc.text, tc.day, tc.heb) })
	}
	for _, in := range []string{
		"the 5th of Sivan, in the year two thousand and twenty-four",
		"the fifth day of Sivan in the year five thousand seven hundred and eighty-four four",
		"the fifth day of Sivan in the year five thousand seven hundred eighty-four-two",
		"5 Nisan, in the year one thousand nine hundred",
	} {
		t.Run(in, func(t *testing.T) {
			_, err := dateline.Parse(in, ref)
			require.Error(t, err)
			assert.Empty(t, dateline.Find(in, ref), "no year read, and no other year given")
		})
	}
}
