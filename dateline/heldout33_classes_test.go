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

// TestHeldout33SwedishOrdinal: made-up lines of the classes the
// thirty-third held-out set found unread in Swedish: the day written as an
// ordinal after a colon, "den 20:e september", "1:a juni" (Swedish's 1:a,
// 2:a, 3:e ...), which left the date unread (a month alone, "september
// 2017", or nothing); and a range of whole dates, each with its weekday
// and "den", joined by Swedish's "till" or Danish's and Norwegian's "til"
// (German's "bis" with "den" too), which was read as two datelines, the
// first in the year nearest the reference that fits its weekday (2023 for
// a page of 2017). A colon and a letter after a number that no month
// follows is no date.
func TestHeldout33SwedishOrdinal(t *testing.T) {
	for _, c := range []struct{ in, text, day, heb string }{
		{"Gudstjänst onsdag den 20:e september 2017 i synagogan", "onsdag den 20:e september 2017", "2017-09-20", "29 Elul 5777"},
		{"Lördagen den 1:a juni 2024", "Lördagen den 1:a juni 2024", "2024-06-01", "24 Iyyar 5784"},
		{"Jom kippur inleddes på kvällen den 27:e september 2020.", "på kvällen den 27:e september 2020", "2020-09-27", "10 Tishrei 5781"},
		{"onsdag den 20:e september till fredag den 22:e september 2017", "onsdag den 20:e september till fredag den 22:e september 2017", "2017-09-20", "29 Elul 5777"},
		{"från onsdag 20 september till fredag 22 september 2017", "onsdag 20 september till fredag 22 september 2017", "2017-09-20", "29 Elul 5777"},
		{"mandag den 2. oktober til onsdag den 4. oktober 2023", "mandag den 2. oktober til onsdag den 4. oktober 2023", "2023-10-02", "17 Tishrei 5784"},
		{"vom Mittwoch, den 20. September bis Freitag, den 22. September 2017", "Mittwoch, den 20. September bis Freitag, den 22. September 2017", "2017-09-20", "29 Elul 5777"},
	} {
		text, day, heb, _ := findOne(t, c.in)
		assert.Equal(t, c.text, text, c.in)
		assert.Equal(t, c.day, day, c.in)
		assert.Equal(t, c.heb, heb, c.in)
	}
	for _, in := range []string{"Mötet börjar 20:e minuten", "kl. 20:e", "Sidan 3:e raden"} {
		assert.Empty(t, dateline.Find(in, dateline.Reference(corpusReference)), in)
	}
}
