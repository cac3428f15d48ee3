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

// TestOccasionSpanCivilYear: the civil year beside the Hebrew year of an
// occasion of several days is right if any of its days is in it, as pages
// give Chanukah the year it ends in (Chanukah 5785 runs from December 26,
// 2024 to January 2, 2025); the day read stays the first. A year none of
// its days reaches is still a calendar error, and so is the year after a
// Hebrew date, which names one day.
func TestOccasionSpanCivilYear(t *testing.T) {
	cal := []dateline.Code{dateline.CodeCalendar}
	for in, want := range map[string]struct {
		when  string
		codes []dateline.Code
	}{
		"Chanukah 5785 (2025)":     {"2024-12-26", nil},
		"Chanukah 5785 (2024)":     {"2024-12-26", nil},
		"Hanukkah 5785/2025":       {"2024-12-26", nil},
		"Chanukah 5785 (2026)":     {"2024-12-26", cal},
		"Chanukah 5786 (2025)":     {"2025-12-15", nil},
		"Chanukah 5786 (2026)":     {"2025-12-15", cal},
		"Rosh Hashana 5785 (2025)": {"2024-10-03", cal},
		"25 Kislev 5785 (2025)":    {"2024-12-26", cal},
		"חנוכה תשפ\"ה 2025":        {"2024-12-26", nil},
		"Pesach 5784 (2024)":       {"2024-04-23", nil},
		"Purim 5784 (2025)":        {"2024-03-24", cal},
	} {
		t.Run(in, func(t *testing.T) { checkClassRow(t, in, want.when, "2006-01-02", want.codes, false) })
	}
}
