package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// heldout60Ref is the reference day of the sixtieth held-out round's
// tests: the corpus's, so that a year-less date is read as the corpus
// reads it.
var heldout60Ref = dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))

// findOne60 finds text's one match and checks its span, civil day and
// Hebrew date, and that it reads with no problem of severity error.
func findOne60(t *testing.T, text, match, day, heb string) {
	t.Helper()
	ms := dateline.Find(text, heldout60Ref)
	require.Len(t, ms, 1, "%q", text)
	assert.Equal(t, match, text[ms[0].Start:ms[0].End])
	assert.Equal(t, day, ms[0].Dateline.Time.Format(time.DateOnly))
	assert.Equal(t, heb, ms[0].Dateline.Hebrew.String())
	assert.True(t, ms[0].OK(), "%+v", ms[0].Problems)
}

// TestSaturdayAfterOf: a language's own name of Saturday after a word
// for "of" (di, de, du, da, do) is the weekday of the date after it, as
// the Romance languages name an evening (the sixtieth held-out round's
// "la sera di sabato 12 aprile"). Before, it was taken for a title's
// Shabbat ("velas de Shabat: 27 de septiembre", whose date is as often
// the Friday's) and dropped with the words before it: "le soir du samedi
// 12 avril 2025" was read as 12 April with the day's Hebrew date, not
// the evening's, and a wrong Saturday went unsaid; "la sera di sabato 12
// aprile" (Italian's "di" before a weekday's name, now an evening's
// words too) was not found at all. Shabbat's Hebrew name, and any
// Saturday before a colon, is still a title's subject.
func TestSaturdayAfterOf(t *testing.T) {
	for _, tc := range []struct{ text, match, day, heb string }{
		// Real (testdata/corpus/incoming.tsv): two evenings, each found.
		{"Il Seder si terrà la sera di sabato 12 aprile.", "la sera di sabato 12 aprile", "2025-04-12", "15 Nisan 5785"},
		// Made up.
		{"Le seder aura lieu le soir du samedi 12 avril 2025.", "le soir du samedi 12 avril 2025", "2025-04-12", "15 Nisan 5785"},
		{"O seder será à noite de sábado, 12 de abril de 2025.", "à noite de sábado, 12 de abril de 2025", "2025-04-12", "15 Nisan 5785"},
		{"Il concerto di sabato 12 aprile 2025 alle ore 21", "sabato 12 aprile 2025 alle ore 21", "2025-04-12", "14 Nisan 5785"},
		{"la sera di domenica 13 aprile 2025", "la sera di domenica 13 aprile 2025", "2025-04-13", "16 Nisan 5785"},
		// Titles, as before: Shabbat's Hebrew name, a Saturday before a
		// colon.
		{"Hora de encendido de las velas de Shabat: 27 de septiembre de 2024", "27 de septiembre de 2024", "2024-09-27", "24 Elul 5784"},
		{"Horaires du Chabbat 27 septembre 2024", "27 septembre 2024", "2024-09-27", "24 Elul 5784"},
		{"Orari di sabato: 28 settembre 2024", "28 settembre 2024", "2024-09-28", "25 Elul 5784"},
	} {
		t.Run(tc.text, func(t *testing.T) { findOne60(t, tc.text, tc.match, tc.day, tc.heb) })
	}
	// The weekday is the date's: a wrong one is said.
	for _, text := range []string{"le soir du samedi 13 avril 2025", "la sera di sabato 13 aprile 2025", "à noite de sábado, 13 de abril de 2025"} {
		ms := dateline.Find(text, heldout60Ref)
		if assert.Len(t, ms, 1, text) {
			assert.False(t, ms[0].OK(), "%q: April 13, 2025 is a Sunday", text)
		}
	}
	// Italian prose with "la sera di" and no date, or a date that does
	// not follow: no match.
	for _, text := range []string{"la sera di Natale", "Venite la sera di tutti i giorni.", "la sera di sabato scorso"} {
		assert.Empty(t, dateline.Find(text, heldout60Ref), text)
	}
}

// TestNightfallCatalan: Catalan's nightfall, "a poqueta nit del", before
// a date says its evening, as "el vespre del" and "a la nit del" do
// (incoming.tsv's "a poqueta nit del 29 de setembre del 2008", the
// evening that began 5769): the day was read with the civil day's Hebrew
// date.
func TestNightfallCatalan(t *testing.T) {
	findOne60(t, "L'any 5769 va començar a poqueta nit del 29 de setembre del 2008.", "a poqueta nit del 29 de setembre del 2008", "2008-09-29", "1 Tishrei 5769")
	findOne60(t, "poqueta nit del dilluns 29 de setembre de 2008", "poqueta nit del dilluns 29 de setembre de 2008", "2008-09-29", "1 Tishrei 5769")
	findOne60(t, "el 29 de setembre del 2008", "29 de setembre del 2008", "2008-09-29", "29 Elul 5768")
}

