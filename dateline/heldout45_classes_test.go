package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/dualdate/dualdate/dateline"
)

// TestEveNoun: the Romance languages name an occasion's eve with a noun
// and "of" (the forty-fifth held-out round): Italian's "Vigilia di",
// French's "veille de" (and d' before a vowel), Spanish's "víspera de",
// Portuguese's "véspera de". The eve is the day before the occasion, and a
// date without a year takes the year whose eve it is: "Sabato 27 marzo –
// Vigilia di Pesach" is 2021's (14 Nisan 5781), where it was read as the
// date alone in 2027, and "Vigilia di Pesach sabato 27 marzo" as Pesach
// itself, 15 Nisan of 1937. The same words before anything but an
// occasion's name are prose.
func TestEveNoun(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 12, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"Sabato 27 marzo – Vigilia di Pesach (Pasqua);", "Sabato 27 marzo – Vigilia di Pesach", "2021-03-27", "14 Nisan 5781"},
		{"Vigilia di Pesach sabato 27 marzo", "Vigilia di Pesach sabato 27 marzo", "2021-03-27", "14 Nisan 5781"},
		{"víspera de Pésaj, lunes 22 de abril de 2024", "víspera de Pésaj, lunes 22 de abril de 2024", "2024-04-22", "14 Nisan 5784"},
		{"Véspera de Pessach: segunda-feira, 22 de abril de 2024", "Véspera de Pessach: segunda-feira, 22 de abril de 2024", "2024-04-22", "14 Nisan 5784"},
		{"la veille d'Hanoucca, le 7 décembre 2023", "veille d'Hanoucca, le 7 décembre 2023", "2023-12-07", "24 Kislev 5784"},
		{"Rendez-vous la veille de Pessah, lundi 22 avril 2024 à 19h", "veille de Pessah, lundi 22 avril 2024 à 19h", "2024-04-22", "14 Nisan 5784"},
	})
	// The eve's word said of the wrong day is an error, not the day
	// itself.
	r := dateline.Check("mercredi 24 avril 2024, veille de Pessah")
	assert.False(t, r.OK(), "Erev Pesach 5784 is 22 April")
	// Before a date with its weekday, after "du", the noun is the eve of
	// that day, as "the eve of Monday, May 5" is (see TestEveWordOfDay):
	// Sunday's evening, whose Hebrew date is Monday's. It was read as
	// the Monday itself, the named day for its eve with nothing said.
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"La veille du lundi 5 mai 2025, rien", "La veille du lundi 5 mai 2025", "2025-05-04", "7 Iyyar 5785"},
	})
	// Prose: the nouns before no occasion leave the date as it is.
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"la veille de Noël, mardi 24 décembre 2024", "mardi 24 décembre 2024", "2024-12-24", "23 Kislev 5785"},
		{"la vigilia di Natale, martedì 24 dicembre 2024", "martedì 24 dicembre 2024", "2024-12-24", "23 Kislev 5785"},
		{"en la víspera de las elecciones, domingo 9 de junio de 2024", "domingo 9 de junio de 2024", "2024-06-09", "3 Sivan 5784"},
	})
}

// TestUkrainianYomKippur: Ukrainian pages write Yom Kippur as Йом Кіпур
// (with і), where hebcal's Ukrainian has День Розкаяння only, and
// decline it (перед Йом Кіпуром). After a date without a year, the
// occasion gives the year: "У п’ятницю ввечері, 13 вересня, Йом Кіпур"
// is 2013's evening of 10 Tishrei, where the name was prose and the
// date alone read in 2024.
func TestUkrainianYomKippur(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 12, 0, 0, 0, time.UTC))
	for _, tc := range []struct{ text, day, heb string }{
		{"У п’ятницю ввечері, 13 вересня, Йом Кіпур, найсерйозніший день єврейського року", "2013-09-13", "10 Tishrei 5774"},
		{"Йом-Кіпур 13 вересня 2013", "2013-09-13", "10 Tishrei 5774"},
		{"Йом Кіпур у 2024 році: 12 жовтня 2024", "2024-10-12", "10 Tishrei 5785"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			if assert.Len(t, ms, 1) {
				m := ms[0]
				assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
				assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
				for _, p := range m.Problems {
					assert.NotEqual(t, dateline.Error, p.Severity, "%v", p)
				}
			}
		})
	}
}

