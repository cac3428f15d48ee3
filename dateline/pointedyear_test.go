package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestPointedHebrewYear: a Hebrew year written with a point after its
// thousands ("5.783", as a Portuguese page may print a number) is no
// year the reader reads, and a date beside it is not read in the year
// nearest the reference with only an info: "15 de Nisan de 5.783" and
// "15 de Nisan, 5.783" were 15 Nisan 5784, and "15 de Nisan no ano de
// 5.783" said nothing of the year its sentence names (found by a helper
// auditing the years the reader leaves out).
func TestPointedHebrewYear(t *testing.T) {
	ref := dateline.Reference(time.Date(2024, 3, 2, 12, 0, 0, 0, time.UTC))
	for _, text := range []string{"15 de Nisan de 5.783", "15 de Nisan, 5.783", "A Páscoa, 15 de Nisan de 5.783, foi celebrada"} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, ref) {
				assert.False(t, m.OK() && m.Dateline.Hebrew.Year == 5784, "%q read as %v", text[m.Start:m.End], m.Dateline.Hebrew)
			}
			assert.False(t, dateline.Check(text, ref).OK())
		})
	}
	t.Run("the sentence names it", func(t *testing.T) {
		ms := dateline.Find("15 de Nisan no ano de 5.783", ref)
		if assert.Len(t, ms, 1) {
			assert.Contains(t, severityCodes(ms[0], dateline.Warning), dateline.CodeYearInferred)
			assert.Contains(t, ms[0].Problems[0].Message, "names 5783")
		}
	})
	// Near misses: the year in digits is read; a count with a point is
	// no year, and the date is read as before.
	rep := dateline.Check("15 de Nisan de 5783", ref)
	assert.True(t, rep.OK(), "%v", rep.Problems)
	assert.Equal(t, "15 Nisan 5783", rep.Dateline.Hebrew.String())
	ms := dateline.Find("15 de Nisan, 3.500 pessoas", ref)
	if assert.Len(t, ms, 1) {
		assert.Empty(t, severityCodes(ms[0], dateline.Warning))
		assert.Equal(t, "15 Nisan 5784", ms[0].Dateline.Hebrew.String())
	}
}
