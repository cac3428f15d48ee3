package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestFixincromYearBegins: the Romance languages' "the Jewish (Hebrew)
// year" and its number before a verb of beginning name Rosh Hashana of
// that year, as English's "The Jewish calendar year 5780 commences at
// sundown on" does: "L’anno ebraico 5782 è iniziato il 6 settembre, con
// Rosh HaShanah (Capodanno)" (Associazione Regina Elena, incoming.tsv)
// was September 6 of the reference's year, 2026, with an info that the
// sentence named 5782. The date is the year's eve, its Hebrew date the
// evening's; the perfect of the verb ("è iniziato", "a commencé", "ha
// comenzado") is read as its present is.
func TestFixincromYearBegins(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"L’anno ebraico 5782 è iniziato il 6 settembre, con Rosh HaShanah (Capodanno)",
			"anno ebraico 5782 è iniziato il 6 settembre", "2021-09-06", "1 Tishrei 5782"},
		{"L'anno ebraico 5785 inizia il 2 ottobre", "anno ebraico 5785 inizia il 2 ottobre", "2024-10-02", "1 Tishrei 5785"},
		{"El año judío 5785 comienza el 2 de octubre", "año judío 5785 comienza el 2 de octubre", "2024-10-02", "1 Tishrei 5785"},
		{"El año hebreo 5785 ha comenzado el 2 de octubre", "año hebreo 5785 ha comenzado el 2 de octubre", "2024-10-02", "1 Tishrei 5785"},
		{"L'année juive 5785 commence le 2 octobre", "année juive 5785 commence le 2 octobre", "2024-10-02", "1 Tishrei 5785"},
		{"L'année juive 5785 a commencé le 2 octobre.", "année juive 5785 a commencé le 2 octobre", "2024-10-02", "1 Tishrei 5785"},
		{"O ano judaico 5785 começa em 2 de outubro", "ano judaico 5785 começa em 2 de outubro", "2024-10-02", "1 Tishrei 5785"},
		{"O ano hebraico 5786 começa ao pôr do sol de 22 de setembro",
			"ano hebraico 5786 começa ao pôr do sol de 22 de setembro", "2025-09-22", "1 Tishrei 5786"},
	})
	// A day that is not the year's eve is said, as in English.
	m := oneMatch(t, "El año judío 5785 comienza el 5 de octubre", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	// Near misses: no Hebrew year, a civil one, no verb of beginning
	// before the date, or the year and verb in separate clauses: the
	// date stays of the reference's year, as before.
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"El año judío comienza el 2 de octubre", "2026-10-02"},
		{"El año 2024 comienza el 1 de enero", "2027-01-01"},
		{"L'anno ebraico 5785 ha 354 giorni e il 2 ottobre c'è una festa", "2026-10-02"},
		{"L'année juive 5785, qui commence le 2 octobre", "2026-10-02"},
		{"Anul evreiesc 5785 începe pe 2 octombrie", "2026-10-02"},
	})
}