// TestEveningAfterCaseEnding: Hungarian writes a day's case ending after
// its digits with a hyphen (27-én, 16-án), and the evening after it:
// "2010. február 27-én este" is the evening of 27 February, where "este"
// was left unread and the text refused. Before a verb of beginning
// (köszönt be, kezdődik) and the occasion it names, the evening is the
// occasion's eve, and a date without a year takes the year whose eve it
// is: "Idén február 27-én este köszönt be purim" is 2010's (14 Adar
// 5770 from sunset), the most recent such year. Any other word after
// "este" goes on the sentence, the evening still the day's, as only
// Hungarian writes "este" after a case ending (see
// TestHungarianEveningGoesOn); "esten" and Spanish's "este año" after a
// date are prose, read without it.
func TestEveningAfterCaseEnding(t *testing.T) {
	ref := dateline.Reference(time.Date(2026, time.November, 26, 12, 0, 0, 0, time.UTC))
	checkMatches(t, ref, []struct{ text, match, day, heb string }{
		{"2010. február 27-én este", "2010. február 27-én este", "2010-02-27", "14 Adar 5770"},
		{"Idén február 27-én este köszönt be purim.", "február 27-én este köszönt be purim", "2010-02-27", "14 Adar 5770"},
		{"2025. szeptember 22-én este kezdődik a Ros hásáná", "2025. szeptember 22-én este kezdődik a Ros hásáná", "2025-09-22", "1 Tishrei 5786"},
		{"2022. március 16-án este koncert volt", "2022. március 16-án este", "2022-03-16", "14 Adar II 5782"},
	})
	for _, tc := range []struct{ text, match, day, heb string }{
		{"2022. március 16-án esten", "2022. március 16-án", "2022-03-16", "13 Adar II 5782"},
		{"miércoles 16 de marzo de 2022 este año", "miércoles 16 de marzo de 2022", "2022-03-16", "13 Adar II 5782"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref)
			if assert.Len(t, ms, 1) {
				m := ms[0]
				assert.Equal(t, tc.match, tc.text[m.Start:m.End], "prose after the evening's word")
				assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
				assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			}
		})
	}
}

// TestEpithetBeforeOccasion: between a verb of beginning after a date and
// the occasion it names, pages put an epithet in quotes and a comma:
// "2022-ben március 16-án, szerdán kezdődik „legvidámabb zsidó ünnep”, a
// purim" (begins "the merriest Jewish holiday", Purim), German's „…“ and
// the guillemets too. The occasion begins on the date's evening (14 Adar
// II 5782 from sunset on 16 March), where the date was read alone with the
// civil day's Hebrew date. An epithet with digits, or none before a name,
// leaves the date as it was.
func TestEpithetBeforeOccasion(t *testing.T) {
	checkDayHebs(t, dateline.Reference(corpusReference), []struct{ text, day, heb string }{
		{"2022-ben március 16-án, szerdán kezdődik „legvidámabb zsidó ünnep”, a purim.", "2022-03-16", "14 Adar II 5782"},
		{"Am 22. April 2024 beginnt das „Fest der Freiheit“, Pessach", "2024-04-22", "15 Nisan 5784"},
		{"Am 22. April 2024 beginnt das «Fest der Freiheit», Pessach", "2024-04-22", "15 Nisan 5784"},
		{"2025. szeptember 22-én este kezdődik a „zsidó újév”, Ros hásáná", "2025-09-22", "1 Tishrei 5786"},
	})
	for _, text := range []string{
		"2022. március 16-án kezdődik „a 2022-es év”, a purim",
		"2022. március 16-án kezdődik „legvidámabb zsidó ünnep”, a koncert",
		"Am 22. April 2024 beginnt das „Fest der Freiheit“ in Berlin",
	} {
		t.Run(text, func(t *testing.T) {
			for _, m := range dateline.Find(text, dateline.Reference(corpusReference)) {
				assert.NotContains(t, text[m.Start:m.End], "”", "an epithet before no occasion is prose")
				assert.NotContains(t, text[m.Start:m.End], "“", "an epithet before no occasion is prose")
				assert.NotEqual(t, "14 Adar II 5782", m.Dateline.Hebrew.String())
				assert.NotEqual(t, "15 Nisan 5784", m.Dateline.Hebrew.String())
			}
		})
	}
}

