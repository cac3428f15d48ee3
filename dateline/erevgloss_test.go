package dateline_test

import (
	"testing"
)

// TestErevGloss: a gloss in brackets after an eve's name may name the
// occasion, not its eve: "Erev Pesach (Passover) 2024" was a syntax error
// where "Pesach (Passover) 2024" read, as the gloss was compared with the
// eve, a day before Passover. The gloss of another occasion stays no
// gloss.
func TestErevGloss(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Erev Pesach (Passover) 2024", "2024-04-22"},
		{"Erev Rosh Hashanah (Jewish New Year) 2024", "2024-10-02"},
		{"Erev Yom Kippur (Day of Atonement) 5785", "2024-10-11"},
		{"Pesach (Passover) 2024", "2024-04-23"},
	})
	checkUnread(t, heldoutRef, "Erev Pesach (Shavuot) 2024")
}
