package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout288YearBeganBeforeRok: Polish says that the people who keep
// it began a Hebrew year on an evening, the year their verb's object
// ("rozpoczęli", they began; "rozpoczynają", "rozpoczną", "zaczęli"),
// and may put the year's number between "nowy" (new) and "rok" (year):
// "wieczorem 18 września rozpoczęli nowy 5770 rok według kalendarza
// żydowskiego" (Pajpress, pajpress.com.pl, the 288th held-out round,
// incoming line 3542) was no date, where "wieczorem 29 września
// rozpocznie się rok 5769" was Rosh Hashana's eve. Those verbs, the past
// of the year's own ("rozpoczął się", Czech "začal", Slovak "sa
// začal"), and the number before "rok" now name Rosh Hashana of that
// year, as the round-186 verbs do, its eve fixing the civil year; a day
// that is neither its eve nor one of its days is an error. A civil year
// before "rok", a number without "rok" after it, or no year names no
// occasion.
func TestHeldout288YearBeganBeforeRok(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"wieczorem 18 września rozpoczęli nowy 5770 rok według kalendarza żydowskiego",
			"wieczorem 18 września rozpoczęli nowy 5770 rok", "2009-09-18", "1 Tishrei 5770"},
		{"Dla wyznawców judaizmu, którzy wieczorem 18 września rozpoczęli nowy 5770 rok, pierwszy miesiąc",
			"wieczorem 18 września rozpoczęli nowy 5770 rok", "2009-09-18", "1 Tishrei 5770"},
		{"wieczorem 6 września rozpoczynają nowy rok 5782", "wieczorem 6 września rozpoczynają nowy rok 5782",
			"2021-09-06", "1 Tishrei 5782"},
		{"wieczorem 6 września rozpoczęli 5782 rok", "wieczorem 6 września rozpoczęli 5782 rok", "2021-09-06", "1 Tishrei 5782"},
		{"wieczorem 29 września rozpoczął się rok 5769", "wieczorem 29 września rozpoczął się rok 5769",
			"2008-09-29", "1 Tishrei 5769"},
		{"Večer 6. září začal nový židovský rok 5782.", "Večer 6. září začal nový židovský rok 5782",
			"2021-09-06", "1 Tishrei 5782"},
		{"Večer 6. septembra sa začal nový židovský rok 5782.", "Večer 6. septembra sa začal nový židovský rok 5782",
			"2021-09-06", "1 Tishrei 5782"},
	})
	for _, text := range []string{"wieczorem 25 września rozpoczęli nowy 5770 rok", "wieczorem 18 września rozpoczęli nowy 5771 rok"} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Contains(t, reportCodes(m.Report, dateline.Error), dateline.CodeOccasion)
		})
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"wieczorem 18 września rozpoczęli nowy 2009 rok", ""},
		{"wieczorem 18 września rozpoczęli rok szkolny", ""},
		{"wieczorem 18 września rozpoczęli nowy 5770", ""},
		{"18 września rozpoczęli nowy 5770 rokiem", ""},
	})
}
