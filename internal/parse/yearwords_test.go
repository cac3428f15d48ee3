package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/internal/parse"
)

// yearWordCases are dates whose year the text names with a word before its
// number: "do ano", "del año", "de l'an", "im Jahr", and before a Hebrew
// year "AM" (anno mundi). The words are text of the dateline, which its
// layout writes back.
var yearWordCases = []parseCase{
	{"3 de Kislev do ano 5781", ws(hd(3), hm(kislev), hy(5781)), "2 de Tevet do ano 5766"},
	{"12 de Nisan do ano 5780", ws(hd(12), hm(nisan), hy(5780)), "2 de Tevet do ano 5766"},
	{"7 de Sivan del año 5783", ws(hd(7), hm(sivan), hy(5783)), "2 de Tevet del año 5766"},
	{"5 Shevat de l'an 5782", ws(hd(5), hm(shevat), hy(5782)), "2 Tevet de l'an 5766"},
	{"5 Shevat de l’an 5782", ws(hd(5), hm(shevat), hy(5782)), "2 Tevet de l’an 5766"},
	{"11. Adar AM 5783", ws(hd(11), hm(adar), hy(5783)), "2. Tevet AM 5766"},
	{"11. Adar A.M. 5783", ws(hd(11), hm(adar), hy(5783)), "2. Tevet A.M. 5766"},
	{"11 Kislev im Jahr 5784", ws(hd(11), hm(kislev), hy(5784)), "2 Tevet im Jahr 5766"},
	{"15 de marzo del año 2023", ws(dy(15), mo(3), yr(2023)), "2 de enero del año 2006"},
	{"15 de março do ano 2023", ws(dy(15), mo(3), yr(2023)), "2 de janeiro do ano 2006"},
}

func TestParseYearWords(t *testing.T) {
	testParseCases(t, yearWordCases)
}

// TestParseYearWordsNeedAYear: the words are read only before a year, and
// AM (anno mundi) only before a Hebrew year: "15 March AM 2023" is no
// date of a Gregorian year named by AM, and a dateline that ends on the
// words does not read them.
func TestParseYearWordsNeedAYear(t *testing.T) {
	for _, in := range []string{"3 de Kislev do ano", "15 March AM 2023", "3 Kislev AM", "3 Kislev ano"} {
		t.Run(in, func(t *testing.T) {
			_, err := parse.Parse(in)
			assert.Error(t, err)
		})
	}
}
