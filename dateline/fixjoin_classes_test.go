package dateline_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// joinCase is a text Find must read as one range: its match, its first
// day and Hebrew date, and its last day.
type joinCase struct{ in, match, day, heb, last string }

// checkJoined asserts that Find reads each case as one range with no
// error: the match, its first day and Hebrew date, and the last day in
// the match's Also.
func checkJoined(t *testing.T, cases []joinCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			ms := dateline.Find(tc.in, dateline.Reference(corpusReference))
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.match, tc.in[m.Start:m.End])
			assert.Equal(t, tc.day, m.Dateline.Time.Format("2006-01-02"))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.True(t, m.OK())
			if assert.NotEmpty(t, m.Also) {
				assert.Equal(t, tc.last, m.Also[len(m.Also)-1].Time.Format("2006-01-02"))
			}
		})
	}
}

// checkApart asserts that Find reads each text as the days given, one
// match each, none of them a range.
func checkApart(t *testing.T, cases map[string][]string) {
	t.Helper()
	for in, days := range cases {
		t.Run(in, func(t *testing.T) {
			ms := dateline.Find(in, dateline.Reference(corpusReference))
			require.Len(t, ms, len(days))
			for i, m := range ms {
				assert.Equal(t, days[i], m.Dateline.Time.Format("2006-01-02"))
				assert.Empty(t, m.Also)
			}
		})
	}
}

// TestFixjoinRelativeEnds: a range whose end a relative pronoun joins
// where endsPhrases put "and", its occasion the verb's subject ("che
// termina il", "que termina el", "qui se termine le"), or after "and" as
// Catalan writes it ("i que dura fins a"), and Catalan's article elided
// before the last day ("fins a l'1 d'octubre"). "La sera di giovedì 28
// maggio inizia la festa di Shavuot che termina il 30 maggio" (MEIS,
// incoming.tsv) was two datelines, the end's in the year nearest the
// reference; "i dura fins a l'1 d'octubre" was the start alone.
func TestFixjoinRelativeEnds(t *testing.T) {
	checkJoined(t, []joinCase{
		{"Nel 2020 la sera di giovedì 28 maggio inizia la festa di Shavuot che termina il 30 maggio.",
			"2020 la sera di giovedì 28 maggio inizia la festa di Shavuot che termina il 30 maggio", "2020-05-28", "6 Sivan 5780", "2020-05-30"},
		{"La festa inizia giovedì 28 maggio 2020 che termina sabato 30 maggio 2020.",
			"giovedì 28 maggio 2020 che termina sabato 30 maggio 2020", "2020-05-28", "5 Sivan 5780", "2020-05-30"},
		{"En 2025 Pésaj comienza al anochecer del sábado 12 de abril, que termina el 20 de abril.",
			"2025 Pésaj comienza al anochecer del sábado 12 de abril, que termina el 20 de abril", "2025-04-12", "15 Nisan 5785", "2025-04-20"},
		{"Em 2025 o Pessach começa no sábado, 12 de abril, que termina no dia 20 de abril.",
			"2025 o Pessach começa no sábado, 12 de abril, que termina no dia 20 de abril", "2025-04-12", "15 Nisan 5785", "2025-04-20"},
		{"Em 2025 o Pessach começa no sábado, 12 de abril que termina em 20 de abril.",
			"2025 o Pessach começa no sábado, 12 de abril que termina em 20 de abril", "2025-04-12", "15 Nisan 5785", "2025-04-20"},
		{"Em 2025 o Pessach começa no sábado, 12 de abril e termina em 20 de abril.",
			"2025 o Pessach começa no sábado, 12 de abril e termina em 20 de abril", "2025-04-12", "15 Nisan 5785", "2025-04-20"},
		{"En 2025, Pessah commence le samedi 12 avril qui se termine le dimanche 20 avril.",
			"2025, Pessah commence le samedi 12 avril qui se termine le dimanche 20 avril", "2025-04-12", "15 Nisan 5785", "2025-04-20"},
		{"Enguany el Roix ha-Xanà s'ha iniciat el 29 de setembre de 2019 i que dura fins a l'1 d'octubre.",
			"29 de setembre de 2019 i que dura fins a l'1 d'octubre", "2019-09-29", "29 Elul 5779", "2019-10-01"},
		{"La festa comença el 8 d'abril de 2023 i dura fins a l'11 d'abril.",
			"8 d'abril de 2023 i dura fins a l'11 d'abril", "2023-04-08", "17 Nisan 5783", "2023-04-11"},
		{"La festa comença el 8 d’abril de 2023 i dura fins a l’11 d’abril.",
			"8 d’abril de 2023 i dura fins a l’11 d’abril", "2023-04-08", "17 Nisan 5783", "2023-04-11"},
	})
	// A relative with no verb of ending after it, or no day after the
	// verb, or an end before the start, or one in another sentence: no
	// range.
	checkApart(t, map[string][]string{
		"Il 28 maggio 2020 che bella giornata, e il 30 maggio 2020 piove.":                    {"2020-05-28", "2020-05-30"},
		"El 12 de abril de 2025 que viene y el 20 de abril de 2025.":                          {"2025-04-12", "2025-04-20"},
		"Il corso inizia il 28 maggio 2020 che termina il mese.":                              {"2020-05-28"},
		"Il corso inizia il 28 maggio 2020 che termina il 3 maggio 2020.":                     {"2020-05-28", "2020-05-03"},
		"Il corso inizia il 28 maggio 2020. Quello che termina il 30 maggio 2020 è un altro.": {"2020-05-28", "2020-05-30"},
		"La festa comença el 8 d'abril de 2023 i dura fins a l'hora de sopar.":                {"2023-04-08"},
		"Em 2025 o Pessach começa no sábado, 12 de abril e termina em breve.":                 {"2025-04-12"},
	})
}