// TestFixincromEveningOfDe: a year-less day after the words that say it
// is an evening ending in "de" (of), Portuguese's "ao pôr do sol de", "na
// noite de", "na véspera de", Romanian's "în seara de", is a date in
// free text, as after "do dia" ("o pôr do sol do dia 13 de março", see
// TestHeldout127EveningOfDayBetween): "O Yom Kippur ... será observado
// em 2025 com um jejum de 25 horas, iniciado ao pôr do sol de 1º de
// outubro e finalizado ao anoitecer de 2 de outubro" (go62, incoming.tsv)
// was no date at all, "de" before a day leading none in prose (see
// rangeFromLeads). The day is the evening's, its year the nearest the
// reference's, said as inferred. "de" after a noun that is no evening
// ("a Lei de 13 de maio", a law's name), or after an evening's noun with
// no preposition of time before it ("o pôr-do-sol de 12 de setembro foi
// lindo", see TestHeldout270HyphenedSunset), stays prose.
func TestFixincromEveningOfDe(t *testing.T) {
	for _, tc := range []struct{ text, match, day, heb string }{
		{"A festa começa na noite de 18 de dezembro.", "na noite de 18 de dezembro", "2026-12-18", "9 Tevet 5787"},
		{"A festa começa ao pôr do sol de 18 de dezembro.", "ao pôr do sol de 18 de dezembro", "2026-12-18", "9 Tevet 5787"},
		{"A festa começa na véspera de 18 de dezembro.", "na véspera de 18 de dezembro", "2026-12-17", "8 Tevet 5787"},
		{"Concertul are loc în seara de 18 decembrie la sinagogă.", "în seara de 18 decembrie", "2026-12-18", "9 Tevet 5787"},
		{"O jejum começa ao pôr do sol de 1º de outubro e termina ao anoitecer de 2 de outubro.",
			"ao pôr do sol de 1º de outubro e termina ao anoitecer de 2 de outubro", "2026-10-01", "21 Tishrei 5787"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findMatch(t, heldoutRef, tc.text, tc.match)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.Contains(t, severityCodes(m, dateline.Info), dateline.CodeYearInferred)
			assert.Empty(t, severityCodes(m, dateline.Error))
		})
	}
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"a Lei de 13 de maio foi assinada", ""},
		{"a Revolução de 25 de Abril mudou o país", ""},
		{"a noite de Natal de 24 de dezembro", ""},
		{"A noite de 18 de dezembro foi fria", ""},
		{"o pôr-do-sol de 12 de setembro foi lindo", ""},
		{"O jantar na tarde de 15 de setembro", ""},
		{"Visitámos 22 de dezembro", ""},
	})
}

// TestFixincromFallsOnA: Portugal's "a" (on) between a verb of falling
// and a day in digits, as "em" is read there: "Em 1976, o Purim ocorreu
// a 16/3" (Resposta, incoming.tsv) was not found; and Portuguese's past
// "caiu" (fell) is a verb of falling as "cai" is. Before a number that
// is no date, or a word, "a" (the article) names no day.
func TestFixincromFallsOnA(t *testing.T) {
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"Em 1976, o Purim ocorreu a 16/3", "1976, o Purim ocorreu a 16/3", "1976-03-16", "14 Adar II 5736"},
		{"Em 2024, o Purim cai a 24/3", "2024, o Purim cai a 24/3", "2024-03-24", "14 Adar II 5784"},
		{"Em 1976, o Purim caiu em 16/3", "1976, o Purim caiu em 16/3", "1976-03-16", "14 Adar II 5736"},
		{"Em 2024, o Yom Kipur caiu a 12/10", "2024, o Yom Kipur caiu a 12/10", "2024-10-12", "10 Tishrei 5785"},
	})
	// A day that is not the occasion's is said.
	m := oneMatch(t, "Em 2024, o Purim cai a 25/3", heldoutRef)
	assert.Equal(t, []dateline.Code{dateline.CodeOccasion}, severityCodes(m, dateline.Error))
	checkDayOrNone(t, heldoutRef, []struct{ text, day string }{
		{"O Purim ocorreu a 16 pessoas", ""},
		{"O Purim cai a 1.ª vez", ""},
	})
}

