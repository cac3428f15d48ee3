package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestFindOtherDigitsBeside: a number that goes on in digits of another
// script (Arabic-Indic, Persian, fullwidth), or a year after a date
// written in them, is not read cut short: "2024-03-1٢" was found as March
// 1, "9:4٥ pm" as 9:04 am, and "March 2, ２０２４" in the reference's year,
// each with nothing said. Such text is not matched; the same text in
// ASCII digits is. A number wholly in Arabic-Indic or Persian digits is
// read as its ASCII digits are (see TestArabicIndicDigits): "2 March,
// ۲۰۲۴", not matched before, is March 2, 2024.
func TestFindOtherDigitsBeside(t *testing.T) {
	for _, text := range []string{"Posted 2024-03-1٢ here", "Posted 2024-03-1２ here", "Posted March 2, 2024 at 9:4٥ pm",
		"Posted 2 March 2024, 21:4٥", "Posted March 2, ２０２４.", "Posted 2 March, ۲۰۲4"} {
		assert.Empty(t, dateline.Find(text, heldoutRef), text)
	}
	for text, want := range map[string]string{
		"Posted 2024-03-12 here":           "2024-03-12",
		"Posted March 2, 2024 at 9:45 pm.": "2024-03-02 21:45",
		"Posted 2 March 2024, 21:45":       "2024-03-02 21:45",
		"Posted 2 March, ۲۰۲۴":             "2024-03-02",
	} {
		m := findOneOK(t, text, heldoutRef)
		layout := "2006-01-02"
		if m.Dateline.HasTime {
			layout += " 15:04"
		}
		assert.Equal(t, want, m.Dateline.Time.Format(layout), text)
	}
}
