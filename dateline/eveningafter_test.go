package dateline_test

import (
	"testing"
	"time"

	"github.com/dualdate/dualdate/dateline"
)

// Danish's, Norwegian's and Swedish's "in the evening" after a date say
// its evening, whose Hebrew date is the next day's, as the Baltic
// languages' "vakarā", "vakare" and "õhtul" do: "25. september 2022 om
// aftenen" failed the dateline, and Find read the civil day's Hebrew date.
func TestNordicEveningAfterDate(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))
	checkDayHebs(t, ref, []struct{ text, day, heb string }{
		{"25. september 2022 om aftenen", "2022-09-25", "1 Tishrei 5783"},
		{"25. september 2022 om kvelden", "2022-09-25", "1 Tishrei 5783"},
		{"25 september 2022 på kvällen", "2022-09-25", "1 Tishrei 5783"},
		{"2022. gada 25. septembrī vakarā", "2022-09-25", "1 Tishrei 5783"},
		{"25. september 2022", "2022-09-25", "29 Elul 5782"},
	})
}