// TestFixjoinAsideBeforeEnds: a range whose start has an aside in
// brackets after it, words alone that say when the day begins, before a
// verb of ending: "В этом году Йом Кипур начался с вечера 24 сентября (за
// несколько минут до захода солнца) и закончился ночью 25 сентября"
// (103news.com, incoming.tsv) was two datelines, the end's in the year
// nearest the reference. The aside is read over before a verb of ending
// only: not before "and" alone or a dash, nor one with a number in it
// that the range's other paths do not read, nor before an end that is not
// after the start.
func TestFixjoinAsideBeforeEnds(t *testing.T) {
	checkJoined(t, []joinCase{
		{"В 2023 году Йом Кипур начался вечером 24 сентября (за несколько минут до захода солнца) и закончился ночью 25 сентября.",
			"2023 году Йом Кипур начался вечером 24 сентября (за несколько минут до захода солнца) и закончился ночью 25 сентября",
			"2023-09-24", "10 Tishrei 5784", "2023-09-25"},
		{"В этом году Йом Кипур начался с вечера 24 сентября (за несколько минут до захода солнца) и закончился ночью 25 сентября.",
			"Йом Кипур начался с вечера 24 сентября (за несколько минут до захода солнца) и закончился ночью 25 сентября",
			"2023-09-24", "10 Tishrei 5784", "2023-09-25"},
		{"In 2023, Yom Kippur begins on September 24 (a few minutes before sunset) and ends after nightfall on September 25.",
			"2023, Yom Kippur begins on September 24 (a few minutes before sunset) and ends after nightfall on September 25",
			"2023-09-24", "10 Tishrei 5784", "2023-09-25"},
		{"Yom Kippur begins on Sunday, September 24, 2023 (a few minutes before sunset) and ends after nightfall on Monday, September 25, 2023.",
			"Yom Kippur begins on Sunday, September 24, 2023 (a few minutes before sunset) and ends after nightfall on Monday, September 25, 2023",
			"2023-09-24", "10 Tishrei 5784", "2023-09-25"},
		{"Jom Kippur beginnt am 24. September 2023 (kurz vor Sonnenuntergang) und endet am 25. September.",
			"Jom Kippur beginnt am 24. September 2023 (kurz vor Sonnenuntergang) und endet am 25. September",
			"2023-09-24", "10 Tishrei 5784", "2023-09-25"},
		{"Yom Kipur comienza el 24 de septiembre de 2023 (antes de la puesta del sol) y termina el 25 de septiembre.",
			"Yom Kipur comienza el 24 de septiembre de 2023 (antes de la puesta del sol) y termina el 25 de septiembre",
			"2023-09-24", "10 Tishrei 5784", "2023-09-25"},
		{"Yom Kippour commence le 24 septembre 2023 (quelques minutes avant le coucher du soleil) et se termine le 25 septembre.",
			"Yom Kippour commence le 24 septembre 2023 (quelques minutes avant le coucher du soleil) et se termine le 25 septembre",
			"2023-09-24", "10 Tishrei 5784", "2023-09-25"},
		// No occasion: the civil day's Hebrew date.
		{"The fair opens on September 24, 2023 (a few minutes before sunset) and ends on September 25, 2023.",
			"September 24, 2023 (a few minutes before sunset) and ends on September 25, 2023", "2023-09-24", "9 Tishrei 5784", "2023-09-25"},
	})
	checkApart(t, map[string][]string{
		"Yom Kippur begins on September 24, 2023 (a few minutes before sunset) and September 25, 2023 is the fast.": {"2023-09-24", "2023-09-25"},
		"Yom Kippur begins on September 24, 2023 (a few minutes before sunset) – September 25, 2023.":               {"2023-09-24", "2023-09-25"},
		"Yom Kippur begins on September 24, 2023 (see below) and the office ends its season on September 25, 2023.": {"2023-09-24", "2023-09-25"},
		"Yom Kippur begins on September 24, 2023 (a few minutes before sunset) and ends on September 20, 2023.":     {"2023-09-24", "2023-09-20"},
		"The fair opens on September 24, 2023 (see page 5) and ends on September 25, 2023.":                         {"2023-09-24", "2023-09-25"},
		"The fair opens on September 24, 2023 (see (below)) and ends on September 25, 2023.":                        {"2023-09-24", "2023-09-25"},
	})
}

