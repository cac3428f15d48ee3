package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestAdarOrdinalTransliterated: Rishon and Sheni as French, German and
// Polish transliterate them (Richon, Chéni, Rischon, Scheni, riszon,
// szeni), and Russian's and Ukrainian's ordinals after the genitive Adar
// (адара первого, адара второго), say which Adar of a leap year. French's
// and German's Adar I was read as a bare Adar, so a Gregorian date of
// Adar II beside it was taken without a word; the others were refused.
func TestAdarOrdinalTransliterated(t *testing.T) {
	ref := dateline.Reference(corpusReference)
	// hd: 2024-02-13 is 4 Adar I 5784, 2024-03-14 4 Adar II 5784,
	// 2024-03-01 21 Adar I 5784, 2024-03-31 21 Adar II 5784, 1726-03-01
	// 28 Adar I 5486.
	for _, tc := range []struct{ in, day, hebrew string }{
		{"4 Adar Richon 5784", "2024-02-13", "4 Adar I 5784"},
		{"4 Adar Chéni 5784", "2024-03-14", "4 Adar II 5784"},
		{"4 Adar Cheni 5784", "2024-03-14", "4 Adar II 5784"},
		{"21 Adar Rischon 5784", "2024-03-01", "21 Adar I 5784"},
		{"21 Adar Scheni 5784", "2024-03-31", "21 Adar II 5784"},
		{"21 adar riszon 5784", "2024-03-01", "21 Adar I 5784"},
		{"21 adar szeni 5784", "2024-03-31", "21 Adar II 5784"},
		{"28 adar riszon 5486", "1726-03-01", "28 Adar I 5486"},
		{"21 адара первого 5784", "2024-03-01", "21 Adar I 5784"},
		{"21 адара второго 5784", "2024-03-31", "21 Adar II 5784"},
		{"21 адара першого 5784", "2024-03-01", "21 Adar I 5784"},
		{"Пятница, 1 марта 2024 / 21 адара первого 5784", "2024-03-01", "21 Adar I 5784"},
		{"jeudi 14 mars 2024 - 4 Adar Chéni 5784", "2024-03-14", "4 Adar II 5784"},
		{"Freitag, 1. März 2024 | 21 Adar Rischon 5784", "2024-03-01", "21 Adar I 5784"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			rep := dateline.Check(tc.in, ref)
			require.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, tc.day, rep.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.hebrew, rep.Dateline.Hebrew.String())
			ms := dateline.Find("Note: "+tc.in+".", ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.hebrew, ms[0].Report.Dateline.Hebrew.String())
		})
	}
	// The Adar named contradicts the Gregorian date: an error, by Check
	// and by Find, not the other Adar taken in silence.
	for _, in := range []string{
		"Thursday, March 14, 2024 | 4 Adar Richon 5784",
		"jeudi 14 mars 2024 - 4 Adar Richon 5784",
		"Donnerstag, 14. März 2024 | 4 Adar Rischon 5784",
		"Friday, March 1, 2024 | 21 Adar Scheni 5784",
		"Friday, March 1, 2024 | 21 adar szeni 5784",
		"Пятница, 1 марта 2024 / 21 адара второго 5784",
	} {
		t.Run(in, func(t *testing.T) {
			rep := dateline.Check(in, ref)
			assert.True(t, hasProblem(rep, dateline.CodeCalendar, dateline.Error), "%v", rep.Problems)
			ms := dateline.Find(in, ref)
			require.NotEmpty(t, ms)
			assert.True(t, hasProblem(ms[0].Report, dateline.CodeCalendar, dateline.Error), "%v", ms[0].Report.Problems)
		})
	}
}