// TestFixincromCapitalH: a time of day whose hour and minutes a capital H
// parts, as a heading in capitals writes "17h40": "LE 13 DÉCEMBRE DÈS
// 17H40" (Massorti Toulouse, incoming.tsv) was the date without its
// time, where the hour alone, "17H", was read. The layout keeps the H.
// Minutes that are not two digits, an hour past 24 or letters glued
// after the minutes are no time: the date is read without it.
func TestFixincromCapitalH(t *testing.T) {
	for _, tc := range []struct{ text, match, want, layout string }{
		{"LE 13 DÉCEMBRE 2020 DÈS 17H40", "13 DÉCEMBRE 2020 DÈS 17H40", "2020-12-13 17:40", "2 JANVIER 2006 DÈS 15H04"},
		{"13 décembre 2020 17H40", "13 décembre 2020 17H40", "2020-12-13 17:40", "2 janvier 2006 15H04"},
		{"13/12/2020 17H40", "13/12/2020 17H40", "2020-12-13 17:40", ""},
		{"13 de dezembro de 2020 às 19H30", "13 de dezembro de 2020 às 19H30", "2020-12-13 19:30", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.True(t, m.Dateline.HasTime)
			assert.Equal(t, tc.want, m.Dateline.Time.Format("2006-01-02 15:04"))
			assert.True(t, m.OK(), "%v", m.Problems)
			if tc.layout != "" {
				assert.Equal(t, tc.layout, dateline.Check(tc.match, heldoutRef).Layout)
			}
		})
	}
	for _, text := range []string{"13 décembre 2020 17H4", "13 décembre 2020 17H400", "13 décembre 2020 25H10", "13 décembre 2020 17H40X"} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, "13 décembre 2020", text[m.Start:m.End])
			assert.False(t, m.Dateline.HasTime)
		})
	}
}

// TestFixincromDasHours: Portuguese's "das" (from the) before the hour a
// span begins at, "às" (to the) before its end, after a date: "Nos dias
// 7, 15, 22 e 29 de outubro, das 19 às 21h" (a Recife blog,
// incoming.tsv) was the days without their time, where French's "de 19h
// à 21h" had it. The time is the span's start. "das" before a number
// that is no hour is the article of a count, and no time is read.
func TestFixincromDasHours(t *testing.T) {
	for _, tc := range []struct{ text, match, want string }{
		{"7 de outubro de 2019, das 19h às 21h", "7 de outubro de 2019, das 19h às 21h", "2019-10-07 19:00"},
		{"7 de outubro de 2019, das 19 às 21h", "7 de outubro de 2019, das 19 às 21h", "2019-10-07 19:00"},
		{"Segunda-feira, 7 de outubro de 2019 das 19h00 às 21h00", "Segunda-feira, 7 de outubro de 2019 das 19h00 às 21h00", "2019-10-07 19:00"},
		{"Nos dias 7, 15, 22 e 29 de outubro de 2019, das 19 às 21h", "7, 15, 22 e 29 de outubro de 2019, das 19 às 21h", "2019-10-07 19:00"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := oneMatch(t, tc.text, heldoutRef)
			assert.Equal(t, tc.match, tc.text[m.Start:m.End])
			assert.True(t, m.Dateline.HasTime)
			assert.Equal(t, tc.want, m.Dateline.Time.Format("2006-01-02 15:04"))
			assert.Equal(t, "8 Tishrei 5780", m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
		})
	}
	for _, text := range []string{"7 de outubro de 2019, das 19 pessoas", "7 de outubro de 2019, das 190 às 210"} {
		t.Run(text, func(t *testing.T) {
			m := oneMatch(t, text, heldoutRef)
			assert.Equal(t, "7 de outubro de 2019", text[m.Start:m.End])
			assert.False(t, m.Dateline.HasTime)
		})
	}
}

// TestFixincromTshirei: the Brazilian spelling of Tishrei with its s
// and h before the i, "tshirei", which is no one-letter slip of a
// spelling: "No calendário judaico ... a data é 10 de tshirei de 5779"
// (Folha de Pernambuco, incoming.tsv) was not found. It is read in any
// letter case, with or without Portuguese's "de"; a word that only
// starts with it stays unread.
func TestFixincromTshirei(t *testing.T) {
	checkWholeDays(t, heldoutRef, []struct{ text, want string }{
		{"10 de tshirei de 5779", "2018-09-19"},
		{"1 TSHIREI 5785", "2024-10-03"},
		{"15 de Tshirei de 5786", "2025-10-07"},
		{"22 Tshirei 5784", "2023-10-07"},
	})
	checkMatches(t, heldoutRef, []struct{ text, match, day, heb string }{
		{"No calendário judaico, a data é 10 de tshirei de 5779.", "10 de tshirei de 5779", "2018-09-19", "10 Tishrei 5779"},
	})
	checkUnread(t, heldoutRef, "10 de tshireinho de 5779", "10 de tshi de 5779")
}