// TestFixjoinBetweenPeriod: a period that a word for "between" opens,
// longer than a range (see maxRange in package parse), its start without
// the year its end states: "tussen 3 maart en 20 juli 1943" (sobibor.org,
// incoming.tsv) was two dates, in the languages of periodBetweens. The
// end's year is the start's; without "between" (Danish's and Norwegian's
// "fra" is "from"), without that year, with the end before the start or
// in the year after it, the days stay apart.
func TestFixjoinBetweenPeriod(t *testing.T) {
	const day, heb, last = "1943-03-03", "26 Adar I 5703", "1943-07-20"
	checkJoined(t, []joinCase{
		{"tussen 3 maart en 20 juli 1943", "3 maart en 20 juli 1943", day, heb, last},
		{"Dit jaar herdenkt Nederland dat er tussen 3 maart en 20 juli 1943 negentien deportatietreinen vertrokken.",
			"3 maart en 20 juli 1943", day, heb, last},
		{"between March 3 and July 20, 1943", "March 3 and July 20, 1943", day, heb, last},
		{"between 3 March and 20 July 1943", "3 March and 20 July 1943", day, heb, last},
		{"zwischen dem 3. März und dem 20. Juli 1943", "3. März und dem 20. Juli 1943", day, heb, last},
		{"entre el 3 de marzo y el 20 de julio de 1943", "3 de marzo y el 20 de julio de 1943", day, heb, last},
		{"entre le 3 mars et le 20 juillet 1943", "3 mars et le 20 juillet 1943", day, heb, last},
		{"mellan den 3 mars och den 20 juli 1943", "3 mars och den 20 juli 1943", day, heb, last},
		{"между 3 марта и 20 июля 1943 года", "3 марта и 20 июля 1943 года", day, heb, last},
		{"mellom 3. mars og 20. juli 1943", "3. mars og 20. juli 1943", day, heb, last},
		{"tra il 3 marzo e il 20 luglio 1943", "3 marzo e il 20 luglio 1943", day, heb, last},
		{"entre o 3 de março e o 20 de julho de 1943", "3 de março e o 20 de julho de 1943", day, heb, last},
		{"między 3 marca a 20 lipca 1943", "3 marca a 20 lipca 1943", day, heb, last},
	})
	checkApart(t, map[string][]string{
		"3 maart en 20 juli 1943":          {"1943-03-03", "1943-07-20"},
		"from March 3 to July 20, 1943":    {"1943-03-03", "1943-07-20"},
		"fra 3. mars til 20. juli 1943":    {"1943-03-03", "1943-07-20"},
		"between 3 March and 2 March 1943": {"1943-03-03", "1943-03-02"},
		"between 20 July and 3 March 1943": {"1943-07-20", "1943-03-03"},
		"between 3 March and 20 July":      {"2027-03-03", "2026-07-20"},
	})
}

// TestFixjoinUntilAnotherWeekday: Portuguese's "até outra segunda" (until
// another Monday) before a range's end, its weekday the start's again:
// "na segunda-feira, dia 22 de dezembro até outra segunda, 29 de
// dezembro de 2008" (Ivrit ve Torah, incoming.tsv) was two datelines. The
// end's weekday must be its day's: "até outra terça, 29 de dezembro de
// 2008" (a Monday) is an error, and "até outra data" (another date)
// joins nothing.
func TestFixjoinUntilAnotherWeekday(t *testing.T) {
	checkJoined(t, []joinCase{
		{"na segunda-feira, dia 22 de dezembro até outra segunda, 29 de dezembro de 2008",
			"segunda-feira, dia 22 de dezembro até outra segunda, 29 de dezembro de 2008", "2008-12-22", "25 Kislev 5769", "2008-12-29"},
		{"O curso vai do sábado, 6 de dezembro até outro sábado, 13 de dezembro de 2008.",
			"sábado, 6 de dezembro até outro sábado, 13 de dezembro de 2008", "2008-12-06", "9 Kislev 5769", "2008-12-13"},
	})
	ms := dateline.Find("na segunda-feira, dia 22 de dezembro até outra terça, 29 de dezembro de 2008", dateline.Reference(corpusReference))
	require.Len(t, ms, 1)
	assert.False(t, ms[0].OK())
	checkApart(t, map[string][]string{
		"na segunda-feira, 22 de dezembro de 2008 até outra data": {"2008-12-22"},
	})
}
