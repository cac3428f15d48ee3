package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestDecomposedNames: a name written in Unicode's decomposed form (NFD,
// each accented letter as its letter and a combining mark, as macOS and
// some PDF and CMS text write it) is the name, read as its composed
// spelling is, with nothing said. Hungarian's year-first datelines were
// no date ("2024. ma\u0301rcius 2., szombat": expected a month name, found
// "március"), and a name after its day was read as misaccented, with an
// info and only with a year or time beside it in free text (found trying
// the command as an adversary).
func TestDecomposedNames(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, time.March, 10, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, day string }{
		{"2024. ma\u0301rcius 2., szombat", "2024-03-02"},
		{"2024. ma\u0301jus 2.", "2024-05-02"},
		{"2024. februa\u0301r 5., he\u0301tfo\u030B", "2024-02-05"},
		{"ma\u0301rcius 2, 2024", "2024-03-02"},
		{"2. Ma\u0308rz 2024", "2024-03-02"},
		{"sa\u0301bado, 2 de marc\u0327o de 2024", "2024-03-02"},
		{"2 тра\u0443\u0306ня 2024", "2024-05-02"},
		{"sobota, 2 marca 2024 | 22 Adar I 5784", "2024-03-02"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Empty(t, rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			ms := dateline.Find("Posted "+tc.text+".", ref)
			if assert.Len(t, ms, 1) {
				assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			}
		})
	}
}
