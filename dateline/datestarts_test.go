package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestDateMarksStart: English's "marks the start of", "marks the
// beginning of", "marks the first day of" and "is the first day of" between a civil date and an
// occasion say the date is the occasion's first day or its eve, as the
// Slavic languages' verbs do ("12. dubna začíná Pesach", see
// TestDateBeginsStarts): "Wednesday, Oct. 2, 2024, marks the start of
// Rosh Hashanah" (a made-up variant of the 143rd held-out round's KSTP
// line) was read as the date alone, so that a wrong occasion after it
// ("…, marks the start of Passover") passed with nothing said. The eve
// without a word for its evening has the after-sunset warning, and a
// sentence without an occasion after the phrase is the date alone.
func TestDateMarksStart(t *testing.T) {
	for _, tc := range []struct {
		text, match, day, heb string
		codes                 []dateline.Code // above an info
	}{
		{"Thursday, Oct. 3, 2024 marks the start of Rosh Hashanah.", "Thursday, Oct. 3, 2024 marks the start of Rosh Hashanah",
			"2024-10-03", "1 Tishrei 5785", nil},
		{"Sundown on Wednesday, Oct. 2, 2024, marks the start of Rosh Hashanah.", "Sundown on Wednesday, Oct. 2, 2024, marks the start of Rosh Hashanah",
			"2024-10-02", "1 Tishrei 5785", nil},
		{"April 23, 2024 is the first day of Passover.", "April 23, 2024 is the first day of Passover", "2024-04-23", "15 Nisan 5784", nil},
		// incoming.tsv: the eve, from sunset, with the warning.
		{"December 7, 2023 marks the first day of Hanukkah", "December 7, 2023 marks the first day of Hanukkah", "2023-12-07",
			"25 Kislev 5784", []dateline.Code{dateline.CodeAfterSunset}},
		{"Wednesday, Oct. 2, 2024, marks the beginning of Rosh Hashanah.", "Wednesday, Oct. 2, 2024, marks the beginning of Rosh Hashanah",
			"2024-10-02", "1 Tishrei 5785", []dateline.Code{dateline.CodeAfterSunset}},
		{"Wednesday, Oct. 2, 2024, marks the start of Passover.", "Wednesday, Oct. 2, 2024, marks the start of Passover",
			"2024-10-02", "29 Elul 5784", []dateline.Code{dateline.CodeOccasion}},
		{"October 2, 2024 marks the beginning of a new era.", "October 2, 2024", "2024-10-02", "29 Elul 5784", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			codes := append(severityCodes(m, dateline.Error), severityCodes(m, dateline.Warning)...)
			assert.Equal(t, tc.codes, codes)
		})
	}
}
