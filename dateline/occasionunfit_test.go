package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestOccasionUnfitWarns: a date without a year whose sentence names an
// occasion that is neither on the day nor begins at its sunset in the
// year the reference gives it is read in that year with a warning, not
// an info: "Gruodžio 14 d., kartu su saulės laida, pasaulio žydų
// bendruomenė pradeda švęsti Chanuką" (incoming.tsv, a page of 2025) was
// Monday, December 14, 2026, ten days after that year's Hanukkah began,
// with only an info. The occasion before the bracket the date is in is
// the date's sentence's, past the words in the bracket before the date
// ("pészah ünnepét (idén április 22–30. között)"). Where the occasion
// fits the day, the info stands.
func TestOccasionUnfitWarns(t *testing.T) {
	warned := []string{
		"Gruodžio 14 d., kartu su saulės laida, pasaulio žydų bendruomenė pradeda švęsti Chanuką",
		"On December 14 we begin to celebrate Hanukkah with the community.",
		"hétnapos pészah ünnepét (idén április 22–30. között)",
		"Pesach (this year April 22) begins at sundown.",
	}
	for _, text := range warned {
		m := oneMatch(t, text, heldoutRef)
		assert.Contains(t, severityCodes(m, dateline.Warning), dateline.CodeYearInferred, text)
	}
	for _, text := range []string{
		"Gruodžio 4 d., kartu su saulės laida, pasaulio žydų bendruomenė pradeda švęsti Chanuką",
		"On December 6 we celebrate Hanukkah together.",
		"Pesach (this year April 2) begins at sundown.",
		"On December 14 we meet for coffee.",
	} {
		m := oneMatch(t, text, heldoutRef)
		assert.Empty(t, severityCodes(m, dateline.Warning), text)
		assert.Contains(t, severityCodes(m, dateline.Info), dateline.CodeYearInferred, text)
	}
}

// TestPesachLastDays: Pesach's seventh and eighth days by their Hebrew
// names, and "the last days of Pesach" (or Passover), which begin with
// the seventh, are occasions: "Thursday, April 25, the last days of
// Pesach begin" (incoming.tsv, a page of 2019) was Thursday, April 25,
// 2024, in that year's Pesach, with only an info; it is 2019's, the
// evening the seventh day began.
func TestPesachLastDays(t *testing.T) {
	m := oneMatch(t, "Thursday, April 25, the last days of Pesach begin, with candle lighting 7:31PM.", heldoutRef)
	assert.Equal(t, "2019-04-25", m.Dateline.Time.Format("2006-01-02"))
	assert.Equal(t, "21 Nisan 5779", m.Dateline.Hebrew.String())
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"Shvi'i shel Pesach 5784", "2024-04-29"},
		{"שביעי של פסח תשפ\"ד", "2024-04-29"},
		{"Acharon shel Pesach 5784, Tuesday, April 30, 2024", "2024-04-30"},
		{"The last days of Passover 5785", "2025-04-19"},
	})
}