// TestOccasionStartsFrench: French's "démarre" and "démarrera" (starts)
// between an occasion and the day at whose sunset it begins, as
// commence and débute were read (the sixtieth held-out round's "La fête
// de la Pâque juive, Pessah, démarre ce samedi 12 avril."): the date was
// read alone, with its own Hebrew date and not the occasion's.
func TestOccasionStartsFrench(t *testing.T) {
	for _, tc := range []struct{ text, match, day, heb string }{
		{"La fête de la Pâque juive, Pessah, démarre ce samedi 12 avril.", "Pessah, démarre ce samedi 12 avril", "2025-04-12", "15 Nisan 5785"},
		{"Hanouka démarrera le 14 décembre 2025", "Hanouka démarrera le 14 décembre 2025", "2025-12-14", "25 Kislev 5786"},
		{"Roch Hachana démarre le lundi 22 septembre 2025 au soir", "Roch Hachana démarre le lundi 22 septembre 2025 au soir", "2025-09-22", "1 Tishrei 5786"},
	} {
		t.Run(tc.text, func(t *testing.T) { findOne60(t, tc.text, tc.match, tc.day, tc.heb) })
	}
	// The verb alone, with no occasion before it, is prose: the date is
	// the day's.
	findOne60(t, "Le festival démarre ce samedi 12 avril 2025.", "samedi 12 avril 2025", "2025-04-12", "14 Nisan 5785")
}

// TestRangeEndVerbsRomance: a range's end after "and", a verb of ending
// in Portuguese or Italian (the future, the past participle, reflexive
// or not: se estenderá, finalizado, terminerà, si concluderà) and a
// nightfall's words ("al calar della notte di") or "até o", as holiday
// pages write one (the sixtieth held-out round's "inizierà al tramonto di
// sabato 12 aprile e terminerà al calar della notte di domenica 20
// aprile" and the fifty-seventh's "começará no sábado à noite, 2 de
// agosto, e se estenderá até o domingo à noite, 3 de agosto"): each end
// was found as a dateline of its own. The range gives its first day. An
// "and" and a verb before no date are prose: the first date is read
// alone.
func TestRangeEndVerbsRomance(t *testing.T) {
	for _, tc := range []struct{ text, match, day, heb string }{
		// Real (testdata/corpus/incoming.tsv).
		{"Nel 2025, la festività della Pasqua ebraica inizierà al tramonto di sabato 12 aprile e terminerà al calar della notte di domenica 20 aprile.",
			"2025, la festività della Pasqua ebraica inizierà al tramonto di sabato 12 aprile e terminerà al calar della notte di domenica 20 aprile",
			"2025-04-12", "15 Nisan 5785"},
		// Made up.
		{"Pesach inizia sabato 12 aprile 2025 e si concluderà domenica 20 aprile", "Pesach inizia sabato 12 aprile 2025 e si concluderà domenica 20 aprile", "2025-04-12", "15 Nisan 5785"},
		{"dal tramonto di sabato 12 aprile 2025 e finirà al calar della sera di domenica 20 aprile",
			"dal tramonto di sabato 12 aprile 2025 e finirà al calar della sera di domenica 20 aprile", "2025-04-12", "15 Nisan 5785"},
		{"O jejum começa no sábado à noite, 2 de agosto de 2025, e se estenderá até o domingo à noite, 3 de agosto.",
			"sábado à noite, 2 de agosto de 2025, e se estenderá até o domingo à noite, 3 de agosto", "2025-08-02", "9 Av 5785"},
		{"iniciado ao pôr do sol de 1º de outubro de 2025 e finalizado ao anoitecer de 2 de outubro",
			"ao pôr do sol de 1º de outubro de 2025 e finalizado ao anoitecer de 2 de outubro", "2025-10-01", "10 Tishrei 5786"},
		{"A festa começa em 15 de abril de 2022 e encerrará no dia 23 de abril", "15 de abril de 2022 e encerrará no dia 23 de abril", "2022-04-15", "14 Nisan 5782"},
		// Prose after the verb: the first date alone.
		{"Chegou a 2 de agosto de 2025 e se estenderá até o fim do verão.", "2 de agosto de 2025", "2025-08-02", "8 Av 5785"},
		{"La mostra apre il 12 aprile 2025 e terminerà al calar della notte di Natale.", "12 aprile 2025", "2025-04-12", "14 Nisan 5785"},
	} {
		t.Run(tc.text, func(t *testing.T) { findOne60(t, tc.text, tc.match, tc.day, tc.heb) })
	}
}