// TestThisYearThenYear: French opens a sentence with "Cette année" (this
// year) and the year, and says an occasion falls on "un" (a) day:
// "Cette année 2019, Hanoucca tombe un 25 décembre" is 25 December 2019
// (27 Kislev 5780, Chanukah's third day), where nothing was read: the
// sentence's year was not one, and "tombe un" not a verb of falling.
// Without the year, "Cette année" names none, and the date takes the year
// whose Chanukah holds it, with a note.
func TestThisYearThenYear(t *testing.T) {
	checkDayHebs(t, dateline.Reference(corpusReference), []struct{ text, day, heb string }{
		{"Cette année 2019, Hanoucca tombe un 25 décembre.", "2019-12-25", "27 Kislev 5780"},
		{"Hanoucca tombe un mercredi 25 décembre 2019.", "2019-12-25", "27 Kislev 5780"},
		{"Cette année 2024, Pessah commence le 22 avril au soir.", "2024-04-22", "15 Nisan 5784"},
	})
	ms := dateline.Find("Cette année, Hanoucca tombe un 25 décembre.", dateline.Reference(corpusReference))
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "2024-12-25", ms[0].Dateline.Time.Format(time.DateOnly), "the most recent year whose Chanukah holds it")
		// Its eve: the evening's 25 Kislev, warned (see firstCandleEve).
		assert.Equal(t, "25 Kislev 5785", ms[0].Dateline.Hebrew.String())
		// A warning: "cette année" (this year) names 2026 on the
		// reference, whose Chanukah does not hold December 25 (see
		// TestRelativeYearUnread).
		assert.True(t, hasProblem(ms[0].Report, dateline.CodeYearInferred, dateline.Warning))
		assert.True(t, hasProblem(ms[0].Report, dateline.CodeAfterSunset, dateline.Warning))
	}
	// "un" after another verb is no verb of falling.
	for _, m := range dateline.Find("Hanoucca compte un 25 décembre 2019", dateline.Reference(corpusReference)) {
		assert.Equal(t, "25 décembre 2019", "Hanoucca compte un 25 décembre 2019"[m.Start:m.End])
	}
}

// TestGerundRangeEnd: Portuguese and Spanish join a range's two ends by a
// comma and a gerund with "until" (estendendo-se até, prolongando-se até,
// extendiéndose hasta), the last day said by its sunset "of" it or not:
// "ao pôr do sol em 15 de setembro, estendendo-se até o pôr do sol de 17
// de setembro" is one range from 15 September, where its two ends were
// two datelines. The gerund before no date is prose.
func TestGerundRangeEnd(t *testing.T) {
	for _, tc := range []struct{ text, match, day string }{
		{"No ano de 2023, a data será iniciada ao pôr do sol em 15 de setembro, estendendo-se até o pôr do sol de 17 de setembro.",
			"2023, a data será iniciada ao pôr do sol em 15 de setembro, estendendo-se até o pôr do sol de 17 de setembro", "2023-09-15"},
		{"Pessach começa em 22 de abril de 2024, estendendo-se até 30 de abril de 2024",
			"Pessach começa em 22 de abril de 2024, estendendo-se até 30 de abril de 2024", "2024-04-22"},
		{"La fiesta empieza el 22 de abril de 2024, extendiéndose hasta el 30 de abril",
			"22 de abril de 2024, extendiéndose hasta el 30 de abril", "2024-04-22"},
		{"Del 7 de diciembre de 2023, prolongándose hasta el 15 de diciembre",
			"7 de diciembre de 2023, prolongándose hasta el 15 de diciembre", "2023-12-07"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, dateline.Reference(corpusReference))
			if assert.Len(t, ms, 1) {
				m := ms[0]
				assert.Equal(t, tc.match, tc.text[m.Start:m.End])
				assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
				assert.True(t, m.OK(), "%v", m.Problems)
			}
		})
	}
	ms := dateline.Find("15 de setembro de 2023, estendendo-se até a praia", dateline.Reference(corpusReference))
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "15 de setembro de 2023", "15 de setembro de 2023, estendendo-se até a praia"[ms[0].Start:ms[0].End])
	}
}

