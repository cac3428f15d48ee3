package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestGreekOccasionNames: the festivals in Greek letters (Ρος Χασανά,
// Γιομ Κιπούρ, Σουκότ, Χανουκά, Πουρίμ, Πέσαχ, Σαβουότ), in any case
// and with or without the tonos, are occasions, as their Latin names
// are: "Οι Εβραίοι σε όλο τον κόσμο γιορτάζουν τη Ρος Χασανά 22-24
// Σεπτεμβρίου 2025" (Gazzetta, incoming.tsv) was read as 22 September
// alone, 29 Elul, with nothing said that Rosh Hashana begins at its
// sunset, and a Greek occasion beside the wrong day went unsaid. "Πάσχα"
// (Easter) and other words stay no occasion.
func TestGreekOccasionNames(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct {
		text, match, day, heb string
		sunset                bool // the day given is the occasion's eve
	}{
		{"Οι Εβραίοι σε όλο τον κόσμο γιορτάζουν τη Ρος Χασανά 22-24 Σεπτεμβρίου 2025",
			"Ρος Χασανά 22-24 Σεπτεμβρίου 2025", "2025-09-22", "1 Tishrei 5786", true},
		{"Γιομ Κιπούρ 2 Οκτωβρίου 2025", "Γιομ Κιπούρ 2 Οκτωβρίου 2025", "2025-10-02", "10 Tishrei 5786", false},
		{"Σουκότ 2025", "Σουκότ 2025", "2025-10-07", "15 Tishrei 5786", false},
		{"Χανουκά 14 Δεκεμβρίου 2025", "Χανουκά 14 Δεκεμβρίου 2025", "2025-12-14", "25 Kislev 5786", true},
		{"Πουρίμ 14 Μαρτίου 2025", "Πουρίμ 14 Μαρτίου 2025", "2025-03-14", "14 Adar 5785", false},
		{"ΠΕΣΑΧ 2025", "ΠΕΣΑΧ 2025", "2025-04-13", "15 Nisan 5785", false},
		{"Πεσαχ 13 Απριλίου 2025", "Πεσαχ 13 Απριλίου 2025", "2025-04-13", "15 Nisan 5785", false},
		{"Σαβουότ 2024", "Σαβουότ 2024", "2024-06-12", "6 Sivan 5784", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.Equal(t, tc.sunset, hasCode(m.Report, dateline.CodeAfterSunset), "%v", m.Problems)
		})
	}
	// A Greek occasion beside a day that is not its own is said.
	t.Run("Πουρίμ 20 Μαρτίου 2025", func(t *testing.T) {
		rep := dateline.Check("Πουρίμ 20 Μαρτίου 2025", ref)
		assert.False(t, rep.OK())
		assert.True(t, hasCode(rep, dateline.CodeOccasion), "%v", rep.Problems)
	})
	// Near misses: Easter (Πάσχα) and a word that only starts like a
	// festival name are no occasion; the date is read alone.
	for _, tc := range []struct{ text, match, heb string }{
		{"Το Πάσχα 20 Απριλίου 2025", "20 Απριλίου 2025", "22 Nisan 5785"},
		{"Πεσαχίνο 20 Απριλίου 2025", "20 Απριλίου 2025", "22 Nisan 5785"},
		{"Ρος 22 Σεπτεμβρίου 2025", "22 Σεπτεμβρίου 2025", "29 Elul 5785"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.Equal(t, tc.heb, ms[0].Dateline.Hebrew.String())
			assert.False(t, hasCode(ms[0].Report, dateline.CodeOccasion))
		})
	}
}