// TestSunsetAfterDateRomance: the Romance languages' words for "at
// sunset" after a date say its evening, as "al atardecer" and "au soir"
// did (the sixtieth held-out round's "Terça-feira, dia 12 de Setembro de
// 2007, ao pôr-do-sol, é o início do Ano Novo Judaico", Portugal's
// hyphened spelling): ao pôr do sol, au coucher du soleil, al tramonto,
// a la posta de sol, a la puesta del sol. The day was read without its
// evening, with the civil day's Hebrew date. Other words after them
// ("al tramonto del sole") or none of them ("tramonto" after a comma)
// leave the date alone.
func TestSunsetAfterDateRomance(t *testing.T) {
	for _, tc := range []struct{ text, match, day, heb string }{
		{"quarta-feira, dia 12 de Setembro de 2007, ao pôr-do-sol, é o início do Ano Novo", "quarta-feira, dia 12 de Setembro de 2007, ao pôr-do-sol", "2007-09-12", "1 Tishrei 5768"},
		{"quarta-feira, 12 de setembro de 2007 ao pôr do sol", "quarta-feira, 12 de setembro de 2007 ao pôr do sol", "2007-09-12", "1 Tishrei 5768"},
		{"samedi 12 avril 2025 au coucher du soleil", "samedi 12 avril 2025 au coucher du soleil", "2025-04-12", "15 Nisan 5785"},
		{"Il Seder: sabato 12 aprile 2025 al tramonto.", "sabato 12 aprile 2025 al tramonto", "2025-04-12", "15 Nisan 5785"},
		{"dissabte 12 d'abril de 2025 a la posta de sol", "dissabte 12 d'abril de 2025 a la posta de sol", "2025-04-12", "15 Nisan 5785"},
		{"sábado 12 de abril de 2025 a la puesta del sol", "sábado 12 de abril de 2025 a la puesta del sol", "2025-04-12", "15 Nisan 5785"},
		// Words go on: the date alone.
		{"sabato 12 aprile 2025 al tramonto del sole", "sabato 12 aprile 2025", "2025-04-12", "14 Nisan 5785"},
		{"12 aprile 2025, tramonto", "12 aprile 2025", "2025-04-12", "14 Nisan 5785"},
		{"12 de setembro de 2007 ao pôr-do-solx", "12 de setembro de 2007", "2007-09-12", "29 Elul 5767"},
	} {
		t.Run(tc.text, func(t *testing.T) { findOne60(t, tc.text, tc.match, tc.day, tc.heb) })
	}
	// The weekday is checked still: the row's Tuesday is wrong.
	ms := dateline.Find("Terça-feira, dia 12 de Setembro de 2007, ao pôr-do-sol, é o início", heldout60Ref)
	if assert.Len(t, ms, 1) {
		assert.False(t, ms[0].OK(), "September 12, 2007 is a Wednesday")
		assert.Equal(t, "1 Tishrei 5768", ms[0].Dateline.Hebrew.String())
	}
}

// TestHourAlonePartOfDay: an hour alone, after Italian's "alle" or
// "ore" or Spanish's and Catalan's "a las", "a les", with a part of the
// day after it, is an hour of the 12-hour clock in that part: "sabato 12
// aprile 2025 alle 9 di sera" was read at 09:00, a wrong time given with
// nothing said, and "a les 8 del vespre" (the evening; Catalan's parts of
// the day are read now: del matí, de la tarda, del vespre, de la nit, de
// la matinada) left the dateline without its time (incoming.tsv's "el
// proper 29 de desembre a les vuit del vespre" writes its hour in a
// word, which is not read). An hour the part cannot hold is no time;
// "a las 9" with no part after it is none either (morning or evening),
// while "alle 21" and "ore 14" are the 24-hour clock's, as before.
func TestHourAlonePartOfDay(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"sabato 12 aprile 2025 alle 9 di sera", "2025-04-12 21:00"},
		{"sabato 12 aprile 2025 alle ore 9 della sera", "2025-04-12 21:00"},
		{"domenica 13 aprile 2025 alle 10 di mattina", "2025-04-13 10:00"},
		{"jueves 29 de diciembre de 2016 a las 9 de la noche", "2016-12-29 21:00"},
		{"dijous 29 de desembre de 2016 a les 8 del vespre", "2016-12-29 20:00"},
		{"dijous 29 de desembre de 2016 a les 5 de la tarda", "2016-12-29 17:00"},
		{"dijous 29 de desembre de 2016 a les 10 del matí", "2016-12-29 10:00"},
		{"dijous 29 de desembre de 2016 a les 8:30 del vespre", "2016-12-29 20:30"},
		{"sabato 12 aprile 2025 alle 21", "2025-04-12 21:00"},
		{"Domenica 29 ottobre 2023, ore 14", "2023-10-29 14:00"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldout60Ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.text, tc.text[ms[0].Start:ms[0].End])
			require.True(t, ms[0].Dateline.HasTime)
			assert.Equal(t, tc.want, ms[0].Dateline.Time.Format("2006-01-02 15:04"))
		})
	}
	// No time: a part the hour is not in, an hour with no part after
	// "a las".
	for _, tc := range []struct{ text, match string }{
		{"sabato 12 aprile 2025 alle 21 di mattina", "sabato 12 aprile 2025"},
		{"jueves 29 de diciembre de 2016 a las 9", "jueves 29 de diciembre de 2016"},
		{"dijous 29 de desembre de 2016 a les 8 persones", "dijous 29 de desembre de 2016"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldout60Ref)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.match, tc.text[ms[0].Start:ms[0].End])
			assert.False(t, ms[0].Dateline.HasTime)
		})
	}
}
