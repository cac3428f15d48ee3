package dateline_test

import (
	"testing"

	"github.com/dualdate/dualdate/dateline"
)

// TestOccasionCivilYear: the civil year after an occasion's Hebrew year is
// checked, as after a Hebrew date's: "Purim 5784/2023" was read as 24
// March 2024 with no problem (a wrong answer given silently); now the year
// is a calendar error.
func TestOccasionCivilYear(t *testing.T) {
	cal := []dateline.Code{dateline.CodeCalendar}
	for in, want := range map[string]struct {
		when  string
		codes []dateline.Code
	}{
		"Purim 5784 (2024)": {"2024-03-24", nil},
		"Purim 5784 2024":   {"2024-03-24", nil},
		"Purim 5784/2023":   {"2024-03-24", cal},
		"Purim 5784 (2023)": {"2024-03-24", cal},
		"פורים תשפ\"ד 2023": {"2024-03-24", cal},
	} {
		t.Run(in, func(t *testing.T) { checkClassRow(t, in, want.when, "2006-01-02", want.codes, false) })
	}
}
