package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestSunsetBefore: words for "at sunset on" before a date in a sentence
// say the date is its evening, whose Hebrew date, from sunset, is the
// next day's, as "the evening of" already did: "Having begun at sunset on
// Sunday, 25 September 2022, ... Jewish communities ... are observing Rosh
// Hashanah" was 29 Elul 5782, the words before the weekday left out of the
// match where they end in their own "on" ("at sunset on", "bei
// Sonnenuntergang am"), and "O pôr do sol deste 24 de setembro de 2023
// dará início ao ... Yom Kippur" was 9 Tishrei 5784, Portuguese's sunset
// not known. Other words before "on" leave the day the civil day's.
func TestSunsetBefore(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	tests := []struct {
		in, match, when, hebrew string
	}{
		{"Having begun at sunset on Sunday, 25 September 2022, the Presidency said", "at sunset on Sunday, 25 September 2022", "2022-09-25", "1 Tishrei 5783"},
		{"The fast starts at sundown on Friday, October 11, 2024.", "at sundown on Friday, October 11, 2024", "2024-10-11", "10 Tishrei 5785"},
		{"bei Sonnenuntergang am 22. April 2024 ist es so weit", "bei Sonnenuntergang am 22. April 2024", "2024-04-22", "15 Nisan 5784"},
		{"O pôr do sol deste 24 de setembro de 2023 dará início ao jejum", "pôr do sol deste 24 de setembro de 2023", "2023-09-24", "10 Tishrei 5784"},
		{"iniciado ao pôr do sol de 11 de outubro de 2024", "ao pôr do sol de 11 de outubro de 2024", "2024-10-11", "10 Tishrei 5785"},
		{"la fête débute au coucher du soleil le 22 avril 2024", "au coucher du soleil le 22 avril 2024", "2024-04-22", "15 Nisan 5784"},
		{"al ponerse el sol del viernes 11 de octubre de 2024", "al ponerse el sol del viernes 11 de octubre de 2024", "2024-10-11", "10 Tishrei 5785"},
		{"al tramonto del 22 aprile 2024 inizia la festa", "al tramonto del 22 aprile 2024", "2024-04-22", "15 Nisan 5784"},
		{"bij zonsondergang op 22 april 2024 begint het feest", "bij zonsondergang op 22 april 2024", "2024-04-22", "15 Nisan 5784"},
		// Not an evening: other words before "on", and sunset with no
		// "at" before it.
		{"We met at noon on Monday, 22 April 2024.", "Monday, 22 April 2024", "2024-04-22", "14 Nisan 5784"},
		{"The sunset on Monday, 22 April 2024 was red.", "Monday, 22 April 2024", "2024-04-22", "14 Nisan 5784"},
		{"Sie kam am 22. April 2024 an.", "22. April 2024", "2024-04-22", "14 Nisan 5784"},
		{"o sol de 22 de abril de 2024", "22 de abril de 2024", "2024-04-22", "14 Nisan 5784"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, ref)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.match, tc.in[m.Start:m.End])
			assert.Equal(t, tc.when, m.Report.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.hebrew, m.Report.Dateline.Hebrew.String())
			assert.True(t, m.Report.OK(), "%v", m.Report.Problems)
		})
	}
}
