package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// TestThisEveningOf: a demonstrative for the article before "the evening
// of" a day, as news say "tonight": Spanish "a partir de esta noche del
// viernes 11 de octubre" (Diario Cómo's FCJE release on Yom Kippur, the
// sixty-ninth held-out round), Portuguese "esta noite de", "nesta noite
// de", Catalan "aquesta nit del", Italian "questa sera del" and "di". The
// evening was left out and the day's own Hebrew date given, 9 Tishrei
// for the evening's 10, with nothing said. The words are the match's, and
// the Hebrew date is the evening's, as it is with the date set off by a
// comma ("esta noche, 2 de octubre de 2024"). A demonstrative before no
// word for the evening ("esta semana del") says nothing of the day.
func TestThisEveningOf(t *testing.T) {
	for _, tc := range []struct{ text, words, day, hebrew string }{
		{"Los judíos celebran a partir de esta noche del viernes 11 de octubre y hasta la caída de la tarde de mañana sábado el Yom Kipur o Día del Perdón.",
			"esta noche del", "2024-10-11", "10 Tishrei 5785"},
		{"esta noche del viernes 11 de octubre de 2024", "esta noche del", "2024-10-11", "10 Tishrei 5785"},
		{"Janucá comienza esta noche del 25 de diciembre de 2024", "esta noche del", "2024-12-25", "25 Kislev 5785"},
		{"A festa começa nesta noite de 2 de outubro de 2024", "nesta noite de", "2024-10-02", "1 Tishrei 5785"},
		{"a festa começa esta noite de quarta-feira, 2 de outubro de 2024", "esta noite de", "2024-10-02", "1 Tishrei 5785"},
		{"la festa comença aquesta nit del 2 d'octubre de 2024", "aquesta nit del", "2024-10-02", "1 Tishrei 5785"},
		{"questa sera del 2 ottobre 2024 inizia Rosh Hashanà", "questa sera del", "2024-10-02", "1 Tishrei 5785"},
		{"Kippur inizia questa sera di venerdì 11 ottobre 2024", "questa sera di", "2024-10-11", "10 Tishrei 5785"},
		{"esta noche, 2 de octubre de 2024", "esta noche,", "2024-10-02", "1 Tishrei 5785"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := findOneOK(t, tc.text, heldoutRef)
			assert.Contains(t, m.Input, tc.words)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, m.Dateline.Hebrew.String())
		})
	}
	for _, tc := range []struct{ text, hebrew string }{
		{"esta semana del 2 de octubre de 2024", "29 Elul 5784"}, // a week, not an evening
		// "esta noche, 2 de octubre" names the evening too, the date
		// in apposition (see TestEveningDeixis): 1 Tishrei, above.
		{"questa mattina del 2 ottobre 2024", "29 Elul 5784"}, // the morning
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, "2024-10-02", ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, ms[0].Dateline.Hebrew.String(), "%q", ms[0].Input)
		})
	}
}

// TestWillBeBeforeDate: the future of "to be" between an occasion and its
// day, or a range from it, in Portuguese, Spanish, Italian and Catalan:
// "Em 2025, por exemplo, o Ano Novo judaico será de 22 a 24 de setembro"
// (Estado de Minas, the sixty-ninth held-out round), "Rosh Hashaná será
// del 22 al 24 de septiembre", "Pesach sarà dal 23 al 30 aprile",
// "Pessah serà el 23 d'abril". The occasion was left out, the date read
// alone with its own Hebrew date (29 Elul for Rosh Hashana's 1 Tishrei)
// and nothing said. The occasion is now the dateline's, and checked: a
// day that is its eve is said to be one. After the verb, "de" and "del"
// open a range only before a day and a month; before a count ("será de 2
// días") or another word the occasion keeps no date of theirs.
func TestWillBeBeforeDate(t *testing.T) {
	for _, tc := range []struct {
		text, day, hebrew string
		eve               bool
	}{
		{"Em 2025, por exemplo, o Ano Novo judaico será de 22 a 24 de setembro.", "2025-09-22", "1 Tishrei 5786", true},
		{"o Ano Novo judaico será de 22 a 24 de setembro de 2025", "2025-09-22", "1 Tishrei 5786", true},
		{"Rosh Hashaná será del 22 al 24 de septiembre de 2025", "2025-09-22", "1 Tishrei 5786", true},
		{"Rosh Hashaná será 22-24 de septiembre de 2025", "2025-09-22", "1 Tishrei 5786", true},
		{"Yom Kippur será em 2 de outubro de 2025", "2025-10-02", "10 Tishrei 5786", false},
		{"Pesach sarà dal 23 al 30 aprile 2024", "2024-04-23", "15 Nisan 5784", false},
		{"Pesach sarà il 23 aprile 2024", "2024-04-23", "15 Nisan 5784", false},
		{"Pessah serà el 23 d'abril de 2024", "2024-04-23", "15 Nisan 5784", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, m.Dateline.Hebrew.String(), "the occasion's day")
			assert.Regexp(t, `s[ea]r[àá]`, m.Input, "the verb is the match's")
			eve := false
			for _, p := range m.Problems {
				eve = eve || p.Code == dateline.CodeAfterSunset
			}
			assert.Equal(t, tc.eve, eve, "%v", m.Problems)
		})
	}
	for _, tc := range []struct{ text, day string }{
		{"Rosh Hashaná será de 2 días", ""},                                       // a count
		{"Rosh Hashaná será 5786", ""},                                            // a year alone
		{"Janucá será de 8 días, desde el 25 de diciembre de 2024", "2024-12-25"}, // the date, apart
		{"Pesaj será una fiesta el 23 de abril de 2024", "2024-04-23"},            // words between
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			if tc.day == "" {
				assert.Empty(t, ms)
				return
			}
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.NotContains(t, ms[0].Input, "será", "the verb joins no date past other words")
		})
	}
}

