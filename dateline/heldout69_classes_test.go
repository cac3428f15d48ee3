package dateline_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dualdate/dualdate/dateline"
)

// ref69 is the corpus's reference day, as the sixty-ninth round's tests
// read their lines.
var ref69 = dateline.Reference(time.Date(2026, time.November, 26, 0, 0, 0, 0, time.UTC))

// TestThisEveningOf: a demonstrative for the article before "the evening
// of" a day, as news say "tonight": Spanish "a partir de esta noche del
// viernes 11 de octubre" (Diario Cómo's FCJE release on Yom Kippur, the
// sixty-ninth held-out round), Portuguese "esta noite de", "nesta noite
// de", Catalan "aquesta nit del", Italian "questa sera del" and "di". The
// evening was left out and the day's own Hebrew date given, 9 Tishrei
// for the evening's 10, with nothing said. The words are the match's, and
// the Hebrew date is the evening's. A demonstrative before no word for
// the evening ("esta semana del"), or the evening set off by a comma, says
// nothing of the day.
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
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref69)
			require.Len(t, ms, 1)
			m := ms[0]
			assert.True(t, m.OK(), "%v", m.Problems)
			assert.Contains(t, m.Input, tc.words)
			assert.Equal(t, tc.day, m.Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, m.Dateline.Hebrew.String())
		})
	}
	for _, tc := range []struct{ text, hebrew string }{
		{"esta semana del 2 de octubre de 2024", "29 Elul 5784"}, // a week, not an evening
		{"esta noche, 2 de octubre de 2024", "29 Elul 5784"},     // set off by a comma
		{"questa mattina del 2 ottobre 2024", "29 Elul 5784"},    // the morning
	} {
		t.Run(tc.text, func(t *testing.T) {
			ms := dateline.Find(tc.text, ref69)
			require.Len(t, ms, 1)
			assert.Equal(t, "2024-10-02", ms[0].Dateline.Time.Format(time.DateOnly))
			assert.Equal(t, tc.hebrew, ms[0].Dateline.Hebrew.String(), "%q", ms[0].Input)
		})
	}
}
