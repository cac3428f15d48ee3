package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestFirstDayOfOccasion: "the first day of" and an occasion's name is the
// occasion's first day and no other, as "1st day of" and "Second day of"
// are: "The first day of Passover is April 13, 2025" was refused, its
// words read as the first of a month ("expected a month name"). A date
// that is another day of the occasion is the occasion error; the first
// day of a month is read as before.
func TestFirstDayOfOccasion(t *testing.T) {
	for text, want := range map[string]string{
		"The first day of Passover is April 13, 2025": "2025-04-13 15 Nisan 5785",
		"First day of Chanukah, December 26, 2024":    "2024-12-26 25 Kislev 5785",
		"First day of Sukkot 5785":                    "2024-10-17 15 Tishrei 5785",
		"the first day of Nisan 5785":                 "2025-03-30 1 Nisan 5785",
		"the first day of March 2025":                 "2025-03-01 1 Adar 5785",
	} {
		d, err := dateline.Parse(text, dateline.Reference(corpusReference))
		require.NoError(t, err, text)
		assert.Equal(t, want, d.Time.Format("2006-01-02")+" "+d.Hebrew.String(), text)
	}
	for _, text := range []string{"First day of Passover, April 14, 2025", "First day of Chanukah, December 27, 2024"} {
		rep := dateline.Check(text, dateline.Reference(corpusReference))
		assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion, text)
	}
}
