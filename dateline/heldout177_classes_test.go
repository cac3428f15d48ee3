package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout177SpacedRangeEndYearGlued: a range of numeric days written
// day first whose end has the day's point and a space, and the month's
// point glued to the year: "Jom Kippur 11. 10. bis 12. 10.2024" (Ness
// Ziona, Mainz, a class the hundred-and-seventy-seventh held-out round
// found beside its rows), whose end went unread and whose start Find read
// alone in the year nearest the reference, 2027. It is the third place of
// the range end's one space, beside "4.4. – 5.5. 2023" and "4.–5.10 2022"
// (spacedYearEnd). A date of that form alone stays unread in free text,
// as a version's or a section's numbers may look so.
func TestHeldout177SpacedRangeEndYearGlued(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"11. 10. bis 12. 10.2024", "11. 10. bis 12. 10.2024", "2024-10-11", "9 Tishrei 5785"},
		{"vom 11. 10. bis 12. 10.2024", "11. 10. bis 12. 10.2024", "2024-10-11", "9 Tishrei 5785"},
		{"van 3. 5. tot 7. 5.2023", "3. 5. tot 7. 5.2023", "2023-05-03", "12 Iyyar 5783"},
		{"4. 9. – 6. 9.2021 Festtage", "4. 9. – 6. 9.2021", "2021-09-04", "27 Elul 5781"},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Kapitel 1. 2.2003", ""},
		{"siehe 11. 12.2014", ""},
		{"Punkte 1. 2. bis 3. 4.5", ""},
	})
}

// TestHeldout177SunsetAfterComma: German's, Dutch's and the Scandinavian
// languages' sunsets with their own preposition after a date's comma, as
// the Slavic ones are read (round 169): "Sonntag, 14. Dezember, nach
// Sonnenuntergang" (nume.ch, the hundred-and-seventy-seventh held-out
// round; here with its year) was a syntax error, and is the evening of
// December 14, 25 Kislev.
func TestHeldout177SunsetAfterComma(t *testing.T) {
	for _, tc := range []struct{ text, heb string }{
		{"Sonntag, 14. Dezember 2025, nach Sonnenuntergang", "25 Kislev 5786"},
		{"zondag 14 december 2025, bij zonsondergang", "25 Kislev 5786"},
		{"søndag den 14. december 2025, efter solnedgang", "25 Kislev 5786"},
		{"Sonntag, 14. Dezember 2025 nach Sonnenuntergang", "25 Kislev 5786"},
	} {
		rep := dateline.Check(tc.text, heldoutRef)
		assert.True(t, rep.OK(), "%s: %v", tc.text, rep.Problems)
		assert.Equal(t, "2025-12-14", rep.Dateline.Time.Format("2006-01-02"), tc.text)
		assert.Equal(t, tc.heb, rep.Dateline.Hebrew.String(), tc.text)
	}
}
