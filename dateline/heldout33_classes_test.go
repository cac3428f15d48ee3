package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestHeldout33ScandinavianRange: made-up lines of the class the
// thirty-third held-out set found unread: a range of days in Danish and
// Norwegian, "fra 29. november til 6. december", and in Swedish, "från 29
// november till 6 december", after an occasion's name or alone. Danish's
// and Norwegian's "til" (to) joined no range ("till", Swedish's, did), and
// no word for "from" opened one: the two days were read as two datelines,
// the first in the year nearest the reference (29 November 2026 for a page
// of 2021's Chanukah) with only an info. An occasion before the word for
// "from" ("chanukkah fra ...", "Chanukah, from ...") was left out too; it
// is the range's, and where no year is written the occasion's first day
// says which (2021, when Chanukah began on 29 November).
func TestHeldout33ScandinavianRange(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"I år falder chanukkah fra 29. november til 6. december", "chanukkah fra 29. november til 6. december", "2021-11-29", "25 Kislev 5782"},
		{"Hanukka varer fra 29. november til 6. december 2021.", "29. november til 6. december 2021.", "2021-11-29", "25 Kislev 5782"},
		{"Utstillingen vises fra 3. mars til 14. april 2024 i museet", "3. mars til 14. april 2024", "2024-03-03", "23 Adar I 5784"},
		{"Sukkot firas från 17 oktober till 23 oktober 2024", "17 oktober till 23 oktober 2024", "2024-10-17", "15 Tishrei 5785"},
		{"Chanukah, from November 29 to December 6", "Chanukah, from November 29 to December 6", "2021-11-29", "25 Kislev 5782"},
		{"Pessach von 6. bis 13. April 2023", "Pessach von 6. bis 13. April 2023", "2023-04-06", "15 Nisan 5783"},
		{"Pessa’h du jeudi 6 avril au jeudi 13 avril 2023", "Pessa’h du jeudi 6 avril au jeudi 13 avril 2023", "2023-04-06", "15 Nisan 5783"},
	} {
		text, day, heb, _ := findOne(t, c.in)
		assert.Equal(t, c.text, text, c.in)
		assert.Equal(t, c.day, day, c.in)
		assert.Equal(t, c.heb, heb, c.in)
	}
	// Prose: "fra" and "til" before numbers that are no days of a month,
	// and a word for "from" after a date, join nothing; the date alone
	// is read.
	for _, c := range []struct{ in, text string }{
		{"Den 4. oktober 2024 kom der fra 30 til 40 gæster", "4. oktober 2024"},
		{"Mandag 7. oktober 2024 fra 10 til 12 er kontoret åbent", "Mandag 7. oktober 2024"},
		{"29. november 2021 fra Oslo til Bergen", "29. november 2021"},
	} {
		ms := dateline.Find(c.in, dateline.Reference(corpusReference))
		if assert.Len(t, ms, 1, c.in) {
			assert.Equal(t, c.text, c.in[ms[0].Start:ms[0].End], c.in)
		}
	}
}
