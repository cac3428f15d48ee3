package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout121YearPointBracket: a sentence's full stop after a year,
// and the other calendar's date after it in brackets as its gloss:
// "zum jüdischen Neujahrsfest Rosch Haschana 5774. (5. und 6. September)"
// (Pfalz-Express, the hundred-and-twenty-first held-out round) was no
// dateline: the point ended it, and the bracket's civil days were left
// without the Hebrew year that fixes their year. The point now joins
// them where the bracket opens with the other calendar's date: a civil
// day, or a pair or range of days, after a Hebrew year; a Hebrew date
// after a civil one.
func TestHeldout121YearPointBracket(t *testing.T) {
	checkDayHebs(t, heldoutRef, []struct{ text, day, heb string }{
		{"Rosch Haschana 5774. (5. und 6. September)", "2013-09-05", "1 Tishrei 5774"},
		{"Bundesinnenminister Friedrich gratuliert zum jüdischen Neujahrsfest Rosch Haschana 5774. (5. und 6. September)", "2013-09-05", "1 Tishrei 5774"},
		{"Rosch Haschana 5774. (5.-6. September)", "2013-09-05", "1 Tishrei 5774"},
		{"Rosch Haschana 5774. (5. September 2013)", "2013-09-05", "1 Tishrei 5774"},
		{"Rosh Hashana 5774. (September 5, 2013)", "2013-09-05", "1 Tishrei 5774"},
		{"Jom Kippur 5785. (12. Oktober)", "2024-10-12", "10 Tishrei 5785"},
		{"22 Adar I 5784. (2. März 2024)", "2024-03-02", "22 Adar I 5784"},
		{"2. März 2024. (22 Adar I 5784)", "2024-03-02", "22 Adar I 5784"},
		// Without the point, as before.
		{"Rosch Haschana 5774 (5. und 6. September)", "2013-09-05", "1 Tishrei 5774"},
	})
	// Two calendars that disagree across the point are said: 5 September
	// is no Rosh Hashana of 5775.
	m := oneMatch(t, "Rosch Haschana 5775. (5. und 6. September)", heldoutRef)
	assert.Contains(t, severityCodes(m, dateline.Error), dateline.CodeOccasion)
	// A bracket with no date after the point is the next sentence's.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Rosch Haschana 5774. (Foto: dpa)", "2013-09-05"},
		{"Rosch Haschana 5774. (5 Bilder)", "2013-09-05"},
		{"Seite 12. (5. Auflage)", ""},
	})
}
