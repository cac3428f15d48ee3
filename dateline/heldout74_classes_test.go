package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestScandinavianYearWords: the Scandinavian "in", "i", between a date's
// month and its year, as English and Dutch say a past year with "in":
// "... då dei vart arrestert og deportert den 26. november i 1942."
// (Bergens Tidende, Nynorsk, the seventy-fourth held-out round), read as
// the reference's own November 26, 2026, with only an info that the
// year was inferred: a wrong day. The year after "i" is the date's where
// it ends its clause (a point, a comma, the line's end), in Norwegian,
// Danish and Swedish; Swedish "år" (year) names a year wherever it
// stands before one. "i" before a number that goes on ("i 2000 byer", in
// 2000 towns) or before no year keeps the date year-less, as "in" does.
func TestScandinavianYearWords(t *testing.T) {
	for _, tc := range []struct{ text, day string }{
		{"I denne omgang markerer vi ti jødar som vi veit budde på Møhlenpris då dei vart arrestert og deportert den 26. november i 1942.", "1942-11-26"},
		{"deportert den 26. november i 1942.", "1942-11-26"},
		{"Synagogerne brændte den 9. november i 1938, og dagen efter", "1938-11-09"},
		{"den 9 november i 1938.", "1938-11-09"},
		{"Synagogan invigdes den 16 juni i 1870;", "1870-06-16"},
		{"den 9 november år 1938 brändes synagogorna", "1938-11-09"},
		{"Den 9 november År 1938", "1938-11-09"},
		{"Jødene ble arrestert 26. november i 1942", "1942-11-26"},             // the text's end
		{"<p>Jødene ble deportert den 26. november i 1942.</p>", "1942-11-26"}, // a tag's start
		{"(Jødene ble deportert den 26. november i 1942.)", "1942-11-26"},
		{"<p>on November 9 in 1938.</p>", "1938-11-09"}, // English "in" too
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
			assert.Empty(t, ms[0].Problems, "no year inferred")
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Contains(t, ms[0].Input, tc.day[:4])
		})
	}
	for _, text := range []string{
		"den 9. november i 2000 byer",      // a count of towns, not a year
		"den 9. november i 19 byer.",       // two digits: no year
		"den 9. november i Oslo, 1938",     // a place after "i"
		"Rosz ha-Szana 16 i 17 IX 2023 r.", // Polish "i", and: a range
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, heldoutRef) {
				assert.NotContains(t, m.Input, " i 2000", "no year of the words")
				assert.NotEqual(t, 2000, m.Dateline.Time.Year())
				assert.NotEqual(t, 19, m.Dateline.Time.Year())
			}
		})
	}
	ms := dateline.Find("Rosz ha-Szana 16 i 17 IX 2023 r.", heldoutRef)
	require.Len(t, ms, 1)
	assert.Equal(t, "2023-09-16", ms[0].Dateline.Time.Format(time.DateOnly), "a Polish range joined by i stays a range")
}
