package dateline_test

import (
	"testing"

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
			m := findSpanOK(t, tc.text, tc.match, tc.day, tc.heb, ref)
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

// TestHebrewOrdinalDay: Hebrew names a day of the month up to the tenth
// by its ordinal, with the article or ב, and "of the month" (לחודש,
// בחודש) before the month's name, of either calendar: "בליל הרביעי
// לחודש פברואר בשנת 1997" (Mapah, incoming.tsv; on the night of the
// fourth of February 1997) was no date, the word after בליל taken for a
// weekday's, and "הראשון לחודש ניסן" was the month alone. A cardinal day
// in words before "of the month" and a Gregorian month, which has no
// prefix there ("בעשרים ואחד לחודש מרץ 2024"), was refused at the month.
// After another word the ordinal is its adjective ("השבוע הראשון לחודש
// ינואר", the first week of January), and without "of the month" it may
// be a weekday's name ("ברביעי בינואר"): the month alone is read.
func TestHebrewOrdinalDay(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	for _, tc := range []struct{ text, match, day, heb string }{
		{"בליל הרביעי לחודש פברואר בשנת 1997, התחוללה בשמי ישראל טרגדיה איומה",
			"בליל הרביעי לחודש פברואר בשנת 1997", "1997-02-04", "28 Shevat 5757"}, // the evening's
		{"(בליל הרביעי לחודש פברואר בשנת 1997, התחוללה טרגדיה)",
			"בליל הרביעי לחודש פברואר בשנת 1997", "1997-02-04", "28 Shevat 5757"},
		{"<p>בליל הרביעי לחודש פברואר בשנת 1997</p>",
			"בליל הרביעי לחודש פברואר בשנת 1997", "1997-02-04", "28 Shevat 5757"},
		{"הרביעי לחודש פברואר 1997", "הרביעי לחודש פברואר 1997", "1997-02-04", "27 Shevat 5757"},
		{"בראשון לחודש ספטמבר 2024", "בראשון לחודש ספטמבר 2024", "2024-09-01", "28 Av 5784"},
		{"הראשון לחודש ניסן תשפ\"ד", "הראשון לחודש ניסן תשפ\"ד", "2024-04-09", "1 Nisan 5784"},
		{"ביום העשירי לחודש טבת תשפ\"ד", "העשירי לחודש טבת תשפ\"ד", "2023-12-22", "10 Tevet 5784"},
		{"בעשרים ואחד לחודש מרץ 2024", "בעשרים ואחד לחודש מרץ 2024", "2024-03-21", "11 Adar II 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			findSpanOK(t, tc.text, tc.match, tc.day, tc.heb, ref)
		})
	}
	// Near misses: the month alone, as before.
	for _, tc := range []struct{ text, match string }{
		{"השבוע הראשון לחודש ינואר 2024", "ינואר 2024"},
		{"ברביעי בינואר 2024", "בינואר 2024"},
		{"הרביעי בפברואר 1997", "בפברואר 1997"},
		{"המשחק השלישי בחודש מרץ 2024", "מרץ 2024"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.True(t, ms[0].Dateline.Time.IsZero(), "a month, no day: %v", ms[0].Dateline.Time)
		})
	}
}