// TestCelebratedUntil: after a range's first day and the occasion named
// after it, French, Spanish, Portuguese and Italian say the occasion "is
// celebrated until" the last day with a passive (sera célébrée, se
// celebra, será celebrado, sarà celebrata) before the word for "until":
// "le mercredi 25 décembre, Hanoukka sera célébrée jusqu’au jeudi 2
// janvier 2025" is one range from 25 December 2024, the year before the
// end's (Chanukah 5785 from its first candle: 25 Kislev from sunset,
// warned), where its ends were two datelines. The passive before no
// "until", or after no occasion, is prose.
func TestCelebratedUntil(t *testing.T) {
	checkMatches(t, dateline.Reference(corpusReference), []struct{ text, match, day, heb string }{
		{"À partir du coucher du soleil le mercredi 25 décembre, Hanoukka sera célébrée jusqu’au jeudi 2 janvier 2025",
			"À partir du coucher du soleil le mercredi 25 décembre, Hanoukka sera célébrée jusqu’au jeudi 2 janvier 2025", "2024-12-25", "25 Kislev 5785"},
		{"el lunes 22 de abril, Pésaj se celebra hasta el martes 30 de abril de 2024",
			"lunes 22 de abril, Pésaj se celebra hasta el martes 30 de abril de 2024", "2024-04-22", "15 Nisan 5784"},
		{"segunda-feira, 22 de abril, Pessach será celebrado até terça-feira, 30 de abril de 2024",
			"segunda-feira, 22 de abril, Pessach será celebrado até terça-feira, 30 de abril de 2024", "2024-04-22", "15 Nisan 5784"},
	})
	for _, tc := range []struct{ text, first string }{
		{"le mercredi 25 décembre 2024, Hanoukka sera célébrée avec joie", "mercredi 25 décembre 2024, Hanoukka"},
		{"le mercredi 25 décembre 2024, le concert sera célébré jusqu’au jeudi 2 janvier 2025", "mercredi 25 décembre 2024"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, dateline.Reference(corpusReference))
			if assert.NotEmpty(t, ms) {
				assert.Equal(t, tc.first, tc.text[ms[0].Start:ms[0].End], "no range")
			}
		})
	}
}

// TestGermanRelativeDay: German sets the day an occasion begins off in a
// relative clause after its name and a comma, the pronoun (der, die, das)
// and "am" or not before the weekday or the day: "am Jom Kippur, der
// Freitagabend, dem 3. Oktober, beginnt" names the evening on which Yom
// Kippur begins, and takes the year whose Yom Kippur begins then (2014,
// 10 Tishrei 5775), where the date was read alone in the nearest year
// whose 3 October is a Friday (2025). A pronoun before words that are no
// day ("das Lichterfest", "der Montag war schön") is prose.
func TestGermanRelativeDay(t *testing.T) {
	checkMatches(t, dateline.Reference(corpusReference), []struct{ text, match, day, heb string }{
		{"am Jom Kippur, der Freitagabend, dem 3. Oktober, beginnt", "Jom Kippur, der Freitagabend, dem 3. Oktober", "2014-10-03", "10 Tishrei 5775"},
		{"Jom Kippur, der am Freitagabend, dem 3. Oktober, beginnt", "Jom Kippur, der am Freitagabend, dem 3. Oktober", "2014-10-03", "10 Tishrei 5775"},
		{"Pessach, das am 23. April 2024 beginnt", "Pessach, das am 23. April 2024", "2024-04-23", "15 Nisan 5784"},
	})
	for _, tc := range []struct{ text, match string }{
		{"Chanukka, das Lichterfest, am 25. Dezember 2016", "25. Dezember 2016"},
		{"Pessach, der Montag war schön, 22. April 2024", "22. April 2024"},
		{"Jom Kippur, der höchste Feiertag, am 12. Oktober 2024", "12. Oktober 2024"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, dateline.Reference(corpusReference))
			if assert.Len(t, ms, 1) {
				assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			}
		})
	}
}

