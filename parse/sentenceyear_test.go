package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/parse"
)

// TestSentenceYear: the year a sentence names at its start is found for a
// date further on in the same sentence, in each language of the leads,
// and not across a full stop, nor from a number that is no year.
func TestSentenceYear(t *testing.T) {
	tests := []struct {
		text, date string // the date's first occurrence is the match's start
		year       int    // 0: none
	}{
		{"In 2024, Yom Kippur begins on the evening of October 11.", "October 11", 2024},
		{"År 2017 infaller jom kippur den 30 september", "30 september", 2017},
		{"W 2023 roku Chanuka rozpoczyna się wieczorem 7 grudnia", "7 grudnia", 2023},
		{"Em 2025, por exemplo, o Ano Novo judaico será de 22 a 24 de setembro.", "22 a 24", 2025},
		{"En 2024, Roch Hachana commence le 2 octobre.", "2 octobre", 2024},
		{"Im Jahr 2024 beginnt Jom Kippur am 11. Oktober.", "11. Oktober", 2024},
		{"Nel 2024 Rosh haShanà inizia il 2 ottobre.", "2 ottobre", 2024},
		{"В 2024 году Рош ха-Шана начинается 2 октября.", "2 октября", 2024},
		{"V roce 2024 začíná Roš ha-šana 2. října.", "2. října", 2024},
		{"În anul 2013, Hanuca începe pe 28 noiembrie.", "28 noiembrie", 2013},
		{"În 2024 Roș Hașana începe pe 2 octombrie.", "2 octombrie", 2024},
		{"No ano de 2024, o Yom Kipur cai em 12 de outubro.", "12 de outubro", 2024},
		{"En el año 2019 Janucá comenzó el 22 de diciembre.", "22 de diciembre", 2019},
		{"Nell'anno 2021 Pesach iniziò il 28 marzo.", "28 marzo", 2021},
		{"Im Jahre 1938 fiel Jom Kippur auf den 5. Oktober.", "5. Oktober", 1938},
		{"Înainte 2013, pe 28 noiembrie.", "28 noiembrie", 0},
		{"We met. In 2024 it rained. Then on October 11 we left.", "October 11", 0},
		{"In 2024 it rained.\nOn October 11 we left.", "October 11", 0},
		{"In 20245 it rained on October 11.", "October 11", 0},
		{"In 1999s style, on October 11.", "October 11", 0},
		{"Within 2024, on October 11.", "October 11", 0},
		{"In 2024", "2024", 0},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			start := strings.LastIndex(tc.text, tc.date)
			y, ys, ye, ok := parse.SentenceYear(tc.text, start)
			assert.Equal(t, tc.year != 0, ok)
			assert.Equal(t, tc.year, y)
			if ok {
				assert.Equal(t, tc.text[ys:ye], itoa4(tc.year))
			}
		})
	}
}

func itoa4(y int) string {
	return string([]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10)})
}

// TestSentenceYearConfirms: a date whose month is named by a word English
// has not, which free text takes only with something beside it that says
// it is a date, is taken where its sentence names its year at the start;
// a month that is an English word in lower case (march 10) and a numeric
// date (3/4) are not, as a walk and a fraction are no dates in any year.
func TestSentenceYearConfirms(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"W 2023 roku święto Chanuka rozpoczyna się jak co roku wieczorem 7 grudnia.", []string{"7 grudnia"}},
		// Up to five words after a year said as such, the year heads the
		// date (see TestYearPhraseGap): one match from the year on.
		{"W 2023 roku Chanuka rozpoczyna się wieczorem 7 grudnia.", []string{"2023 roku Chanuka rozpoczyna się wieczorem 7 grudnia"}},
		{"Chanuka rozpoczyna się wieczorem 7 grudnia.", nil},
		{"Em 2025, o Ano Novo judaico será em 22 de setembro.", []string{"22 de setembro"}},
		{"În anul 2013, Hanuca începe pe 28 noiembrie și durează până pe 5 decembrie.", []string{"28 noiembrie", "5 decembrie"}},
		{"In 1999 the march 10 blocks long was held.", nil},
		{"In 2024 they voted 3/4 for it.", nil},
	} {
		var got []string
		for r := range parse.All(tc.text) {
			got = append(got, tc.text[r.Start:r.End])
		}
		assert.Equal(t, tc.want, got, tc.text)
	}
}
