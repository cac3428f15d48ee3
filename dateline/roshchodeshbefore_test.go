package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestBareRoshChodeshBeforeDate: "Rosh Chodesh" without its month before a
// civil date, as a synagogue's schedule heads a day ("Shabbat Rosh
// Chodesh, November 2, 2024", "Rosh Chodesh, Friday, November 1, 2024"),
// names that day's Rosh Chodesh, as it does after the date; it was a
// syntax error at the comma. A day that is no Rosh Chodesh is the
// occasion error.
func TestBareRoshChodeshBeforeDate(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Shabbat Rosh Chodesh, November 2, 2024", "2024-11-02"},
		{"Rosh Chodesh, Friday, November 1, 2024", "2024-11-01"},
		{"Rosh Chodesh November 2, 2024", "2024-11-02"},
		{"ראש חודש, 2 בנובמבר 2024", "2024-11-02"},
	})
	for _, text := range []string{"Rosh Chodesh, November 3, 2024", "Shabbat Rosh Chodesh, November 9, 2024"} {
		rep := dateline.Check(text, heldoutRef)
		assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeOccasion, text)
	}
	checkUnread(t, heldoutRef, "Rosh Chodesh, 5785")
}