// TestServiceBeforeTime: a community's schedule writes the service
// between a day and the hour it begins: "Donnerstag – 25.05.23 – Erew
// Schawuoth / Arvit um 19.00 Uhr" is 19:00 on Erev Shavuot 5783, where
// the date was read alone, its eve's name (German's older th, with
// hebcal's Erew before it) and the time left out. The service's name
// before no time is prose.
func TestServiceBeforeTime(t *testing.T) {
	for _, tc := range []struct{ text, clock, heb string }{
		{"Donnerstag – 25.05.23 – Erew Schawuoth / Arvit um 19.00 Uhr", "2023-05-25 19:00", "5 Sivan 5783"},
		{"Vendredi 22 septembre 2017 : Min'ha 19h00", "2017-09-22 19:00", "2 Tishrei 5778"},
		{"Freitag, 2. Dezember 2016, Kabbalat Schabbat 18:30 Uhr", "2016-12-02 18:30", "2 Kislev 5777"},
		{"Erew Sukkoth, Mittwoch, 16. Oktober 2024, Maariv um 18.30 Uhr", "2024-10-16 18:30", "14 Tishrei 5785"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, dateline.Reference(corpusReference))
			if assert.Len(t, ms, 1) {
				m := ms[0]
				assert.Equal(t, tc.text, tc.text[m.Start:m.End])
				assert.True(t, m.Dateline.HasTime)
				assert.Equal(t, tc.clock, m.Dateline.Time.Format("2006-01-02 15:04"))
				assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
				assert.True(t, m.OK(), "%v", m.Problems)
			}
		})
	}
	for _, text := range []string{
		"Freitag, 2. Dezember 2016, Mincha und Maariv",
		"Freitag, 2. Dezember 2016, Kabbalat Schabbat mit 30 Gästen",
	} {
		t.Run(text, func(t *testing.T) {
			ms := dateline.Find(text, dateline.Reference(corpusReference))
			if assert.Len(t, ms, 1) {
				assert.Equal(t, "Freitag, 2. Dezember 2016", text[ms[0].Start:ms[0].End])
				assert.False(t, ms[0].Dateline.HasTime)
			}
		})
	}
}

// TestItalianEveningAfterDate: Italian says "in the evening" after a date
// with "di sera", "della sera" or "in serata": "27 febbraio 2010 di sera"
// is the evening of 27 February (14 Adar 5770 from sunset), where "di"
// was read as Dutch's Tuesday beside the month's name and the right date
// given a weekday error. A word after the phrase is prose, and the date
// is read alone.
func TestItalianEveningAfterDate(t *testing.T) {
	for _, tc := range []struct{ text, heb string }{
		{"27 febbraio 2010 di sera", "14 Adar 5770"},
		{"sabato 27 marzo 2021 della sera", "15 Nisan 5781"},
		{"sabato 27 marzo 2021 in serata", "15 Nisan 5781"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			r := dateline.Check(tc.text)
			assert.True(t, r.OK(), "%v", r.Problems)
			assert.Equal(t, tc.heb, r.Dateline.Hebrew.String(), "the evening's")
		})
	}
	ms := dateline.Find("sabato 27 marzo 2021 di sera tardi", dateline.Reference(corpusReference))
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "14 Nisan 5781", ms[0].Dateline.Hebrew.String())
		assert.True(t, ms[0].OK(), "%v", ms[0].Problems)
	}
}