// TestFixincromMonthlessYearBegins: a weekday and its day in brackets,
// with no month or year, in a sentence that names a Hebrew year and says
// that it begins, with a verb of beginning or Rosh Hashana's name, is the
// year's eve, read as its evening, or the year's first day, where the day
// of the month and the weekday fit one: "Ao pôr do sol deste domingo
// (29), iniciam-se ... as celebrações do Rosh Hashaná, o Ano-Novo
// judaico de número 5780" (GZH, incoming.tsv) was November 29, 2026, the
// reference's month, with a warning, and "O ano que começa nesta
// sexta-feira (15) é o 5.784" (Band) an error that no Friday the 15th
// was within a month of the reference. Where neither day fits, or the
// sentence says no beginning, the month is the reference's, as before.
func TestFixincromMonthlessYearBegins(t *testing.T) {
	for _, tc := range []struct {
		text, match, day, heb string
		eve                   bool
	}{
		{"Ao pôr do sol deste domingo (29), iniciam-se para a comunidade judaica as celebrações do Rosh Hashaná, o Ano-Novo judaico de número 5780",
			"pôr do sol deste domingo (29)", "2019-09-29", "1 Tishrei 5780", true},
		{"O ano que começa nesta sexta-feira (15) é o 5.784.", "sexta-feira (15)", "2023-09-15", "1 Tishrei 5784", true},
		{"Neste domingo (29) começa o ano 5780.", "domingo (29)", "2019-09-29", "1 Tishrei 5780", true},
		{"Neste sábado (16) começa o primeiro dia do ano 5784.", "sábado (16)", "2023-09-16", "1 Tishrei 5784", false},
		{"El año 5785 comienza este miércoles (2) al atardecer.", "miércoles (2)", "2024-10-02", "1 Tishrei 5785", true},
		{"L'année 5785 commence ce mercredi (2).", "mercredi (2)", "2024-10-02", "1 Tishrei 5785", true},
		{"Quest'anno il 5786 inizia lunedì (22) al tramonto.", "lunedì (22)", "2025-09-22", "1 Tishrei 5786", true},
		{"Anul 5786 începe luni (22).", "luni (22)", "2025-09-22", "1 Tishrei 5786", true},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findMatch(t, heldoutRef, tc.text, tc.match)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.heb, m.Dateline.Hebrew.String())
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.Contains(t, severityCodes(m, dateline.Info), dateline.CodeYearInferred)
			if tc.eve {
				assert.Contains(t, severityCodes(m, dateline.Info), dateline.CodeAfterSunset)
			}
		})
	}
	// Near misses: the day fits neither the eve nor the first day (Friday
	// the 16th in 5784), the sentence says no beginning (the fifth candle
	// of 5780's Chanukah was lit on Sunday, December 29, 2019, not on its
	// eve's Sunday the 29th), or names no Hebrew year: the month is the
	// reference's, as before.
	for _, tc := range []struct{ text, match, day string }{
		{"O ano que começa nesta sexta-feira (16) é o 5.784.", "sexta-feira (16)", "2026-10-16"},
		{"Neste domingo (29) acendemos a quinta vela do ano 5780.", "domingo (29)", "2026-11-29"},
		{"O ano que começa neste domingo (29) é bom.", "domingo (29)", "2026-11-29"},
		{"Neste domingo (29) começa a festa.", "domingo (29)", "2026-11-29"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findMatch(t, heldoutRef, tc.text, tc.match)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.NotContains(t, severityCodes(m, dateline.Info), dateline.CodeAfterSunset)
		})
	}
	// A sentence that names another occasion says nothing of the year's
	// beginning: Sukkot 5780 began on Sunday, October 13, 2019.
	ms := dateline.Find("Neste domingo (29) começa Sucot, em 5780.", heldoutRef)
	require.NotEmpty(t, ms)
	assert.Equal(t, "2026-11-29", ms[0].Dateline.Time.Format(time.DateOnly))
}
