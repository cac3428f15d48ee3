package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout255FrenchChodesh: French pages write the ḥet of Chodesh as
// Hh and its final shin as ch, after Rosh: "Rosh Hhodesh Adar1 5782 les
// mardi 1er et mercredi 2 février 2022" (the Tarbes community's blog
// aci65.blogspot.com, a site a row already uses, seen probing the two
// hundred and fifty-fifth held-out round's focus). Check stopped at
// "Hhodesh" as no Rosh Chodesh, and Find read from "Adar1" on, the first
// civil day of the list as in Adar I, a calendar error. Hhodesh, Hodech
// and Hhodech now read as Hodesh does; a longer word and the word
// without Rosh stay unread.
func TestHeldout255FrenchChodesh(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Rosh Hhodesh Adar1 5782 les mardi 1er et mercredi 2 février 2022", "2022-02-01"},
		{"Rosh Hhodesh Adar I 5782, mercredi 2 février 2022", "2022-02-02"},
		{"Rosh Hodech Elul 5784, mercredi 4 septembre 2024", "2024-09-04"},
		{"Rosh Hhodech Kislev 5785, lundi 2 décembre 2024", "2024-12-02"},
		{"Rosh Hodesh Adar I 5782, mercredi 2 février 2022", "2022-02-02"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Le Rosh Hhodesh Elul 5784, mercredi 4 septembre 2024 à la synagogue", "Rosh Hhodesh Elul 5784, mercredi 4 septembre 2024", "2024-09-04", "1 Elul 5784"},
	})
	// The day must still be a day of Rosh Chodesh.
	rep := dateline.Check("Rosh Hhodesh Adar I 5782, jeudi 3 février 2022", heldoutRef)
	assert.Contains(t, reportCodes(rep, dateline.Error), dateline.CodeCalendar)
	checkUnread(t, heldoutRef,
		"Rosh Hhodeshim Adar I 5782",
		"Hhodesh Adar I 5782",
		"Rosh Hodecha Elul 5784",
	)
}
