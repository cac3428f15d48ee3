package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestOccasionGlossSaysNoDate: a bracket between an occasion's name and
// its year is read over as the name's gloss only where it says nothing of
// a date: "Pesach (domenica) 2024" was Pesach 2024, a Tuesday, with the
// Sunday the bracket names dropped and nothing said, and "Pesach
// (Shavuot) 5784" was Pesach. A gloss that translates the name, or
// describes it, is still read over.
func TestOccasionGlossSaysNoDate(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	for _, text := range []string{"Pesach (domenica) 2024", "Pesach (Shavuot) 5784", "Yom Kippur (Sunday) 2024", "Sukkot (octobre) 2024"} {
		t.Run(text, func(t *testing.T) {
			rep := dateline.Check(text, ref)
			assert.Equal(t, []dateline.Code{dateline.CodeSyntax}, severityCodes(dateline.Match{Report: rep}, dateline.Error))
		})
	}
	for _, tc := range []struct{ text, day string }{
		{"Pesach (Pasqua) 2024", "2024-04-23"},
		{"Yom Kippur (Day of Atonement) 2024", "2024-10-12"},
		{"Jom Kippur (eller Yom Kippur) 2017", "2017-09-30"},
		{"Chanukah (Hanukkah, the festival of lights) 2024", "2024-12-26"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
		})
	}
}
