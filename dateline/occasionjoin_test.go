package dateline_test

import (
	"testing"

	"github.com/dualdate/dualdate/dateline"
)

// TestOccasionsJoinedDays: occasions joined by a slash or ampersand name
// the first one's day; each later one must fall on it or on one of the
// ten days after it ("Shemini Atzeres/Simchas Torah 5779" is 22 Tishrei,
// and Simchas Torah the next day in the Diaspora, with no schedule info;
// it was read as Simchas Torah's day). A later name further off is an
// occasion error, not a silent reading, and so is an order that no
// schedule has (Simchat Torah, in the Diaspora the later day, first).
func TestOccasionsJoinedDays(t *testing.T) {
	occ := []dateline.Code{dateline.CodeOccasion}
	for in, want := range map[string]struct {
		when  string
		codes []dateline.Code
	}{
		"Shemini Atzeres/Simchas Torah 5779": {"2018-10-01", nil},
		"Sukkot & Simchat Torah 5779":        {"2018-09-24", nil},
		"Rosh Hashanah & Yom Kippur 5785":    {"2024-10-03", nil},
		"Pesach/Passover 5784":               {"2024-04-23", nil},
		"שמיני עצרת/שמחת תורה תשע\"ט":        {"2018-10-01", nil},
		"Chanukah/Pesach 5784":               {"2023-12-08", occ},
	} {
		t.Run(in, func(t *testing.T) { checkClassRow(t, in, want.when, "2006-01-02", want.codes, false) })
	}
}
