package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestShabbatInEachLanguage: Jewish pages name Saturday by hebcal's word
// for Shabbat in their language (Schabbat, Sjabbat, Szabbat, Sábát,
// Шаббат), a weekday like any other: read, and checked against the date.
func TestShabbatInEachLanguage(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, in := range []string{
		"Schabbat, 2. März 2024 (22. Adar I 5784)",
		"Sjabbat 2 maart 2024",
		"Szabbat, 2 marca 2024",
		"Шаббат, 2 марта 2024",
		"Sábát, 2024. március 2.",
		"Chabbat 2 mars 2024",
		"Shabat, 2 de marzo de 2024",
	} {
		rep := dateline.Check(in, ref)
		if assert.True(t, rep.OK(), "%s: %v", in, rep.Problems) {
			assert.Equal(t, "2024-03-02", rep.Dateline.Time.Format("2006-01-02"), in)
		}
	}
	rep := dateline.Check("Schabbat, 3. März 2024", ref)
	if assert.NotEmpty(t, rep.Problems) {
		assert.Equal(t, dateline.CodeWeekday, rep.Problems[0].Code)
	}
	// The word in prose names no day.
	for _, in := range []string{"Der Schabbat beginnt am Freitagabend.", "Шаббат начинается вечером."} {
		assert.Empty(t, dateline.Find(in, ref), in)
	}
}
