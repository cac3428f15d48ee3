package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestWalledCityPurim: under Jerusalem's sunset rule, Purim named on 15
// Adar (Adar II in a leap year) is the walled city's Purim, with an info
// that names the custom; named on the 14th it is right too, with an info
// that the city keeps it the day after. "Purim, Monday, March 25, 2024"
// with --city Jerusalem was an occasion error (adversarial review 48,
// finding 10). Another city, no rule, the 16th, and the 15th on a
// Shabbat (Purim Meshulash, 5785) stay errors; Shushan Purim by its
// Hebrew name of the walled cities, פורים דמוקפין, is the 15th anywhere.
func TestWalledCityPurim(t *testing.T) {
	jerusalem, err := dateline.City("Jerusalem")
	require.NoError(t, err)
	telAviv, err := dateline.City("Tel Aviv")
	require.NoError(t, err)
	ref := dateline.Reference(time.Date(2024, time.March, 2, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, day, info string }{
		{"Purim, Monday, March 25, 2024", "2024-03-25", "walled city, on 15 Adar"},
		{"Purim, Wednesday, March 4, 2026", "2026-03-04", "walled city, on 15 Adar"},
		{"Purim, 15 Adar 5783", "2023-03-08", "walled city, on 15 Adar"},
		{"Purim, 24 March 2027", "2027-03-24", "walled city, on 15 Adar"},
		{"פורים, 25.3.2024", "2024-03-25", "walled city, on 15 Adar"},
		{"Purim, Sunday, March 24, 2024", "2024-03-24", "keeps it on 15 Adar II 5784"},
		{"Purim, Tuesday, March 3, 2026", "2026-03-03", "keeps it on 15 Adar 5786"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref, dateline.Sunset(jerusalem))
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
			var infos []string
			for _, p := range rep.Problems {
				if p.Code == dateline.CodeOccasion && p.Severity == dateline.Info {
					infos = append(infos, p.Message)
				}
			}
			require.Len(t, infos, 1, "%v", rep.Problems)
			assert.Contains(t, infos[0], tc.info)
		})
	}
	for _, tc := range []struct {
		text string
		opts []dateline.Option
	}{
		{"Purim, Monday, March 25, 2024", []dateline.Option{ref, dateline.Sunset(telAviv)}},
		{"Purim, Monday, March 25, 2024", []dateline.Option{ref}},
		{"Purim, Tuesday, March 26, 2024", []dateline.Option{ref, dateline.Sunset(jerusalem)}},
		{"Purim, Saturday, March 15, 2025", []dateline.Option{ref, dateline.Sunset(jerusalem)}},
		{"Purim Katan, Saturday, February 24, 2024", []dateline.Option{ref, dateline.Sunset(jerusalem)}},
	} {
		t.Run("near miss "+tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, tc.opts...)
			assert.False(t, rep.OK(), "%v", rep.Problems)
		})
	}
	for _, tc := range []struct{ text, day string }{
		{"פורים דמוקפין, 25.3.2024", "2024-03-25"},
		{"Purim D'Mukafin, March 25, 2024", "2024-03-25"},
		{"Purim DeMukafin 5784", "2024-03-25"},
		{"פורים דמוקפין תשפ״ו", "2026-03-04"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rep := dateline.Check(tc.text, ref)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format(time.DateOnly))
		})
	}
	// On the 14th it is at most the evening before the 15th, as
	// Shushan Purim is: never silent.
	for _, text := range []string{"Purim D'Mukafin, March 24, 2024", "Shushan Purim, March 24, 2024"} {
		rep := dateline.Check(text, ref)
		assert.NotEmpty(t, rep.Problems, text)
	}
}
