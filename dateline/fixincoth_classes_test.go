package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
	"github.com/dualdate/dualdate/internal/parse"
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

// TestSederNightLeadingEvening: Hebrew's night of the Seder (ליל הסדר,
// בליל הסדר, ליל הסדר השני) before a date says the date's evening, as
// ליל פסח does (parse.LeadingEvening): "בשנת 2023 חוגגים את ליל הסדר
// ב5.4.23." (HaDoctor, incoming.tsv) was read as the evening's 15 Nisan
// with an info that said so, while the words were not said to name the
// evening. The Seders (הסדרים) and the Seder without ליל name none.
func TestSederNightLeadingEvening(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct {
		text, match, heb string
		evening          bool
	}{
		{"בשנת 2023 חוגגים את ליל הסדר ב5.4.23.", "ליל הסדר ב5.4.23.", "15 Nisan 5783", true},
		{"ליל הסדר 5.4.2023", "ליל הסדר 5.4.2023", "15 Nisan 5783", true},
		{"בליל הסדר, 22 באפריל 2024", "בליל הסדר, 22 באפריל 2024", "15 Nisan 5784", true},
		{"ליל הסדר השני ב-23.4.2024", "ליל הסדר השני ב-23.4.2024", "16 Nisan 5784", true},
		// Near misses: the date alone, its own day's Hebrew date.
		{"ליל הסדרים 5.4.2023", "5.4.2023", "14 Nisan 5783", false},
		{"הסדר 5.4.2023", "5.4.2023", "14 Nisan 5783", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
			r, err := parse.Parse(m.Input)
			require.NoError(t, err)
			assert.Equal(t, tc.evening, parse.LeadingEvening(&r))
		})
	}
}