// TestItalianSunsetSpans: the Interior Ministry's calendar of Jewish
// holidays, which Italian pages copy, gives each one's hours as a span of
// time before the sunset of its first day and after the sunset of its
// last: "Rosh Hashanà (Capodanno), da mezz’ora prima del tramonto di
// mercoledì 2 ottobre a un’ora dopo il tramonto di venerdì 4 ottobre"
// (Lavoro Facile's copy for 2024, the sixty-ninth held-out round). It
// was read as two datelines, the Wednesday with its own Hebrew date and
// the Friday, with nothing said. The occasion, its gloss in brackets, the
// span and the range are one match from the first day, which is the
// occasion's eve: before sunset the day's Hebrew date is the civil
// day's, and the check says the occasion begins at its sunset. A span
// after sunset at the start, or words that are no span, join nothing.
func TestItalianSunsetSpans(t *testing.T) {
	for _, tc := range []struct{ text, day, hebrew, end string }{
		{"Rosh Hashanà (Capodanno), da mezz’ora prima del tramonto di mercoledì 2 ottobre a un’ora dopo il tramonto di venerdì 4 ottobre",
			"2024-10-02", "1 Tishrei 5785", "venerdì 4 ottobre"},
		{"Shavuoth (Pentecoste), da mezz'ora prima del tramonto di martedì 11 giugno a un'ora dopo il tramonto di giovedì 13 giugno 2024",
			"2024-06-11", "6 Sivan 5784", "13 giugno 2024"},
		{"Sukkot (Festa delle Capanne), da un’ora prima del tramonto di mercoledì 16 ottobre a un’ora dopo il tramonto di venerdì 18 ottobre 2024",
			"2024-10-16", "15 Tishrei 5785", "18 ottobre 2024"},
		{"Pesach, da 40 minuti prima del tramonto di lunedì 22 aprile 2024", "2024-04-22", "15 Nisan 5784", "22 aprile 2024"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.Equal(t, 0, m.Start, "the match starts at the occasion")
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, m.Dateline.Hebrew.String())
			assert.True(t, strings.HasSuffix(m.Input, tc.end), "the match %q runs to the range's end", m.Input)
			eve := false
			for _, p := range m.Problems {
				eve = eve || p.Code == dateline.CodeAfterSunset
			}
			assert.True(t, eve, "the day is the occasion's eve: %v", m.Problems)
		})
	}
	for _, tc := range []struct{ text, day string }{
		{"Pesach (Pasqua), da mezz’ora dopo il tramonto di lunedì 22 aprile 2024", "2024-04-22"}, // after sunset: no span of the start
		{"Pesach, da molto prima del tramonto di lunedì 22 aprile 2024", "2024-04-22"},           // no span
		{"mercoledì 2 ottobre 2024 a un’ora dal centro", "2024-10-02"},                           // an hour away, no sunset
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, heldoutRef)
			require.Len(t, ms, 1)
			assert.Equal(t, tc.day, ms[0].Dateline.Time.Format(time.DateOnly))
			assert.NotContains(t, ms[0].Input, "tramonto di lunedì", "%q", ms[0].Input)
			assert.NotContains(t, ms[0].Input, "centro")
		})
	}
}
